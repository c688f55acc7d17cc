/** Reading CSV in tests (RFC 4180: quoted fields, "" for a quote, CRLF or LF), and comparing an export's CSV with its JSON. */
import { strict as assert } from 'node:assert';

export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

interface ClaimLike {
	readonly text: string;
	readonly value: number;
	readonly unit: string;
	readonly range: { readonly start: { readonly line: number; readonly character: number } };
	readonly relations: readonly { readonly kind: string; readonly ok: boolean; readonly expression: string }[];
}

/**
 * The CSV (without its BOM) has one row per claim of the JSON, in order: position (1-based), figure, value, unit, and
 * every relation's arithmetic with its mark.
 */
export function assertCsvMatchesJson(csv: string, files: readonly { readonly file: string; readonly claims: readonly ClaimLike[] }[]): void {
	const [header, ...rows] = parseCsv(csv);
	assert.ok(header && header.length >= 13, 'a header row');
	const claims = files.flatMap((f) => f.claims.map((c) => ({ file: f.file, c })));
	assert.equal(rows.length, claims.length, 'one row per figure');
	rows.forEach((row, i) => {
		const { file, c } = claims[i]!;
		const [rowFile, line, column, figure, value, unit, , , , , , verdict, relations] = row;
		assert.deepEqual([rowFile, Number(line), Number(column), figure, unit], [file, c.range.start.line + 1, c.range.start.character + 1, c.text, c.unit]);
		// The CSV prints 15 significant digits (9.7亿 is 970000000 there, 969999999.9999999 in the JSON's double).
		assert.ok(Math.abs(Number(value) - c.value) <= Math.abs(c.value) * 1e-12, `${c.text}: ${value} for ${c.value}`);
		const checks = c.relations.filter((r) => r.kind !== 'implied-base');
		for (const r of checks) assert.ok(relations!.includes(`${r.ok ? '✓' : ''}`) && relations!.includes(r.expression), `${c.text}: ${r.expression}`);
		assert.equal(verdict === '', checks.length === 0, `${c.text}: a verdict exactly when it has a check`);
	});
}
