/** The command-line tool's output: the outline and `file:line:col: severity message [rule]`, JSON, or SARIF 2.1.0. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { allRules, type Finding, type PolicyAnalysis } from '../analysis/index';
import { toRange } from '../features/convert';
import { toDiagnostics } from '../features/diagnostics';
import { toDocumentSymbols } from '../features/documentSymbols';
import type { FileProblem } from '../files';
import { fileProblemMessage, findingMessage, word, type Locale } from '../features/messages';
import type { Encoding } from './decode';

export interface FileResult {
	readonly file: string;
	readonly doc: TextDocument;
	readonly analysis: PolicyAnalysis;
	readonly diagnostics: readonly Diagnostic[];
	readonly symbols: readonly DocumentSymbol[];
	readonly encoding: Encoding;
	/** Invalid byte sequences replaced by U+FFFD. */
	readonly replaced?: number;
	/** Findings not reported: accepted in a project file, or turned off by a marker (`analysis.findings` has the others). */
	readonly suppressed: readonly SuppressedFinding[];
}

export interface SuppressedFinding {
	readonly finding: Finding;
	readonly by: 'accepted' | 'marker';
	/** The project file that accepts it. */
	readonly config?: string;
	readonly note?: string;
}

/** A file that was not reviewed, and why. */
export interface Failure {
	readonly file: string;
	readonly problem: FileProblem;
}

/** Something said about a file that was used all the same (U+FFFD replacements) or about a glossary. */
export interface Notice {
	readonly file: string;
	readonly level: 'error' | 'warning';
	readonly id: string;
	readonly message: string;
}

/** A proper `file:` URI for a path (spaces, #, ?, % and CJK percent-encoded). */
export function fileUri(file: string): string {
	return pathToFileURL(path.resolve(file)).href;
}

/** A reviewed file; `analysis.findings` are the findings reported, `suppressed` the others. */
export function toFileResult(file: string, text: string, analysis: PolicyAnalysis, locale: Locale, decoded: { encoding: Encoding; replaced?: number }, suppressed: readonly SuppressedFinding[] = []): FileResult {
	const doc = TextDocument.create(fileUri(file), 'policy-text', 1, text);
	return {
		suppressed,
		file,
		doc,
		analysis,
		diagnostics: toDiagnostics(doc, analysis.findings, locale),
		symbols: toDocumentSymbols(doc, analysis.sections, locale, analysis.tables),
		encoding: decoded.encoding,
		...(decoded.replaced ? { replaced: decoded.replaced } : {}),
	};
}

