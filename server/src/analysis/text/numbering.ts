/**
 * Numbering marks at the start of a paragraph, defined once: the outline reads headings from them, and the text
 * model lets them open a paragraph after a blank line. Each pattern is anchored and cannot backtrack.
 */
import { CharSet } from './chars';

/** `第十二条`, `第3章`, `第一篇`, `第二部分`: matches `第一章　总则`; not `第一，` or `第十四个五年规划`. */
export const ORDINAL_HEADING = /^第([0-9０-９]{1,4}|[〇零一二两三四五六七八九十百千]{1,8})([编篇章节条]|部分)/;
/**
 * `一、` — matches `一、总体要求` and `一 、总体要求`; not `一是`, nor a list of numerals (`五、六月份`, `二、三季度`,
 * `一、二、三产业`: the numeral after 、 goes on to 月, 季度 or another 、).
 */
export const CN_ENUM = /^([〇零一二两三四五六七八九十百]{1,5})[ \u3000]?、(?![〇零一二两三四五六七八九十]{1,3}(?:、|月|季度))/;
/** `（一）` or `(一)` — matches `（一）指导思想`; not `（2021年4月28日）`. */
export const CN_PAREN_ENUM = /^[（(]([〇零一二三四五六七八九十百]{1,5})[）)]/;
/** `1.` `1．` `1、` `2 、` — matches `1．加强`; not `1.6万多名`, `2019年` nor `4 月` (a figure a wrapped line begins with). */
export const ARABIC_ENUM = /^([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|[ \u3000]?、)/;
/** `（1）` — matches `（1）加强`; not `（2021年）`. */
export const ARABIC_PAREN_ENUM = /^[（(]([0-9０-９]{1,3})[）)]/;

/**
 * Which of the patterns above a line can match, by its first character (each pattern opens with characters of its own:
 * 第, a Chinese numeral, a bracket, a digit). Every line is asked: most open with none, and no pattern is run.
 */
export const enum NumberingOpening {
	None,
	Ordinal,
	CnEnum,
	Bracket,
	Arabic,
}
const CN_ENUM_FIRST = new CharSet('〇零一二两三四五六七八九十百');

export function numberingOpening(c: number): NumberingOpening {
	if (c === 0x7b2c /* 第 */) return NumberingOpening.Ordinal;
	if (c === 0xff08 || c === 0x28) return NumberingOpening.Bracket;
	if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return NumberingOpening.Arabic;
	return CN_ENUM_FIRST.has(c) ? NumberingOpening.CnEnum : NumberingOpening.None;
}

/** Does `s` open with a numbering mark (（二）, 三、, 37., 第五条)? */
export function startsWithNumbering(s: string): boolean {
	switch (numberingOpening(s.charCodeAt(0))) {
		case NumberingOpening.Ordinal:
			return ORDINAL_HEADING.test(s);
		case NumberingOpening.CnEnum:
			return CN_ENUM.test(s);
		case NumberingOpening.Bracket:
			return CN_PAREN_ENUM.test(s) || ARABIC_PAREN_ENUM.test(s);
		case NumberingOpening.Arabic:
			return ARABIC_ENUM.test(s);
		case NumberingOpening.None:
			return false;
	}
}

/** `第一章　总则`, `第二部分 工作安排`: a chapter-level title standing alone (not 第一条, whose text runs on). */
export function isStandaloneTitle(s: string): boolean {
	const m = ORDINAL_HEADING.exec(s);
	return m !== null && m[2] !== '条' && (s[m[0].length] === ' ' || s[m[0].length] === '\u3000');
}
