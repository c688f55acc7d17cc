/** Offset ↔ (line, character) in UTF-16 code units, as LSP and VS Code count them. */
import { computeLineStarts } from './textModel';

export interface LineCharacter {
	readonly line: number;
	readonly character: number;
}

export class LineIndex {
	readonly #starts: readonly number[];
	readonly #length: number;

	constructor(text: string, lineStarts?: readonly number[]) {
		this.#starts = lineStarts ?? computeLineStarts(text);
		this.#length = text.length;
	}

	get lineCount(): number {
		return this.#starts.length;
	}

	/** Position of `offset` (clamped to the text). Binary search: O(log lines). */
	positionAt(offset: number): LineCharacter {
		const o = Math.max(0, Math.min(offset, this.#length));
		let lo = 0;
		let hi = this.#starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.#starts[mid]! <= o) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo, character: o - this.#starts[lo]! };
	}

	offsetAt(position: LineCharacter): number {
		const start = this.#starts[Math.max(0, Math.min(position.line, this.#starts.length - 1))] ?? 0;
		return Math.min(this.#length, start + Math.max(0, position.character));
	}
}
