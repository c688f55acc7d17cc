/**
 * The expected unwrapped text of a document from hand-made labels: its paragraphs of running text as line ranges. Made
 * independently of the text model: each range's lines trimmed and put together (a space only between two Latin
 * letters), the first line's indentation kept; every other line as it is.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

export interface UnwrapLabels {
	readonly document: string;
	/** 1-based inclusive line ranges of the paragraphs to join. */
	readonly paragraphs: readonly (readonly [number, number])[];
}

export function readUnwrapLabels(name: string): UnwrapLabels {
	return JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'unwrap', name), 'utf8')) as UnwrapLabels;
}

const WHITE = /^[ \t\u3000\u00a0\ufeff]+|[ \t\u3000\u00a0\ufeff]+$/g;
const LATIN = /[A-Za-z]/;

export function expectedUnwrap(text: string, labels: UnwrapLabels): string {
	const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
	const lines = text.split(/\r\n|\r|\n/);
	const out: string[] = [];
	const ranges = [...labels.paragraphs].sort((a, b) => a[0] - b[0]);
	let r = 0;
	for (let i = 0; i < lines.length; i++) {
		const range = ranges[r];
		if (!range || range[0] - 1 !== i) {
			out.push(lines[i]!);
			continue;
		}
		const [first, last] = range;
		let joined = /^[ \t\u3000\u00a0\ufeff]*/.exec(lines[first - 1]!)![0];
		let previous = '';
		for (let n = first - 1; n <= last - 1; n++) {
			const line = lines[n]!.replace(WHITE, '');
			if (line === '') continue;
			if (previous !== '' && LATIN.test(previous.slice(-1)) && LATIN.test(line[0]!)) joined += ' ';
			joined += line;
			previous = line;
		}
		out.push(joined);
		i = last - 1;
		r++;
	}
	return out.join(eol);
}
