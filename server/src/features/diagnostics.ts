/** Findings → LSP diagnostics (code, source, relatedInformation), in the user's language. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/index';
import { toRange, toSeverity } from './convert';
import { findingMessage, roleMessage, type Locale } from './messages';

export const DIAGNOSTIC_SOURCE = 'policy-review';

export function toDiagnostic(doc: TextDocument, f: Finding, locale: Locale): Diagnostic {
	const d: Diagnostic = {
		range: toRange(doc, f.span),
		severity: toSeverity(f.severity),
		code: f.ruleId,
		source: DIAGNOSTIC_SOURCE,
		message: findingMessage(f, locale),
		data: f.data,
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