/** `N files reviewed, M not read; K findings: rule n, …` (rules by count, then by id), and how many were accepted or turned off. */
export function summaryLine(reviewed: number, failed: number, findings: ReadonlyMap<string, number>, locale: Locale, suppressed = 0): string {
	const total = [...findings.values()].reduce((a, b) => a + b, 0);
	const rules = [...findings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`);
	const line = word(total === 0 ? 'cliSummaryClean' : 'cliSummary', locale, { reviewed, failed, total, rules: rules.join(locale === 'zh' ? '，' : ', ') });
	return suppressed > 0 ? `${line} ${locale === 'zh' ? '（' : '('}${word('cliSuppressed', locale, { count: suppressed })}${locale === 'zh' ? '）' : ')'}` : line;
}

/** A failed file in `--format json`: one object per file, its reason as a stable id and a message. */
export function toFailureJson(f: Failure, locale: Locale): unknown {
	return { file: f.file, error: { ...f.problem, message: fileProblemMessage(f.file, f.problem, locale) } };
}

const SEVERITY_WORD = ['', 'error', 'warning', 'information', 'hint'] as const;

export function formatText(r: FileResult, locale: Locale): string {
	const out: string[] = [];
	const count = (list: PolicyAnalysis['sections']): number => list.reduce((n, s) => n + 1 + count(s.children), 0);
	const sections = r.analysis.sections;
	const hidden = r.suppressed.length > 0 ? `${locale === 'zh' ? '；' : '; '}${word('cliSuppressed', locale, { count: r.suppressed.length })}` : '';
	out.push(locale === 'zh' ? `${r.file}（大纲 ${count(sections)} 项${hidden}）` : `${r.file} (outline: ${count(sections)} headings${hidden})`);
	const visit = (list: PolicyAnalysis['sections'], depth: number): void => {
		for (const s of list) {
			const line = String(r.doc.positionAt(s.headingSpan.start).line + 1).padStart(6);
			out.push(`${line}  ${'  '.repeat(depth)}${s.title}${s.byline ? `  — ${s.byline}` : ''}`);
			visit(s.children, depth + 1);
		}
	};
	visit(sections, 0);
	for (const d of r.diagnostics) {
		const { line, character } = d.range.start;
		const message = typeof d.message === 'string' ? d.message : d.message.value;
		out.push(`${r.file}:${line + 1}:${character + 1}: ${SEVERITY_WORD[d.severity ?? 2]} ${message} [${String(d.code)}]`);
	}
	return out.join('\n');
}

interface JsonSection {
	/** The heading as the outline shows it (the same as title). */
	readonly name: string;
	readonly title: string;
	readonly kind: string;
	readonly label: string;
	readonly byline?: string;
	readonly range: ReturnType<typeof toRange>;
	readonly selectionRange: ReturnType<typeof toRange>;
	readonly children: readonly JsonSection[];
}

export function toJson(r: FileResult, locale: Locale): unknown {
	const { doc, analysis } = r;
	const sections = (list: PolicyAnalysis['sections']): JsonSection[] =>
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
	return {
		file: r.file,
		encoding: r.encoding,
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
		claims: analysis.claims.map((c) => {
			const q = analysis.quantities[c.quantity]!;
			return {
				text: c.text,
				range: toRange(doc, c.span),
				value: c.value,
				unit: c.unit,
				kind: c.kind,
				...(c.direction ? { direction: c.direction } : {}),
				subject: c.subject,
				...(c.scope ? { scope: c.scope } : {}),
				...(c.whole ? { whole: c.whole } : {}),
				approx: c.approx,
				...(q.approxWord !== undefined ? { approxWord: q.approxWord } : {}),
				magnitude: q.magnitude,
				step: q.step,
				relations: c.relations.map((i) => {
					const r = analysis.relations[i]!;
					return { kind: r.kind, ok: r.ok, expression: r.expression, claims: r.claims, ...(r.blame !== undefined ? { blame: r.blame } : {}), ...(r.data ? { data: r.data } : {}) };
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
				...(row.part ? { part: true } : {}),
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

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/**
 * SARIF 2.1.0: findings as results; files not reviewed, glossaries skipped and U+FFFD replacements as the
 * invocation's tool execution notifications, each with the file's URI.
 */
export function toSarif(results: readonly FileResult[], failures: readonly Failure[], notices: readonly Notice[], locale: Locale, version: string, docsDir?: string): unknown {
	const notification = (file: string, level: 'error' | 'warning', id: string, text: string): unknown => ({
		level,
		message: { text },
		descriptor: { id },
		locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(file) } } }],
	});
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'policy-review',
						version,
						informationUri: 'https://www.npmjs.com/package/policy-text-review',
						rules: allRules.map((rule) => ({
							id: rule.id,
							shortDescription: { text: rule.description[locale] },
							fullDescription: { text: `${rule.description.en} ${rule.description.zh}` },
							...(docsDir ? { helpUri: pathToFileURL(path.join(docsDir, `${rule.id}.md`)).href } : {}),
							defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
						})),
					},
				},
				invocations: [
					{
						executionSuccessful: failures.length === 0 && !notices.some((n) => n.level === 'error'),
						toolExecutionNotifications: [
							...failures.map((f) => notification(f.file, 'error', f.problem.reason, fileProblemMessage(f.file, f.problem, locale))),
							...notices.map((n) => notification(n.file, n.level, n.id, n.message)),
						],
					},
				],
				columnKind: 'utf16CodeUnits',
				// Accepted findings and those turned off by markers are results with their suppression, as SARIF has them.
				results: results.flatMap((r) =>
					[...r.analysis.findings.map((f) => ({ f, s: undefined })), ...r.suppressed.map((s) => ({ f: s.finding, s }))].map(({ f, s }) => {
						const range = toRange(r.doc, f.span);
						return {
							ruleId: f.ruleId,
							level: SARIF_LEVEL[f.severity],
							message: { text: findingMessage(f, locale) },
							...(s
								? {
										suppressions: [
											{
												kind: s.by === 'accepted' ? 'external' : 'inSource',
												status: 'accepted',
												...(s.note !== undefined ? { justification: s.note } : {}),
												...(s.config !== undefined ? { location: { physicalLocation: { artifactLocation: { uri: fileUri(s.config) } } } } : {}),
											},
										],
									}
								: {}),
							locations: [
								{
									physicalLocation: {
										artifactLocation: { uri: r.doc.uri },
										region: {
											startLine: range.start.line + 1,
											startColumn: range.start.character + 1,
											endLine: range.end.line + 1,
											endColumn: range.end.character + 1,
										},
									},
								},
							],
						};
					}),
				),
			},
		],
	};
}

