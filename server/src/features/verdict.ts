/**
 * ✓/✗ of a relation and of a figure, and a relation as one line — the same in hovers, the figures view and the CSV.
 * The implied base of a hover (`增加2.8万元，增幅45.2%` → 原值 ≈ 6.19万元) is no check: it never makes a verdict.
 */
import type { FigureVerdict } from '../protocol';
import { roleMessage, word, type Locale } from './messages';

/** What a verdict needs of a relation: the analysis's or the JSON's. */
interface Judged {
	readonly kind: string;
	readonly ok: boolean;
	readonly borderline?: boolean;
}

/** ✓ holds, ✗ does not, ≈ misses by less than one printed unit. */
export function relationVerdict(r: Judged): 'ok' | 'borderline' | 'fail' {
	return r.ok ? 'ok' : r.borderline ? 'borderline' : 'fail';
}

/** The relations that are checks (not the implied base of a hover). */
export function checksOf<R extends Judged>(relations: readonly R[]): R[] {
	return relations.filter((r) => r.kind !== 'implied-base');
}

/** A figure's verdict over its checks: ✓ all hold, ✗ one fails, ≈ the others miss by less than a unit, none without checks. */
export function checksVerdict(checks: readonly Judged[]): FigureVerdict {
	if (checks.length === 0) return 'none';
	if (checks.every((r) => r.ok)) return 'ok';
	return checks.every((r) => r.ok || r.borderline) ? 'borderline' : 'fail';
}

export const VERDICT_MARK: Readonly<Record<FigureVerdict, string>> = { ok: '✓', fail: '✗', borderline: '≈', uncertain: '?', none: '' };

/** `✗ 400 ÷ (5200 − 400) = 8.33% → 8.3%（本数为增减幅度）`: the mark, the arithmetic, the fix of one that fails, the figure's role. */
export function relationLine(r: Judged & { readonly expression: string; readonly replacement?: string }, role: string | undefined, locale: Locale): string {
	const fix = !r.ok && r.replacement ? ` → ${r.replacement}` : '';
	const what = role ? `${locale === 'zh' ? '（' : ' ('}${word('thisFigure', locale, { role: roleMessage(role, locale) })}${locale === 'zh' ? '）' : ')'}` : '';
	return `${VERDICT_MARK[relationVerdict(r)]} ${r.expression}${fix}${what}`;
}
