/**
 * The frame a place of the text speaks in, from the words of its sentence before it (within a bounded window): the
 * year (去年确定的“十件民生实事”全部完成 / 今年将办好“十二件民生实事”: the lists of two years), a target or a result
 * (力争实现“五个新突破” / 全年实现了“四个新突破”), a part (其中，“两个高地”已初具规模), and the whole it is of (全省… /
 * 我县…). A formula named twice is one set only in one frame (relations/formulaRestatement); a name takes its items
 * from a list elsewhere only in its own (formulaModel).
 */
import { afterLast } from '../text/trim';
import { REGION_LEVELS } from './reading';

/** What ends the sentence a frame is read in. */
export const SENTENCE_ENDS = '。！？；\n';
const YEAR_WORD = /(去年|上年|今年|明年|年初确定|过去|今后|[0-9０-９]{4}年|[〇零一二三四五六七八九]{4}年)/g;
const TARGET_WORD = /力争|争取|目标|计划|预期/;
const RESULT_WORD = /实现了|完成了|建成了|取得了/;
const PART_WORD = /其中|之一|中的|部分/;
/** Words right before a count that make it a part, a batch or another set (其中两个, 另3个, 新增, 再, 每个, 第). */
export const NOT_THE_LISTED = /(?:其中|另|新|再|又|每|各|第|增|首批|超过|不少于)$/;
/** How far before a count the words of NOT_THE_LISTED are read. */
export const NOT_THE_LISTED_WINDOW = 4;
/** How far back in its sentence the frame of an occurrence is looked for. */
export const FRAME_WINDOW = 40;
export interface Frame {
	readonly year: string;
	readonly mode: string;
	readonly part: boolean;
}
/**
 * Do the words before two places of the text (each within its sentence) name two years or a target and a result? A name
 * read from a list elsewhere (formulaModel: 2019年，我市建成图书馆、文化馆、科技馆… / 今年启动建设“三馆一中心”) takes
 * no list of another frame, as shareRestatedItems lends none; nor of another whole (全省… / 我县…).
 */
export function framesDiffer(text: string, a: number, b: number): boolean {
	const x = frameBefore(text, a);
	const y = frameBefore(text, b);
	if ((x.year !== '' && y.year !== '' && x.year !== y.year) || (x.mode !== '' && y.mode !== '' && x.mode !== y.mode)) return true;
	// Two wholes (全省统筹建设图书馆、… / 我县启动建设“三馆一中心”).
	const u = wholeBefore(text, a);
	const v = wholeBefore(text, b);
	return u !== '' && v !== '' && u !== v;
}

/** The level of the last whole its sentence names before `at` (全省, 我县, 本市: 省 / 县 / 市; 全国, 我国: 国), '' when none. */
const WHOLE_WORD = new RegExp(`(?:全|我|本)(${REGION_LEVELS})`, 'g');
function wholeBefore(text: string, at: number): string {
	const sentence = afterLast(text.slice(Math.max(0, at - FRAME_WINDOW), at), SENTENCE_ENDS);
	let level = '';
	WHOLE_WORD.lastIndex = 0;
	for (let m = WHOLE_WORD.exec(sentence); m; m = WHOLE_WORD.exec(sentence)) level = m[1]!;
	return level;
}
export function frameBefore(text: string, at: number): Frame {
	const sentence = afterLast(text.slice(Math.max(0, at - FRAME_WINDOW), at), SENTENCE_ENDS);
	let year = '';
	YEAR_WORD.lastIndex = 0;
	for (let m = YEAR_WORD.exec(sentence); m; m = YEAR_WORD.exec(sentence)) year = m[1]!;
	const mode = TARGET_WORD.test(sentence) ? 'target' : RESULT_WORD.test(sentence) ? 'result' : '';
	return { year: year === '年初确定' ? '去年' : year, mode, part: PART_WORD.test(sentence) };
}
