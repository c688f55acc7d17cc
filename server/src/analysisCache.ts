/** One analysis per (uri, version), shared by hover, symbols, folding and diagnostics; bounded LRU. */
import type { PolicyAnalysis } from './analysis/index';

export interface Versioned {
	readonly uri: string;
	readonly version: number;
}

export class AnalysisCache {
	readonly #entries = new Map<string, { version: number; key: string; analysis: PolicyAnalysis }>();
	readonly #maxEntries: number;
	readonly #compute: (doc: Versioned) => PolicyAnalysis;

	constructor(compute: (doc: Versioned) => PolicyAnalysis, maxEntries = 10) {
		this.#compute = compute;
		this.#maxEntries = maxEntries;
	}

	/** The analysis of this version; `optionsKey` invalidates it when settings change. */
	get(doc: Versioned, optionsKey = ''): PolicyAnalysis {
		const hit = this.#entries.get(doc.uri);
		if (hit && hit.version === doc.version && hit.key === optionsKey) {
			this.#entries.delete(doc.uri); // refresh LRU order
			this.#entries.set(doc.uri, hit);
			return hit.analysis;
		}
		const analysis = this.#compute(doc);
		this.#entries.delete(doc.uri);
		this.#entries.set(doc.uri, { version: doc.version, key: optionsKey, analysis });
		while (this.#entries.size > this.#maxEntries) {
			const oldest = this.#entries.keys().next().value as string;
			this.#entries.delete(oldest);
		}
		return analysis;
	}

	delete(uri: string): void {
		this.#entries.delete(uri);
	}

	clear(): void {
		this.#entries.clear();
	}
}
