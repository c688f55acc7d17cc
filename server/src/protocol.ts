/**
 * The one file shared by the client and the server: settings, the project file's entries and custom protocol.
 * The client imports nothing else from `server/` (this file brings the core's dependency-free character classes).
 */
import type { Range } from 'vscode-languageserver-types';
import { cjkRatio } from './analysis/text/chars';

export type RuleLevel = 'off' | 'error' | 'warning' | 'information' | 'hint';

/** `policyReview.*` settings after sanitising (see settings.ts). */
export interface Settings {
	readonly enable: boolean;
	/** Language ids served; `plaintext` and `markdown` only when the text is mostly Chinese. */
	readonly languages: readonly string[];
	/** Debounce between an edit and fresh diagnostics, in milliseconds (none after opening). */
	readonly diagnosticsDelayMs: number;
	/** Documents larger than this many characters are not analysed (a message says so once). */
	readonly maxFileSize: number;
	/** Rule id → level; rules not named keep their default. */
	readonly rules: Readonly<Record<string, RuleLevel>>;
	/** JSON glossary files of local formulas (absolute, or relative to the workspace folder). */
	readonly glossaryFiles: readonly string[];
	/** JSON files of local statistical indicators (absolute, or relative to the workspace folder). */
	readonly indicatorFiles: readonly string[];
	/** The language of every message: VS Code's display language (`auto`), Chinese or English. */
	readonly locale: LocaleSetting;
}

export type LocaleSetting = 'auto' | 'zh' | 'en';

export const defaultSettings: Settings = {
	enable: true,
	languages: ['policy-text', 'plaintext', 'markdown'],
	diagnosticsDelayMs: 150,
	maxFileSize: 5_000_000,
	rules: {},
	glossaryFiles: [],
	indicatorFiles: [],
	locale: 'auto',
};

/**
 * Settings that name a file. In a workspace the user has not trusted, VS Code drops their workspace values
 * (package.json `capabilities.untrustedWorkspaces.restrictedConfigurations` lists them all).
 */
export const FILE_SETTINGS: readonly string[] = ['policyReview.glossaryFiles', 'policyReview.indicatorFiles'];

/** `initializationOptions` the client sends. */
export interface InitializationOptions {
	/** Whether the workspace is trusted (`vscode.workspace.isTrusted`); absent means trusted (editors without the notion). */
	readonly trusted?: boolean;
	/** Settings for clients that do not answer `workspace/configuration`. */
	readonly settings?: unknown;
	/** The folder of the rule pages (`docs/rules/<id>.md`) of the installed extension, as a URI: each diagnostic's `codeDescription` links its page. */
	readonly rulePagesUri?: string;
}

//#region The project file

/** The project's own file: rule levels, overrides per file or folder, and accepted findings. */
export const CONFIG_FILE = '.policy-review.json';

/** What identifies a finding in its document: its rule, its figures' text (the flagged one first) and a little context. */
export interface Anchor {
	readonly rule: string;
	readonly figures: readonly string[];
	/** The characters just before the flagged figure, white space left out. */
	readonly before: string;
	/** The characters just after it. */
	readonly after: string;
}

/** One entry of `accepted` in the project file. */
export interface AcceptedEntry extends Anchor {
	/** The document, relative to the folder of the project file (`/` between folders); any document when absent. */
	readonly file?: string;
	/** Why it was accepted (free text, shown in the list). */
	readonly note?: string;
}

/** Arguments of the client's commands that add an entry to, or remove one from, a project file. */
export interface AcceptArguments {
	/** The project file to edit (created when absent). */
	readonly configUri: string;
	readonly entry: AcceptedEntry;
}

/** Adds `entry` to the project file (a code action of every finding runs it). */
export const AcceptFindingCommand = 'policyReview.acceptFinding';
/** Removes `entry` from the project file: the finding is shown again. */
export const UnacceptFindingCommand = 'policyReview.unacceptFinding';

//#endregion

/** Share of CJK ideographs among the first 20,000 non-blank characters for `plaintext`/`markdown` to be served. */
export const MIN_CJK_RATIO = 0.3;

/**
 * Is the text mostly Chinese (a `plaintext` or `markdown` document the server serves — it says the share when it is
 * not —, a Markdown document the client offers to read as Policy Text)? The share of CJK ideographs among the first
 * 20,000 non-blank characters.
 */
export function mostlyChinese(text: string): boolean {
	return cjkRatio(text) >= MIN_CJK_RATIO;
}

//#region From client to server

/**
 * Sent by the client when the user trusts the workspace (`vscode.workspace.onDidGrantWorkspaceTrust`): the server
 * reads the workspace's files from then on, asks for the settings again and re-analyses. No parameters.
 */
export const TrustGrantedNotification = 'policyReview/didGrantWorkspaceTrust';

/** The accepted findings of an open document, where they are now (for *Show accepted findings*). */
export const AcceptedInDocumentRequest = 'policyReview/acceptedInDocument';

export interface AcceptedInDocumentParams {
	readonly uri: string;
}

export interface AcceptedInDocument {
	readonly configUri: string;
	readonly entry: AcceptedEntry;
	readonly range: Range;
	/** The finding's message, in the user's language. */
	readonly message: string;
}

//#endregion

//#region From server to client

/**
 * Sent by the server when a document's state changes: an analysis that takes a while started, diagnostics were
 * published, the document is skipped (too large, binary) or not served (not a policy text). The client shows it in
 * the status bar while that document is active. Sent only when something changed.
 */
export const StatusNotification = 'policyReview/status';

export interface StatusParams {
	readonly uri: string;
	readonly state: 'analysing' | 'done' | 'skipped' | 'not-served';
	/** Why the document is skipped or not served, in the user's language. */
	readonly message?: string;
	/** With `done`: findings hidden because the project file accepts them. */
	readonly accepted?: number;
	/** With `done`: findings hidden by `policy-review-disable` markers. */
	readonly disabled?: number;
}

//#endregion
