/**
 * Sections and the outline: article titles with bylines, Markdown headings, numbered headings
 * (第X编/章/节/条, 一、 （一） 1. （1）), bold lead sentences, part headings and lead-sentence headings.
 * Headings nest by rank; the heading's name is its first sentence.
 */
import type { Section, SectionKind, Span } from '../types';
import { type Block, type TextModel, toOriginalSpan } from '../text/textModel';
import { parseAnyInteger } from '../text/cjkNumerals';
import { countEndChars, listMarkerLength, trimEndChars } from '../text/trim';
import { ARABIC_ENUM, ARABIC_PAREN_ENUM, CN_ENUM, CN_PAREN_ENUM, NumberingOpening, numberingOpening, ORDINAL_HEADING } from '../text/numbering';
import { work } from '../work';
import { isCjk } from '../text/chars';
import { findTitles, type TitleLine } from './titles';

/** Ranks: smaller is higher. Markdown levels 1-6 outrank every textual marker. */
const RANK: Readonly<Record<Exclude<SectionKind, 'markdown'>, number>> = {
	title: 0,
	// An unnumbered part title of a report, as 第X部分 is.
	part: 10,
	volume: 10,
	chapter: 11,
	section: 12,
	// An article (第X条) holds its own （一） 1. items, so it ranks above 一、 in practice.
	article: 12.5,
	cnEnum: 13,
	cnParenEnum: 14,
	arabicEnum: 15,
	arabicParenEnum: 16,
	boldLead: 18,
	partHeading: 19,
	leadSentence: 20,
};

/** Words that open an enumerated or dated sentence rather than a heading: 一是…, 第一，…, 首先…, 2025年是… */
const NOT_LEAD = /^(?:各位代表|同志们|[0-9０-９]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先|其次|再次|最后|同时|此外|另外|其中|总之|——|—|…|“|《|（|\(|\[|［|【[0-9０-９])/;

/** `注释：**` after the opening ** was removed: a short bold label that ends in a colon and is the whole line. */
const BOLD_LABEL = /^[^*：:。]{1,12}[：:]\*\*$/;
const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f]); // 。！？!?
/** `各位代表！` alone on its line (bold or not): the speaker turns to the audience. */
const ADDRESS = /^(?:\*\*)?(?:各位代表|同志们|各位委员|代表们)[！!：:，,。]?(?:\*\*)?$/;
/** `各位代表：`, `同志们：` — an address to the audience, not a section. */
const SALUTATION = /(?:代表|同志们|委员|朋友们)[：:]/;

/**
 * Does the sentence state a figure (全年建筑业增加值85691亿元，比上年增长7.1%)? A digit outside quotation marks that is
 * no year or date: a statistical sentence that opens a paragraph, not a lead-sentence heading.
 */
function statesFigure(sentence: string): boolean {
	let quoted = 0;
	for (let i = 0; i < sentence.length; i++) {
		const c = sentence.charCodeAt(i);
		if (c === 0x201c) quoted++;
		else if (c === 0x201d) quoted = Math.max(0, quoted - 1);
		else if (quoted === 0 && isDigitCode(c)) {
			let j = i;
			while (j < sentence.length && (isDigitCode(sentence.charCodeAt(j)) || sentence.charCodeAt(j) === 0x2e)) j++;
			const unit = sentence.charCodeAt(j);
			if (unit !== 0x5e74 /* 年 */ && unit !== 0x6708 /* 月 */ && unit !== 0x65e5 /* 日 */) return true;
			i = j;
		}
	}
	return false;
}

function isDigitCode(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A lead sentence is short: at most this many characters before its 。. */
const LEAD_SENTENCE_MAX = 25;
/**
 * A review's lead sentence may be longer (五年来，我们围绕经济稳，着力拉动内需扩容提质，高质量发展动能更加充沛。): it opens on
 * the span of years reviewed (五年来，过去五年，这五年，一年来 — not a year's name) and 我们, and is a heading only in a run of at least REVIEW_RUN siblings opening the same way.
 */
const REVIEW_LEAD = /^(?:(?:(?:刚刚)?过去的?|这|近)[一二三四五六七八九十两几]年(?:来|以来|中|里)?|[一二三四五六七八九十两几]年(?:来|以来))[，,]我们/;
const REVIEW_LEAD_MAX = 45;
/** A review's reflection, no lead of a part reviewed (一年来，我们深刻体会到，…／过去五年，我们也清醒看到，…). */
const REVIEW_REFLECTS = /^[^，,]*[，,]我们(?:也|还|更|都)?(?:深刻|深切|深深|真切|清醒|切身|始终)?(?:地)?(?:体会到|认识到|看到|感到|感受到|意识到|深知)/;
const REVIEW_RUN = 3;
/**
 * Lead sentences parallel each other in a run — each at most LEAD_GAP paragraphs after the one before it in its group
 * (the golds' siblings stand 1 apart, a few 2) — or over their group, where at least one paragraph in LEAD_SHARE from
 * the first to the last opens with one. Short sentences scattered over a speech that no heading structures (在工业的发展中
 * 应当指出三个值得特别注意的地方。… six paragraphs on … 但是我们没有任何理由可以自满。…) are neither.
 */
const LEAD_GAP = 2;
const LEAD_SHARE = 4;

/** The most characters a lead sentence opening `text` may have. */
function leadMax(text: string): number {
	return REVIEW_LEAD.test(text) && !REVIEW_REFLECTS.test(text) ? REVIEW_LEAD_MAX : LEAD_SENTENCE_MAX;
}

/** A heading found in a block's joined text (cacheable: no original offsets). */
export interface RawHeading {
	kind: SectionKind;
	rank: number;
	label: string;
	number?: number;
	title: string;
	/** Joined offsets of the heading text. */
	jStart: number;
	jEnd: number;
	/**
	 * In hard-wrapped text, the lead sentence of the paragraph that a numbered heading was joined with across a blank
	 * line (二、…动力活力⏎⏎在深化营商环境综合改革上打造新亮点。…): a heading of its own after the numbered one.
	 */
	lead?: RawHeading;
	/**
	 * In hard-wrapped text, a short numbered heading whose first sentence runs on across a blank line into what reads as
	 * a lead sentence (（四）…农业强省⏎⏎扛牢粮食安全重任。…): the heading cut there, with that lead sentence. Taken when the
	 * document's other headings of the kind stand alone on their lines (not when they are sentences their paragraph
	 * goes on after: （十）加强…化解和⏎⏎安全能力建设。统筹…, a blank line inside the heading).
	 */
	cut?: { readonly title: string; readonly jEnd: number; readonly lead: RawHeading };
}

interface Heading {
	kind: SectionKind;
	rank: number;
	label: string;
	number?: number;
	title: string;
	byline?: string;
	headingSpan: Span;
	start: number;
	inferred?: boolean;
	/** Index of the block the heading stands in. */
	block: number;
	/** The heading is all its block holds, and no sentence: a title on its line, no text of its own follows it there. */
	alone?: boolean;
	/** The numbering a Markdown heading's title opens with (### （一）… → cnParenEnum), if any. */
	numbering?: SectionKind;
}

const MARKUP = /\*\*|__|`/g;

/** Remove Markdown emphasis and the final sentence punctuation; collapse white space at line joins. */
function cleanTitle(s: string): string {
	// (A title without * _ or ` has no markup: no pattern run.)
	const marked = s.includes('*') || s.includes('_') || s.includes('`');
	return trimEndChars(marked ? s.replace(MARKUP, '') : s, '。．.；;：:').trim();
}

