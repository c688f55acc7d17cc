/**
 * Which `.policy-review.json` applies to a document in the editor: the nearest one in the document's folder or a
 * folder above it, up to the root of its workspace folder (the command-line tool looks up to the root of the file
 * system). Read through the file access (files.ts), so never in a workspace that is not trusted, and through the
 * safe reader; parsed once until `clear()` (a watched-file change, new settings, trust granted). Node-free: paths
 * are worked out on the URIs.
 */
import { type FileAccess, type FileProblem } from '../files';
import { CONFIG_FILE } from '../protocol';
import { parseProjectConfig, type ConfigProblem, type ProjectConfig } from './projectConfig';

/** The project file of a document, or where one would go. */
export interface DocumentConfig {
	/** The configuration, when a usable file was found. */
	readonly config?: ProjectConfig;
	/** The file found (even when it is not usable), else `.policy-review.json` at the root of the workspace folder: where *Accept* writes. */
	readonly configUri: string;
	/** The document's path relative to the folder of `configUri`, with `/` between folders. */
	readonly relativePath: string;
}

type Loaded = { readonly found: false } | { readonly found: true; readonly config?: ProjectConfig };

export type ConfigReport = (key: string, name: string, problem: { readonly file: FileProblem } | { readonly parts: readonly ConfigProblem[] }) => void;

export class ProjectConfigs {
	readonly #access: () => FileAccess;
	readonly #report: ConfigReport;
	readonly #loads = new Map<string, Promise<Loaded>>();
	/** Without watched-file events the files are looked at again each time (the reader's cache makes that a stat). */
	#cache = true;

	/** `report` is told each problem of a file once until `clear()`. */
	constructor(access: () => FileAccess, report: ConfigReport) {
		this.#access = access;
		this.#report = report;
	}

	/** Whether results are kept until `clear()` (the client tells the server of changes to the files). */
	set cached(on: boolean) {
		this.#cache = on;
		if (!on) this.#loads.clear();
	}

	clear(): void {
		this.#loads.clear();
	}

	/** The project file of a document in the workspace folder `folderUri`; undefined when the document is not in it. */
	async forDocument(uri: string, folderUri: string | undefined): Promise<DocumentConfig | undefined> {
		if (folderUri === undefined) return undefined;
		const root = folderUri.endsWith('/') ? folderUri.slice(0, -1) : folderUri;
		if (!uri.startsWith(`${root}/`)) return undefined;
		const encoded = uri.slice(root.length + 1).split(/[?#]/)[0]!.split('/');
		let decoded: string[];
		try {
			decoded = encoded.map(decodeURIComponent);
		} catch {
			return undefined;
		}
		// The deepest folder first: the document's own, then each one above it.
		for (let depth = encoded.length - 1; depth >= 0; depth--) {
			const name = [...decoded.slice(0, depth), CONFIG_FILE].join('/');
			const loaded = await this.#load(name, root);
			if (loaded.found || depth === 0) {
				const at = loaded.found ? depth : 0;
				return {
					...(loaded.found && loaded.config ? { config: loaded.config } : {}),
					configUri: [root, ...encoded.slice(0, at), CONFIG_FILE].join('/'),
					relativePath: decoded.slice(at).join('/'),
				};
			}
		}
		return undefined;
	}

	#load(name: string, folderUri: string): Promise<Loaded> {
		const key = `${folderUri}\u0000${name}`;
		let loaded = this.#cache ? this.#loads.get(key) : undefined;
		if (!loaded) {
			loaded = this.#access()
				.read(name, folderUri, 'workspace')
				.then((file): Loaded => {
					if (!file.ok) {
						// Absent, or not to be read (Restricted Mode: the server says so once, elsewhere).
						if (file.problem.reason === 'not-found' || file.problem.reason === 'untrusted') return { found: false };
						this.#report(key, name, { file: file.problem });
						return { found: true };
					}
					const parsed = parseProjectConfig(file.text);
					if ('problem' in parsed) {
						this.#report(key, name, { file: parsed.problem });
						return { found: true };
					}
					if (parsed.problems.length > 0) this.#report(key, name, { parts: parsed.problems });
					return { found: true, config: parsed.config };
				});
			if (this.#cache) this.#loads.set(key, loaded);
		}
		return loaded;
	}
}
