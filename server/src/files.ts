/**
 * Files named by a setting or found in the workspace (glossaries, indicator lexicons, the project file
 * `.policy-review.json`): what reading one gives, and why it may not. Node-free, so that the server wiring, the messages and
 * the tests share these types; the Node reader is node/safeFile.ts.
 */

/** Why a named file was not used. Stable ids: the CLI prints them in JSON (`error.reason`) and SARIF. */
export type FileProblem =
	| { readonly reason: 'not-found' }
	| { readonly reason: 'directory' }
	/** A FIFO, socket or device: never opened for reading (a FIFO would block, a device never ends). */
	| { readonly reason: 'special-file'; readonly what: 'fifo' | 'socket' | 'device' | 'other' }
	/** More bytes than the cap; `size` when the file system says how many. */
	| { readonly reason: 'too-large'; readonly max: number; readonly size?: number }
	/** Permissions, I/O errors: the system's error code (EACCES, EIO …), never the file's content. */
	| { readonly reason: 'unreadable'; readonly code: string }
	| { readonly reason: 'timeout'; readonly ms: number }
	/** A settings file that is not UTF-8 (with or without BOM). */
	| { readonly reason: 'not-utf8' }
	/** A document the command-line tool could not decode as text in any encoding it knows. */
	| { readonly reason: 'binary' }
	| { readonly reason: 'not-json' }
	/** JSON of the wrong shape (a glossary without an `entries` array, an indicator file without `indicators`). */
	| { readonly reason: 'not-glossary' }
	| { readonly reason: 'not-indicators' }
	/** A project file (`.policy-review.json`) that is not a JSON object. */
	| { readonly reason: 'not-config' }
	/** A relative path, and no workspace folder to resolve it against. */
	| { readonly reason: 'relative-path' }
	/** A file of the workspace itself, in a workspace the user has not trusted (Restricted Mode). */
	| { readonly reason: 'untrusted' }
	/** No file system (the server runs in a browser). */
	| { readonly reason: 'no-file-system' };

export type FileReason = FileProblem['reason'];

/** The text of a named file, or why there is none. `stamp` changes whenever the file does (path, size, mtime). */
export type TextFile =
	| { readonly ok: true; readonly path: string; readonly text: string; readonly stamp: string }
	| { readonly ok: false; readonly path: string; readonly problem: FileProblem };

/** What the server needs from a file system; absent in a browser. */
export interface FileSystem {
	/**
	 * A named path made absolute: a relative one against the workspace folder `folderUri` of the document the
	 * setting applies to. Undefined when it is relative and there is no folder.
	 */
	resolve(path: string, folderUri: string | undefined): string | undefined;
	/** The text of a file, UTF-8 with or without BOM, within the size cap and the timeout. Never rejects. */
	readText(path: string): Promise<TextFile>;
	/**
	 * A document to review, named by its URI (`file:` only), decoded as the command-line tool decodes it (a BOM, UTF-8,
	 * GB18030, UTF-16; `binary` otherwise), within the size cap and the timeout. Never rejects.
	 */
	readDocument?(uri: string): Promise<TextFile>;
}

/** Where the name of a file came from: a setting (its workspace values dropped by VS Code in Restricted Mode) or the workspace itself. */
export type FileOrigin = 'setting' | 'workspace';

/**
 * Reads named files for the server: resolves a relative path against the document's workspace folder and
 * refuses the workspace's own files while the workspace is not trusted. In Restricted Mode VS Code already
 * drops the workspace values of the settings listed in `restrictedConfigurations`, so a path that comes from
 * a setting is the user's own; a file found in the workspace (an accept file, a config file) is not.
 */
export class FileAccess {
	#trusted: boolean;
	readonly #fs: FileSystem | undefined;

	constructor(fs: FileSystem | undefined, trusted: boolean) {
		this.#fs = fs;
		this.#trusted = trusted;
	}

	get trusted(): boolean {
		return this.#trusted;
	}

	/** The user granted trust (the client's notification); nothing is ever un-trusted while the server runs. */
	trust(): void {
		this.#trusted = true;
	}

	/** The absolute path a name stands for (the cache key of what is read from it), or the problem. */
	resolve(name: string, folderUri: string | undefined): { path: string } | { problem: FileProblem } {
		if (!this.#fs) return { problem: { reason: 'no-file-system' } };
		const path = this.#fs.resolve(name, folderUri);
		return path === undefined ? { problem: { reason: 'relative-path' } } : { path };
	}

	/**
	 * A document the user asked to review (a workspace review): read in Restricted Mode too — it is analysed as text,
	 * as opening it would; nothing in it changes what the server does.
	 */
	readDocument(uri: string): Promise<TextFile> {
		if (!this.#fs?.readDocument) return Promise.resolve({ ok: false, path: uri, problem: { reason: 'no-file-system' } });
		return this.#fs.readDocument(uri);
	}

	async read(name: string, folderUri: string | undefined, origin: FileOrigin): Promise<TextFile> {
		if (origin === 'workspace' && !this.#trusted) return { ok: false, path: name, problem: { reason: 'untrusted' } };
		const resolved = this.resolve(name, folderUri);
		if ('problem' in resolved) return { ok: false, path: name, problem: resolved.problem };
		return this.#fs!.readText(resolved.path);
	}
}

/** The workspace folder (URI) that contains `uri`: the deepest one, else the first (workspace settings apply there). */
export function folderOf(uri: string, folders: readonly string[]): string | undefined {
	let best: string | undefined;
	for (const f of folders) {
		const prefix = f.endsWith('/') ? f : `${f}/`;
		if (uri.startsWith(prefix) && (best === undefined || f.length > best.length)) best = f;
	}
	return best ?? folders[0];
}
