/**
 * Formulas of the whole document: scanned per block, mapped to original offsets, resolved through the
 * headings that follow (for codes such as “56373”), nested as a tree and matched with the glossary.
 */
import type { Formula, FormulaPart, GlossaryEntry, Section, Span } from './types';
import { type Block, type TextModel, toOriginalSpan } from './text/textModel';
import { countInLabel, judgeFilled, type RawFormula, resolveFollowing, TERM_LINE_MAX } from './parse/formulas';
import { listMarkerLength } from './text/trim';
import { marksPoint, mayGlossTerm, numberedParagraphs, opensPoint, parallelParagraphs, POINT_PARAGRAPHS_MAX } from './parse/formulaReading';
import { type BlockSetMention, type BlockWork, listsOf, termLineOf, type TermLineReading } from './blockWork';
import { type Item, isLead, openWithVerbChain } from './parse/lists';
import { itemKeys, lookupGlossary } from './glossary/index';
import { work } from './work';
import { isCjk } from './text/chars';
import { BLANK_OR_EMPHASIS, countEndChars } from './text/trim';
import { mergeSorted, partitionPoint } from './search';
import { indexLists, type KeyedList, type ListIndex, listSpelling } from './parse/keyedLists';
import { countsPair, isPair } from './parse/keyedPairs';
import { parseCjkNumeral } from './text/cjkNumerals';
import { framesDiffer, NOT_THE_LISTED, NOT_THE_LISTED_WINDOW } from './parse/frames';
import { resolveCountsNamedAgainInSentence } from './parse/countsNamedAgain';
import { GENERIC_NOUNS, GENERIC_WORD, MEASURES, YEARLY_LIST } from './parse/formulaNames';

interface MutableFormula {
	span: Span;
	text: string;
	kind: Formula['kind'];
	quoted: boolean;
	parts: FormulaPart[];
	expansion?: Formula['expansion'];
	verdict: Formula['verdict'];
	etc?: boolean;
	glossary?: string;
	children: number[];
	parent?: number;
}

function mapRaw(block: Block, f: RawFormula): MutableFormula {
	const span = (it: Item): Span => toOriginalSpan(block, it.start, it.end);
	const out: MutableFormula = {
		span: toOriginalSpan(block, f.start, f.end),
		text: f.text,
		kind: f.kind,
		quoted: f.quoted,
		parts: f.parts.map((p) => {
			const part: { -readonly [K in keyof FormulaPart]: FormulaPart[K] } = { items: p.items.map((it) => it.text), itemSpans: p.items.map(span) };
			if (p.count !== undefined) part.count = p.count;
			if (p.key !== undefined) part.key = p.key;
			if (p.label) {
				part.label = p.label.text;
				part.labelSpan = span(p.label);
			}
			return part;
		}),
		verdict: f.verdict,
		children: [],
	};
	if (f.expansion) out.expansion = { span: toOriginalSpan(block, f.expansion.start, f.expansion.end), source: f.expansion.source };
	if (f.etc) out.etc = true;
	return out;
}

/** The last of `sections` (in document order) that starts at or before `offset`, by binary search. */
function lastStartingBefore(sections: readonly Section[], offset: number): number {
	work.sections += 1 + Math.log2(sections.length + 1);
	return partitionPoint(sections.length, (i) => sections[i]!.bodySpan.start <= offset) - 1;
}

/** The deepest section whose body holds `offset`, with its siblings (the list it stands in) and its index there. */
function sectionAt(sections: readonly Section[], offset: number): { section: Section; siblings: readonly Section[]; index: number } | undefined {
	const i = lastStartingBefore(sections, offset);
	const s = sections[i];
	if (!s || offset >= s.bodySpan.end) return undefined;
	return sectionAt(s.children, offset) ?? { section: s, siblings: sections, index: i };
}

/**
 * A code that its own paragraph does not expand may be expanded by the headings that follow it in its section:
 * “56373”模式 → 织密五级组织网格 (5) / 实行“六个一”运行机制 (6) / 推行“373”工作模式 (373). Resolved only when the
 * counts of a run of those headings spell the code exactly.
 */
function resolveByHeadings(f: MutableFormula, sections: readonly Section[]): void {
	const at = sectionAt(sections, f.span.start);
	if (!at) return;
	// The headings under the formula's section, or, when it has none, the sections that follow it at its level.
	const children = at.section.children;
	let list = children;
	let from = lastStartingBefore(children, f.span.end) + 1;
	if (from >= children.length) {
		list = at.siblings;
		from = at.index + 1;
	}
	const digits = f.text.replace(/[^0-9]/g, '');
	let spelled = '';
	const parts: FormulaPart[] = [];
	for (let k = from; k < list.length; k++) {
		const h = list[k]!;
		work.sections++;
		const count = countInLabel(h.title);
		if (count === undefined) break;
		spelled += String(count);
		parts.push({ count, label: h.title, labelSpan: h.headingSpan, items: [], itemSpans: [] });
		if (spelled === digits) {
			f.parts = parts;
			f.expansion = { span: { start: parts[0]!.labelSpan!.start, end: h.headingSpan.end }, source: 'headings' };
			f.verdict = 'ok';
			return;
		}
		if (!digits.startsWith(spelled)) return;
	}
}


