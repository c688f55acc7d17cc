/**
 * The figures of documents as CSV, one row per figure (claim) — for a spreadsheet: where it stands, the figure as
 * printed, its value in base units, unit, kind, what it measures, its scope, and its relations with ✓/✗. Made from the
 * analysis JSON (analysisJson.ts), so the CSV and the JSON of a document always agree. RFC 4180: fields with a
 * comma, a quote or a line break are quoted; lines end in CRLF. The BOM that spreadsheet programs need to read UTF-8
 * is the writer's (`CSV_BOM`).
 */
import { decimalDigits } from './chineseValue';
import type { AnalysisJson, ClaimJson } from './analysisJson';
import { word, type Locale } from './messages';
import { checksOf, checksVerdict, relationLine, VERDICT_MARK } from './verdict';

export const CSV_BOM = '\ufeff';

const COLUMNS = ['file', 'line', 'column', 'figure', 'value', 'unit', 'kind', 'indicator', 'subject', 'scope', 'approx', 'verdict', 'relations'] as const;

const HEADERS: Readonly<Record<Locale, Readonly<Record<(typeof COLUMNS)[number], string>>>> = {
	en: { file: 'file', line: 'line', column: 'column', figure: 'figure', value: 'value', unit: 'unit', kind: 'kind', indicator: 'indicator', subject: 'subject', scope: 'scope', approx: 'approximation', verdict: 'verdict', relations: 'relations' },
	zh: { file: '文件', line: '行', column: '列', figure: '数字', value: '数值', unit: '单位', kind: '类型', indicator: '指标', subject: '所指', scope: '时间范围', approx: '约数', verdict: '核对', relations: '关系' },
};

/** A field as RFC 4180 writes it; text a spreadsheet would take for a formula (=, +, @) gets a leading apostrophe. */
function field(value: string | number): string {
	let s = String(value);
	if (/^[=+@]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** ✓ all of the figure's checks hold, ✗ one does not, ≈ one misses by less than a printed unit, '' none. */
export function claimVerdict(c: ClaimJson): string {
	return VERDICT_MARK[checksVerdict(checksOf(c.relations))];
}

export function figuresCsv(files: readonly AnalysisJson[], locale: Locale): string {
	const rows: string[] = [COLUMNS.map((c) => field(HEADERS[locale][c])).join(',')];
	const sep = locale === 'zh' ? '；' : '; ';
	for (const f of files) {
		for (const c of f.claims) {
			const relations = checksOf(c.relations).map((r) => relationLine(r, r.role, locale));
			const row: Record<(typeof COLUMNS)[number], string | number> = {
				file: f.file,
				line: c.range.start.line + 1,
				column: c.range.start.character + 1,
				figure: c.text,
				// In base units, without an exponent or float noise: 126058200000000, 970000000 (not 969999999.9999999).
				value: decimalDigits(c.value),
				unit: c.unit,
				kind: word(`kind_${c.kind}`, locale),
				indicator: c.indicator ?? '',
				subject: c.subject,
				scope: c.scope ?? '',
				approx: c.approx === 'exact' ? '' : word(c.approx, locale),
				verdict: claimVerdict(c),
				relations: relations.join(sep),
			};
			rows.push(COLUMNS.map((k) => field(row[k])).join(','));
		}
	}
	return `${rows.join('\r\n')}\r\n`;
}
