/**
 * One analysis per (uri, version, options), shared by hover, symbols, folding and diagnostics; bounded LRU.
 * An analysis runs in steps (the core's analyzeSteps), a few milliseconds at a time, so that a long analysis of
 * one document does not hold up the requests for another.
 */
import type { PolicyAnalysis } from './analysis/index';

export interface Versioned {
	readonly uri: string;
	readonly version: number;
}

/** An analysis given up because a newer version, other options, a close or a re-open replaced it. */
export class Superseded extends Error {
	constructor() {
		super('analysis superseded');
	}
}

/** Starts an analysis; it stops (rejecting with Superseded) as soon as `wanted()` turns false. */
export type StartAnalysis = (wanted: () => boolean) => Promise<PolicyAnalysis>;

interface Entry {
	readonly version: number;
	readonly key: string;
	readonly result: Promise<PolicyAnalysis>;
	abandoned: boolean;
}

export class AnalysisCache {
	readonly #entries = new Map<string, Entry>();
	readonly #maxEntries: number;

	constructor(maxEntries = 10) {
		this.#maxEntries = maxEntries;
	}

	/**
	 * The analysis of this version with options identified by `optionsKey` (a small identity, never the options
	 * themselves), started with `start` unless it is cached or running. A different version or key for the same
	 * document abandons the analysis before it.
	 */
	get(doc: Versioned, optionsKey: string, start: StartAnalysis): Promise<PolicyAnalysis> {
		const hit = this.#entries.get(doc.uri);
		if (hit && hit.version === doc.version && hit.key === optionsKey) {
			this.#entries.delete(doc.uri); // refresh LRU order
			this.#entries.set(doc.uri, hit);
			return hit.result;
		}
		this.delete(doc.uri);
		const entry: { -readonly [K in keyof Entry]: Entry[K] } = { version: doc.version, key: optionsKey, abandoned: false, result: undefined as never };
		entry.result = start(() => !entry.abandoned);
		// A failed analysis is not kept: the next request tries again.
		entry.result.catch(() => {
			if (this.#entries.get(doc.uri) === entry) this.#entries.delete(doc.uri);
		});
		this.#entries.set(doc.uri, entry);
		while (this.#entries.size > this.#maxEntries) {
			// Evicted, not abandoned: whoever awaits it still gets it.
			const oldest = this.#entries.keys().next().value as string;
			this.#entries.delete(oldest);
		}
		return entry.result;
	}

	/** Forget a document's analysis, and stop it if it is running (closed, re-opened). */
	delete(uri: string): void {
		const entry = this.#entries.get(uri);
		if (entry) entry.abandoned = true;
		this.#entries.delete(uri);
	}

	clear(): void {
		for (const uri of [...this.#entries.keys()]) this.delete(uri);
	}
}

/** How long one slice of analysis steps may run before the server yields to its event loop. */
export const SLICE_MS = 4;

/**
 * Runs a step iterator to its end, `SLICE_MS` of work at a time, yielding with `yieldNow` between slices;
 * rejects with Superseded when `wanted()` turns false between slices, with the step's error when one throws.
 */
export function runSteps<T>(steps: Iterator<void, T>, wanted: () => boolean, yieldNow: (resume: () => void) => void, now: () => number = () => performance.now()): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const slice = (): void => {
			if (!wanted()) {
				steps.return?.();
				reject(new Superseded());
				return;
			}
			const until = now() + SLICE_MS;
			try {
				for (;;) {
					const step = steps.next();
					if (step.done) {
						resolve(step.value);
						return;
					}
					if (now() >= until) break;
				}
			} catch (e) {
				reject(e instanceof Error ? e : new Error(String(e)));
				return;
			}
			yieldNow(slice);
		};
		slice();
	});
}
