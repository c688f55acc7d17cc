/**
 * User glossary files (`policyReview.glossaryFiles`, the CLI's `--glossary`): their text → entries, and the
 * combined set of several files with a small identity, so that the analysis cache is keyed by a number and
 * not by the entries themselves. Node-free: the text comes from files.ts / node/safeFile.ts.
 */
import { parseGlossary, type GlossaryEntry } from './analysis/index';
import type { FileProblem } from './files';

export interface GlossaryFile {
	readonly entries: readonly GlossaryEntry[];
	/** The core's problems with single entries (English, for the log); the entries concerned were skipped. */
	readonly problems: readonly string[];
}

/** A glossary file's text → its entries, or why it is none (never quoting the text: JSON.parse's message would). */
export function glossaryFromText(text: string, origin: string): GlossaryFile | { readonly problem: FileProblem } {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { problem: { reason: 'not-json' } };
	}
	const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? (raw as { entries?: unknown }).entries : undefined;
	if (!Array.isArray(list)) return { problem: { reason: 'not-glossary' } };
	return parseGlossary(raw, origin);
}

/**
 * The entries of several glossary files in order, concatenated without spreading them into arguments (a
 * glossary of 130,000 entries would overflow the stack).
 */
export function concatEntries(files: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
	const all: GlossaryEntry[] = [];
	for (const entries of files) for (const e of entries) all.push(e);
	return all;
}

/**
 * Combined glossaries, one per distinct list of loaded files (named by their stamps), each with a number that
 * changes when any of its files does: the identity the analysis cache is keyed by. Holds only the sets in use
 * by the last `keep` calls.
 */
export class GlossarySets {
	#sets = new Map<string, { readonly id: number; readonly entries: readonly GlossaryEntry[] }>();
	#next = 1;

	/** The set of these files (stamps in order, their entries beside them); the empty set is id 0. */
	get(stamps: readonly string[], entries: () => readonly (readonly GlossaryEntry[])[]): { readonly id: number; readonly entries: readonly GlossaryEntry[] } {
		if (stamps.length === 0) return { id: 0, entries: [] };
		const key = stamps.join('\u0001');
		let set = this.#sets.get(key);
		if (!set) {
			set = { id: this.#next++, entries: concatEntries(entries()) };
			this.#sets.set(key, set);
		}
		return set;
	}

	/** Forget every set (the settings changed: the files are read again, and unchanged ones keep their stamp, not their id). */
	clear(): void {
		this.#sets.clear();
	}
}
