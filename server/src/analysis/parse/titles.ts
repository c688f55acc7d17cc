/**
 * Titles of documents and articles, the headings of rank 0: the line before a block of dates, occasions, sources and
 * authors that opens a document or an article.
 *
 * ```text
 * **政府工作报告**                                   ← title
 * ——2024年3月5日在第十四届全国人民代表大会第二次会议上   ← occasion (strong)
 * 国务院总理　李强                                   ← author (weak: only next to a strong line)
 * 各位代表：
 * ```
 *
 * A strong line is a date line (`2024年2月29日`, `（2021年4月28日）`, `2019年10月8日 国务院第66次常务会议通过`), an
 * occasion under a title (`——2024年3月5日在…`), a source line (`来源：北京日报`, `时间：2026-02-02`) or the mark of an
 * annex over its title (`附件1⏎成都市2023年民生实事工作目标`). An author line
 * (`国家统计局`, `省长 李炳军`) counts next to one. A file that holds several articles, each with its title and source
 * line, gets one title per article, so that the articles do not run together in the outline. A title must be followed
 * by text: the signature of a notice (`国务院办公厅⏎2021年5月10日`) at the end of a document or article is none.
 *
 * Linear: every block is looked at a bounded number of times.
 */
import type { Block, TextModel } from '../text/textModel';
import { startsWithNumbering } from '../text/numbering';
import { DATELINE, OCCASION, SOURCE } from '../text/meta';
import { work } from '../work';
import { CharSet } from '../text/chars';

export interface TitleMark {
	/** Index of the title's block. */
	readonly block: number;
	/** The title as users read it (markup and footnote marks removed). */
	readonly title: string;
	/** The author line under it, when there is one (`国务院总理 李强`). */
	readonly byline?: string;
}

/** The longest line taken for a title or a date, source or author line. */
const MAX_TITLE = 60;
const MAX_META = 90;
/** A date line in brackets may list several dates (`（2003年12月23日…批准 2003年12月31日…发布 …）`). */
const MAX_DATED = 200;
const DATED_BRACKETS = /^(?:>\s*)?[（(][^（()）]{0,200}[）)]$/;
const MAX_AUTHOR = 30;

