/** What the formula rules share: the numbers a formula promises, what was found, and where its expansion is. */
import type { Finding, Formula } from '../types';

/** 1152 / 3+4 — the numbers a formula promises. */
export function promised(f: Formula): string {
	return f.kind === 'code' ? f.text : f.parts.map((p) => String(p.count ?? '?')).join('+');
}

/** What was found: the counts of the labels (1142), or the item counts per part (3+3). */
export function found(f: Formula): string {
	// A code segmented by counted labels (1152 → 1 | 1 | 4 | 2) gives their counts; a code whose parts list items (“1+5”) gives how many.
	const labelled = f.kind === 'code' && f.parts.every((p) => p.items.length === 0);
	return labelled ? f.parts.map((p) => String(p.count ?? '?')).join('') : f.parts.map((p) => String(p.items.length)).join('+');
}

export function listed(f: Formula): string {
	return f.parts.map((p) => (p.label !== undefined ? p.label : p.items.join('、'))).join('；');
}

export function related(f: Formula): Finding['related'] {
	return f.expansion ? [{ span: f.expansion.span, role: 'expansion' }] : [];
}

