/**
 * User data files named by a setting or an option: glossaries of local formulas (`policyReview.glossaryFiles`,
 * `--glossary`) and indicator lexicons (`policyReview.indicatorFiles`, `--indicators`). Their text → items, and
 * the combined set of several files with a small identity, so that the analysis cache is keyed by a number and
 * not by the items themselves. Node-free: the text comes from files.ts / node/safeFile.ts.
 */
import { parseGlossary, parseIndicators, type GlossaryEntry, type Indicator } from './analysis/index';
import type { FileProblem } from './files';

/** The kinds of data file, with what each holds. */
export interface DataItems {
	readonly glossary: GlossaryEntry;
	readonly indicators: Indicator;
}
export type DataKind = keyof DataItems;

export interface DataFile<T> {
	readonly items: readonly T[];
	/** The core's problems with single items (English, for the log); the items concerned were skipped. */
	readonly problems: readonly string[];
}

/** Per kind: the array a file holds (or the file is that array), how its items are read, and the problem of a file of another shape. */
const KINDS: { readonly [K in DataKind]: { readonly list: string; readonly parse: (raw: unknown, origin: string) => DataFile<DataItems[K]>; readonly wrong: FileProblem } } = {
	glossary: {
		list: 'entries',
		parse: (raw, origin) => {
			const r = parseGlossary(raw, origin);
			return { items: r.entries, problems: r.problems };
		},
		wrong: { reason: 'not-glossary' },
	},
	indicators: {
		list: 'indicators',
		parse: (raw, origin) => {
			const r = parseIndicators(raw, origin);
			return { items: r.indicators, problems: r.problems };
		},
		wrong: { reason: 'not-indicators' },
	},
};

/** A data file's text → its items, or why it is none (never quoting the text: JSON.parse's message would). */
export function dataFromText<K extends DataKind>(kind: K, text: string, origin: string): DataFile<DataItems[K]> | { readonly problem: FileProblem } {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { problem: { reason: 'not-json' } };
	}
	const spec = KINDS[kind];
	const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[spec.list] : undefined;
	if (!Array.isArray(list)) return { problem: spec.wrong };
	return spec.parse(raw, origin);
}

/**
 * The items of several files in order, concatenated without spreading them into arguments (a glossary of
 * 130,000 entries would overflow the stack).
 */
export function concatItems<T>(files: readonly (readonly T[])[]): T[] {
	const all: T[] = [];
	for (const items of files) for (const e of items) all.push(e);
	return all;
}

/**
 * Combined files of one kind, one set per distinct list of loaded files (named by their stamps), each with a
 * number that changes when any of its files does: the identity the analysis cache is keyed by.
 */
export class DataSets<T> {
	#sets = new Map<string, { readonly id: number; readonly items: readonly T[] }>();
	#next = 1;

	/** The set of these files (stamps in order, their items beside them); the empty set is id 0. */
	get(stamps: readonly string[], items: () => readonly (readonly T[])[]): { readonly id: number; readonly items: readonly T[] } {
		if (stamps.length === 0) return { id: 0, items: [] };
		const key = stamps.join('\u0001');
		let set = this.#sets.get(key);
		if (!set) {
			set = { id: this.#next++, items: concatItems(items()) };
			this.#sets.set(key, set);
		}
		return set;
	}

	/** Forget every set (the settings changed: the files are read again, and unchanged ones keep their stamp, not their id). */
	clear(): void {
		this.#sets.clear();
	}
}
