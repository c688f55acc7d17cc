/** The command-line tool's output: the outline and `file:line:col: severity message [rule]`, JSON, CSV of the figures, or SARIF 2.1.0. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { allRules, type PolicyAnalysis } from '../analysis/index';
import { toRange } from '../features/convert';
import { toDiagnostics } from '../features/diagnostics';
import { toDocumentSymbols } from '../features/documentSymbols';
import { analysisJson, type AnalysisJson, type SuppressedFinding } from '../features/analysisJson';
import type { FileProblem } from '../files';
import { fileProblemMessage, findingMessage, word, type Locale } from '../features/messages';
import type { Encoding } from './decode';

export type { SuppressedFinding };

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

/** A reviewed file as JSON (see features/analysisJson.ts: the same data *Export figures* writes). */
export function toJson(r: FileResult, locale: Locale): AnalysisJson {
	return analysisJson(r, locale);
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

