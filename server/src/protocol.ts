/**
 * The one file shared by the client and the server: settings and custom protocol.
 * The client imports nothing else from `server/`.
 */

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
}

export const defaultSettings: Settings = {
	enable: true,
	languages: ['policy-text', 'plaintext', 'markdown'],
	diagnosticsDelayMs: 150,
	maxFileSize: 5_000_000,
	rules: {},
	glossaryFiles: [],
	indicatorFiles: [],
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
}

/** Share of CJK ideographs among the first 20,000 non-blank characters for `plaintext`/`markdown` to be served. */
export const MIN_CJK_RATIO = 0.3;

//#region From client to server

/**
 * Sent by the client when the user trusts the workspace (`vscode.workspace.onDidGrantWorkspaceTrust`): the server
 * reads the workspace's files from then on, asks for the settings again and re-analyses. No parameters.
 */
export const TrustGrantedNotification = 'policyReview/didGrantWorkspaceTrust';

//#endregion

//#region From server to client

/**
 * Sent by the server when it skips a document (too large, binary) or serves it again; the client shows it in the
 * status bar while that document is active.
 */
export const StatusNotification = 'policyReview/status';

export interface StatusParams {
	readonly uri: string;
	readonly state: 'ok' | 'skipped';
	/** Why the document is skipped, in the user's language. */
	readonly message?: string;
}

//#endregion
