/**
 * Glob patterns of `.policy-review.json` overrides (`"files": ["统计公报/**", "*.md"]`), matched against a path
 * relative to the folder of the file, with `/` between segments. Pure and without regular expressions built at
 * run time: a pattern is matched segment by segment with the greedy wildcard algorithm (no backtracking blow-up,
 * whatever the pattern).
 *
 * - `*` any characters within one segment, `?` one character, `**` (a whole segment) any number of segments,
 *   `{a,b}` alternatives;
 * - a pattern without `/` matches a name at any depth (`*.md`, `统计公报`), as in `.gitignore`;
 * - a pattern that matches a folder matches everything below it (`统计公报` = `统计公报/**`).
 */

/** Alternatives of `{a,b}` expanded (nested braces too), at most this many per pattern. */
const MAX_EXPANSIONS = 256;

function expandBraces(pattern: string): string[] {
	const open = pattern.indexOf('{');
	if (open < 0) return [pattern];
	// The matching close brace and the top-level commas between.
	let depth = 0;
	const commas: number[] = [];
	let close = -1;
	for (let i = open; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === '{') depth++;
		else if (c === '}' && --depth === 0) {
			close = i;
			break;
		} else if (c === ',' && depth === 1) commas.push(i);
	}
	if (close < 0) return [pattern]; // an unclosed brace is a literal
	const head = pattern.slice(0, open);
	const tails = expandBraces(pattern.slice(close + 1));
	const bounds = [open, ...commas, close];
	const out: string[] = [];
	for (let k = 0; k + 1 < bounds.length; k++) {
		for (const middle of expandBraces(pattern.slice(bounds[k]! + 1, bounds[k + 1]))) {
			for (const tail of tails) {
				if (out.length >= MAX_EXPANSIONS) return out;
				out.push(head + middle + tail);
			}
		}
	}
	return out;
}

/**
 * The greedy wildcard match over a sequence: `star(p)` marks a pattern item that matches any run of items,
 * `one(p, s)` whether a pattern item matches one item. O(|pattern| × |items|) at worst, linear as a rule.
 */
function wildcard<P, S>(pattern: readonly P[], items: readonly S[], star: (p: P) => boolean, one: (p: P, s: S) => boolean): boolean {
	let p = 0;
	let s = 0;
	let starAt = -1;
	let resumeAt = 0;
	while (s < items.length) {
		if (p < pattern.length && star(pattern[p]!)) {
			starAt = p++;
			resumeAt = s;
		} else if (p < pattern.length && one(pattern[p]!, items[s]!)) {
			p++;
			s++;
		} else if (starAt >= 0) {
			p = starAt + 1;
			s = ++resumeAt;
		} else return false;
	}
	while (p < pattern.length && star(pattern[p]!)) p++;
	return p === pattern.length;
}

function segmentMatches(pattern: string, segment: string): boolean {
	return wildcard(
		[...pattern],
		[...segment],
		(c) => c === '*',
		(c, ch) => c === '?' || c === ch,
	);
}

function splitPath(p: string): string[] {
	return p
		.normalize('NFC')
		.replace(/\\/g, '/')
		.split('/')
		.filter((s) => s !== '' && s !== '.');
}

/** A pattern prepared once: its alternatives, each as segments. */
export interface CompiledGlob {
	readonly alternatives: readonly (readonly string[])[];
}

export function compileGlob(pattern: string): CompiledGlob {
	return {
		alternatives: expandBraces(pattern).map((alt) => {
			const segments = splitPath(alt);
			// Without a slash (trailing ones aside), a pattern names something at any depth.
			let end = alt.length;
			while (end > 0 && alt[end - 1] === '/') end--;
			const anchored = alt.slice(0, end).includes('/');
			return anchored || segments.length === 0 ? segments : ['**', ...segments];
		}),
	};
}

/** Whether `relativePath` (segments separated by `/`) or a folder above it matches the pattern. */
export function matchesGlob(glob: CompiledGlob | string, relativePath: string): boolean {
	const compiled = typeof glob === 'string' ? compileGlob(glob) : glob;
	const segments = splitPath(relativePath);
	for (const alt of compiled.alternatives) {
		if (alt.length === 0) continue;
		// The path itself, then each folder above it: a folder's pattern covers what is inside.
		for (let n = segments.length; n >= 1; n--) {
			if (wildcard(alt, n === segments.length ? segments : segments.slice(0, n), (p) => p === '**', segmentMatches)) return true;
		}
	}
	return false;
}
