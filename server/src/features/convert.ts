/** Core spans ↔ LSP ranges and severities: the only place where they meet. */
import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SeverityLevel, Span } from '../analysis/index';

/** A span of UTF-16 offsets → an LSP range (UTF-16 columns, as VS Code counts them). */
export function toRange(doc: TextDocument, span: Span): Range {
	return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** An LSP range → a span of UTF-16 offsets. */
export function toSpan(doc: TextDocument, range: Range): Span {
	return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function toSeverity(level: SeverityLevel): DiagnosticSeverity {
	switch (level) {
		case 'error':
			return DiagnosticSeverity.Error;
		case 'warning':
			return DiagnosticSeverity.Warning;
		case 'information':
			return DiagnosticSeverity.Information;
		case 'hint':
			return DiagnosticSeverity.Hint;
	}
}