/** `2024年3月5日`, `二〇二四年四月十五日`, `2026-02-02`: a full date. */
const FULL_DATE = /(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}/;
/** A date at the start of the line, in brackets or not: `（2021年4月28日）`, `2019年10月8日 国务院…通过`. */
const DATE_FIRST = /^[（(]?\s*(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/;
/**
 * An organisation or a post with a name: `国家统计局`, `国务院总理　李强`, `省长 李炳军`, `北京市市长 殷勇` — three patterns,
 * tried in turn (one alternation of the three takes the ReDoS checker of the tests seconds to prove safe).
 */
const AUTHOR = [
	/(?:局|部|委|院|厅|办|办公室|委员会|政府|中心|研究室|统计局|新闻社|日报|晚报|总理|主席|书记|省长|市长|州长|县长|区长|盟长|旗长)$/,
	/[ \t\u3000][\u4e00-\u9fa5]{1,3}(?:[ \t\u3000]?[\u4e00-\u9fa5]{1,2})?$/,
	/^[\u4e00-\u9fa5]{0,12}(?:总理|主席|书记|省长|市长|州长|县长|区长|主任|局长|部长)[ \t\u3000]*[\u4e00-\u9fa5·]{2,5}$/,
];
/**
 * How many characters at the end of a line each AUTHOR pattern reads at most (0: the pattern is anchored at the start):
 * a pattern anchored only at the end is tried at every place of what it is given, so it is given only these.
 */
const AUTHOR_TAIL = [3, 7, 0];
/**
 * What a line needs for each AUTHOR pattern to be run: its last character one an organisation or a post ends with, a
 * blank among its last seven, the last character of a post. A line without is no author of that pattern.
 */
const AUTHOR_LAST = new CharSet('局部委院厅办室会府心社报理席记长');
const BLANKS = new CharSet(' \t\u3000');
const POST_LAST = new CharSet('理席记长任');
const AUTHOR_MAY: readonly ((s: string) => boolean)[] = [
	(s) => AUTHOR_LAST.has(s.charCodeAt(s.length - 1)),
	(s) => firstOf(s, BLANKS, s.length - 7) >= 0,
	(s) => firstOf(s, POST_LAST) >= 0,
];
/** The kind of document a title names: `保障农民工工资支付条例`, `政府工作报告`, `…的意见`, `…条例（2023年）`. */
const DOCUMENT_KIND = /(?:条例|规定|办法|决定|决议|意见|通知|通报|报告|公报|纲要|规划|计划|方案|章程|细则|准则|规则|讲话|说明|批复|公告|通告|白皮书|建议)(?:[（(][^）)]{1,20}[）)])?$/;
/** The mark of an annex on its own line: `附件`, `附件1`, `附件二：`. */
const ANNEX = /^附件[ \u3000]?[0-9０-９一二三四五六七八九十]{0,2}[：:]?$/;
/** `各位代表：`, `同志们：`: the speech begins. */
const SALUTATION = /^(?:\*\*)?(?:各位代表|同志们|各位委员|代表们)/;
/** Sentence punctuation that no title, date or author line holds inside. */
const SENTENCE = new CharSet('。！？!?；;');
const CLAUSE = new CharSet('，,：:');
const MARKUP = /\*\*|__|^>\s*|\[\^?[0-9]{1,3}\]|［[0-9]{1,3}］/g;
/** The characters MARKUP needs: a line without any is only trimmed. */
const MARKUP_CHARS = new CharSet('*_>[［');
/** A full stop, a colon at the end of a line (titleLine reads every block: the last character's code, no pattern). */
const FULL_STOP = new CharSet('。.');
const COLON = new CharSet('：:');

/** What a DATELINE and an OCCASION line open with. */
const DATELINE_FIRST = new CharSet('（(新中人本');
const OCCASION_FIRST = new CharSet('—―－-');

/** Where the first character of `set` stands in `s`, or -1 (a line's characters read once, no pattern run). */
function firstOf(s: string, set: CharSet, from = 0): number {
	for (let i = Math.max(0, from); i < s.length; i++) if (set.has(s.charCodeAt(i))) return i;
	return -1;
}

/** What a block is to the titles around it: read from the block alone (BlockWork keeps it). */
export const enum TitleLine {
	Other,
	Title,
	Strong,
	Author,
	/** A strong line that may stand before the title too. */
	Dateline,
}

function clean(text: string): string {
	return firstOf(text, MARKUP_CHARS) < 0 ? text.trim() : text.replace(MARKUP, '').trim();
}

function cjkCount(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0x4e00 && c <= 0x9fff) n++;
	}
	return n;
}

export function titleLine(block: Block): TitleLine {
	if (block.kind !== 'text' && block.kind !== 'quote') return TitleLine.Other;
	if (block.text.length > MAX_META + 8 && !(block.text.length <= MAX_DATED && DATED_BRACKETS.test(block.text))) return TitleLine.Other;
	const s = clean(block.text);
	if (s === '') return TitleLine.Other;
	// The line without a full stop at its end; the first sentence mark of the line (one in that part of it or not).
	const trailing = FULL_STOP.has(s.charCodeAt(s.length - 1)) ? s.length - 1 : s.length;
	const sentence = firstOf(s, SENTENCE);
	// The patterns below are run only on a line that opens with, or holds, what each needs (most lines: none of them).
	const c0 = s.charCodeAt(0);
	// A dateline, or the mark of an annex (附件1, 附件：) over the annex's title.
	if ((DATELINE_FIRST.has(c0) && DATELINE.test(s)) || (c0 === 0x9644 /* 附 */ && ANNEX.test(s))) return TitleLine.Dateline;
	if ((c0 === 0x672c /* 本 */ || c0 === 0x65b0 /* 新 */ || s.includes('：') || s.includes(':')) && SOURCE.test(s)) return TitleLine.Strong;
	if (!(sentence >= 0 && sentence < trailing) && ((OCCASION_FIRST.has(c0) && OCCASION.test(s) && cjkCount(s) >= 4) || (s.includes('年') && DATE_FIRST.test(s) && FULL_DATE.test(s)))) return TitleLine.Strong;
	if (s.length > MAX_META) return TitleLine.Other;
	if (s.length <= MAX_AUTHOR && sentence < 0 && firstOf(s, CLAUSE) < 0 && AUTHOR.some((re, k) => AUTHOR_MAY[k]!(s) && re.test(AUTHOR_TAIL[k] === 0 ? s : s.slice(-AUTHOR_TAIL[k]!)))) return TitleLine.Author;
	if (block.kind === 'text' && s.length <= MAX_TITLE && cjkCount(s) >= 4 && sentence < 0 && !s.endsWith('.') && !startsWithNumbering(s) && !COLON.has(s.charCodeAt(s.length - 1))) return TitleLine.Title;
	return TitleLine.Other;
}

