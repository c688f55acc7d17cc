/** Findings → LSP diagnostics (code, source, relatedInformation), in the user's language. */
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/index';
import { toRange, toSeverity } from './convert';
import { findingMessage, roleMessage, word, type Locale } from './messages';

export const DIAGNOSTIC_SOURCE = 'policy-review';

export function toDiagnostic(doc: TextDocument, f: Finding, locale: Locale): Diagnostic {
	const d: Diagnostic = {
		range: toRange(doc, f.span),
		severity: toSeverity(f.severity),
		code: f.ruleId,
		source: DIAGNOSTIC_SOURCE,
		message: findingMessage(f, locale),
		data: f.fix ? { ...f.data, fix: f.fix.text, fixRange: toRange(doc, f.fix.span) } : f.data,
	};
	if (f.related && f.related.length > 0) {
		d.relatedInformation = f.related.map((r) => ({
			location: { uri: doc.uri, range: toRange(doc, r.span) },
			message: roleMessage(r.role, locale),
		}));
	}
	return d;
}

export function toDiagnostics(doc: TextDocument, findings: readonly Finding[], locale: Locale): Diagnostic[] {
	return findings.map((f) => toDiagnostic(doc, f, locale));
}

/** Quick fixes for our diagnostics that carry one: replace the figure with what the other figures give. */
export function toCodeActions(uri: string, diagnostics: readonly Diagnostic[], locale: Locale): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const d of diagnostics) {
		if (d.source !== DIAGNOSTIC_SOURCE) continue;
		const data = d.data as { fix?: unknown; fixRange?: Range } | undefined;
		if (typeof data?.fix !== 'string' || !data.fixRange) continue;
		actions.push({
			title: word('fix', locale, { text: data.fix }),
			kind: CodeActionKind.QuickFix,
			diagnostics: [d],
			isPreferred: true,
			edit: { changes: { [uri]: [{ range: data.fixRange, newText: data.fix }] } },
		});
	}
	return actions;
}
