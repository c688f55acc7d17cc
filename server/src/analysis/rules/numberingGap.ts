/**
 * structure.numbering-gap — sibling headings of one numbering style that skip or repeat a number:
 * `一、… 二、… 四、…` (三 is missing), `（一）… （一）…`. Articles (第X条) and chapters (第X章) run on
 * through the whole document, so they are checked in document order (a run that starts again at 1 is a new one: a table
 * of contents before the body); the other styles restart under each parent.
 *
 * A gap is reported only when the skipped numbers are nowhere: a heading whose paragraph break was only inferred (and
 * that the rule does not check itself) still counts as the previous sibling when it continues the run, and a skipped
 * number written between the two siblings in a way the outline does not take for a heading — mid-line after a
 * paragraph (`…工作。二、…`), with a bracket lost (`三）`), a space before its mark (`2 、`), digits after it
 * (`11.41条`) — is there, not missing.
 */
import type { Finding, Section, SectionKind } from '../types';
import type { Rule } from './rule';
import { foldDigits, isCjkNumeralCode, parseCjkNumeral } from '../text/cjkNumerals';
import { work } from '../work';

const DOCUMENT_WIDE: ReadonlySet<SectionKind> = new Set(['volume', 'chapter', 'article']);
const PER_PARENT: ReadonlySet<SectionKind> = new Set(['section', 'cnEnum', 'cnParenEnum', 'arabicEnum', 'arabicParenEnum']);

/** Gaps among the siblings of each parent, into `out` (a walk, not a generator per section: a report may hold thousands). */
function checkRuns(text: string, sections: readonly Section[], out: Finding[]): void {
	const last = new Map<SectionKind, Section>();
	// (Index loops here and below: an iterator's result per heading is garbage, and a document may have thousands.)
	for (let i = 0; i < sections.length; i++) {
		const s = sections[i]!;
		if (s.number === undefined || !PER_PARENT.has(s.kind)) continue;
		const prev = last.get(s.kind);
		if (s.inferred) {
			// Perhaps an inline enumeration: checked by nobody, but the sibling that continues the run it is.
			if (prev?.number !== undefined && s.number === prev.number + 1) last.set(s.kind, s);
			continue;
		}
		last.set(s.kind, s);
		if (prev?.number === undefined) continue;
		// A list that starts again at 1 under the same parent is a new list whose parent heading we did not
		// see (an unnumbered lead sentence), not a gap; a 1 right after a 1 is a repeat.
		const restart = s.number === 1 && prev.number > 1;
		if (s.number !== prev.number + 1 && !restart && !skippedAreWritten(text, prev, s)) out.push(gapFinding(prev, s));
	}
	for (const s of sections) if (s.children.length > 0) checkRuns(text, s.children, out);
}

function gapFinding(prev: Section, s: Section): Finding {
	return {
		ruleId: 'structure.numbering-gap',
		severity: 'warning',
		span: { start: s.headingSpan.start, end: s.headingSpan.start + s.label.length },
		data: { label: s.label, previous: prev.label, expected: (prev.number ?? 0) + 1, found: s.number ?? 0 },
		related: [{ span: { start: prev.headingSpan.start, end: prev.headingSpan.start + prev.label.length }, role: 'previous' }],
	};
}

/** Gaps among the articles, chapters and volumes of the whole document, in document order, into `out`. */
function checkDocumentWide(text: string, sections: readonly Section[], out: Finding[]): void {
	const last = new Map<SectionKind, Section>();
	const visit = (list: readonly Section[]): void => {
		for (let i = 0; i < list.length; i++) {
			const s = list[i]!;
			if (s.number !== undefined && DOCUMENT_WIDE.has(s.kind)) {
				const prev = last.get(s.kind);
				if (!s.inferred) {
					last.set(s.kind, s);
					// A run that starts again at its first number is a new run, not a gap: a table of contents then the body
					// (第一篇…第十九篇 listed, then 第一篇 again), an annex's own articles.
					const restart = s.number === 1 && prev?.number !== undefined && prev.number > 1;
					if (prev?.number !== undefined && s.number !== prev.number + 1 && !restart && !skippedAreWritten(text, prev, s)) out.push(gapFinding(prev, s));
				} else if (prev?.number !== undefined && s.number === prev.number + 1) last.set(s.kind, s);
			}
			if (s.children.length > 0) visit(s.children);
		}
	};
	visit(sections);
}

// ───────────────────────────── skipped numbers written in the text ─────────────────────────────

