/**
 * The section tree → hierarchical DocumentSymbols (the Outline view, breadcrumbs) and folding ranges; each table is a
 * symbol under the section it stands in, named by its caption.
 */
import { type DocumentSymbol, type FoldingRange, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Section, SectionKind, Table } from '../analysis/index';
import { toRange } from './convert';
import { sectionKindName, word, type Locale } from './messages';

function symbolKind(kind: SectionKind): SymbolKind {
	switch (kind) {
		case 'title':
			return SymbolKind.File;
		case 'part':
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

/** A table's symbol: its caption, else its header (`指标 · 年末数（万人） · 比重（%）`), and how many rows it has. */
function tableSymbol(doc: TextDocument, t: Table, locale: Locale): DocumentSymbol {
	const header = t.columns.map((c) => c.header).filter((h) => h !== '');
	const name = t.caption || (header.length > 0 ? header.join(' · ') : word('table', locale));
	const first = t.captionSpan ?? t.rows[0]?.labelSpan ?? t.span;
	return {
		name,
		detail: word('tableDetail', locale, { rows: t.rows.length }),
		kind: SymbolKind.Array,
		range: toRange(doc, t.span),
		selectionRange: toRange(doc, { start: first.start, end: Math.max(first.start, first.end) }),
		children: [],
	};
}

/**
 * The outline: sections nested as the document nests them, each table under the section it stands in (`Table.section`
 * is its path from the root), in document order.
 */
export function toDocumentSymbols(doc: TextDocument, sections: readonly Section[], locale: Locale, tables: readonly Table[] = []): DocumentSymbol[] {
	const byPath = new Map<string, Table[]>();
	for (const t of tables) {
		const key = t.section.join('/');
		const list = byPath.get(key);
		if (list) list.push(t);
		else byPath.set(key, [t]);
	}
	const level = (list: readonly Section[], path: readonly number[]): DocumentSymbol[] => {
		const symbols: { at: number; symbol: DocumentSymbol }[] = list.map((s, i) => {
			const range = toRange(doc, s.bodySpan);
			const selectionRange = toRange(doc, s.headingSpan);
			return {
				at: s.headingSpan.start,
				symbol: { name: s.title || s.label || '…', detail: s.byline ?? sectionKindName(s.kind, locale), kind: symbolKind(s.kind), range, selectionRange, children: level(s.children, [...path, i]) },
			};
		});
		for (const t of byPath.get(path.join('/')) ?? []) symbols.push({ at: t.span.start, symbol: tableSymbol(doc, t, locale) });
		return symbols.sort((a, b) => a.at - b.at).map((x) => x.symbol);
	};
	return level(sections, []);
}

/** One folding range per section and per table that spans more than one line. */
export function toFoldingRanges(doc: TextDocument, sections: readonly Section[], tables: readonly Table[] = []): FoldingRange[] {
	const out: FoldingRange[] = [];
	for (const t of tables) {
		const startLine = doc.positionAt(t.span.start).line;
		const endLine = doc.positionAt(t.span.end).line;
		if (endLine > startLine) out.push({ startLine, endLine });
	}
	const visit = (list: readonly Section[]): void => {
		for (const s of list) {
			const startLine = doc.positionAt(s.bodySpan.start).line;
			const endLine = doc.positionAt(s.bodySpan.end).line;
			if (endLine > startLine) out.push({ startLine, endLine });
			visit(s.children);
		}
	};
	visit(sections);
	return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