function within(inner: Span, outer: Span): boolean {
	return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The texts of the blocks a formula's items are read in, a Markdown or web list item's marker read off (- 坚持区域协同，…
 * is the paragraph 坚持区域协同，… as a list item), with how many characters each lost: an item's offset plus that is its
 * offset in the block.
 */
function itemTexts(blocks: readonly Block[]): { texts: string[]; skips: number[] } {
	const skips = blocks.map((bl) => listMarkerLength(bl.text, bl.kind === 'list'));
	return { texts: blocks.map((bl, k) => bl.text.slice(skips[k])), skips };
}

/** Does `text` (a paragraph) open with the point numbered `n` (三是, 三要, （三）, 三、, （3）, ③, 第三，, 其三，)? */
function pointContinues(text: string | undefined, n: number): boolean {
	if (text === undefined || n < 1 || n > 10) return false;
	const numeral = '一二三四五六七八九十'[n - 1]!;
	const lead = /^[\s*\u3000]{0,4}/.exec(text)![0].length;
	// In any numbering the points after a sentence may open with (其三，, 第三，, ③ as well: see opensPoints).
	return text.startsWith(`(${numeral})`, lead) || opensPoint(text, lead, n);
}

/**
 * A glossary term or a counted noun whose gloss is the paragraphs after its colon: each part glossed by a paragraph
 * of its own (七纵六横三环路网骨架：⏎七纵，即…⏎六横，即…⏎三环，即…), or one numbered heading per item (重点做好以下十个
 * 方面工作：⏎（一）…⏎（二）…).
 */
function resolveFollowingBlocks(f: MutableFormula, raw: RawFormula, model: TextModel, b: number, sections: readonly Section[]): void {
	const next = model.blocks.slice(b + 1, b + 1 + raw.parts.length + 1);
	const { texts, skips } = itemTexts(next);
	const found = resolveFollowing(raw, texts);
	if (found) {
		const filled: RawFormula = { ...raw, parts: raw.parts.map((p, n) => ({ ...p, items: found[n]!.items })) };
		judgeFilled(filled);
		f.parts = raw.parts.map((p, n) => {
			const block = next[found[n]!.block]!;
			const skip = skips[found[n]!.block]!;
			const items = found[n]!.items;
			return { ...(p.count !== undefined ? { count: p.count } : {}), ...(p.key !== undefined ? { key: p.key } : {}), items: items.map((it) => it.text), itemSpans: items.map((it) => toOriginalSpan(block, it.start + skip, it.end + skip)) };
		});
		const spans = f.parts.flatMap((p) => p.itemSpans);
		if (spans.length > 0) f.expansion = { span: { start: spans[0]!.start, end: spans[spans.length - 1]!.end }, source: 'gloss' };
		f.verdict = filled.verdict;
		return;
	}
	if (raw.parts.length === 1) resolveAfterColon(f, model, b, sections, true);
}

/**
 * A counted formula before a colon that ends its paragraph, listed by what follows: the numbered headings (以下十个方面
 * 工作：⏎（一）…), or paragraphs that open with the markers of one numbering (努力做到“四个坚持”：⏎一是坚持解放思想、
 * 更新观念。…⏎二是坚持…), one item each.
 */
function resolveAfterColon(f: MutableFormula, model: TextModel, b: number, sections: readonly Section[], closes: boolean): void {
	resolveByNumberedHeadings(f, sections, model.blocks[b + 1], endsWithColon(model.blocks[b]!.text));
	const part = f.parts[0];
	// Paragraphs: only for the formula the colon closes (…扎实推进“六稳”“六保”工作，…重点抓了以下七个方面： lists the seven).
	if (!closes || f.verdict !== 'unexpanded' || part?.count === undefined) return;
	// One paragraph more than the count (a list one over), and up to POINT_PARAGRAPHS_MAX for paragraphs of a point
	// between points.
	const blocks = model.blocks.slice(b + 1, b + 2 + (POINT_PARAGRAPHS_MAX + 1) * part.count);
	const { texts, skips } = itemTexts(blocks);
	// (Or unnumbered, each opening with the same verb: 关键做好以下七个方面工作：⏎坚持区域协同，…⏎坚持…)
	const numbered = numberedParagraphs(texts, part.count + 1) ?? parallelParagraphs(texts, part.count);
	if (!numbered) return;
	const itemSpans = numbered.map((n) => toOriginalSpan(blocks[n.block]!, n.item.start + skips[n.block]!, n.item.end + skips[n.block]!));
	f.parts = [{ ...part, items: numbered.map((n) => n.item.text), itemSpans }];
	f.expansion = { span: { start: itemSpans[0]!.start, end: itemSpans[itemSpans.length - 1]!.end }, source: 'gloss' };
	f.verdict = numbered.length === part.count ? 'ok' : 'mismatch';
}

/**
 * Does a heading name `key` as its head noun — the key last, or before a mark (一、实施产业升级工程; 二、城市更新工程，…)?
 * A heading that holds the key inside other words (四、加强工程建设管理) names something else: a section on the items.
 */
function headedBy(title: string, key: string): boolean {
	const at = title.trimEnd().lastIndexOf(key);
	if (at < 0) return false;
	const after = title.trimEnd().slice(at + key.length);
	return after === '' || /^[，。；：、,.;:（(]/.test(after);
}

/**
 * The numbered headings right after a counted noun and its colon, one per item (以下十个方面工作：⏎（一）…（十）): the
 * sub-headings of the formula's section, or — the formula closes a section without any (a lead sentence's paragraph) —
 * the headings that follow that section at its level.
 */
function resolveByNumberedHeadings(f: MutableFormula, sections: readonly Section[], next: Block | undefined, lead: boolean): void {
	const at = sectionAt(sections, f.span.start);
	let list = at ? at.section.children : sections;
	let from = lastStartingBefore(list, f.span.end) + 1;
	if (at && from >= list.length) {
		list = at.siblings;
		from = at.index + 1;
	}
	const first = list[from];
	// The first heading must follow at once (a paragraph break or two) and be numbered 1.
	if (!first || first.number !== 1 || first.headingSpan.start - f.span.end > 40) return;
	// …在三个方面持续发力。⏎一是…，二是…。⏎（一）…: a paragraph between lists the formula; the headings are another matter's.
	if (next !== undefined && next.span.end <= first.headingSpan.start) return;
	const run: Section[] = [];
	for (let k = from; k < list.length; k++) {
		const h = list[k]!;
		work.sections++;
		if (h.kind !== first.kind || h.number !== run.length + 1) break;
		run.push(h);
	}
	const count = f.parts[0]?.count;
	if (run.length < 2 || count === undefined) return;
	// More headings than the count after a lead sentence (its block ends in a colon): a report goes on at the same level
	// with sections the count does not name (做好三方面重点工作：⏎一、…二、…三、…⏎四、加强政府自身建设). The first `count` are
	// what the text binds to it; whether the next is one more of them nothing tells — unless every heading names the
	// count's key (三大工程：⏎一、A工程…四、D工程). (A heading or an annex's title that is the counted noun — 5件民生实事⏎一、…
	// — has its list alone under it: all of it is the count's.)
	const key = f.parts[0]?.key;
	const bound = lead && run.length > count && !(key !== undefined && key.length >= 2 && run.every((h) => headedBy(h.title, key))) ? run.slice(0, count) : run;
	f.parts = [{ count, items: bound.map((h) => h.title), itemSpans: bound.map((h) => h.headingSpan) }];
	f.expansion = { span: { start: bound[0]!.headingSpan.start, end: bound[bound.length - 1]!.headingSpan.end }, source: 'headings' };
	f.verdict = bound !== run ? 'uncertain' : run.length === count ? 'ok' : Math.abs(run.length - count) === 1 ? 'mismatch' : 'uncertain';
}

/**
 * A counted formula in a heading (（五）强力实施“四大工程”，全面提升城市功能品位) listed by the sections under it, when
 * each of them names the formula's key (实施旧城更新改造工程。… 实施道路畅通工程。…): one item a section.
 */
function resolveByChildren(f: MutableFormula, sections: readonly Section[]): void {
	const part = f.parts[0];
	const key = part?.key;
	if (part?.count === undefined || key === undefined || part.count < 2) return;
	const at = sectionAt(sections, f.span.start);
	if (!at || !within(f.span, at.section.headingSpan)) return;
	const children = at.section.children;
	work.sections += children.length;
	// A key of one character (三农: 农) is in too many titles to tell the items.
	if (key.length < 2 || children.length < 2 || !children.every((h) => h.title.includes(key))) {
		resolveByFirstChildren(f, children, part.count, key);
		return;
	}
	f.parts = [{ count: part.count, key, items: children.map((h) => h.title), itemSpans: children.map((h) => h.headingSpan) }];
	f.expansion = { span: { start: children[0]!.headingSpan.start, end: children[children.length - 1]!.headingSpan.end }, source: 'headings' };
	f.verdict = children.length === part.count ? 'ok' : Math.abs(children.length - part.count) === 1 ? 'mismatch' : 'uncertain';
}

/**
 * The same when the sections under the heading go on past the formula's items or do not name its key in full: the first
 * `count` of them, exactly, headed by the key (三、…推动“四化同步”…⏎加快推进新型工业化。⏎…信息化。⏎…城镇化。⏎…农业现代化。⏎加快
 * 推进现代服务业…: the next is not) or, all of them and no more, opening with one verb (拉好“三驾马车”⏎全力以赴稳投资。⏎全力以赴
 * 稳外贸。⏎全力以赴稳消费。). Never flagged: the sections need not be the formula's items when they are not exactly its count.
 */
const OPENING_ALIKE = 4;
function resolveByFirstChildren(f: MutableFormula, children: readonly Section[], count: number, key: string): void {
	if (children.length < count) return;
	const run = children.slice(0, count);
	const headed = run.every((h) => headedBy(h.title, key)) && (children.length === count || !headedBy(children[count]!.title, key));
	// One verb, or the same four characters (全力以赴稳投资, 全力以赴稳外贸).
	let shared = 0;
	while (shared < OPENING_ALIKE && run.every((h) => h.title.length > shared + 1 && h.title[shared] === run[0]!.title[shared])) shared++;
	const alike = children.length === count && (shared === OPENING_ALIKE || (shared >= 2 && isLead(run[0]!.title.slice(0, 2)))) && !openWithVerbChain(run.map((h) => h.title));
	if (!headed && !alike) return;
	f.parts = [{ count, key, items: run.map((h) => h.title), itemSpans: run.map((h) => h.headingSpan) }];
	f.expansion = { span: { start: run[0]!.headingSpan.start, end: run[run.length - 1]!.headingSpan.end }, source: 'headings' };
	f.verdict = 'ok';
}

/**
 * A counted formula listed by numbered points without a colon: in the first clause of a heading whose sub-headings are
 * one numbering 1…N and nothing else (（一）驭好“三驾马车”，…⏎1.…投资⏎2.…消费⏎3.…外贸), or in the last sentence of the
 * paragraph right before its section's numbered sub-headings, each of which names the key or opens with the same words
 * (…遵循“六个坚持”重大原则，…。⏎1.坚持…⏎…⏎6.坚持…). Read only when N is the count (else the points need not be its
 * items, and nothing is said), or one off it when every point names the key (a mismatch).
 */
function resolveByNumberedPoints(f: MutableFormula, raw: RawFormula, block: Block, counted: number, sections: readonly Section[]): void {
	const part = f.parts[0];
	if (part?.count === undefined || part.count < 2 || counted !== 1) return;
	const at = sectionAt(sections, f.span.start);
	if (!at) return;
	const children = at.section.children;
	work.sections += children.length;
	const first = children[0];
	if (!first || children.length < 2 || children.some((h, n) => h.kind !== first.kind || h.number !== n + 1)) return;
	let verdict: Formula['verdict'] = children.length === part.count ? 'ok' : 'unexpanded';
	const heading = at.section.headingSpan;
	if (within(f.span, heading)) {
		// The formula is what the heading does (驭好“三驾马车”，…), not a clause after it.
		if (/[，；。：]/.test(block.text.slice(0, raw.start))) return;
	} else {
		// The paragraph right before the first point, its last sentence holding the formula.
		if (block.span.end > first.headingSpan.start || first.headingSpan.start - block.span.end > 4) return;
		if (/[。！？]./.test(block.text.slice(raw.end))) return;
		const key = part.key;
		const titles = children.map((h) => h.title.replace(/^\s*[0-9０-９]+[.．、]\s*/, ''));
		const keyed = key !== undefined && key.length >= 2 && titles.every((t) => t.includes(key));
		const opening = titles[0]!.slice(0, 2);
		if (!keyed && !titles.every((t) => t.startsWith(opening))) return;
		// Points that all name the key are its items, whatever their number: one off the count is a mismatch.
		if (keyed && Math.abs(children.length - part.count) === 1) verdict = 'mismatch';
	}
	if (verdict === 'unexpanded') return;
	f.parts = [{ count: part.count, ...(part.key !== undefined ? { key: part.key } : {}), items: children.map((h) => h.title), itemSpans: children.map((h) => h.headingSpan) }];
	f.expansion = { span: { start: first.headingSpan.start, end: children[children.length - 1]!.headingSpan.end }, source: 'headings' };
	f.verdict = verdict;
}

/** Does the formula ending at `end` close its paragraph, a quote mark, a colon and emphasis after it aside? */
function closesBlock(text: string, end: number): boolean {
	return text.length - end <= 8 && /^[”"*\s]*[：:][*\s]*$/.test(text.slice(end));
}

/** A paragraph that ends in a colon, spaces and Markdown emphasis after it aside: looked at from its end only. */
function endsWithColon(text: string): boolean {
	const last = text[text.length - 1 - countEndChars(text, BLANK_OR_EMPHASIS)];
	return last === '：' || last === ':';
}

/**
 * A block that is a glossary term on a line of its own (“六稳”：⏎稳就业、…; 四型机场⏎指平安型、…), read with the next block
 * as its gloss (termOnLine): each formula of the term takes its reading there, its items in the next block, in place
 * of the block's own unread formulas at that place (a term that names a formula only with its gloss — 四型机场 alone is
 * no formula; “四个革命、一个合作” alone is two). Only a short block is read so, and its next block once. Returns the
 * block's formulas and the next block's, read as the entry's gloss (“两委”指… heads a part's items, no entry of its own),
 * or undefined when the block is no such term.
 */
function resolveTermOnLine(own: readonly MutableFormula[], model: TextModel, works: readonly BlockWork[], b: number): { own: MutableFormula[]; next: MutableFormula[] } | undefined {
	const block = model.blocks[b]!;
	const next = model.blocks[b + 1];
	if (!next || next.kind !== 'text' || !allUnexpanded(own)) return undefined;
	const read = termLineOf(works[b]!, block, works[b + 1]!, next, works[b + 2], model.blocks[b + 2]);
	// (A term whose gloss's quoted name reads the items for it — 五定班列：⏎“五定班列”中“五定”含义为：… — leaves its own
	// formula unread: the gloss is still read as the entry's.)
	if (!read || (read.formulas.length === 0 && allUnexpanded(read.inGloss))) return undefined;
	return placeTermLine(own, block, next, read);
}

/** Every formula of `formulas` left unread (an index loop: asked of every block, it makes no closure). */
function allUnexpanded(formulas: readonly { readonly verdict: Formula['verdict'] }[]): boolean {
	for (let i = 0; i < formulas.length; i++) if (formulas[i]!.verdict !== 'unexpanded') return false;
	return true;
}

/**
 * The block's formulas with the term `read` found on its line, and the next block's read as the term's gloss, placed
 * (resolveTermOnLine; apart from it, so that the closures below are made only for a block that is such a term).
 */
function placeTermLine(own: readonly MutableFormula[], block: Block, next: Block, read: NonNullable<TermLineReading>): { own: MutableFormula[]; next: MutableFormula[] } {
	const at = (it: Item): Span => toOriginalSpan(next, it.start - read.offset, it.end - read.offset);
	const terms = read.formulas.map((g) => {
		const f = mapRaw(block, { ...g, parts: [], verdict: 'unexpanded' });
		f.parts = g.parts.map((p) => {
			const part: { -readonly [K in keyof FormulaPart]: FormulaPart[K] } = { items: p.items.map((it) => it.text), itemSpans: p.items.map(at) };
			if (p.count !== undefined) part.count = p.count;
			if (p.key !== undefined) part.key = p.key;
			return part;
		});
		if (g.expansion) f.expansion = { span: toOriginalSpan(next, g.expansion.start - read.offset, g.expansion.end - read.offset), source: g.expansion.source };
		if (g.etc) f.etc = true;
		f.verdict = g.verdict;
		return f;
	});
	const kept = own.filter((f) => !terms.some((t) => f.span.start < t.span.end && t.span.start < f.span.end));
	return { own: [...kept, ...terms].sort((x, y) => x.span.start - y.span.start), next: read.inGloss.map((g) => mapRaw(next, g)) };
}

/**
 * A quoted formula that nothing near it lists, its items a list elsewhere in the document that spells it (listSpelling:
 * “六保” and 保居民就业、…、保基层运转 in another paragraph; “四高地一先行区” and 创新高地、…、开放高地和农村改革先行区).
 * Every part must have a count and a key; the document's lists are indexed once, and a name read once for all its
 * occurrences. A well-known name takes only a list of its own items (each naming one of the glossary's: 四风 is not
 * 家风、乡风、校风、行风). Otherwise a name of one part keyed by one character is no spelling: 两化, 三制, 三保 name
 * different sets in different documents (“两化”融合 is not 标准化、均等化; 河长制、湖长制、林长制 are not a zone's “三制”).
 */
function resolveByDistantLists(formulas: readonly MutableFormula[], model: TextModel, works: readonly BlockWork[], glossary: readonly GlossaryEntry[]): void {
	// (Indexed for every document, whatever its formulas: the pass's work is the document's, not a step that appears with
	// the first formula left unread.) Each block's lists are read once and kept with its work.
	// (With the pairs of items that end alike, joined by 和 / 与 / 及: parse/keyedPairs, kept with the runs.)
	const index: ListIndex = indexLists(model.blocks.map((bl, b) => listsOf(works[b]!, bl)));
	const read = new Map<string, KeyedList | undefined>();
	// A name that one of its occurrences lists lends those items to the others itself, where the text allows it
	// (shareRestatedItems: not from last year's list to this year's): no list elsewhere is read for it.
	const listed = new Set<string>();
	for (const f of formulas) if (f.verdict !== 'unexpanded') listed.add(f.text);
	for (const f of formulas) {
		if (!f.quoted || f.verdict !== 'unexpanded' || listed.has(f.text) || f.parts.length === 0 || f.parts.some((p) => p.count === undefined || p.key === undefined)) continue;
		// A name its colon glosses (“六稳”：) has its items there, read or not by the readers of glosses.
		const next = model.text[f.span.end + (/[”"]/.test(model.text[f.span.end] ?? '') ? 1 : 0)];
		if (next === '：' || next === ':') continue;
		const entry = lookupGlossary(f.text, glossary);
		const canonical = entry && !entry.ordinal && !entry.variants && entry.items.length > 0 ? itemKeys(entry).flat().filter((k) => k.length > 0) : undefined;
		if (canonical === undefined && f.parts.length === 1 && f.parts[0]!.key!.length < 2) continue;
		if (!read.has(f.text)) {
			const spelled = listSpelling(index, f.parts.map((p) => ({ count: p.count!, key: p.key! })));
			read.set(f.text, spelled && (canonical === undefined || spelled.items.every((it) => canonical.some((k) => it.text.includes(k)))) ? spelled : undefined);
		}
		const list = read.get(f.text);
		if (list === undefined) continue;
		const block = model.blocks[list.block]!;
		// A pair only for a count of two things (两个清单), not of two levels or kinds (两级政府).
		if (isPair(block.text, list.items) && !countsPair(f.text)) continue;
		// A list of another year, or a result where the name is a target (2019年，我市建成图书馆、… / 今年启动建设“三馆一
		// 中心”), is not this name's: its sentence before the list's end of first item, the name's before the name.
		const first = toOriginalSpan(block, list.items[0]!.start, list.items[0]!.end);
		if (framesDiffer(model.text, first.end, f.span.start)) continue;
		let k = 0;
		f.parts = f.parts.map((p) => {
			const items = list.items.slice(k, (k += p.count!));
			return { ...p, items: items.map((it) => it.text), itemSpans: items.map((it) => toOriginalSpan(block, it.start, it.end)) };
		});
		const span = { start: f.parts[0]!.itemSpans[0]!.start, end: f.parts[f.parts.length - 1]!.itemSpans.at(-1)!.end };
		f.expansion = { span, source: span.start < f.span.start ? 'before' : 'after' };
		f.verdict = 'ok';
	}
}

/** A numbered run of the document: sibling headings 1…N of one kind, or paragraphs opening 一是…N是 (their first sentences). */
interface NumberedRun {
	readonly items: readonly string[];
	readonly spans: readonly Span[];
	readonly headings: boolean;
	/** For paragraphs: the block of the last point (the run may go on inside it or the next: see runClosed). */
	readonly lastBlock?: number;
}
/** The most points a run so read may count, and the most runs of one length looked at for a formula (bounds). */
const RUN_ITEMS_MAX = 10;
const RUNS_PER_LENGTH = 16;
/** A paragraph that opens a numbering at its first point (一是, （一）, 1., ①): where numberedParagraphs may read a run. */
const RUN_OPENING = /^(?:一[是要抓]|（一）|\(一\)|1[.．、]|（1）|①)/;

/** The document's numbered runs by their length: one walk over the outline, one look at each paragraph that opens a numbering. */
function numberedRuns(model: TextModel, sections: readonly Section[]): Map<number, NumberedRun[]> {
	const runs = new Map<number, NumberedRun[]>();
	const add = (run: NumberedRun): void => {
		const list = runs.get(run.items.length) ?? [];
		if (list.length < RUNS_PER_LENGTH) list.push(run);
		runs.set(run.items.length, list);
	};
	forEachHeadingRun(sections, (run) => {
		if (run.length <= RUN_ITEMS_MAX) add({ items: run.map((h) => h.title), spans: run.map((h) => h.headingSpan), headings: true });
	});
	for (let b = 0; b < model.blocks.length; b++) {
		// A paragraph of the run's points after the first is never a run's start (二是… cannot open one).
		if (!RUN_OPENING.test(itemTexts(model.blocks.slice(b, b + 1)).texts[0]!)) continue;
		// (Up to POINT_PARAGRAPHS_MAX paragraphs of a point between points: numberedParagraphs.)
		const blocks = model.blocks.slice(b, b + (POINT_PARAGRAPHS_MAX + 1) * RUN_ITEMS_MAX + 1);
		const all = itemTexts(blocks);
		const points = numberedParagraphs(all.texts, RUN_ITEMS_MAX + 1);
		if (!points || points.length > RUN_ITEMS_MAX) continue;
		add({ items: points.map((p) => p.item.text), spans: points.map((p) => toOriginalSpan(blocks[p.block]!, p.item.start + all.skips[p.block]!, p.item.end + all.skips[p.block]!)), headings: false, lastBlock: b + points[points.length - 1]!.block });
	}
	return runs;
}

/** What may follow a key that ends a point's head (扩大内需战略，/ …上开新局 / 鲁甸文屏山公园): a clause's end or the point's. */
const KEY_CLOSES = new Set([...'，,。；;、：:！？”」）)']);
/** Does `key` end a clause of the point (…战略，), not open or sit inside a phrase (全面深化改革, 确立新的目标)? Linear in the point. */
function keyEndsClause(item: string, key: string): boolean {
	for (let i = item.indexOf(key); i >= 0; i = item.indexOf(key, i + 1)) {
		const next = item[i + key.length];
		if (next === undefined || KEY_CLOSES.has(next)) return true;
	}
	return false;
}
/** The most characters between a run's first point and the end of the lead before it (its mark, blank lines). */
const RUN_LEAD_GAP = 12;
/** Where the lead of a run ends (我市要做好以下工作：|⏎⏎一是…): its frame is the run's; -1 when none is that near. */
function runLeadEnd(text: string, start: number): number {
	let i = start;
	while (i > 0 && text[i - 1] !== '\n' && start - i < RUN_LEAD_GAP) i--;
	while (i > 0 && /\s/.test(text[i - 1]!) && start - i < RUN_LEAD_GAP) i--;
	return i > 0 && start - i < RUN_LEAD_GAP && text[i] === '\n' ? i : -1;
}

/** The two characters of the verb right before a quoted formula (实施“五大战略”: 实施), '' when there is none. */
function verbBefore(text: string, start: number): string {
	const open = text[start - 1];
	const verb = text.slice(Math.max(0, start - 3), start - 1);
	return (open === '“' || open === '"') && verb.length === 2 && isCjk(verb.charCodeAt(0)) && isCjk(verb.charCodeAt(1)) ? verb : '';
}

/**
 * A quoted formula that nothing near it lists, its items the one numbered run of the document whose every point names
 * its key, exactly its count of them (坚定实施“五大战略” in the plan's lead, then 一是坚定实施扩大内需战略…五是坚定实施能源
 * 强区战略 under （一）; 整体工作实现“六个开新局”, then （一）…上开新局…（六）…上开新局; “十大公园” and an annex's 1.…10.
 * …公园): what binds the name to the run is its key in every point, as a keyed list elsewhere binds it (resolveByDistantLists).
 * Only a formula of one part whose key has two characters or more; never when two runs fit (two sets), nor a run in
 * another frame (parse/frames). When no run has the count, the one run of the document one point short or over, every
 * point naming the key, is read and flagged if the text closes it under the formula (runUnder: after it in its section,
 * its headings a level down, no next point marked after the last): “六个开新局” over （一）…（五）, “六大战略” over 一是…五是.
 * Linear: the runs are read once, bounded in length and in number per length.
 */
function resolveByDistantRuns(formulas: readonly MutableFormula[], model: TextModel, sections: readonly Section[], glossary: readonly GlossaryEntry[]): void {
	let runs: Map<number, NumberedRun[]> | undefined;
	// A name one of its occurrences lists lends those items to the others (shareRestatedItems): no run is read for it.
	const listed = new Set<string>();
	for (const f of formulas) if (f.verdict !== 'unexpanded') listed.add(f.text);
	for (const f of formulas) {
		const part = f.parts[0];
		if (!f.quoted || f.kind !== 'cjk' || f.verdict !== 'unexpanded' || listed.has(f.text) || f.parts.length !== 1 || part?.count === undefined || part.key === undefined || part.key.length < 2) continue;
		// A name the glossary knows has its own items (“四个全面”, “两个确立”): no run of the document is its list.
		if (part.count < 2 || part.count > RUN_ITEMS_MAX || lookupGlossary(f.text, glossary)) continue;
		runs ??= numberedRuns(model, sections);
		const key = part.key;
		// A key that is a generic noun (战略, 工程, 行动) names no set by itself: the verb the formula is written with
		// (坚定实施“五大战略” / 一是坚定实施扩大内需战略) is in every point too, not another's (融入“三大战略” / 实施…战略).
		const verb = GENERIC_NOUNS.includes(key) ? verbBefore(model.text, f.span.start) : '';
		const keyed = (r: NumberedRun): boolean => r.items.every((it) => keyEndsClause(it, key) && (verb === '' ? !GENERIC_NOUNS.includes(key) : it.includes(verb)));
		const fitting = (runs.get(part.count) ?? []).filter(keyed);
		work.formulas += fitting.length;
		// No run of the count: one run one point short or over, every point naming the key, is the formula's list when the
		// text closes it under the formula (runUnder) — a count changed or a point dropped, the document's mismatch.
		const near = fitting.length === 0 ? [...(runs.get(part.count - 1) ?? []), ...(runs.get(part.count + 1) ?? [])].filter(keyed) : [];
		work.formulas += near.length;
		const run = fitting.length === 1 ? fitting[0]! : near.length === 1 && near[0]!.items.length >= 2 && runUnder(f, near[0]!, model, sections, key, verb) ? near[0]! : undefined;
		if (run === undefined) continue;
		if (framesDiffer(model.text, f.span.start, run.spans[0]!.start)) continue;
		// The run's lead (2025年，我们重点抓了以下工作： / 我市要做好以下工作：) gives its frame too.
		const lead = runLeadEnd(model.text, run.spans[0]!.start);
		if (lead >= 0 && framesDiffer(model.text, f.span.start, lead)) continue;
		f.parts = [{ ...part, items: [...run.items], itemSpans: [...run.spans] }];
		const start = run.spans[0]!.start;
		f.expansion = { span: { start, end: run.spans[run.spans.length - 1]!.end }, source: start < f.span.start ? 'before' : run.headings ? 'headings' : 'after' };
		f.verdict = run.items.length === part.count ? 'ok' : 'mismatch';
	}
}

/**
 * Does the text close `run` under the formula `f` — the run after it, in the deepest section that holds it (整体工作实现
 * “六个开新局”… then its section's headings （一）…（六）; 坚定实施“五大战略”。 then 一是…五是 in its section), and for
 * paragraphs no next point marked in the last point's paragraph or the next (…五是…，六是… goes on)? Only then is a run
 * one off the count the formula's list cut short or run over, not a run of another matter. Bounded: one section lookup,
 * two paragraphs.
 */
function runUnder(f: MutableFormula, run: NumberedRun, model: TextModel, sections: readonly Section[], key: string, verb: string): boolean {
	const start = run.spans[0]!.start;
	if (start < f.span.end) return false;
	const at = sectionAt(sections, f.span.start);
	// Headings: those of the formula's section, a level down (not a run of another level inside one of them); the top
	// level's for a formula before any heading.
	if (run.headings) return (at ? at.section.children : sections).some((h) => h.headingSpan.start === start);
	// Paragraphs: in the formula's section, or, for a formula in no section, before the next heading.
	const bound = at ? at.section.bodySpan.end : (sections[lastStartingBefore(sections, f.span.end) + 1]?.headingSpan.start ?? model.text.length);
	if (run.spans[run.spans.length - 1]!.end > bound) return false;
	// A part of the set (今年先推进其中五项) is no list cut short.
	if (/其中|部分/.test(model.text.slice(f.span.end, start))) return false;
	const next = run.items.length + 1;
	if (run.lastBlock === undefined) return true;
	const last = model.blocks[run.lastBlock]!;
	if (marksPoint(model.text.slice(run.spans[run.spans.length - 1]!.start, last.span.end), next)) return false;
	// The next paragraph (a heading too: ⏎（六）…) and the further ones in the section: no point marked after the last (⏎另外，六是…), nor a further clause naming the
	// key with the formula's verb (此外，还要坚定实施开放带动战略): the run goes on unmarked. Bounded: RUN_AFTER paragraphs.
	for (let b = run.lastBlock + 1; b <= run.lastBlock + RUN_AFTER && b < model.blocks.length && (b === run.lastBlock + 1 || model.blocks[b]!.span.start < bound); b++) {
		const text = model.blocks[b]!.text;
		if (marksPoint(text, next) || (keyEndsClause(text, key) && (verb === '' || text.includes(verb)))) return false;
	}
	return true;
}
/** How many paragraphs after a run one off the count are read for its going on (runUnder). */
const RUN_AFTER = 3;

/**
 * A count of things (六个方面工作, 两个问题, 十方面民生实事, 10个领域) in the last sentence of the paragraph right before a run
 * of numbered headings 1…N: `COUNTED` at the count, its noun after it. Not a figure after its noun (全年完成改革任务3项。
 * 重点项目115项: a measure, not the items that follow), nor a digit of a longer number (115项 is not 15项), an ordinal or a
 * span of time (第三个年头, 前三个季度), a part, a share or a threshold (其中3个, 每个, 不少于3个).
 */
const COUNTED = /(?<![0-9.０-９一二两三四五六七八九十百千万零〇第前每各另])(?<!其中|超过|不少于|不低于|至少)([一二两三四五六七八九十]{1,3}|[0-9]{1,2}) ?(个方面|方面|个|项|条|件|大|类|种|点|批)(?!百分点|月|小时|工作日|以上|左右)(?=[\u4e00-\u9fff])/g;
/** The most characters of a last sentence read for its count, and of the counted noun kept as the formula's text. */
const LAST_SENTENCE_MAX = 120;
/** What follows a count of aspects that closes its clause (方面, 方面工作, 方面的工作, 方面重点工作). */
const ASPECTS_CLOSE = /^(?:的|重点)?(?:工作)?(?:[，；]|$)/;
const COUNTED_NOUN_MAX = 4;

/**
 * A count in the last sentence of the paragraph right before a run of numbered headings 1…N of one kind, at the same
 * level or under it (全年重点抓好六个方面工作，落实36件惠民实事。⏎（一）…（六）; 下面，我就两个问题作简要说明。⏎（一）…（二）;
 * 继续全力办好十方面民生实事，…。⏎1、…10、), with no colon to say so: read as that run's count when it is exactly N and
 * no other count of the sentence is (a count off N — 五年来, 三项改革 before four headings — says nothing of them). Each
 * run is looked at once, from its first heading back to the block before it: linear.
 */
function resolveCountsBeforeHeadings(formulas: MutableFormula[], model: TextModel, sections: readonly Section[]): void {
	forEachHeadingRun(sections, (run, next) => countBefore(formulas, model, run, next));
}

/** Each run of sibling headings numbered 1…N of one kind (N ≥ 2) in the outline, inner runs first: one walk. */
function forEachHeadingRun(sections: readonly Section[], each: (run: readonly Section[], next: Section | undefined) => void): void {
	const visit = (list: readonly Section[]): void => {
		for (let k = 0; k < list.length; k++) {
			const first = list[k]!;
			visit(first.children);
			if (first.number !== 1) continue;
			let n = 1;
			while (k + n < list.length && list[k + n]!.kind === first.kind && list[k + n]!.number === n + 1) n++;
			work.sections += n;
			if (n >= 2) each(list.slice(k, k + n), list[k + n]);
		}
	};
	visit(sections);
}

function countBefore(formulas: MutableFormula[], model: TextModel, run: readonly Section[], next: Section | undefined): void {
	const at = run[0]!.headingSpan.start;
	const b = partitionPoint(model.blocks.length, (i) => model.blocks[i]!.span.end <= at) - 1;
	const block = model.blocks[b];
	if (block === undefined || at - block.span.end > 8) return;
	const text = block.text;
	const end = text.length - countEndChars(text, BLANK_OR_EMPHASIS);
	const close = text[end - 1] === '。' ? end - 1 : end;
	// A paragraph that ends in a colon is read by resolveAfterColon.
	if (text[close - 1] === '：' || text[close - 1] === ':') return;
	const from = Math.max(0, close - LAST_SENTENCE_MAX);
	const sentenceStart = Math.max(text.lastIndexOf('。', close - 1), text.lastIndexOf('！', close - 1), text.lastIndexOf('？', close - 1)) + 1;
	if (sentenceStart < from) return;
	work.formulas += close - sentenceStart;
	// A count after a colon of the sentence is one of the colon's items (主要目标是：…，5项约束性指标全面完成), not the
	// sentence's word on what follows: only the words before the colon are read.
	const whole = text.slice(sentenceStart, close);
	const colon = Math.max(whole.lastIndexOf('：'), whole.lastIndexOf(':'));
	const sentence = colon >= 0 ? whole.slice(0, colon) : whole;
	let hit: RegExpMatchArray | undefined;
	for (const m of sentence.matchAll(COUNTED)) {
		const value = /[0-9]/.test(m[1]!) ? Number(m[1]) : parseCjkNumeral(m[1]!.replace('两', '二'));
		if (value !== run.length) continue;
		if (hit !== undefined) return;
		hit = m;
	}
	// 全年重点抓好七个方面工作，…。⏎（一）…（六）: no count of N, but one count of aspects one off it, the only one of the
	// sentence, its noun closing the clause (方面工作, 方面): the sentence announces the run, one heading short or over.
	let off: number | undefined;
	if (hit === undefined) {
		for (const m of sentence.matchAll(COUNTED)) {
			const value = /[0-9]/.test(m[1]!) ? Number(m[1]) : parseCjkNumeral(m[1]!.replace('两', '二'));
			const aspects = m[2] === '个方面' || m[2] === '方面';
			if (!aspects) continue;
			if (hit !== undefined || value === undefined || Math.abs(value - run.length) !== 1 || !ASPECTS_CLOSE.test(sentence.slice(m.index + m[0].length))) return;
			// （一）…（四）⏎二、加强政府自身建设 after 五个方面工作: a heading of another numbering right after the run, among
			// its siblings, may be the aspect the run lacks — one over is not judged then.
			if (value === run.length + 1 && next !== undefined) return;
			hit = m;
			off = value;
		}
	}
	if (hit === undefined) return;
	const start = sentenceStart + hit.index!;
	let nounEnd = start + hit[0].length;
	while (nounEnd < close && nounEnd - start - hit[0].length < COUNTED_NOUN_MAX && /[\u4e00-\u9fff]/.test(text[nounEnd]!) && text[nounEnd] !== '的') nounEnd++;
	const span = toOriginalSpan(block, start, nounEnd);
	const part: FormulaPart = { count: off ?? run.length, items: run.map((h) => h.title), itemSpans: run.map((h) => h.headingSpan) };
	const expansion = { span: { start: run[0]!.headingSpan.start, end: run[run.length - 1]!.headingSpan.end }, source: 'headings' as const };
	const i = partitionPoint(formulas.length, (j) => formulas[j]!.span.end <= span.start);
	// A formula there already is read by its own readers (“三个坚持” over points that neither name 坚持 nor open alike is
	// not theirs): only a count no reader took is read here.
	const there = formulas[i];
	if (there !== undefined && there.span.start < span.end) return;
	formulas.splice(i, 0, { span, text: text.slice(start, nounEnd), kind: 'enumeration', quoted: false, parts: [part], expansion, verdict: off === undefined ? 'ok' : 'mismatch', children: [] });
}

/**
 * A count with the measure words of a listed set (五级, 两个, 三大, 8个), not inside a longer number nor after an ordinal
 * or a distributive (十五级 is not 五级; 第三大, 每个).
 */
// (The lookahead on the first character, which the match opens with anyway, lets the engine skip to the candidates: a
// pattern opening with a lookbehind is tried at every place of every block, 2.5 times slower.)
const SET_COUNT = new RegExp(`(?=[一二两三四五六七八九十0-9])(?<![0-9０-９.一二两三四五六七八九十百千万第每各前])([一二两三四五六七八九十]{1,3}|[0-9]{1,2})([${[...MEASURES].join('')}])`, 'g');
/** The most characters of a set's name read after its count (五级医疗卫生服务体系: 医疗卫生服务体系). */
const SET_NAME_MAX = 8;
/**
 * The characters of two names compared: what names a set, not what the sentence goes on to say of it — five, as a rank
 * and a kind often open two names of other sets (省级现代农业产业园 / 省级现代服务业集聚区).
 */
const SET_NAME_COMPARED = 5;
/**
 * Words before a count that make it the count of its own list (A、B等两个…), of another set (其中, 另, 再: parse/frames) or
 * of a batch (新建两个, 新增, 再建, 又建成; 累计, 分别; 另外两个; each year's, a rate: 每年建成两个).
 */
const OWN_OR_OTHER_SET = new RegExp(`(?:等|累计|分别|[新再又][\u4e00-\u9fff]{0,2}|每[年月季][\u4e00-\u9fff]{0,2}|另外|${NOT_THE_LISTED.source.slice(0, -1)})$`);
/** The most listed sets of one count, measure and first characters a mention is compared with (a bound: few ever share them). */
const SETS_PER_KEY = 4;

/** A count of a set's measure in a block, with the name after it (joined offsets; `span` original). */
interface SetMention {
	readonly span: Span;
	/** The count and measure word as the block reads them (五级). */
	readonly text: string;
	readonly count: number;
	readonly measure: string;
	readonly name: string;
	/** Marked as the count of a list of its own or of another set (OWN_OR_OTHER_SET): no mention of a listed one. */
	readonly other: boolean;
}

/** The name after a count: the CJK characters up to a mark, a quote or 的 (a closing quote right after the count is skipped: “三大”要素 is rare, “三大要素” common). */
/**
 * The counts of a set named in a block's text (SET_COUNT, the name after it), offsets in the block's text: they depend
 * on the text alone, so they are read when first asked and kept with the block's work (a block an edit did not touch
 * is not scanned again; the work shared by blocks without work is frozen: read each time).
 */
function setMentionsOf(blockWork: BlockWork | undefined, text: string): readonly BlockSetMention[] {
	if (blockWork?.setMentions) return blockWork.setMentions;
	work.formulas += text.length;
	let out: BlockSetMention[] | undefined;
	SET_COUNT.lastIndex = 0;
	for (let m = SET_COUNT.exec(text); m; m = SET_COUNT.exec(text)) {
		const end = m.index + m[0].length;
		const name = setNameAt(text, end);
		if (name.length < 2) continue;
		const count = /[0-9]/.test(m[1]!) ? Number(m[1]) : parseCjkNumeral(m[1]!.replace('两', '二'));
		if (count === undefined || count < 2) continue;
		const other = OWN_OR_OTHER_SET.test(text.slice(Math.max(0, m.index - NOT_THE_LISTED_WINDOW), m.index));
		(out ??= []).push({ start: m.index, end, text: m[0], count, measure: m[2]!, name, other });
	}
	const read = out ?? NO_SET_MENTIONS;
	if (blockWork !== undefined && !Object.isFrozen(blockWork)) blockWork.setMentions = read;
	return read;
}

const NO_SET_MENTIONS: readonly BlockSetMention[] = Object.freeze([]);

function setNameAt(text: string, i: number): string {
	if (text[i] === '”' || text[i] === '"') i++;
	let end = i;
	// (By codes: a pattern run on a one-character string made for each character of every name.)
	for (; end < text.length && end - i < SET_NAME_MAX; end++) {
		const c = text.charCodeAt(end);
		if (c === 0x7684 /* 的 */ || c < 0x4e00 || c > 0x9fff) break;
	}
	return text.slice(i, end);
}

/**
 * Do two names name one set: their first characters the same, as many as the shorter has up to SET_NAME_COMPARED, two at
 * least — not a generic noun alone, nor a noun of each year's list (重点项目, 民生实事: the review's and the plan's are two).
 */
function sameSetName(a: string, b: string): boolean {
	const n = Math.min(SET_NAME_COMPARED, a.length, b.length);
	const name = a.slice(0, n);
	// A name of two characters only when both end there (两个市场， / 两个市场主体示范区: another set).
	return n >= 2 && name === b.slice(0, n) && (n >= 3 || a.length === b.length) && !GENERIC_WORD.test(name) /* 三个方面, 四大基地: other sets from one passage to the next */ && !YEARLY_LIST.test(name);
}

/**
 * A set the document lists with its count (垃圾分类和物业管理两个关键小事; 省市县乡村五级医疗卫生服务体系; “资源、客源、服务”
 * 三大要素) named again elsewhere with the same count and name but without its members (切实抓好两个关键小事 in the review;
 * 五级医疗卫生服务体系加快构建; 围绕“三大要素”): the members are those the list names — the mention's count is bound to
 * them (expansion source `restated`), as shareRestatedItems lends a quoted formula's items to its other occurrences. A
 * mention that no reader took becomes a formula of its own; a quoted one left unread takes the items. Only where the text
 * tells one set: the same count and measure word, the same first characters of the name (not a generic noun alone: 三个
 * 方面, 四大基地 name other sets from one passage to the next), one list of that name in the document (two lists that
 * differ are two sets), no mark of its own list or of another set before the mention (等, 其中, 新, 再…), and one frame
 * (parse/frames: not last year's list for this year's count, a target for a result, another whole). A mention whose count
 * differs is left as it is. Linear: one scan of the blocks for counts, a name of bounded length at each, a lookup.
 */
function resolveListedSetsNamedAgain(formulas: MutableFormula[], model: TextModel, works: readonly BlockWork[]): void {
	const mentions: SetMention[] = [];
	for (let b = 0; b < model.blocks.length; b++) {
		const block = model.blocks[b]!;
		const read = setMentionsOf(works[b], block.text);
		for (let k = 0; k < read.length; k++) {
			const m = read[k]!;
			mentions.push({ span: toOriginalSpan(block, m.start, m.end), text: m.text, count: m.count, measure: m.measure, name: m.name, other: m.other });
		}
	}
	if (mentions.length === 0) return;
	/** The formula whose span holds a mention's, if any (formulas are in document order). */
	const formulaAt = (span: Span): number => {
		const i = partitionPoint(formulas.length, (j) => formulas[j]!.span.end <= span.start);
		return i < formulas.length && formulas[i]!.span.start < span.end ? i : -1;
	};
	const listed = new Map<string, { formula: MutableFormula; name: string; frameAt: number }[]>();
	const keyOf = (m: SetMention): string => `${m.count}|${m.measure}|${m.name.slice(0, 2)}`;
	for (const m of mentions) {
		const f = formulas[formulaAt(m.span)];
		if (f === undefined || f.kind !== 'enumeration' || f.verdict !== 'ok' || f.etc || f.span.start !== m.span.start || f.span.end !== m.span.end || f.parts.length !== 1) continue;
		const source = f.expansion?.source;
		if (source !== 'before' && source !== 'after' && source !== 'brackets') continue;
		const sets = listed.get(keyOf(m)) ?? [];
		if (sets.length >= SETS_PER_KEY) continue;
		sets.push({ formula: f, name: m.name, frameAt: source === 'before' ? f.parts[0]!.itemSpans[0]!.end : f.span.start });
		listed.set(keyOf(m), sets);
	}
	if (listed.size === 0) return;
	const added: MutableFormula[] = [];
	for (const m of mentions) {
		if (m.other) continue;
		const sets = listed.get(keyOf(m))?.filter((s) => sameSetName(s.name, m.name));
		if (sets === undefined || sets.length === 0) continue;
		const set = sets[0]!;
		// Two lists of the name that differ are two sets: the mention may be either.
		const items = set.formula.parts[0]!.items.join('、');
		if (sets.some((s) => s.formula.parts[0]!.items.join('、') !== items)) continue;
		const at = formulaAt(m.span);
		const there = at < 0 ? undefined : formulas[at]!;
		if (there !== undefined && (there.verdict !== 'unexpanded' || there.kind !== 'cjk' || there.parts.length !== 1 || there.parts[0]!.count !== m.count || there.span.start !== m.span.start)) continue;
		if (framesDiffer(model.text, set.frameAt, m.span.start)) continue;
		const expansion = { span: set.formula.expansion!.span, source: 'restated' as const };
		if (there !== undefined) {
			there.parts = [{ ...there.parts[0]!, items: set.formula.parts[0]!.items, itemSpans: set.formula.parts[0]!.itemSpans }];
			there.expansion = expansion;
			there.verdict = 'ok';
		} else added.push({ span: m.span, text: m.text, kind: 'enumeration', quoted: false, parts: set.formula.parts, expansion, verdict: 'ok', children: [] });
	}
	// Merged in document order (both lists are).
	mergeSorted(formulas, added, (f) => f.span.start);
}

/** The formulas of a block without any (most blocks): one list for all, never changed. */
const NO_FORMULAS: readonly MutableFormula[] = Object.freeze([]);

export function buildFormulas(
	model: TextModel,
	works: readonly BlockWork[],
	sections: readonly Section[],
	glossary: readonly GlossaryEntry[],
): Formula[] {
	const formulas: MutableFormula[] = [];
	// The formulas of a block read as the gloss of a term on the line before (resolveTermOnLine).
	let asGloss: MutableFormula[] | undefined;
	model.blocks.forEach((block, b) => {
		if (asGloss) {
			formulas.push(...asGloss);
			asGloss = undefined;
			return;
		}
		// Counted formulas of the block: numbered points are read for one alone (resolveByNumberedPoints). (Counted without
		// a list made per block: most blocks have no formula.)
		const raws = works[b]!.formulas;
		let counted = 0;
		// (Index loops: an iterator per block, most of which have no formula, is garbage for nothing.)
		for (let k = 0; k < raws.length; k++) if (raws[k]!.parts.some((p) => p.count !== undefined)) counted++;
		for (let k = 0; k < raws.length; k++) {
			const f = raws[k]!;
			const mapped = mapRaw(block, f);
			if (f.glossFollows) resolveFollowingBlocks(mapped, f, model, b, sections);
			// A counted formula near the end of a paragraph that ends in a colon (重点在“六个方面”实现新突破：): the numbered
			// headings after it may list it.
			else if (mapped.verdict === 'unexpanded' && mapped.parts.length === 1 && endsWithColon(block.text)) resolveAfterColon(mapped, model, b, sections, closesBlock(block.text, f.end));
			if (mapped.verdict === 'unexpanded' && mapped.parts.length === 1) resolveByChildren(mapped, sections);
			if (mapped.verdict === 'unexpanded' && mapped.parts.length === 1) resolveByNumberedPoints(mapped, f, block, counted, sections);
			// 从三个方面进行了部署。一是…。二是…。⏎三是…: the next paragraph goes on with the points; not all are read.
			if (f.pointsRunOn && mapped.verdict === 'mismatch' && pointContinues(model.blocks[b + 1]?.text, f.parts[0]!.items.length + 1)) mapped.verdict = 'uncertain';
			formulas.push(mapped);
		}
		// A term on a line of its own: its gloss is the next block (looked at only when the block ends in a colon or the
		// next opens as a gloss may — a list of short lines, each a block, is none).
		const next = model.blocks[b + 1];
		if (block.text.length <= TERM_LINE_MAX + 8 && next !== undefined && (endsWithColon(block.text) || mayGlossTerm(block.text, next.text))) {
			const own = raws.length === 0 ? NO_FORMULAS : formulas.slice(formulas.length - raws.length);
			const read = resolveTermOnLine(own, model, works, b);
			if (read) {
				formulas.splice(formulas.length - raws.length, raws.length, ...read.own);
				asGloss = read.next;
			}
		}
	});
	resolveByDistantLists(formulas, model, works, glossary);
	resolveByDistantRuns(formulas, model, sections, glossary);
	resolveCountsBeforeHeadings(formulas, model, sections);
	resolveListedSetsNamedAgain(formulas, model, works);
	resolveCountsNamedAgainInSentence(formulas, model.text);
	for (const f of formulas) {
		if (f.kind === 'code' && f.verdict === 'unexpanded' && f.parts.length === 0) resolveByHeadings(f, sections);
		const entry = f.quoted ? lookupGlossary(f.text, glossary) : undefined;
		if (entry) f.glossary = entry.name;
	}
	// The tree: a formula inside another one's part label or items is its child. Formulas are in document
	// order, so only those starting inside the expansion are looked at.
	formulas.forEach((f, i) => {
		if (!f.expansion) return;
		const spans = f.parts.flatMap((p) => [...(p.labelSpan ? [p.labelSpan] : []), ...p.itemSpans]);
		for (let j = partitionPoint(formulas.length, (k) => formulas[k]!.span.start < f.expansion!.span.start); j < formulas.length && formulas[j]!.span.start < f.expansion.span.end; j++) {
			const g = formulas[j]!;
			if (j !== i && g.parent === undefined && spans.some((s) => within(g.span, s))) {
				g.parent = i;
				f.children.push(j);
			}
		}
	});
	return formulas;
}
