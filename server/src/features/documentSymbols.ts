/** The section tree → hierarchical DocumentSymbols (the Outline view, breadcrumbs) and folding ranges. */
import { type DocumentSymbol, type FoldingRange, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Section, SectionKind } from '../analysis/index';
import { toRange } from './convert';
import { sectionKindName, type Locale } from './messages';

function symbolKind(kind: SectionKind): SymbolKind {
	switch (kind) {
		case 'title':
			return SymbolKind.File;
		case 'volume':
		case 'chapter':
		case 'partHeading':
			return SymbolKind.Module;
		case 'section':
		case 'markdown':
			return SymbolKind.Namespace;
		case 'article':
			return SymbolKind.Field;
		case 'cnEnum':
		case 'cnParenEnum':
		case 'arabicEnum':
		case 'arabicParenEnum':
			return SymbolKind.Enum;
		case 'boldLead':
		case 'leadSentence':
			return SymbolKind.String;
	}
}

export function toDocumentSymbols(doc: TextDocument, sections: readonly Section[], locale: Locale): DocumentSymbol[] {
	return sections.map((s) => {
		const range = toRange(doc, s.bodySpan);
		const selectionRange = toRange(doc, s.headingSpan);
		return {
			name: s.title || s.label || '…',
			detail: s.byline ?? sectionKindName(s.kind, locale),
			kind: symbolKind(s.kind),
			range,
			selectionRange,
			children: toDocumentSymbols(doc, s.children, locale),
		};
	});
}

/** One folding range per section that spans more than one line. */
export function toFoldingRanges(doc: TextDocument, sections: readonly Section[]): FoldingRange[] {
	const out: FoldingRange[] = [];
	const visit = (list: readonly Section[]): void => {
		for (const s of list) {
			const startLine = doc.positionAt(s.bodySpan.start).line;
			const endLine = doc.positionAt(s.bodySpan.end).line;
			if (endLine > startLine) out.push({ startLine, endLine });
			visit(s.children);
		}
	};
	visit(sections);
	return out;
}