/** Index of the end of the first sentence (the 。！？ position), or -1 when the block has none. */
function firstSentenceEnd(text: string): number {
	let depth = 0; // inside “…” the 。 of a quotation does not end the heading sentence
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x201c) depth++;
		else if (c === 0x201d) depth = Math.max(0, depth - 1);
		else if ((c === 0x3002 || c === 0xff01 || c === 0xff1f) && depth === 0) {
			work.sections += i;
			return i;
		}
	}
	work.sections += text.length;
	return -1;
}

/** Limit a heading name that has no sentence end (a long run-on line). */
const MAX_NAME = 80;

/** A numbered heading is at most this long; a longer first sentence holds its paragraph's text too. */
const NUMBERED_HEADING_MAX = 40;

/** The numbering a heading's text opens with (第一章, 一、, （一）, (1), 1.): its kind, its label and its number. Each
 * pattern only on a text that opens as it can (numberingOpening: no pattern run that cannot match). */
function readNumbering(text: string): { kind: Exclude<SectionKind, 'markdown'>; label: string; number: number | undefined; ordinal: boolean } | undefined {
	const opening = numberingOpening(text.charCodeAt(0));
	let m: RegExpExecArray | null = null;
	let kind: Exclude<SectionKind, 'markdown'> | undefined;
	if (opening === NumberingOpening.Ordinal && (m = ORDINAL_HEADING.exec(text))) kind = m[2] === '章' ? 'chapter' : m[2] === '节' ? 'section' : m[2] === '条' ? 'article' : 'volume';
	else if (opening === NumberingOpening.CnEnum && (m = CN_ENUM.exec(text))) kind = 'cnEnum';
	else if (opening === NumberingOpening.Bracket && (m = CN_PAREN_ENUM.exec(text))) kind = 'cnParenEnum';
	else if (opening === NumberingOpening.Bracket && (m = ARABIC_PAREN_ENUM.exec(text))) kind = 'arabicParenEnum';
	else if (opening === NumberingOpening.Arabic && (m = ARABIC_ENUM.exec(text))) kind = 'arabicEnum';
	if (kind === undefined || m === null) return undefined;
	return { kind, label: m[0], number: parseAnyInteger(m[1]!), ordinal: ORDINAL_KINDS.has(kind) };
}
const ORDINAL_KINDS: ReadonlySet<SectionKind> = new Set(['chapter', 'section', 'article', 'volume']);

/**
 * Where a numbered heading's name ends: at its first sentence's end; but in hard-wrapped text, where a heading on a
 * line of its own was joined across a blank line with the paragraph under it (三、2024年政府工作任务⏎⏎党中央对今年工作…),
 * a first sentence too long for a heading ends at that blank line. `offset` is where `text` starts in the block.
 */
function headingEnd(block: Block, offset: number, labelEnd: number, nameEnd: number): number {
	if (nameEnd <= NUMBERED_HEADING_MAX) return nameEnd;
	for (const j of block.blankJoins) {
		const at = j - offset;
		if (at > NUMBERED_HEADING_MAX) break;
		if (at > labelEnd && !CLAUSE_END.has(block.text.charCodeAt(j - 1))) return at;
	}
	return nameEnd;
}
/** The first blank line inside a numbered heading's first sentence, after its label and a few characters of its name,
 * where no clause ended (a heading's last line then the paragraph under it), or -1. */
function blankCut(block: Block, offset: number, labelEnd: number, nameEnd: number): number {
	for (const j of block.blankJoins) {
		const at = j - offset;
		if (at >= nameEnd) break;
		if (at >= labelEnd + MIN_NAME && !CLAUSE_END.has(block.text.charCodeAt(j - 1))) return at;
	}
	return -1;
}
/** A numbered heading's name has at least this many characters. */
const MIN_NAME = 4;
const CLAUSE_END = new Set([...'，,、；;：:（(“‘《'].map((c) => c.charCodeAt(0)));