function strong(kind: TitleLine | undefined): boolean {
	return kind === TitleLine.Strong || kind === TitleLine.Dateline;
}

function mark(blocks: readonly Block[], t: number, author: number): TitleMark {
	const title = clean(blocks[t]!.text);
	return { block: t, title, ...(author >= 0 ? { byline: clean(blocks[author]!.text) } : {}) };
}

/** The titles of `model`, in document order; `lines`: each block's titleLine, when the caller has them already. */
export function findTitles(model: TextModel, lines?: readonly TitleLine[]): TitleMark[] {
	const blocks = model.blocks;
	work.sections += blocks.length;
	const kinds = lines ?? blocks.map(titleLine);
	const out: TitleMark[] = [];
	let b = 0;
	// A title that opens the document (or an article after a thematic break) and names its kind of document
	// (…条例, …报告, …意见) needs no date: a numbered heading, a salutation or a date may follow it.
	let opening = true;
	while (b < blocks.length) {
		if (blocks[b]!.kind === 'rule') opening = true;
		if (opening && blocks[b]!.kind === 'text') {
			opening = false;
			const next = blocks[b + 1];
			if (kinds[b] === TitleLine.Title && DOCUMENT_KIND.test(clean(blocks[b]!.text)) && next !== undefined && !strong(kinds[b + 1]) && (next.kind === 'heading' || startsWithNumbering(clean(next.text)) || SALUTATION.test(next.text))) {
				out.push(mark(blocks, b, -1));
				b++;
				continue;
			}
		}
		if (!strong(kinds[b])) {
			b++;
			continue;
		}
		// The run of meta lines: strong ones and the author lines between and after them.
		const first = b;
		let last = b;
		while (last + 1 < blocks.length && (strong(kinds[last + 1]) || kinds[last + 1] === TitleLine.Author)) last++;
		b = last + 1;
		// An author line just before the first strong one belongs to the run (国家统计局⏎2024年2月29日).
		let t = first - 1;
		let author = -1;
		if (t >= 0 && kinds[t] === TitleLine.Author && t - 1 >= 0 && (kinds[t - 1] === TitleLine.Title || kinds[t - 1] === TitleLine.Author)) author = t--;
		if (author < 0) for (let k = first; k <= last; k++) if (kinds[k] === TitleLine.Author) author = k;
		const isTitle = (k: number): boolean => k >= 0 && k < blocks.length && (kinds[k] === TitleLine.Title || kinds[k] === TitleLine.Author) && blocks[k]!.kind === 'text';
		if (isTitle(t) && (out.length === 0 || out[out.length - 1]!.block !== t)) {
			// Text must follow: not the end of the file, nor the next article's title.
			if (last + 1 >= blocks.length || (isTitle(last + 1) && strong(kinds[last + 2]))) continue;
			out.push(mark(blocks, t, author));
		} else if (kinds[last] === TitleLine.Dateline && isTitle(last + 1) && !isTitle(last + 2) && last + 2 < blocks.length && !strong(kinds[last + 2]) && (t < 0 || blocks[t]!.kind !== 'heading')) {
			// A dateline before the title (新华社北京3月10日电⏎国务院机构改革方案⏎党的二十届二中全会…), unless a Markdown
			// heading before it is the article's title already.
			out.push(mark(blocks, last + 1, author));
			b = last + 2;
		}
	}
	return out;
}
