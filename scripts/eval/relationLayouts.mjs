// The relation dev set in other layouts of the same text (the text as users have it): each labelled document re-laid
// out at eval time (never committed) — hard-wrapped at 30 and at 15 characters, web text with one paragraph per line,
// Markdown with `#` headings and `- ` list markers, half-width punctuation and brackets, footnote marks after some
// subjects — with a map from every original character to its place in the variant, so that the labels (located on the
// original) are scored on the variant: a figure's range becomes the characters it was laid out to (a figure cut by a
// wrap spans the line break). Deterministic: the same text gives the same variant.
import { locate, mutation, found, findingsOn, claimAt } from './relations.mjs';
import { labelledDocuments } from './labelled.mjs';

/** Output text with, for every original character, its index in the output (-1 when dropped). */
class Builder {
	constructor(length) {
		this.parts = [];
		this.length = 0;
		this.map = new Int32Array(length + 1).fill(-1);
	}
	copy(text, from, to) {
		for (let i = from; i < to; i++) this.map[i] = this.length + i - from;
		this.parts.push(text.slice(from, to));
		this.length += to - from;
	}
	/** One original character written as `s` (a half-width mark for a full-width one). */
	replace(i, s) {
		this.map[i] = this.length;
		this.parts.push(s);
		this.length += s.length;
	}
	insert(s) {
		this.parts.push(s);
		this.length += s.length;
	}
	done(text) {
		this.map[text.length] = this.length;
		return { text: this.parts.join(''), map: this.map };
	}
}

/** The lines of `text` ([start, end) without the line break, and the end of the break), front matter marked. */
function lines(text) {
	const out = [];
	let front = text.startsWith('---\n') || text.startsWith('---\r\n');
	for (let s = 0, n = 0; s < text.length || n === 0; n++) {
		let e = text.indexOf('\n', s);
		if (e < 0) e = text.length;
		const lineEnd = e > s && text[e - 1] === '\r' ? e - 1 : e;
		const line = text.slice(s, lineEnd);
		out.push({ start: s, end: lineEnd, next: Math.min(e + 1, text.length), front, text: line });
		if (front && n > 0 && /^-{3,}\s*$/.test(line)) front = false;
		s = e + 1;
		if (e >= text.length) break;
	}
	return out;
}

