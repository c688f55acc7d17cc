/**
 * Numbering marks at the start of a paragraph, defined once: the outline reads headings from them, and the text
 * model lets them open a paragraph after a blank line. Each pattern is anchored and cannot backtrack.
 */

/** `第十二条`, `第3章`, `第一篇`, `第二部分`: matches `第一章　总则`; not `第一，` or `第十四个五年规划`. */
export const ORDINAL_HEADING = /^第([0-9０-９]{1,4}|[〇零一二两三四五六七八九十百千]{1,8})([编篇章节条]|部分)/;
/** `一、` — matches `一、总体要求` and `一 、总体要求`; not `一是`. */
export const CN_ENUM = /^([〇零一二两三四五六七八九十百]{1,5})[ \u3000]?、/;
/** `（一）` or `(一)` — matches `（一）指导思想`; not `（2021年4月28日）`. */
export const CN_PAREN_ENUM = /^[（(]([〇零一二三四五六七八九十百]{1,5})[）)]/;
/** `1.` `1．` `1、` `2 、` — matches `1．加强`; not `1.6万多名`, `2019年` nor `4 月` (a figure a wrapped line begins with). */
export const ARABIC_ENUM = /^([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|[ \u3000]?、)/;
/** `（1）` — matches `（1）加强`; not `（2021年）`. */
export const ARABIC_PAREN_ENUM = /^[（(]([0-9０-９]{1,3})[）)]/;

/** Does `s` open with a numbering mark (（二）, 三、, 37., 第五条)? */
export function startsWithNumbering(s: string): boolean {
	return ORDINAL_HEADING.test(s) || CN_ENUM.test(s) || CN_PAREN_ENUM.test(s) || ARABIC_PAREN_ENUM.test(s) || ARABIC_ENUM.test(s);
}

/** `第一章　总则`, `第二部分 工作安排`: a chapter-level title standing alone (not 第一条, whose text runs on). */
export function isStandaloneTitle(s: string): boolean {
	const m = ORDINAL_HEADING.exec(s);
	return m !== null && m[2] !== '条' && (s[m[0].length] === ' ' || s[m[0].length] === '\u3000');
}
