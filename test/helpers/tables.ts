/**
 * Tables of one shape rewritten in another, to test (and evaluate) every shape on the tables of real documents: the
 * Markdown pipe tables of ../shared as plain rows aligned with spaces or tabs (a table copied from a PDF or a web
 * page), as list items (`- 纱 万吨 2234.2 -2.2`), flattened one cell a line with blank lines between, or with a line
 * holding only `|` between cells. Everything else of the text stays as it is.
 */

export type Reshape = 'aligned' | 'tabbed' | 'list' | 'flat' | 'flat-bars';

export const RESHAPES: readonly Reshape[] = ['aligned', 'tabbed', 'list', 'flat', 'flat-bars'];

const CAPTION = /^表\s*[0-9０-９一二三四五六七八九十]{1,3}/;

/** The cells of a pipe row, markup removed. */
function cellsOf(line: string): string[] {
	const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
	return inner.split('|').map((c) => c.replace(/<br\s*\/?>/gi, '').replace(/\*\*/g, '').trim());
}

function isSeparator(cells: readonly string[]): boolean {
	return cells.every((c) => /^:?-*:?$/.test(c)) && cells.some((c) => c.includes('-'));
}

/** Visual width: CJK and full-width characters count two columns. */
function width(s: string): number {
	let w = 0;
	for (const ch of s) w += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
	return w;
}

function render(rows: readonly (readonly string[])[], shape: Reshape): string[] {
	const filled = rows.map((r) => r.map((c) => (c === '' ? '—' : c)));
	switch (shape) {
		case 'aligned': {
			const widths: number[] = [];
			for (const r of filled) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
			return filled.map((r) =>
				r
					.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c) + 2)))
					.join('')
					.trimEnd(),
			);
		}
		case 'tabbed':
			return filled.map((r) => r.join('\t'));
		case 'list':
			return filled.map((r) => `- ${r.join(' ')}`);
		case 'flat':
			return filled.flatMap((r) => r.flatMap((c) => [c, '']));
		case 'flat-bars':
			return filled.flatMap((r) => r.flatMap((c) => [c, '|']));
	}
}

/** `text` with every pipe table rewritten in `shape` (its caption row, if any, on a line of its own above). */
export function reshapeTables(text: string, shape: Reshape): string {
	const lines = text.split('\n');
	const out: string[] = [];
	for (let n = 0; n < lines.length; ) {
		if (!/^\s*\|/.test(lines[n]!)) {
			out.push(lines[n]!);
			n++;
			continue;
		}
		const rows: string[][] = [];
		for (; n < lines.length && /^\s*\|/.test(lines[n]!); n++) {
			const cells = cellsOf(lines[n]!);
			if (isSeparator(cells) || cells.every((c) => c === '')) continue;
			const filled = cells.filter((c) => c !== '');
			if (rows.length === 0 && filled.length === 1 && CAPTION.test(filled[0]!)) {
				out.push(filled[0]!, '');
				continue;
			}
			rows.push(cells);
		}
		// A header over an empty column names the unnamed column of figures beside it (a shifted Markdown table);
		// columns empty in every row (a trailing `| |`) are dropped; rows are as wide as the widest.
		const columns = Math.max(0, ...rows.map((r) => r.length));
		const head = rows[0] ?? [];
		const body = rows.slice(1);
		const hasBody = (i: number): boolean => body.some((r) => (r[i] ?? '') !== '');
		for (let c = 1; c < columns; c++) {
			if ((head[c] ?? '') === '' || hasBody(c)) continue;
			const d = [c + 1, c + 2, c - 1].find((x) => x > 0 && x < columns && (head[x] ?? '') === '' && hasBody(x));
			if (d !== undefined) {
				head[d] = head[c]!;
				head[c] = '';
			}
		}
		const used = Array.from({ length: columns }, (_, i) => rows.some((r) => (r[i] ?? '') !== ''));
		const table = rows.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? '').filter((_, i) => used[i]));
		out.push(...render(table, shape));
		if (shape === 'flat-bars' && out[out.length - 1] === '|') out.pop();
	}
	return out.join('\n');
}