/** Are all the numbers between `prev` and `s` (exclusive; from 1 when `s` starts again) written as numbering marks of their style between them? */
function skippedAreWritten(text: string, prev: Section, s: Section): boolean {
	const from = prev.number!;
	const to = s.number!;
	// A run that starts again (（3） after （5）) is a new run when its first numbers (（1）, （2）) are written between the two:
	// one-sentence list items of a Markdown copy (`- （1）…。`) that the outline takes for no heading.
	const first = to <= from ? 1 : from + 1;
	if (to <= first) return false;
	const written = marksWritten(text, prev.headingSpan.end, s.headingSpan.start, s.kind);
	for (let k = first; k < to; k++) if (!written.has(k)) return false;
	return true;
}

/** What may stand before a numbering mark: a sentence end, a closing quote or bracket, white space, a list marker. */
const SENTENCE_BEFORE = new Set([...'。！？；;!?：:”’）)】」』 \t\u3000\n\r\u2028\u2029*-+'].map((c) => c.charCodeAt(0)));
const OPEN = new Set([0xff08, 0x28]); // （ (
const CLOSE = new Set([0xff09, 0x29]); // ） )
const ENUM_MARK = new Set([0x3001, 0x2e, 0xff0e]); // 、 . ．

function isDigit(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0;
}

/**
 * The numbers written in [from, to) as marks of the style `kind`, at the start of a line or after a sentence: one pass
 * over the stretch, however many numbers the gap skips (a glossary's entries 6–13 between two that are headings).
 */
function marksWritten(text: string, from: number, to: number, kind: SectionKind): Set<number> {
	const arabic = kind === 'arabicEnum' || kind === 'arabicParenEnum';
	const isNumeral = arabic ? isDigit : isCjkNumeralCode;
	const out = new Set<number>();
	work.sections += to - from;
	for (let i = from; i < to; i++) {
		if (!isNumeral(text.charCodeAt(i)) || isNumeral(text.charCodeAt(i - 1))) continue;
		let end = i + 1;
		while (end < to && isNumeral(text.charCodeAt(end))) end++;
		const k = arabic ? Number(foldDigits(text.slice(i, end))) : parseCjkNumeral(text.slice(i, end));
		const j = i;
		i = end - 1;
		if (k === undefined || !Number.isFinite(k) || isNumeral(text.charCodeAt(end))) continue;
		let before = j - 1;
		let after = end;
		while (isSpace(text.charCodeAt(after))) after++;
		const a = text.charCodeAt(after);
		let marked: boolean;
		if (kind === 'section') {
			marked = text.charCodeAt(before) === 0x7b2c /* 第 */ && a === 0x8282; /* 节 */
			before--;
		} else if (kind === 'cnParenEnum' || kind === 'arabicParenEnum') {
			const opened = OPEN.has(text.charCodeAt(before));
			if (opened) before--;
			marked = opened || CLOSE.has(a);
		} else {
			// 二、三季度 and 2、3月 are lists of numerals, not marks; 11.41条 at the start of a sentence is item 11.
			marked = ENUM_MARK.has(a) && (!isNumeral(text.charCodeAt(after + 1)) || (arabic && a !== 0x3001));
			// A paragraph opening with the number and a comma or a space for its mark (三，加强保障; 三 加强保障), or a number in
			// digits with none (3惠民生): the heading is written, its mark mistyped.
			if (!marked && paragraphStart(text, before)) marked = ((a === 0xff0c || a === 0x2c || after > end) && !isNumeral(a)) || (arabic && a >= 0x4e00 && a <= 0x9fff);
		}
		if (!marked) continue;
		while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
		if (before < 0 || SENTENCE_BEFORE.has(text.charCodeAt(before))) out.add(k);
	}
	return out;
}

/** Whether only spaces or emphasis stand between `before` (the character before a number) and a line's start. */
function paragraphStart(text: string, before: number): boolean {
	let k = before;
	while (k >= 0 && k > before - 4 && (isSpace(text.charCodeAt(k)) || text[k] === '*')) k--;
	return k < 0 || text[k] === '\n' || text[k] === '\r' || text[k] === '\u2028' || text[k] === '\u2029';
}

export const numberingGap: Rule = {
	id: 'structure.numbering-gap',
	defaultSeverity: 'warning',
	description: {
		en: 'Sibling headings of one numbering style that skip or repeat a number (一、 二、 四、).',
		zh: '同级同类序号跳号或重号（如一、二、四、）。',
	},
	messages: {
		default: {
			en: 'Numbering is not consecutive: {label} follows {previous}; expected number {expected}.',
			zh: '序号不连续：{previous}之后是{label}，应为第{expected}个。',
		},
	},
	check(analysis, model) {
		const out: Finding[] = [];
		checkRuns(model.text, analysis.sections, out);
		checkDocumentWide(model.text, analysis.sections, out);
		return out;
	},
};