export function headingFromText(block: Block): RawHeading | undefined {
	if (block.continued) return undefined;
	let text = block.text;
	let offset = 0;
	let bold = false;
	// A Markdown list item is a heading when a numbering mark follows its marker: `- （一）…`, `* 1.…`, `- **第一条**…`.
	const list = block.kind === 'list';
	if (list) {
		offset = listMarkerLength(text);
		if (offset === 0) return undefined;
		text = text.slice(offset);
	}
	if (text.startsWith('**')) {
		bold = true;
		text = text.slice(2);
		offset += 2;
	}
	// Most paragraphs are no heading: no numbering mark first, no 。 early and not bold. Say so before any regex.
	const c0 = text.charCodeAt(0);
	const numbered = c0 === 0x7b2c /* 第 */ || c0 === 0xff08 || c0 === 0x28 || (c0 >= 0x30 && c0 <= 0x39) || (c0 >= 0xff10 && c0 <= 0xff19) || '〇零一二两三四五六七八九十百'.includes(text[0] ?? '');
	if (!numbered && !bold) {
		const early = text.slice(0, leadMax(text) + 1).indexOf('。');
		if (early < 0 || !block.firmStart) return undefined;
	}
	const sentEnd = firstSentenceEnd(text);
	const nameEnd = sentEnd >= 0 ? sentEnd : Math.min(text.length, MAX_NAME);
	const spanOf = (end: number): { jStart: number; jEnd: number } => ({ jStart: offset, jEnd: offset + end });

	const numbering = readNumbering(text);
	const kind = numbering?.kind;
	const label = numbering?.label ?? '';
	const number = numbering?.number;
	// 第一章 总则 is a heading only when a name or the article text follows the label.
	if (numbering?.ordinal && text.length === label.length) return undefined;
	// A numbered list item is a heading when it goes on after its heading (an article always does): a table of contents
	// (`- 第一篇　…`) and a list of short items (`- （一）警告；`) are no outline. An unnumbered one is read as a paragraph
	// is (Markdown that makes every paragraph a list item, `- 加快推进新型工业化。实施…`): its lead sentence, if any.
	if (list && kind !== undefined && kind !== 'article' && (sentEnd < 0 || sentEnd + 1 >= text.length)) return undefined;
	if (kind !== undefined) {
		// A label with nothing after it is no heading.
		if (nameEnd <= label.length) return undefined;
		const end = headingEnd(block, offset, label.length, nameEnd);
		// Cut at a blank line: the paragraph under the heading starts there, and may open with a lead sentence.
		const lead = end < nameEnd ? leadSentenceAt(block, text, offset, end, end + firstSentenceEnd(text.slice(end, end + LEAD_SENTENCE_MAX + 1))) : undefined;
		// A short heading and a lead sentence in one first sentence, a blank line between: the cut is another reading.
		let cut: RawHeading['cut'];
		if (end === nameEnd && sentEnd >= 0) {
			const at = blankCut(block, offset, label.length, nameEnd);
			const after = at > 0 ? leadSentenceAt(block, text, offset, at, nameEnd) : undefined;
			if (after) cut = { title: cleanTitle(text.slice(0, at)), jEnd: offset + at, lead: after };
		}
		return {
			kind,
			rank: RANK[kind],
			label: label.trim(),
			...(number !== undefined ? { number } : {}),
			title: cleanTitle(text.slice(0, end)),
			...spanOf(end),
			...(lead !== undefined ? { lead } : {}),
			...(cut !== undefined ? { cut } : {}),
		};
	}

	// A bold label alone on its line: **注释：**, **资料来源：** (not a salutation such as **各位代表：**).
	if (bold && BOLD_LABEL.test(text) && !SALUTATION.test(text)) {
		const close = text.indexOf('**');
		return {
			kind: 'boldLead',
			rank: RANK.boldLead,
			label: '',
			title: cleanTitle(text.slice(0, close)),
			...spanOf(close),
		};
	}
	// Unnumbered: a bold lead sentence, or a short first sentence that the paragraph goes on after.
	if (sentEnd < 0 || text[sentEnd] !== '。') return undefined;
	if (bold) {
		const close = text.indexOf('**');
		if (close === sentEnd + 1 && close + 2 < text.length) {
			return {
				kind: 'boldLead',
				rank: RANK.boldLead,
				label: '',
				title: cleanTitle(text.slice(0, sentEnd)),
				...spanOf(sentEnd),
			};
		}
		return undefined;
	}
	// When the only paragraph cue is a full line that happened to end in 。, the sentence is no heading.
	if (!block.firmStart) return undefined;
	return leadSentenceAt(block, text, offset, 0, sentEnd);
}

/**
 * The lead sentence that opens a paragraph at `from` of `text` (which starts at `offset` in the block's text) and ends
 * at `sentEnd` (its first 。！？ outside quotation marks, before `from` when it has none): a short
 * first sentence ending in 。 that the paragraph goes on after, with no figure, no enumeration word, no colon. A blank line
 * inside it is what the extraction leaves of a bold part heading.
 */
function leadSentenceAt(block: Block, text: string, offset: number, from: number, sentEnd: number): RawHeading | undefined {
	if (sentEnd < from || text[sentEnd] !== '。') return undefined;
	const sentence = text.slice(from, sentEnd);
	if (sentence.length < 2 || sentence.length > leadMax(sentence)) return undefined;
	if (sentEnd + 1 >= text.length) return undefined; // the paragraph is this one sentence
	if (NOT_LEAD.test(sentence) || /[：:；;？?！!]/.test(sentence) || statesFigure(sentence)) return undefined;
	const part = block.blankJoins.some((j) => j - offset > from && j - offset < sentEnd);
	const kindLead: SectionKind = part ? 'partHeading' : 'leadSentence';
	return {
		kind: kindLead,
		rank: RANK[kindLead],
		label: '',
		title: cleanTitle(sentence),
		jStart: offset + from,
		jEnd: offset + sentEnd,
	};
}

