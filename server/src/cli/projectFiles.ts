/**
 * The command-line tool's project files: `--config FILE` for every file, or the `.policy-review.json` in each
 * file's folder or the nearest folder above it (up to the root of the file system), so that CI sees what the
 * editor sees. Read through the safe reader; a file that cannot be used is said once and ignored.
 */
import * as path from 'node:path';
import { parseProjectConfig, type ConfigProblem, type ProjectConfig } from '../config/projectConfig';
import type { FileProblem } from '../files';
import { readFileBytes, utf8Text } from '../node/safeFile';
import { CONFIG_FILE } from '../protocol';

/** The project file of one reviewed file. */
export interface FileConfig {
	/** The project file (found or named). */
	readonly path: string;
	/** Its configuration; absent when it could not be used. */
	readonly config?: ProjectConfig;
	/** The reviewed file relative to the project file's folder, `/` between folders. */
	readonly relativePath: string;
}

/** What happened to a project file when it was first read. */
export type ConfigReport = { readonly path: string } & ({ readonly problem: FileProblem } | { readonly parts: readonly ConfigProblem[] });

type Loaded = { readonly path: string; readonly config?: ProjectConfig } | undefined;

export class ProjectFiles {
	readonly #named: string | undefined;
	readonly #report: (r: ConfigReport) => void;
	readonly #byPath = new Map<string, Promise<Loaded | 'absent'>>();
	readonly #byDir = new Map<string, Promise<Loaded>>();

	/** `named`: `--config FILE`, used for every file; else each file's nearest project file. */
	constructor(named: string | undefined, report: (r: ConfigReport) => void) {
		this.#named = named;
		this.#report = report;
	}

	async forFile(file: string): Promise<FileConfig | undefined> {
		const loaded = this.#named !== undefined ? await this.#read(path.resolve(this.#named), true) : await this.#nearest(path.dirname(path.resolve(file)));
		if (loaded === undefined || loaded === 'absent') return undefined;
		const relativePath = path.relative(path.dirname(loaded.path), path.resolve(file)).split(path.sep).join('/');
		return { path: loaded.path, ...(loaded.config ? { config: loaded.config } : {}), relativePath };
	}

	/** The project file of a folder: its own, else its parent's. Each folder is looked at once. */
	#nearest(dir: string): Promise<Loaded> {
		let found = this.#byDir.get(dir);
		if (!found) {
			found = this.#read(path.join(dir, CONFIG_FILE), false).then((own) => {
				if (own !== 'absent') return own;
				const parent = path.dirname(dir);
				return parent === dir ? undefined : this.#nearest(parent);
			});
			this.#byDir.set(dir, found);
		}
		return found;
	}

	/** A project file read once; `absent` when it does not exist and was not named. */
	#read(file: string, named: boolean): Promise<Loaded | 'absent'> {
		let loaded = this.#byPath.get(file);
		if (!loaded) {
			loaded = readFileBytes(file).then((read) => {
				if (!read.ok && read.problem.reason === 'not-found' && !named) return 'absent';
				const text = read.ok ? utf8Text(read.bytes) : undefined;
				const parsed = read.ok ? (text === undefined ? { problem: { reason: 'not-utf8' } as FileProblem } : parseProjectConfig(text)) : { problem: read.problem };
				if ('problem' in parsed) {
					this.#report({ path: file, problem: parsed.problem });
					return { path: file };
				}
				if (parsed.problems.length > 0) this.#report({ path: file, parts: parsed.problems });
				return { path: file, config: parsed.config };
			});
			this.#byPath.set(file, loaded);
		}
		return loaded;
	}
}
