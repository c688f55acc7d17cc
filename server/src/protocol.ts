/**
 * The one file shared by the client and the server: settings, the project file's entries and custom protocol.
 * The client imports nothing else from `server/` (this file brings the core's dependency-free character classes).
 */
import type { Range } from 'vscode-languageserver-types';
import { cjkRatio } from './analysis/text/chars';

/**
 * Node options the client starts the server with (bench/bench.mjs starts it so too).
 * - A young generation of at most 4 MB a semi-space (V8 grows it to 16 MB under the allocation of a long analysis, and
 *   keeps it): a large document's analysis keeps most of what it makes (its blocks' work, figures and claims), which
 *   would be promoted anyway; the server holding a 1,000,000-character document peaks some 20 MB lower.
 * - One V8 worker thread instead of four: each worker's compiler zones and malloc arena stay resident after a long
 *   analysis; with one the peak holding that document is some 15 MB lower (145–153 → 134–137 MB), and the analysis is no
 *   slower (the work is on the main thread; 1,000,000 characters, minimum of 5: 365–370 ms with four, 333–345 with one).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4', '--v8-pool-size=1'];

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
	/** Which files *Review all documents in the workspace* reads: globs relative to the workspace folder. */
	readonly files: { readonly include: readonly string[]; readonly exclude: readonly string[] };
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
	files: { include: ['**/*.{txt,md,ptxt}'], exclude: ['**/node_modules/**'] },
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

//#region The workspace review

/** A file the client found for *Review all documents in the workspace*, with the language VS Code would give it. */
export interface WorkspaceFile {
	readonly uri: string;
	readonly languageId: string;
}

/**
 * Which of the files found are reviewed: those whose path relative to their workspace folder matches one of
 * `policyReview.files.include` and none of `policyReview.files.exclude` (the globs of the project file's overrides),
 * in a language of `policyReview.languages`, while `policyReview.enable` is on. In the order given.
 */
export const SelectFilesRequest = 'policyReview/selectFiles';

export interface SelectFilesParams {
	readonly files: readonly WorkspaceFile[];
}

export interface SelectFilesResult {
	readonly files: readonly WorkspaceFile[];
}

/**
 * Review one file: an open document is what the editor shows (its diagnostics are live already); a closed one is read
 * from disk (as the command-line tool reads it: UTF-8, UTF-16 or GB18030), analysed in steps between other requests,
 * and its diagnostics published, so that the Problems panel lists it. The client sends one file at a time.
 */
export const ReviewFileRequest = 'policyReview/reviewFile';

export type ReviewFileParams = WorkspaceFile;

export interface ReviewFileResult {
	/** `done`: read and analysed; `open`: the open document's analysis; `skipped`: too large or binary; `not-served`: not mostly Chinese; `unreadable`: could not be read. */
	readonly state: 'done' | 'open' | 'skipped' | 'not-served' | 'unreadable';
	/** Findings published for it (after accepted ones and markers). */
	readonly findings: number;
	/** Why it was skipped, not served or not read, in the user's language. */
	readonly message?: string;
}

/**
 * A whole review is finished: the files reviewed. The problems of files an earlier review published and this one did
 * not review (deleted, excluded since) are cleared.
 */
export const ReviewFinishedNotification = 'policyReview/reviewFinished';

export interface ReviewFinishedParams {
	readonly uris: readonly string[];
}

//#endregion

//#region The figures view and its export

/** What a node of the figures view stands for: the client chooses its icon. */
export type FigureNodeKind = 'group' | 'formula' | 'part' | 'indicator' | 'figure' | 'table' | 'row' | 'relation';

/** ✓ holds, ✗ does not, ≈ misses by less than a printed unit, ? found but not counted, ○ nothing to check. */
export type FigureVerdict = 'ok' | 'fail' | 'borderline' | 'uncertain' | 'none';

/** A node of the figures view (formulas, figures by indicator, tables, relations), made by the server in the user's language. */
export interface FigureNode {
	/** Stable within a document while its structure stays (expansion is kept across refreshes). */
	readonly id: string;
	readonly kind: FigureNodeKind;
	readonly label: string;
	readonly description?: string;
	readonly verdict?: FigureVerdict;
	/** Where it is: a click selects it in the editor (its hover is its tooltip). */
	readonly range?: Range;
	readonly children?: readonly FigureNode[];
}

/** The figures view of an open document: its groups (empty when the document is not analysed). */
export const FiguresRequest = 'policyReview/figures';

export interface FiguresParams {
	readonly uri: string;
}

export interface FiguresResult {
	readonly uri: string;
	readonly version: number;
	readonly groups: readonly FigureNode[];
}

/**
 * *Export figures*: the open document's figures as CSV (one row per figure, UTF-8 with BOM) or JSON (what
 * `policy-review --format json` prints), ready to be written to a file.
 */
export const ExportFiguresRequest = 'policyReview/exportFigures';

export interface ExportFiguresParams {
	readonly uri: string;
	readonly format: 'csv' | 'json';
	/** How the file is named in the JSON (its path relative to the workspace folder). */
	readonly file: string;
}

export interface ExportFiguresResult {
	readonly content: string;
	/** Figures exported (rows of the CSV, claims of the JSON). */
	readonly figures: number;
}

//#endregion

//#region Unwrapping hard-wrapped text

/**
 * *Unwrap hard-wrapped text*: the edit that puts each paragraph of `text` touched by `range` (every paragraph without
 * one) on one line, as the analysis reads it. Stateless: the client sends the text it shows.
 */
export const UnwrapRequest = 'policyReview/unwrap';

export interface UnwrapParams {
	readonly text: string;
	readonly range?: Range;
}

export interface UnwrapResult {
	/** The replacement of whole paragraphs; absent when there is nothing to unwrap. */
	readonly edit?: { readonly range: Range; readonly newText: string };
	/** Paragraphs that spanned several lines and are on one line now. */
	readonly paragraphs: number;
	/** Line breaks joined away. */
	readonly joined: number;
}

/** *Copy as clean text*: the characters of `range` (all of `text` without one) read the same way, to put on the clipboard. */
export const CleanTextRequest = 'policyReview/cleanText';

export type CleanTextParams = UnwrapParams;

export interface CleanTextResult {
	readonly text: string;
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