/** `1.` `1` `2.1` `1、` before a Chinese numbering mark or 第… inside a Markdown heading. */
const EXTRA_NUMBERING = /^[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[.、]?[ \t\u3000]+(?=[（(][〇零一二三四五六七八九十百0-9]|[〇零一二两三四五六七八九十百]{1,5}[ \u3000]?、|第)/;

function markdownHeading(block: Block): Omit<Heading, 'block'> | undefined {
	const text = block.text;
	let level = 0;
	while (level < text.length && text[level] === '#') level++;
	// `## 标题 ##`: closing hashes go, with the spaces around them.
	let content = trimEndChars(text.slice(level), ' \t');
	const hashes = countEndChars(content, '#');
	if (hashes > 0 && hashes < content.length && ' \t'.includes(content[content.length - hashes - 1]!)) content = content.slice(0, -hashes);
	// An editor's own numbering before the document's (`## 1. 一、总体要求`, `### 2.1 （一）指导思想`) goes.
	const title = cleanTitle(content).replace(EXTRA_NUMBERING, '');
	if (title === '') return undefined;
	const read = readNumbering(title);
	const numbering = read?.kind;
	const number = read?.number;
	return {
		kind: 'markdown',
		rank: level,
		...(numbering !== undefined ? { numbering } : {}),
		label: read?.label ?? '',
		...(number !== undefined ? { number } : {}),
		title,
		headingSpan: block.span,
		start: block.span.start,
	};
}

/** ■云南省…县委书记 李 维 → 云南省…县委书记 李维 (the extraction spaces out two-character names). */
function cleanByline(s: string): string {
	const parts = s.replace(/^[■□▲●◆]\s*/, '').trim().split(/[ \t\u3000]+/);
	if (parts.length <= 1) return parts[0] ?? '';
	return `${parts[0]} ${parts.slice(1).join('')}`;
}

/** What the blocks say by themselves (their BlockWork), when the caller has it: each one's heading and title line. */
interface BlockReadings {
	readonly textHeadings?: readonly (RawHeading | undefined)[];
	readonly titleLines?: readonly TitleLine[];
}

/** Find the headings of `model`, in document order. */
function findHeadings(model: TextModel, readings: BlockReadings = {}): Heading[] {
	const headings: Heading[] = [];
	const blocks = model.blocks;
	work.sections += blocks.length;
	const titles = findTitles(model, readings.titleLines);
	const textHeadings = readings.textHeadings ?? blocks.map((block) => (block.kind === 'text' || block.kind === 'list' ? headingFromText(block) : undefined));
	const cut = blocksToCut(blocks, textHeadings);
	const parts = partTitles(blocks, textHeadings, titles.map((t) => t.block));
	let nextTitle = 0;
	// Each heading is pushed with every field set, those absent undefined, in one order: thousands of headings of one
	// shape are read fast by the passes after (fields added to objects of several shapes are slow to store and to read).
	for (let b = 0; b < blocks.length; b++) {
		const block = blocks[b]!;
		let h: Omit<Heading, 'block'> | undefined;
		const title = titles[nextTitle]?.block === b ? titles[nextTitle++] : undefined;
		if (title) {
			h = {
				kind: 'title',
				rank: RANK.title,
				label: '',
				title: title.title,
				...(title.byline !== undefined ? { byline: cleanByline(title.byline) } : {}),
				headingSpan: block.span,
				start: block.span.start,
			};
		} else if (block.kind === 'heading') h = markdownHeading(block);
		else if (block.kind === 'title') {
			const next = blocks[b + 1];
			const byline = next?.kind === 'byline' ? cleanByline(next.text) : undefined;
			h = {
				kind: 'title',
				rank: RANK.title,
				label: '',
				title: cleanTitle(block.text),
				...(byline !== undefined ? { byline } : {}),
				headingSpan: block.span,
				start: block.span.start,
			};
		} else if (block.kind === 'text' || block.kind === 'list') {
			const read = textHeadings[b];
			// A short heading run on into a lead sentence across a blank line, where the kind's headings stand alone: cut.
			const raw = read?.cut && cut.has(b) ? { ...read, title: read.cut.title, jEnd: read.cut.jEnd, lead: read.cut.lead } : read;
			if (!raw && parts.has(b)) {
				headings.push({ kind: 'part', rank: RANK.part, label: '', number: undefined, title: boldLine(block.text.trim()), byline: undefined, headingSpan: block.span, start: block.span.start, inferred: undefined, block: b, alone: true });
				continue;
			}
			// After an address to the audience on its own line (各位代表！), the speech turns: no lead sentence.
			if (raw && !(raw.kind === 'leadSentence' && b > 0 && ADDRESS.test(blocks[b - 1]!.text))) {
				const { jStart, jEnd } = raw;
				// Nothing but the heading in its block, and no sentence: a title on its line (第一章　发展环境, 一、关于…；).
				const alone = jEnd + 1 >= block.text.length && !SENTENCE_END.has(block.text.charCodeAt(block.text.length - 1)) ? true : undefined;
				// The raw heading's fields but its joined offsets (the raw heading is kept with the block's work and not changed).
				const headingSpan = toOriginalSpan(block, jStart, jEnd);
				const inferred = block.firmStart ? undefined : true;
				headings.push({ kind: raw.kind, rank: raw.rank, label: raw.label, number: raw.number, title: raw.title, byline: undefined, headingSpan, start: block.span.start, inferred, block: b, alone });
				const lead = raw.lead;
				if (lead) {
					const leadSpan = toOriginalSpan(block, lead.jStart, lead.jEnd);
					headings.push({ kind: lead.kind, rank: lead.rank, label: '', number: undefined, title: lead.title, byline: undefined, headingSpan: leadSpan, start: leadSpan.start, inferred: undefined, block: b, alone: undefined });
				}
			}
			continue;
		}
		if (h) headings.push({ kind: h.kind, rank: h.rank, label: h.label, number: h.number, title: h.title, byline: h.byline, headingSpan: h.headingSpan, start: h.start, inferred: h.inferred, block: b, alone: h.alone, numbering: h.numbering });
	}
	return headings;
}

/** A numbered heading of rank `rank` closes the numberings open below it: their kinds leave `open` (kind → its run or number). */
function closeBelow(open: Map<SectionKind, number>, rank: number): void {
	for (const k of open.keys()) if (RANK[k as Exclude<SectionKind, 'markdown'>] > rank) open.delete(k);
}

/**
 * The blocks whose short numbered heading is cut from a lead sentence (RawHeading.cut): where the headings of its kind
 * under the same heading mostly stand alone on their lines — a block of the heading only, or a heading cut from its
 * paragraph at a blank line — rather than open a sentence their paragraph goes on after (（十）加强…建设。统筹…). A report
 * may number its review in sentences (（一）经济运行整体向好。…) and its plan in headings alone (（一）提升创新能级…).
 */
function blocksToCut(blocks: readonly Block[], raws: readonly (RawHeading | undefined)[]): Set<number> {
	const out = new Set<number>();
	if (!raws.some((r) => r?.cut)) return out;
	// Runs of siblings: a heading of a higher rank starts new runs of the kinds below it.
	const run = new Map<SectionKind, number>();
	let runs = 0;
	const alone: number[] = [];
	const sentence: number[] = [];
	const runOf = new Int32Array(raws.length).fill(-1);
	for (let b = 0; b < raws.length; b++) {
		const raw = raws[b];
		if (!raw || !NUMBERED.has(raw.kind)) continue;
		closeBelow(run, raw.rank);
		let r = run.get(raw.kind);
		// Numbering that starts again (一、 after 七、) is another list: the review's parts, then the plan's.
		if (r === undefined || raw.number === 1) {
			r = runs++;
			run.set(raw.kind, r);
			alone.push(0);
			sentence.push(0);
		}
		runOf[b] = r;
		const text = blocks[b]!.text;
		// A heading that is its block and ends a sentence (（一）宣传贯彻党的路线方针政策。) is an item, not a heading alone.
		const endsSentence = SENTENCE_END.has(text.charCodeAt(raw.jEnd));
		if (raw.lead || (raw.jEnd + 1 >= text.length && !endsSentence)) alone[r]!++;
		else if (!raw.cut && endsSentence) sentence[r]!++;
	}
	work.sections += raws.length;
	for (let b = 0; b < raws.length; b++) if (raws[b]?.cut && alone[runOf[b]!]! > sentence[runOf[b]!]!) out.add(b);
	return out;
}

/** A part title is short: at least this many characters and at most PART_MAX. */
const PART_MIN = 4;
const PART_MAX = 32;
/** What a part title does not end with (a sentence, a clause, a label) or open with (a caption, a note, a label). */
const PART_END = new Set([...'。！？；;，,、：:.!?）)”’'].map((c) => c.charCodeAt(0)));
const NOT_PART = /^(?:表|图|注|资料来源|单位|附件|附表|说明|——|—|[-*#|>（(［[【<]|各位|同志)|[：:；;。]/;

/**
 * A report's unnumbered part titles (“十四五”发展及2025年主要工作成效 ⏎ … ⏎ “十五五”发展目标及2026年工作安排 ⏎ 一、…): short
 * lines alone in their blocks with no end punctuation, no heading or title of their own, a paragraph or heading after
 * them, after the text begins; at least two in the document, and the numbering of the headings after one of them starting at 1 (一、, （一）) —
 * the parts the numbering starts again in. A line alone that no numbering follows (a caption, a label) is none.
 */
function partTitles(blocks: readonly Block[], raws: readonly (RawHeading | undefined)[], titleBlocks: readonly number[]): Set<number> {
	const titles = new Set(titleBlocks);
	let candidates: number[] = [];
	work.sections += blocks.length;
	// Parts come after the speech or text begins (a paragraph that ends a sentence): not the date or author lines.
	let begun = false;
	for (let b = 0; b + 1 < blocks.length; b++) {
		const block = blocks[b]!;
		if (!begun) {
			begun = block.kind === 'text' && SENTENCE_END.has(block.text.charCodeAt(block.text.length - 1 - countEndChars(block.text, ' \t\u3000')));
			continue;
		}
		if (block.kind !== 'text' || raws[b] || titles.has(b) || block.continued || !block.firmStart) continue;
		// A part title in bold is one too (**2013年经济社会发展稳进向好**).
		const text = boldLine(block.text.trim());
		// A name spaced out or after an office (市长 陈平) is an author line, not a part; a part is one phrase (no ，) with
		// its quotation marks closed (not a piece of a wrapped heading, 十三五”发展主要成就).
		if (/[\s，,]/.test(text) || !quotesBalanced(text)) continue;
		// After a paragraph's last sentence, and before text that opens as a paragraph or heading does: not a piece of a
		// paragraph or heading a blank line cut (为着使我国…的主要干线 ⏎⏎ --京汉线…; 第七章 …和降低 ⏎⏎ 成本的计划指标).
		const prev = blocks[b - 1]!;
		const prevEnd = prev.text.charCodeAt(prev.text.length - 1 - countEndChars(prev.text, ' \t\u3000'));
		if (!SENTENCE_END.has(prevEnd) || (raws[b - 1] && raws[b - 1]!.jEnd + 1 >= prev.text.length)) continue;
		const c0 = blocks[b + 1]!.text.charCodeAt(0);
		if (!isCjk(c0) && !isDigitCode(c0) && c0 !== 0x201c && c0 !== 0xff08 && c0 !== 0x300a) continue;
		// A line that states a figure (地区生产总值增长6.5%, a chart's or a box's caption) is no part title; a year is fine.
		if (text.length < PART_MIN || text.length > PART_MAX || PART_END.has(text.charCodeAt(text.length - 1)) || NOT_PART.test(text) || readNumbering(text) || statesFigure(text)) continue;
		const next = blocks[b + 1]!;
		if (next.kind !== 'text' && next.kind !== 'list') continue;
		candidates.push(b);
	}
	if (candidates.length < 2) return new Set();
	// A line across which the numbering goes on (3. … ⏎ a line ⏎ 4. …, 第三节 … 第四节) is inside a list or a part: a piece
	// of a wrapped heading or paragraph, not a part that the numbering starts again in. Of each kind, the numbering open
	// on either side of a line: the last heading of the kind before it and the first after it with no heading of a
	// higher rank between (一、 ⏎ a chart's caption ⏎ （一） … 二、: 一、 goes on to 二、 across the caption).
	const open = (from: number, to: number, step: number): Map<number, Map<SectionKind, number>> => {
		const at = new Map<number, Map<SectionKind, number>>();
		const last = new Map<SectionKind, number>();
		let c = step > 0 ? 0 : candidates.length - 1;
		for (let b = from; b !== to; b += step) {
			if (c >= 0 && c < candidates.length && candidates[c] === b) {
				at.set(b, new Map(last));
				c += step;
				continue;
			}
			const raw = raws[b];
			if (!raw || !NUMBERED.has(raw.kind)) continue;
			closeBelow(last, raw.rank);
			if (raw.number !== undefined) last.set(raw.kind, raw.number);
			else last.delete(raw.kind);
		}
		work.sections += raws.length;
		return at;
	};
	const before = open(0, raws.length, 1);
	const after = open(raws.length - 1, -1, -1);
	const goesOn = (b: number): boolean => {
		const x = before.get(b)!;
		for (const [kind, n] of after.get(b)!) if (x.get(kind) === n - 1) return true;
		return false;
	};
	candidates = candidates.filter((b) => !goesOn(b));
	if (candidates.length < 2) return new Set();
	// Does the first numbered heading after a candidate (before the next candidate) open a numbering at 1? One pass.
	let restarts = false;
	for (let i = 0; i < candidates.length && !restarts; i++) {
		const end = i + 1 < candidates.length ? candidates[i + 1]! : raws.length;
		for (let b = candidates[i]! + 1; b < end; b++) {
			const raw = raws[b];
			if (!raw || !NUMBERED.has(raw.kind)) continue;
			restarts = raw.number === 1;
			break;
		}
	}
	return restarts ? new Set(candidates) : new Set();
}

/** The text of a line all in bold (**…**), or the line. */
function boldLine(text: string): string {
	return text.length > 4 && text.startsWith('**') && text.endsWith('**') && !text.slice(2, -2).includes('*') ? text.slice(2, -2) : text;
}

function quotesBalanced(text: string): boolean {
	let open = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x201c) open++;
		else if (c === 0x201d && --open < 0) return false;
	}
	return open === 0;
}

/** Nest the headings of `model` into a section tree. */
/**
 * When an article's part headings lost the blank line that marks them (another extraction), the shape of its lead
 * headings still tells: a two-clause heading (X，Y。) followed by one-clause ones (织密党建网。) is a part heading over
 * them. A run of two-clause headings that parallel each other after the comma (变“小打小闹”为…, 变单打独斗为…) are
 * siblings, lead sentences under the two-clause heading before them.
 */
function promotePartHeadings(headings: Heading[], hardWrapped: boolean): void {
	if (!hardWrapped) return;
	let start = 0;
	while (start < headings.length) {
		let end = start + 1;
		while (end < headings.length && headings[end]!.kind !== 'title') end++;
		const all = headings.slice(start, end);
		const article = all.filter((h) => h.kind === 'leadSentence' || h.kind === 'partHeading');
		start = end;
		// Only an article that its lead sentences structure alone (a newspaper article, not a numbered report).
		if (article.length < 3 || article.some((h) => h.kind === 'partHeading') || all.some((h) => NUMBERED.has(h.kind) || h.kind === 'markdown')) continue;
		const twoClause = (h: Heading): boolean => h.title.includes('，');
		const afterComma = (h: Heading): string => h.title.slice(h.title.indexOf('，') + 1, h.title.indexOf('，') + 2);
		if (!article.some(twoClause) || !article.some((h) => !twoClause(h))) continue;
		work.sections += article.length;
		// oneClauseAfter[i]: a one-clause heading follows heading i in the article.
		const oneClauseAfter: boolean[] = new Array<boolean>(article.length).fill(false);
		for (let i = article.length - 2; i >= 0; i--) oneClauseAfter[i] = oneClauseAfter[i + 1]! || !twoClause(article[i + 1]!);
		article.forEach((h, i) => {
			if (!twoClause(h)) return;
			const prev = article[i - 1];
			const next = article[i + 1];
			const parallel = (o: Heading | undefined): boolean => o !== undefined && twoClause(o) && afterComma(o) === afterComma(h);
			// Followed by a one-clause heading, or first of its kind before the others: a part heading.
			if (parallel(prev) || (parallel(next) && prev !== undefined && twoClause(prev))) return;
			if ((next && !twoClause(next)) || (next && twoClause(next) && !parallel(next) && oneClauseAfter[i])) {
				h.kind = 'partHeading';
				h.rank = RANK.partHeading;
			}
		});
	}
}

/**
 * A lead sentence is a heading when its siblings parallel it: the short first sentences of the paragraphs under one
 * heading, or under the part headings of one article (推动产业链供应链优化升级。… 积极培育新兴产业和未来产业。…); or the
 * opening of the only paragraph under a heading whose siblings have lead sentences of their own (（二）… ⏎
 * 大力推进农业产业化经营。…). One alone among other paragraphs — a photo caption, the opening of a section
 * (今年是…开局之年。), a sentence that happens to be short — is no heading.
 */
function keepParallelLeads(model: TextModel, headings: readonly Heading[]): Heading[] {
	const n = headings.length;
	/** The group of each heading: the heading a lead sentence in its place would stand under (-1: the document). */
	const groupOf = new Int32Array(n);
	// Lead sentences and paragraphs per group, at the group's index + 1 (0: the document).
	const paragraphs = new Int32Array(n + 1);
	// The paragraph of its group each lead sentence opens (counted from the group's first paragraph).
	const at = new Int32Array(n);
	const stack: number[] = [];
	const group = (): number => {
		let k = stack.length - 1;
		while (k >= 0 && (headings[stack[k]!]!.kind === 'partHeading' || headings[stack[k]!]!.kind === 'leadSentence')) k--;
		return k >= 0 ? stack[k]! : -1;
	};
	const blocks = model.blocks;
	work.sections += n + blocks.length;
	let i = 0;
	for (let b = 0; b < blocks.length; b++) {
		// A block is a paragraph unless it holds a heading other than a lead sentence, and no lead sentence after it (a
		// numbered heading joined with the paragraph under it: the paragraph counts).
		let numbered = false;
		for (; i < n && headings[i]!.block === b; i++) {
			const h = headings[i]!;
			while (stack.length > 0 && headings[stack[stack.length - 1]!]!.rank >= h.rank) stack.pop();
			groupOf[i] = group();
			if (h.kind === 'leadSentence') {
				at[i] = paragraphs[groupOf[i]! + 1]!;
				numbered = false;
			} else numbered = true;
			stack.push(i);
		}
		const block = blocks[b]!;
		if (!numbered && block.kind === 'text' && !block.continued) paragraphs[group() + 1]!++;
	}
	// A sentence that opens on its time (过去五年，是…; 今年是…开局之年; 在肯定成绩的同时，…) opens a section's review or
	// plan: a heading only beside siblings opening the same way (一年来，我们聚焦创新发展，… ⏎ 一年来，我们聚焦协调发展，…).
	const opener = headings.map((h) => (h.kind === 'leadSentence' ? timeOpener(h.title) : undefined));
	const openers = new Map<string, number>();
	for (let k = 0; k < n; k++) if (opener[k] !== undefined) openers.set(`${groupOf[k]!}|${opener[k]!}`, (openers.get(`${groupOf[k]!}|${opener[k]!}`) ?? 0) + 1);
	const alone = new Uint8Array(n);
	for (let k = 0; k < n; k++) {
		if (opener[k] === undefined) continue;
		const shared = openers.get(`${groupOf[k]!}|${opener[k]!}`)!;
		if (shared >= (headings[k]!.title.length > LEAD_SENTENCE_MAX ? REVIEW_RUN : 2)) continue;
		alone[k] = 1;
	}
	// Lead sentences in a run (each within LEAD_GAP paragraphs of the one before it in its group), and groups whose lead
	// sentences are dense from the first to the last.
	// In a group with a review's long lead sentences, a run or a dense group is of one sort: those opening on the span
	// reviewed (五年来，我们…, short or long), or others (a sentence after the review run — 思危方能居安，知忧才能克难。 —
	// parallels none of it). Elsewhere all lead sentences are one sort, as before. Counted per group and sort, at 2 × (group index + 1) + sort.
	const inRun = new Uint8Array(n);
	const runIn = new Uint8Array(n + 1);
	const first = new Int32Array(2 * (n + 1)).fill(-1);
	const previous = new Int32Array(2 * (n + 1)).fill(-1);
	const count = new Int32Array(2 * (n + 1));
	const review = (k: number): boolean => REVIEW_LEAD.test(headings[k]!.title);
	const longReview = new Uint8Array(n + 1);
	for (let k = 0; k < n; k++) if (headings[k]!.kind === 'leadSentence' && !alone[k] && headings[k]!.title.length > LEAD_SENTENCE_MAX && review(k)) longReview[groupOf[k]! + 1] = 1;
	const sortOf = (k: number): number => (longReview[groupOf[k]! + 1] && review(k) ? 1 : 0);
	for (let k = 0; k < n; k++) {
		if (headings[k]!.kind !== 'leadSentence' || alone[k]) continue;
		const g = groupOf[k]! + 1;
		const s = 2 * g + sortOf(k);
		const p = previous[s]!;
		if (p >= 0 && at[k]! - at[p]! <= LEAD_GAP) inRun[k] = inRun[p] = runIn[g] = 1;
		if (first[s]! < 0) first[s] = k;
		previous[s] = k;
		count[s]!++;
	}
	const dense = (s: number): boolean => count[s]! >= 2 && count[s]! * LEAD_SHARE > at[previous[s]!]! - at[first[s]!]!;
	for (let k = 0; k < n; k++) {
		if (headings[k]!.kind !== 'leadSentence' || alone[k] || !dense(2 * (groupOf[k]! + 1) + sortOf(k))) continue;
		inRun[k] = 1;
		runIn[groupOf[k]! + 1] = 1;
	}
	// Headings whose lead sentences parallel each other, by their own group and kind: their siblings' single leads count.
	const withLeads = new Set<string>();
	for (let g = 0; g < n; g++) if (runIn[g + 1]) withLeads.add(`${groupOf[g]!}|${headings[g]!.kind}`);
	return headings.filter((h, k) => {
		if (h.kind !== 'leadSentence') return true;
		if (alone[k]) return false;
		if (inRun[k]) return true;
		const g = groupOf[k]!;
		return g >= 0 && paragraphs[g + 1] === 1 && withLeads.has(`${groupOf[g]!}|${headings[g]!.kind}`);
	});
}

/**
 * How a sentence opens on its time, or undefined: 过去五年， / 刚刚过去的2025年， / 这五年， / 一年来， / 五年以来，
 * (a span of years and a comma), 今年是 / 去年， / 去年以来 (this or last year), 在肯定成绩的同时 (the turn after a review).
 */
const TIME_OPENER = /^(?:(?:刚刚)?过去的?|这|近)?[〇零一二三四五六七八九十两几0-9０-９]*年(?:来|以来|中|里)?[，,]|^(?:今年|去年|明年)(?:以来)?(?:是|[，,])?|^在(?:肯定|看到)成绩的同时/;
function timeOpener(sentence: string): string | undefined {
	const m = TIME_OPENER.exec(sentence);
	return m ? m[0] : undefined;
}

/** A heading's name as a table of contents and the text both print it: its first Chinese characters, page numbers aside. */
function tocKey(title: string): string {
	let key = '';
	for (let k = 0; k < title.length && key.length < 8; k++) if (isCjk(title.charCodeAt(k))) key += title[k];
	return key;
}

/** An entry of the parts a report announces (一、关于一年来经济形势问题；): it ends as an item of a list does. */
function announced(text: string): boolean {
	const last = text.charCodeAt(text.length - 1 - countEndChars(text, ' \t\u3000'));
	return last === 0xff1b || last === 0x3b; // ； ;
}

/** Numbered headings a table of contents lists: in a run of at least this many, each with no text before the next. */
const TOC_RUN = 3;
const NUMBERED: ReadonlySet<SectionKind> = new Set(['volume', 'chapter', 'section', 'cnEnum', 'cnParenEnum', 'arabicEnum', 'arabicParenEnum']);

/**
 * Drop a table of contents: numbered headings alone on their lines, one after the other, of which several have no text
 * before the next heading of their rank or higher (第一篇 … 第一章 … 第二章 … 第二篇 …, or the parts a report announces:
 * 一、关于…；⏎二、关于…；). The document's own headings come later, each with its text.
 */
function dropContents(model: TextModel, headings: readonly Heading[]): Heading[] {
	const blocks = model.blocks;
	const n = headings.length;
	// Text blocks before block b that hold text besides a heading.
	const textBefore = new Int32Array(blocks.length + 1);
	let h = 0;
	for (let b = 0; b < blocks.length; b++) {
		while (h < n && headings[h]!.block < b) h++;
		const heading = headings[h]?.block === b ? headings[h] : undefined;
		const text = (blocks[b]!.kind === 'text' || blocks[b]!.kind === 'list') && !heading?.alone;
		textBefore[b + 1] = textBefore[b]! + (text ? 1 : 0);
	}
	// The next heading of the same rank or higher, by a stack from the end (each heading pushed and popped once).
	const empty = new Uint8Array(n);
	const stack: number[] = [];
	for (let i = n - 1; i >= 0; i--) {
		while (stack.length > 0 && headings[stack[stack.length - 1]!]!.rank > headings[i]!.rank) stack.pop();
		const next = stack.length > 0 ? headings[stack[stack.length - 1]!]!.block : blocks.length;
		if (NUMBERED.has(headings[i]!.kind) && headings[i]!.alone && textBefore[next]! - textBefore[headings[i]!.block + 1]! === 0) empty[i] = 1;
		stack.push(i);
	}
	work.sections += n + blocks.length;
	// A chain: numbered headings alone on their lines, one after the other with no text between. A chain with at least
	// TOC_RUN empty headings is a table of contents (its last entries may have the preface after them) when the text it
	// lists comes after its first entry: that entry again (its numbering and its first words), where the contents end;
	// or when its entries end as the items of a list do (the parts a report announces). A list of headings that does not
	// recur is none (an annex: 一、十大工业项目⏎1. 昭通水电…⏎2. …⏎二、十大文旅项目⏎1. …).
	const chains: { from: number; to: number }[] = [];
	const inChain = (i: number): boolean => NUMBERED.has(headings[i]!.kind) && headings[i]!.alone === true;
	for (let i = 0; i < n; ) {
		if (!inChain(i)) {
			i++;
			continue;
		}
		let j = i + 1;
		let empties = empty[i]!;
		while (j < n && inChain(j) && textBefore[headings[j]!.block]! - textBefore[headings[j - 1]!.block + 1]! === 0) empties += empty[j++]!;
		if (empties >= TOC_RUN) chains.push({ from: i, to: j });
		i = j;
	}
	if (chains.length === 0) return headings.slice();
	const next = nextSame(headings, chains.map((c) => c.from));
	const keep = new Uint8Array(n).fill(1);
	chains.forEach(({ from, to }, c) => {
		// The text's first heading may follow the contents with no text between: the contents end there.
		if (next[c]! > from) keep.fill(0, from, Math.min(to, next[c]!));
		else if (announced(blocks[headings[from]!.block]!.text)) keep.fill(0, from, to);
	});
	return headings.filter((_, i) => keep[i]);
}

/**
 * For each heading of `starts` (ascending), the next heading after it of the same kind, number and name (tocKey), or
 * -1: one pass, a name read only for the headings whose kind and number are a start's.
 */
function nextSame(headings: readonly Heading[], starts: readonly number[]): Int32Array {
	const out = new Int32Array(starts.length).fill(-1);
	// The starts not resolved yet, by number, then by kind and name, in ascending order.
	const pending = new Map<number, Map<string, number[]>>();
	let s = 0;
	for (let j = 0; j < headings.length; j++) {
		const h = headings[j]!;
		const number = h.number ?? -1;
		const byName = pending.get(number);
		if (byName) {
			const key = `${h.kind}|${tocKey(h.title)}`;
			const list = byName.get(key);
			if (list) {
				for (const c of list) out[c] = j;
				byName.delete(key);
			}
		}
		if (s < starts.length && starts[s] === j) {
			const ofStart = byName ?? new Map<string, number[]>();
			pending.set(number, ofStart);
			const key = `${h.kind}|${tocKey(h.title)}`;
			const list = ofStart.get(key);
			if (list) list.push(s);
			else ofStart.set(key, [s]);
			s++;
		}
	}
	return out;
}

/** The children of a section with none: one frozen list for all (thousands of sections of numbered lines have none). */
const NO_CHILDREN: readonly Section[] = Object.freeze([]);

/** The outline of `model`; `textHeadings` and `titleLines`: the blocks' own readings (BlockWork), when known. */
export function parseSections(model: TextModel, textHeadings?: readonly (RawHeading | undefined)[], titleLines?: readonly TitleLine[]): Section[] {
	const found = dropContents(model, findHeadings(model, { textHeadings, titleLines }));
	promotePartHeadings(found, model.hardWrapped);
	const headings = keepParallelLeads(model, found);
	rankMixedNumbering(headings);
	// Each heading's section by the heading's index: where it ends and the headings under it (arrays beside the headings
	// rather than fields added to them: a field added to thousands of objects of several shapes is slow to store).
	const docEnd = lastContentEnd(model);
	const ends: number[] = headings.map(() => docEnd);
	const children: (number[] | undefined)[] = [];
	const roots: number[] = [];
	const stack: number[] = [];
	// A section ends where the next heading of equal or higher rank starts (less the blank lines before it).
	const blockEndBefore = makeBlockEndBefore(model);
	work.sections += headings.length;
	// A thematic break (---) after an article's text ends the article under its title: what follows is not its text
	// (a break between a title with its table of contents and the text is none).
	const blocks = model.blocks;
	const textBefore = new Int32Array(blocks.length + 1);
	blocks.forEach((b, i) => (textBefore[i + 1] = textBefore[i]! + (b.kind === 'text' ? 1 : 0)));
	let rule = 0;
	for (let i = 0; i < headings.length; i++) {
		const h = headings[i]!;
		for (; rule < h.block; rule++) {
			const title = stack.length > 0 ? headings[stack[0]!]! : undefined;
			if (blocks[rule]!.kind !== 'rule' || title?.kind !== 'title' || textBefore[rule]! - textBefore[title.block + 1]! === 0) continue;
			const end = blockEndBefore(blocks[rule]!.span.start);
			while (stack.length > 0) ends[stack.pop()!] = end;
		}
		while (stack.length > 0 && headings[stack[stack.length - 1]!]!.rank >= h.rank) ends[stack.pop()!] = blockEndBefore(h.start);
		const parent = stack[stack.length - 1];
		if (parent === undefined) roots.push(i);
		else (children[parent] ??= []).push(i);
		stack.push(i);
	}
	const freeze = (i: number): Section => {
		const h = headings[i]!;
		const out: { -readonly [K in keyof Section]: Section[K] } = {
			kind: h.kind,
			label: h.label,
			title: h.title,
			rank: h.rank,
			headingSpan: h.headingSpan,
			bodySpan: { start: h.start, end: Math.max(ends[i]!, h.headingSpan.end) },
			children: children[i]?.map(freeze) ?? NO_CHILDREN,
		};
		if (h.number !== undefined) out.number = h.number;
		if (h.byline !== undefined) out.byline = h.byline;
		if (h.inferred) out.inferred = true;
		return out;
	};
	return roots.map(freeze);
}

/** The numberings a heading's text may open with, each with its rank. */
const NUMBERING_KINDS = ['volume', 'chapter', 'section', 'article', 'cnEnum', 'cnParenEnum', 'arabicEnum', 'arabicParenEnum'] as const;

/**
 * A document that marks some headings `#` and numbers others in its text (### （一）… under **一、…**, a Markdown heading
 * added to part of it): a `#` level and the rank of a text's numbering are on two scales. A numbered heading of the text
 * is placed among the `#` levels by the numberings of the marked headings: at the level of the marked ones numbered as
 * it is; else just above the highest level numbered below it (一、 above ### （一）); else just below the lowest level
 * numbered above it (第一条 under ### 第一章, as before) — keeping the order of the text's numberings among themselves.
 */
function rankMixedNumbering(headings: Heading[]): void {
	const same = new Map<SectionKind, number>();
	// Where each numbering is first met, marked and in the text: a text's numbering goes above a marked one only when it
	// comes first (**一、…** ⏎ ### （一）…); marked headings met first (## 1. 工作回顾 ⏎ （一）…) are the parts the text's
	// numbering restarts in, an editor's own numbering over the document's.
	const firstMarked = new Map<SectionKind, number>();
	const firstText = new Map<SectionKind, number>();
	for (let i = 0; i < headings.length; i++) {
		const h = headings[i]!;
		if (h.kind === 'markdown' && h.numbering !== undefined) {
			same.set(h.numbering, Math.min(same.get(h.numbering) ?? h.rank, h.rank));
			if (!firstMarked.has(h.numbering)) firstMarked.set(h.numbering, i);
		} else if (h.kind !== 'markdown' && !firstText.has(h.kind)) firstText.set(h.kind, i);
	}
	if (same.size === 0) return;
	const ranks = new Map<SectionKind, number>();
	for (const kind of NUMBERING_KINDS) {
		let above = -1;
		let below = Infinity;
		for (const [k, level] of same) {
			if (RANK[k as (typeof NUMBERING_KINDS)[number]] < RANK[kind]) above = Math.max(above, level);
			else if (RANK[k as (typeof NUMBERING_KINDS)[number]] > RANK[kind] && (firstText.get(kind) ?? Infinity) < firstMarked.get(k)!) below = Math.min(below, level);
		}
		const level = same.get(kind);
		if (level !== undefined) ranks.set(kind, level);
		else if (below !== Infinity) ranks.set(kind, below - 1 + RANK[kind] / 100);
		else if (above >= 0) ranks.set(kind, above + RANK[kind] / 100);
	}
	for (const h of headings) {
		const r = h.kind === 'markdown' ? undefined : ranks.get(h.kind);
		if (r !== undefined) h.rank = r;
	}
}

function lastContentEnd(model: TextModel): number {
	const last = model.blocks[model.blocks.length - 1];
	return last ? last.span.end : 0;
}

/** Returns a function: offset → the end of the last block that ends before it (monotone calls, linear overall). */
function makeBlockEndBefore(model: TextModel): (offset: number) => number {
	let b = 0;
	let lastEnd = 0;
	return (offset) => {
		const blocks = model.blocks;
		while (b < blocks.length && blocks[b]!.span.end <= offset) {
			lastEnd = blocks[b]!.span.end;
			b++;
		}
		return lastEnd;
	};
}
