/** Findings → LSP diagnostics (code, its page, source, relatedInformation), in the user's language; their code actions. */
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/index';
import { AcceptFindingCommand, type AcceptArguments, type Anchor } from '../protocol';
import { toRange, toSeverity } from './convert';
import { findingMessage, roleMessage, word, type Locale } from './messages';

export const DIAGNOSTIC_SOURCE = 'policy-review';

export interface DiagnosticOptions {
	/** The folder of the rule pages as a URI (`…/docs/rules`): each diagnostic links its rule's page. */
	readonly rulePagesUri?: string;
}

/** What a diagnostic carries for its code actions: the finding's data, its fix, and its anchor (for *Accept*). */
interface DiagnosticData {
	readonly fix?: string;
	readonly fixRange?: Range;
	readonly anchor?: Anchor;
}

export function toDiagnostic(doc: TextDocument, f: Finding, locale: Locale, options: DiagnosticOptions = {}, anchor?: Anchor): Diagnostic {
	const d: Diagnostic = {
		range: toRange(doc, f.span),
		severity: toSeverity(f.severity),
		code: f.ruleId,
		source: DIAGNOSTIC_SOURCE,
		message: findingMessage(f, locale),
		data: { ...f.data, ...(f.fix ? { fix: f.fix.text, fixRange: toRange(doc, f.fix.span) } : {}), ...(anchor ? { anchor } : {}) },
	};
	if (options.rulePagesUri) d.codeDescription = { href: `${options.rulePagesUri.replace(/\/$/, '')}/${f.ruleId}.md` };
	if (f.related && f.related.length > 0) {
		d.relatedInformation = f.related.map((r) => ({
			location: { uri: doc.uri, range: toRange(doc, r.span) },
			message: roleMessage(r.role, locale, r.figure),
		}));
	}
	return d;
}

/** Diagnostics of findings; with `anchors` (one per finding), each can be accepted. */
export function toDiagnostics(doc: TextDocument, findings: readonly Finding[], locale: Locale, options: DiagnosticOptions = {}, anchors?: readonly Anchor[]): Diagnostic[] {
	return findings.map((f, i) => toDiagnostic(doc, f, locale, options, anchors?.[i]));
}

/** Where *Accept this finding* writes for a document: its project file, and the document's path relative to it. */
export interface AcceptTarget {
	readonly configUri: string;
	readonly relativePath: string;
}

/**
 * Code actions for our diagnostics: the quick fix where one figure can be corrected (preferred), and *Accept this
 * finding* (a command of the client that adds the finding's anchor to the project file) where there is a project
 * file to write to.
 */
export function toCodeActions(uri: string, diagnostics: readonly Diagnostic[], locale: Locale, accept?: AcceptTarget): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const d of diagnostics) {
		if (d.source !== DIAGNOSTIC_SOURCE) continue;
		const data = d.data as DiagnosticData | undefined;
		if (typeof data?.fix === 'string' && data.fixRange) {
			actions.push({
				title: word('fix', locale, { text: data.fix }),
				kind: CodeActionKind.QuickFix,
				diagnostics: [d],
				isPreferred: true,
				edit: { changes: { [uri]: [{ range: data.fixRange, newText: data.fix }] } },
			});
		}
	}
	// Accepting comes after every fix: the fix is what a finding usually needs.
	for (const d of diagnostics) {
		const anchor = d.source === DIAGNOSTIC_SOURCE ? (d.data as DiagnosticData | undefined)?.anchor : undefined;
		if (!anchor || !accept) continue;
		const title = word('accept', locale, { rule: anchor.rule });
		const args: AcceptArguments = { configUri: accept.configUri, entry: { ...anchor, file: accept.relativePath } };
		actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: AcceptFindingCommand, arguments: [args] } });
	}
	return actions;
}
