/**
 * A document's analysis as JSON — what `policy-review --format json` prints for a file and what *Export figures*
 * writes: the outline, formulas, claims with their relations, diagnostics and the findings not reported. One module
 * for both (the command-line tool adds how the file was decoded), so the two never differ.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { figureRoles, type Finding, type PolicyAnalysis } from '../analysis/index';
import type { Suppressed } from '../config/accepted';
import type { AcceptedEntry } from '../protocol';
import { toRange } from './convert';
import { findingMessage, type Locale } from './messages';

type Range = ReturnType<typeof toRange>;

/** A finding not reported: accepted in a project file, or turned off by a marker. */
export interface SuppressedFinding {
	readonly finding: Finding;
	readonly by: 'accepted' | 'marker';
	/** The project file that accepts it. */
	readonly config?: string;
	readonly note?: string;
}

/** The findings a project file or a marker hides, as the JSON lists them (`config`: the project file, as the user names it). */
export function suppressedFindings(hidden: Suppressed['hidden'], entries: readonly AcceptedEntry[], config: string | undefined): SuppressedFinding[] {
	return hidden.map((h): SuppressedFinding => {
		if (h.suppression.by === 'marker') return { finding: h.finding, by: 'marker' };
		const note = entries[h.suppression.entry]?.note;
		return { finding: h.finding, by: 'accepted', ...(config !== undefined ? { config } : {}), ...(note !== undefined ? { note } : {}) };
	});
}

/** What the JSON is made of: a document, its analysis (`findings` are those reported) and the findings not reported. */
export interface AnalysisSource {
	/** The file as the user names it (a path on the command line, a path relative to the workspace folder in the editor). */
	readonly file: string;
	readonly doc: TextDocument;
	readonly analysis: PolicyAnalysis;
	readonly suppressed: readonly SuppressedFinding[];
	/** How the file's bytes were decoded (the command-line tool reads bytes; the editor has text). */
	readonly encoding?: string;
	/** Invalid byte sequences replaced by U+FFFD. */
	readonly replaced?: number;
}

export interface SectionJson {
	/** The heading as the outline shows it (the same as title). */
	readonly name: string;
	readonly title: string;
	readonly kind: string;
	readonly label: string;
	readonly byline?: string;
	readonly number?: number;
	readonly range: Range;
	readonly selectionRange: Range;
	readonly children: readonly SectionJson[];
}

export interface FormulaJson {
	readonly text: string;
	readonly kind: string;
	readonly range: Range;
	readonly parts: readonly { readonly count?: number; readonly key?: string; readonly label?: string; readonly items?: readonly string[] }[];
	readonly verdict: string;
	readonly expansion?: { readonly source: string; readonly range: Range };
	readonly glossary?: string;
	readonly parent?: number;
	readonly children: readonly number[];
}

export interface RelationJson {
	readonly kind: string;
	readonly ok: boolean;
	readonly borderline?: boolean;
	readonly expression: string;
	/** The claims involved (indices into `claims`), and what each is to the relation (`total`, `part`, `rate` …). */
	readonly claims: readonly number[];
	readonly roles: readonly string[];
	/** What the claim that lists this relation is to it. */
	readonly role: string;
	readonly replacement?: string;
	readonly blame?: number;
	readonly data?: Readonly<Record<string, string | number>>;
}

export interface ClaimJson {
	readonly text: string;
	readonly range: Range;
	readonly value: number;
	readonly unit: string;
	readonly kind: string;
	readonly direction?: string;
	readonly subject: string;
	/** The indicator of the lexicon the subject names (地区生产总值 → 国内生产总值). */
	readonly indicator?: string;
	readonly scope?: string;
	readonly whole?: string;
	readonly approx: string;
	readonly approxWord?: string;
	readonly magnitude: number;
	readonly step: number;
	readonly relations: readonly RelationJson[];
}

export interface TableJson {
	readonly caption?: string;
	readonly shape: string;
	readonly range: Range;
	readonly unit?: string;
	readonly period?: string;
	readonly headers: PolicyAnalysis['tables'][number]['headers'];
	readonly columns: PolicyAnalysis['tables'][number]['columns'];
	readonly rows: readonly {
		readonly label: string;
		readonly range: Range;
		readonly level: number;
		readonly part?: true;
		readonly parent?: number;
		readonly indicator?: string;
		readonly unit?: string;
		/** Each cell, its column's header, its value in the base unit and its claim (an index into `claims`). */
		readonly cells: readonly { readonly text: string; readonly range: Range; readonly column: number; readonly header: string; readonly value?: number; readonly unit?: string; readonly claim?: number }[];
	}[];
	readonly section?: PolicyAnalysis['tables'][number]['section'];
}

export interface DiagnosticJson {
	readonly rule: string;
	readonly severity: string;
	readonly message: string;
	readonly range: Range;
	readonly data: Readonly<Record<string, string | number>>;
	readonly related: readonly { readonly role: string; readonly figure?: string; readonly range: Range }[];
	readonly fix?: { readonly range: Range; readonly text: string };
}

export interface AnalysisJson {
	readonly file: string;
	readonly encoding?: string;
	readonly replaced?: number;
	readonly hardWrapped: boolean;
	readonly sections: readonly SectionJson[];
	readonly formulas: readonly FormulaJson[];
	readonly claims: readonly ClaimJson[];
	readonly tables: readonly TableJson[];
	readonly diagnostics: readonly DiagnosticJson[];
	readonly suppressed: readonly {
		readonly rule: string;
		readonly severity: string;
		readonly message: string;
		readonly range: Range;
		readonly by: 'accepted' | 'marker';
		readonly config?: string;
		readonly note?: string;
	}[];
}