/** A line a variant leaves as it is: front matter, a table row, a rule, an image, an HTML line. */
const KEEP = /^\s*(?:\||-{3,}|\*{3,}|!\[|<)|\|.*\|/;
/** Markdown a web page does not show: heading marks, list markers, quotes at the line's start. */
const LINE_MARKUP = /^(?:#{1,6}\s+|[-*+]\s+|>\s?)/;
/** A heading of the text's own numbering: `一、` (level 2), `（一）` (level 3), `第一章` (level 1). */
const HEADING = [
	[/^第[一二三四五六七八九十百]+[章篇部分编]/, '# '],
	[/^[一二三四五六七八九十]+、/, '## '],
	[/^[（(][一二三四五六七八九十]+[)）]/, '### '],
];

/** Each content line (not kept as is) goes through `line(b, l)`; the rest is copied with its line break. */
function relay(text, line) {
	const b = new Builder(text.length);
	for (const l of lines(text)) {
		if (l.front || KEEP.test(l.text)) b.copy(text, l.start, l.next);
		else line(b, l);
	}
	return b.done(text);
}

/**
 * A table's row in text (`- 总计 27406 16.9 1057.4`, `- 行业 企业数（家） 比上年增长%`, cells between spaces): two figures
 * or more alone between spaces, or four cells.
 */
const ROW = /(?:^|\s)[-+]?[0-9][0-9.,%]*(?=\s).*\s[-+]?[0-9][0-9.,%]*(?:\s|$)|\S\s+\S+\s+\S+\s+\S/;

/**
 * Hard-wrapped at `width` characters (a character count, as a tool that cuts text does; a surrogate pair is not cut).
 * A table's row stays one line, as a PDF's table does.
 */
function wrapped(width) {
	return (text) =>
		relay(text, (b, l) => {
			if (ROW.test(l.text)) return b.copy(text, l.start, l.next);
			let s = l.start;
			while (l.end - s > width) {
				let cut = s + width;
				const c = text.charCodeAt(cut);
				if (c >= 0xdc00 && c <= 0xdfff) cut++;
				b.copy(text, s, cut);
				b.insert('\n');
				s = cut;
			}
			b.copy(text, s, l.next);
		});
}

/** One paragraph per line, no blank lines, no Markdown marks or bold: a web page copied as text. */
function webText(text) {
	return relay(text, (b, l) => {
		if (l.text.trim() === '') return;
		const m = LINE_MARKUP.exec(l.text);
		const from = l.start + (m ? m[0].length : 0);
		let i = from;
		for (const bold of text.slice(from, l.end).matchAll(/\*\*|__/g)) {
			b.copy(text, i, from + bold.index);
			i = from + bold.index + 2;
		}
		b.copy(text, i, l.next);
	});
}

/** Markdown: the text's numbered headings marked `#`/`##`/`###`, every other paragraph with a sentence a `- ` list item. */
function markdown(text) {
	return relay(text, (b, l) => {
		const t = l.text;
		if (t.trim() === '' || /^(?:#|[-*+]\s|\*\*|>)/.test(t) || ROW.test(t)) return b.copy(text, l.start, l.next);
		// A heading is a title alone on its line: a paragraph that opens with a run-in heading (（一）综合实力提升。预计…) is none.
		const h = /[。！？；]/.test(t) ? undefined : HEADING.find(([re]) => re.test(t.trimStart()));
		// A title or a line without a sentence (附件1, 10件民生实事) is no list item.
		if (!h && !/[。！？；]/.test(t)) return b.copy(text, l.start, l.next);
		b.insert(h ? h[1] : '- ');
		b.copy(text, l.start, l.next);
	});
}

const HALF = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' };

/** Half-width comma, semicolon, colon and brackets inside Chinese text. */
function halfWidth(text) {
	return relay(text, (b, l) => {
		let from = l.start;
		for (let i = l.start; i < l.end; i++) {
			const h = HALF[text[i]];
			if (!h) continue;
			b.copy(text, from, i);
			b.replace(i, h);
			from = i + 1;
		}
		b.copy(text, from, l.next);
	});
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
/** Where a subject ends and its figure's verb begins (after a CJK character): a footnote mark goes there. */
const AFTER_SUBJECT = /(?<=[\u4e00-\u9fff])(?<!比上年|比去年|同期|同比)(?:比上年|比去年|增长|达到|实现|完成|突破)/g;
/** A line of a table or a table's title (`- 指标 利润总额 比上年同期增长%`, `**表3：…**`): no place for a footnote mark. */
const NOT_PROSE = /^\*\*|\S\s+\S.*\s/;

/** Footnote marks `[n]` and `①` after every second subject a figure's verb follows (`生产总值[1]达到…`), in prose. */
function footnotes(text) {
	let n = 0;
	return relay(text, (b, l) => {
		if (NOT_PROSE.test(l.text)) return b.copy(text, l.start, l.next);
		let from = l.start;
		let open = 0;
		let seen = 0;
		for (const m of l.text.matchAll(AFTER_SUBJECT)) {
			// Not inside quotes (“三增长”): a name is no subject a note is put after.
			for (; seen < m.index; seen++) open += l.text[seen] === '“' ? 1 : l.text[seen] === '”' ? -1 : 0;
			if (open > 0) continue;
			if (n++ % 2 === 1) continue;
			const at = l.start + m.index;
			b.copy(text, from, at);
			const k = (n >> 1) % 20;
			b.insert(k % 2 === 0 ? `[${1 + (k >> 1)}]` : CIRCLED[k >> 1]);
			from = at;
		}
		b.copy(text, from, l.next);
	});
}

export const RELATION_LAYOUTS = [
	['wrapped-30', wrapped(30)],
	['wrapped-15', wrapped(15)],
	['web-text', webText],
	['markdown', markdown],
	['half-width', halfWidth],
	['footnotes', footnotes],
];

/** An original range in the variant: from its first kept character to its last (undefined when none is kept). */
export function mapRange(map, r) {
	if (!r) return undefined;
	let s = r.start;
	while (s < r.end && map[s] < 0) s++;
	let e = r.end - 1;
	while (e >= s && map[e] < 0) e--;
	if (s > e) return undefined;
	return { start: map[s], end: map[e] + 1, text: r.text };
}

/** One mutation in three (the same third in every variant) is run in each variant and once as written. */
const SAMPLE = 3;

/**
 * Every dev label scored in every variant: found there (and whether found as written), a sample of its mutations
 * caught there and as written, and whether the original's figures stay silent; the warnings of each whole variant.
 */
export function evaluateRelationLayouts(core, shared, root, only, foundOnly = false, set = 'relations') {
	const layouts = RELATION_LAYOUTS.filter(([name]) => !only || name === only);
	const rows = layouts.map(([name]) => ({ name, found: 0, foundAsWritten: 0, both: 0, labels: 0, made: 0, caught: 0, caughtAsWritten: 0, silent: 0, silentMade: 0, warnings: 0, warningsAsWritten: 0, lost: [], gained: [], alarms: [] }));
	let index = 0;
	const serious = (f) => f.severity === 'warning' || f.severity === 'error';
	for (const { name, labels, text, starts, analysis } of labelledDocuments(core, shared, root, set)) {
		const located = labels.relations.map((label) => ({ label, ranges: locate(text, starts, label), i: index++ })).filter((x) => x.ranges.every((r) => r));
		const asWritten = located.map((x) => found(analysis, x.label, x.ranges));
		const written = analysis.findings.filter(serious);
		const caughtAsWritten = new Map();
		layouts.forEach(([, relay], v) => {
			const row = rows[v];
			const variant = relay(text);
			const a = core.analyze(variant.text);
			row.warningsAsWritten += written.length;
			const alarms = a.findings.filter(serious);
			row.warnings += alarms.length;
			// A warning of the variant that stands on no warning of the original is a false alarm of the layout.
			const back = new Int32Array(variant.text.length + 1).fill(-1);
			variant.map.forEach((to, from) => to >= 0 && (back[to] = from));
			for (const f of alarms) {
				const s = back[f.span.start];
				if (s < 0 || !written.some((w) => w.span.start <= s && s < Math.max(w.span.end, w.span.start + 1))) row.alarms.push(`${name} ${f.ruleId} ${variant.text.slice(f.span.start, f.span.end)}`);
			}
			located.forEach((x, j) => {
				const ranges = x.ranges.map((r) => mapRange(variant.map, r));
				row.labels++;
				const ok = ranges.every((r) => r) && found(a, x.label, ranges);
				if (ok) row.found++;
				if (asWritten[j]) row.foundAsWritten++;
				if (ok && asWritten[j]) row.both++;
				if (asWritten[j] && !ok) row.lost.push(`${name}:${x.label.line} ${x.label.kind} ${x.label.figures.join(' ')}`);
				if (!asWritten[j] && ok) row.gained.push(`${name}:${x.label.line} ${x.label.kind} ${x.label.figures.join(' ')}`);
				if (x.label.holds !== true) return;
				const m = mutation(core, x.label, x.ranges, text);
				if (!m) return;
				row.silentMade++;
				if (ranges.every((r) => !r || findingsOn(a, r).length === 0)) row.silent++;
				if (foundOnly || x.i % SAMPLE !== 0) return;
				const mutated = text.slice(0, m.range.start) + m.text + text.slice(m.range.end);
				const changed = { start: m.range.start, end: m.range.start + m.text.length };
				row.made++;
				if (!caughtAsWritten.has(j)) caughtAsWritten.set(j, findingsOn(core.analyze(mutated), changed).some(serious));
				if (caughtAsWritten.get(j)) row.caughtAsWritten++;
				const mv = relay(mutated);
				const range = mapRange(mv.map, changed);
				if (range && findingsOn(core.analyze(mv.text), range).some(serious)) row.caught++;
			});
		});
	}
	return rows;
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

/** The table: per variant, the relations found (and of those found as written), mutations caught, originals silent. */
export function printRelationLayouts(rows, args) {
	console.log('## Relations in other layouts (dev set, each document re-laid out)\n');
	console.log('| layout | found | of those found as written | found only here | mutations caught (1 in 3) | as written, same sample | originals silent | warnings (as written) |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
	for (const r of rows) {
		console.log(`| ${r.name} | ${r.found}/${r.labels} (${pct(r.found, r.labels)}) | ${r.both}/${r.foundAsWritten} (${pct(r.both, r.foundAsWritten)}) | ${r.gained.length} | ${r.caught}/${r.made} | ${r.caughtAsWritten}/${r.made} | ${r.silent}/${r.silentMade} | ${r.warnings} (${r.warningsAsWritten}) |`);
	}
	if (args.has('--misses')) {
		for (const r of rows) {
			if (r.lost.length > 0) console.log(`\nFound as written, not in ${r.name}:\n\n${r.lost.join('\n')}`);
			if (r.alarms.length > 0) console.log(`\nWarnings of ${r.name} on no warning of the original:\n\n${r.alarms.join('\n')}`);
		}
	}
	console.log('');
	return rows.map(({ lost, gained, alarms, ...r }) => r);
}
