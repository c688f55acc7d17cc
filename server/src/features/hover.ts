/** Hover on a figure: its normalised value, unit, approximation and printed precision. */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyAnalysis, Quantity } from '../analysis/index';
import { toRange } from './convert';
import { quantityKindName, word, type Locale } from './messages';

/** The quantity whose span contains `offset` (quantities are sorted by start). */
export function quantityAt(quantities: readonly Quantity[], offset: number): Quantity | undefined {
	let lo = 0;
	let hi = quantities.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const q = quantities[mid]!;
		if (offset < q.span.start) hi = mid - 1;
		else if (offset >= q.span.end) lo = mid + 1;
		else return q;
	}
	return undefined;
}

/** 28000 → "28,000"; 0.1 → "0.1"; keeps up to 6 significant decimals without float noise. */
export function formatNumber(n: number): string {
	const rounded = Number(n.toPrecision(12));
	return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function quantityHover(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale): Hover | null {
	const q = quantityAt(analysis.quantities, offset);
	if (!q) return null;
	const unit = q.kind === 'percent' ? '%' : q.unit;
	const lines = [
		`**${q.text}** — ${quantityKindName(q.kind, locale)}`,
		'',
		`- ${word('value', locale)}: ${formatNumber(q.value)}${unit ? ` ${unit}` : ''}${q.rangeEnd !== undefined ? ` – ${formatNumber(q.rangeEnd)}` : ''}`,
		`- ${word('unit', locale)}: ${unit || word('none', locale)}`,
		`- ${word('approx', locale)}: ${word(q.approx, locale)}${q.approxWord ? `（${q.approxWord}）` : ''}`,
		`- ${word('precision', locale)}: ±${formatNumber(q.step / 2)}`,
	];
	return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, q.span) };
}