export function analysisJson(r: AnalysisSource, locale: Locale): AnalysisJson {
	const { doc, analysis } = r;
	const sections = (list: PolicyAnalysis['sections']): SectionJson[] =>
		list.map((s) => ({
			name: s.title,
			title: s.title,
			kind: s.kind,
			label: s.label,
			...(s.byline !== undefined ? { byline: s.byline } : {}),
			...(s.number !== undefined ? { number: s.number } : {}),
			range: toRange(doc, s.bodySpan),
			selectionRange: toRange(doc, s.headingSpan),
			children: sections(s.children),
		}));
	const roles = analysis.relations.map((rel) => figureRoles(rel, analysis.claims));
	return {
		file: r.file,
		...(r.encoding !== undefined ? { encoding: r.encoding } : {}),
		...(r.replaced ? { replaced: r.replaced } : {}),
		hardWrapped: analysis.hardWrapped,
		sections: sections(analysis.sections),
		formulas: analysis.formulas.map((f) => ({
			text: f.text,
			kind: f.kind,
			range: toRange(doc, f.span),
			parts: f.parts.map((p) => ({
				...(p.count !== undefined ? { count: p.count } : {}),
				...(p.key !== undefined ? { key: p.key } : {}),
				...(p.label !== undefined ? { label: p.label } : { items: p.items }),
			})),
			verdict: f.verdict,
			...(f.expansion ? { expansion: { source: f.expansion.source, range: toRange(doc, f.expansion.span) } } : {}),
			...(f.glossary ? { glossary: f.glossary } : {}),
			...(f.parent !== undefined ? { parent: f.parent } : {}),
			children: f.children,
		})),
		claims: analysis.claims.map((c, ci) => {
			const q = analysis.quantities[c.quantity];
			return {
				text: c.text,
				range: toRange(doc, c.span),
				value: c.value,
				unit: c.unit,
				kind: c.kind,
				...(c.direction ? { direction: c.direction } : {}),
				subject: c.subject,
				...(c.indicator ? { indicator: c.indicator } : {}),
				...(c.scope ? { scope: c.scope } : {}),
				...(c.whole ? { whole: c.whole } : {}),
				approx: c.approx,
				...(q?.approxWord !== undefined ? { approxWord: q.approxWord } : {}),
				magnitude: q?.magnitude ?? 1,
				step: q?.step ?? 1,
				relations: c.relations.map((i) => {
					const rel = analysis.relations[i]!;
					const rs = roles[i]!;
					return {
						kind: rel.kind,
						ok: rel.ok,
						...(rel.borderline ? { borderline: true } : {}),
						expression: rel.expression,
						claims: rel.claims,
						roles: rs,
						role: rs[rel.claims.indexOf(ci)] ?? 'figure',
						...(rel.replacement !== undefined && !rel.ok ? { replacement: rel.replacement } : {}),
						...(rel.blame !== undefined ? { blame: rel.blame } : {}),
						...(rel.data ? { data: rel.data } : {}),
					};
				}),
			};
		}),
		tables: analysis.tables.map((t) => ({
			...(t.caption !== undefined ? { caption: t.caption } : {}),
			shape: t.shape,
			range: toRange(doc, t.span),
			...(t.unit !== undefined ? { unit: t.unit } : {}),
			...(t.period !== '' ? { period: t.period } : {}),
			headers: t.headers,
			columns: t.columns,
			rows: t.rows.map((row) => ({
				label: row.label,
				range: toRange(doc, row.labelSpan),
				level: row.level,
				...(row.part ? { part: true as const } : {}),
				...(row.parent !== undefined ? { parent: row.parent } : {}),
				...(row.indicator !== undefined ? { indicator: row.indicator } : {}),
				...(row.unit !== undefined ? { unit: row.unit } : {}),
				cells: row.cells.map((c) => ({
					text: c.text,
					range: toRange(doc, c.span),
					column: c.column,
					header: t.columns[c.column]?.header ?? '',
					...(c.value !== undefined ? { value: c.value } : {}),
					...(c.unit !== undefined ? { unit: c.unit } : {}),
					...(c.claim !== undefined ? { claim: c.claim } : {}),
				})),
			})),
			...(t.section.length > 0 ? { section: t.section } : {}),
		})),
		diagnostics: analysis.findings.map((f) => ({
			rule: f.ruleId,
			severity: f.severity,
			message: findingMessage(f, locale),
			range: toRange(doc, f.span),
			data: f.data,
			related: (f.related ?? []).map((x) => ({ role: x.role, ...(x.figure !== undefined ? { figure: x.figure } : {}), range: toRange(doc, x.span) })),
			...(f.fix ? { fix: { range: toRange(doc, f.fix.span), text: f.fix.text } } : {}),
		})),
		suppressed: r.suppressed.map((s) => ({
			rule: s.finding.ruleId,
			severity: s.finding.severity,
			message: findingMessage(s.finding, locale),
			range: toRange(doc, s.finding.span),
			by: s.by,
			...(s.config !== undefined ? { config: s.config } : {}),
			...(s.note !== undefined ? { note: s.note } : {}),
		})),
	};
}
