/**
 * Accepted findings: what a reviewer checked and found right ("Accept this finding"), remembered in
 * `.policy-review.json` so that edits, re-opening and colleagues keep them. A finding is anchored on its rule,
 * the text of its figures (the flagged one first, then the related ones) and a little context around the flagged
 * one — never on line numbers, so that edits elsewhere leave it accepted, and re-wrapped text too (white space is
 * left out of every anchor). Pure: text and findings in, which findings are accepted out.
 */
import type { Finding } from '../analysis/index';
import type { AcceptedEntry, Anchor } from '../protocol';
import { disabledRegions, isDisabled } from './markers';

export type { AcceptedEntry, Anchor };

/** Characters of context kept on each side of the flagged figure (white space left out). */
export const CONTEXT_CHARS = 10;
/** A figure's text longer than this (a formula's whole expansion) is kept as its beginning and `…`. */
export const MAX_FIGURE_CHARS = 40;
/** Characters of context that must still agree for an entry to hold (fewer when the stored context is shorter). */
export const MIN_CONTEXT_AGREEMENT = 2;

function isSpace(code: number): boolean {
	return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

function withoutSpace(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) out += s[i];
	return out;
}

function figureText(text: string, start: number, end: number): string {
	// Read no more than needed: a long span is cut after MAX_FIGURE_CHARS characters that are not space.
	let out = '';
	for (let i = start; i < end; i++) {
		if (isSpace(text.charCodeAt(i))) continue;
		if (out.length === MAX_FIGURE_CHARS) return `${out}…`;
		out += text[i];
	}
	return out;
}

/** Up to `n` characters that are not space, before `offset` (in text order) or from `offset` on. */
function contextOf(text: string, offset: number, n: number, direction: -1 | 1): string {
	const chars: string[] = [];
	for (let i = direction < 0 ? offset - 1 : offset; i >= 0 && i < text.length && chars.length < n; i += direction) {
		if (!isSpace(text.charCodeAt(i))) chars.push(text[i]!);
	}
	// Do not keep half of a surrogate pair at the far end.
	if (direction < 0) {
		chars.reverse();
		if (chars.length > 0 && /^[\uDC00-\uDFFF]$/.test(chars[0]!)) chars.shift();
	} else if (chars.length > 0 && /^[\uD800-\uDBFF]$/.test(chars[chars.length - 1]!)) chars.pop();
	return chars.join('');
}

/** The anchor of a finding in `text`. */
export function anchorOf(text: string, f: Finding): Anchor {
	return {
		rule: f.ruleId,
		figures: [f.span, ...(f.related ?? []).map((r) => r.span)].map((s) => figureText(text, s.start, s.end)),
		before: contextOf(text, f.span.start, CONTEXT_CHARS, -1),
		after: contextOf(text, f.span.end, CONTEXT_CHARS, 1),
	};
}

/** Figures compared as anchors keep them: without white space, a long one cut (an entry written by hand too). */
function key(a: Pick<Anchor, 'rule' | 'figures'>): string {
	return `${a.rule}\u0000${a.figures.map((f) => figureText(f, 0, f.length)).join('\u0001')}`;
}

function commonSuffix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
	return n;
}

function commonPrefix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

/** How much of an entry's context a finding still has next to it: the characters that agree, on both sides. */
export function contextAgreement(entry: Pick<Anchor, 'before' | 'after'>, anchor: Pick<Anchor, 'before' | 'after'>): number {
	return commonSuffix(withoutSpace(entry.before), anchor.before) + commonPrefix(withoutSpace(entry.after), anchor.after);
}

/**
 * Which findings the entries accept: an entry holds for the findings of its rule whose figures read the same and
 * whose context still agrees with it (at least MIN_CONTEXT_AGREEMENT characters next to the figure) — the best
 * agreeing ones when the same figures are flagged more than once, the very context recorded first. Returns, per
 * finding, the index of the entry that accepts it.
 */
export function matchAccepted(anchors: readonly Anchor[], entries: readonly AcceptedEntry[]): Map<number, number> {
	const byKey = new Map<string, number[]>();
	anchors.forEach((a, i) => {
		const k = key(a);
		const list = byKey.get(k);
		if (list) list.push(i);
		else byKey.set(k, [i]);
	});
	const accepted = new Map<number, number>();
	entries.forEach((entry, e) => {
		const candidates = byKey.get(key(entry));
		if (!candidates) return;
		const before = withoutSpace(entry.before);
		const after = withoutSpace(entry.after);
		const needed = Math.min(MIN_CONTEXT_AGREEMENT, before.length + after.length);
		let best = -1;
		let chosen: number[] = [];
		for (const i of candidates) {
			const anchor = anchors[i]!;
			const agreement = commonSuffix(before, anchor.before) + commonPrefix(after, anchor.after);
			if (agreement < needed) continue;
			// The very context recorded beats one that merely begins and ends the same (a copy at the end of the text).
			const score = 2 * agreement + (before === anchor.before && after === anchor.after ? 1 : 0);
			if (score < best) continue;
			if (score > best) {
				best = score;
				chosen = [];
			}
			chosen.push(i);
		}
		for (const i of chosen) if (!accepted.has(i)) accepted.set(i, e);
	});
	return accepted;
}

/** Why a finding is not shown. */
export type Suppression = { readonly by: 'accepted'; readonly entry: number } | { readonly by: 'marker' };

export interface Suppressed {
	/** The findings to show, in order. */
	readonly shown: readonly Finding[];
	/** Their anchors (for the accept action), in the same order. */
	readonly shownAnchors: readonly Anchor[];
	/** The findings accepted by an entry or turned off by a marker, with why. */
	readonly hidden: readonly { readonly finding: Finding; readonly anchor: Anchor; readonly suppression: Suppression }[];
}

/**
 * A document's findings less those its markers turn off and those the entries (already narrowed to this
 * document) accept.
 */
export function suppressFindings(text: string, findings: readonly Finding[], entries: readonly AcceptedEntry[]): Suppressed {
	const regions = disabledRegions(text);
	const anchors = findings.map((f) => anchorOf(text, f));
	const accepted = entries.length > 0 ? matchAccepted(anchors, entries) : new Map<number, number>();
	const shown: Finding[] = [];
	const shownAnchors: Anchor[] = [];
	const hidden: { finding: Finding; anchor: Anchor; suppression: Suppression }[] = [];
	findings.forEach((f, i) => {
		const entry = accepted.get(i);
		if (entry !== undefined) hidden.push({ finding: f, anchor: anchors[i]!, suppression: { by: 'accepted', entry } });
		else if (regions.length > 0 && isDisabled(regions, f.ruleId, f.span.start)) hidden.push({ finding: f, anchor: anchors[i]!, suppression: { by: 'marker' } });
		else {
			shown.push(f);
			shownAnchors.push(anchors[i]!);
		}
	});
	return { shown, shownAnchors, hidden };
}
