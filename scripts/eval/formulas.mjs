// The formula dev set (test/fixtures/formulas/*.json, labels over ../shared): glossary entries resolved entry by
// entry, formulas with their expansion resolved, and one-item / one-number mutations of every labelled formula.
// Documents marked "heldOut" are reported apart: they were labelled before the work they measure and not tuned on.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { labelledDocuments } from './labelled.mjs';

const FORMULA_RULES = new Set(['formula.count-mismatch', 'formula.enumeration-count', 'formula.canonical']);

/** Quotes, spaces and closing punctuation do not make an item different. */
const norm = (s) => s.replace(/[“”‘’"\s　]/g, '').replace(/[。；，、]+$/, '');

/**
 * A found item matches a labelled one when one holds the other and they differ by at most four characters: a verb
 * left on the first item (开展, 推进) or a noun written once after the last (工作机制) is not a wrong item; a split or a
 * merged item is.
 */
function sameItem(found, gold) {
	const a = norm(found);
	const b = norm(gold);
	if (a === b) return true;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return short.length > 0 && long.includes(short) && long.length - short.length <= 4;
}

function partMatches(found, gold) {
	if ((found?.count ?? null) !== (gold.count ?? null)) return false;
	if (gold.items) {
		// A “1个X” part may be given as its label.
		const items = found.items.length > 0 ? found.items : found.label !== undefined ? [found.label] : [];
		return items.length === gold.items.length && gold.items.every((g, i) => sameItem(items[i], g));
	}
	if (gold.label !== undefined) return found.label !== undefined && sameItem(found.label, gold.label);
	return true;
}

/**
 * The tool's formula that a label names: on its line (or its `lines` lines: a term on a line of its own and its gloss),
 * its text equal to the label's or holding it (or held by it).
 */
function formulaFor(analysis, lines, label, count = 1) {
	const want = norm(label.text);
	const onLine = analysis.formulas.filter((f) => {
		const line = lines.positionAt(f.span.start).line + 1;
		return line >= label.line && line < label.line + count;
	});
	const named = onLine.filter((f) => {
		const t = norm(f.text);
		return t === want || (t.length >= 2 && want.includes(t)) || t.includes(want);
	});
	named.sort((a, b) => Number(norm(b.text) === want) - Number(norm(a.text) === want) || Number(b.verdict !== 'unexpanded') - Number(a.verdict !== 'unexpanded'));
	// The one whose parts match, if any (a name repeated on its line: “六稳”“六保”：“六稳”是指…).
	return named.find((f) => resolvedAs(f, label)) ?? named[0];
}

function resolvedAs(f, label) {
	if (label.unlisted) return !f || f.verdict === 'unexpanded' || f.verdict === 'uncertain';
	return !!f && f.parts.length === label.parts.length && label.parts.every((p, i) => partMatches(f.parts[i], p));
}

const CJK = '零一二三四五六七八九十';

/** The count written `n` one more (or one less for the largest), in the same script. */
function changedCount(written) {
	if (/^[0-9]+$/.test(written)) return String(Number(written) + 1);
	const value = written === '两' || written === '双' ? 2 : CJK.indexOf(written);
	if (value < 1 || value > 9) return undefined;
	return CJK[value + 1];
}

/** Where an item stands: its first occurrence at or after `from` within the label's lines. */
function findItem(text, from, to, item) {
	const at = text.indexOf(item, from);
	return at >= 0 && at + item.length <= to ? at : -1;
}

const SEPARATORS = '、，；和及与';

/**
 * Where the items of a part stand: the first run on the label's lines in which they follow each other in order, each
 * within 60 characters of the one before (so that a short item — 县, 市 — is not found elsewhere on the line).
 */
function placeItems(text, span, items) {
	for (let s = text.indexOf(items[0], span.start); s >= 0 && s < span.end; s = text.indexOf(items[0], s + 1)) {
		const places = [s];
		let from = s + items[0].length;
		for (const it of items.slice(1)) {
			const at = findItem(text, from, Math.min(span.end, from + 60 + it.length), it);
			if (at < 0) break;
			places.push(at);
			from = at + it.length;
		}
		if (places.length === items.length) return places;
	}
	return undefined;
}

/**
 * The mutations of a labelled formula: the middle item of its largest part dropped, that item written twice, and the
 * first part's count one more. Each is a change of the text in memory: { kind, start, end, replacement }. The name
 * changed is the occurrence nearest to the items (before them for a gloss, after them for a counted list).
 */
export function mutationsOf(text, span, label) {
	const out = [];
	if (label.unlisted) return out;
	const listed = label.parts.filter((p) => p.items && p.items.length >= 2 && p.count !== null);
	const part = [...listed].sort((a, b) => b.items.length - a.items.length)[0] ?? label.parts.find((p) => p.items);
	const places = part ? placeItems(text, span, part.items) : undefined;
	const name = label.text;
	let nameAt = -1;
	for (let k = text.indexOf(name, span.start); k >= 0 && k < span.end; k = text.indexOf(name, k + 1)) {
		const distance = (x) => (places ? Math.min(Math.abs(x - places[0]), Math.abs(x - places[places.length - 1])) : x - span.start);
		if (nameAt < 0 || distance(k) < distance(nameAt)) nameAt = k;
		if (!places) break;
	}
	// A glossary entry's term is its first occurrence.
	if (label.glossary && text.indexOf(name, span.start) >= 0 && text.indexOf(name, span.start) < span.end) nameAt = text.indexOf(name, span.start);
	if (nameAt >= 0) {
		const m = /[0-9]+|[一二两三四五六七八九十双]/.exec(name);
		const next = m && changedCount(m[0]);
		if (m && next) out.push({ kind: 'number', start: nameAt + m.index, end: nameAt + m.index + m[0].length, replacement: next, at: nameAt });
	}
	if (!places || part.items.length < 2) return out;
	const k = Math.floor(part.items.length / 2);
	let at = places[k];
	let item = part.items[k];
	// A quoted item (“官方河长”“民间河长”) is dropped or written again with its quotes.
	if (text[at - 1] === '“' && text[at + item.length] === '”') {
		at--;
		item = `“${item}”`;
	}
	// The characters around the item, past the spaces an extraction leaves (、 举办爱情文化节).
	let b = at - 1;
	while (b > 0 && /\s/.test(text[b])) b--;
	const before = text[b] ?? '';
	const after = text[at + item.length] ?? '';
	if (SEPARATORS.includes(before) && k > 0) out.push({ kind: 'drop', start: b, end: at + item.length, replacement: '', at: nameAt });
	else if ('、，；'.includes(after)) out.push({ kind: 'drop', start: at, end: at + item.length + 1, replacement: '', at: nameAt });
	if ('和及与'.includes(before) && before !== '') {
		// A、B和C: the item written again before the joiner (A、B、C和C reads as four; A、B和C、C would not).
		out.push({ kind: 'add', start: b, end: b, replacement: `、${item}`, at: nameAt });
	} else {
		// The separator the list uses before the item; none where its items stand side by side (市县两级, “A”“B”).
		const sep = '、，；'.includes(before) ? before : '';
		out.push({ kind: 'add', start: at + item.length, end: at + item.length, replacement: sep + item, at: nameAt });
	}
	return out;
}

// ───────────────────── layout variants of glossary entries ─────────────────────

/** A glossary entry's opening: spaces, an item number in any of the forms below, then the term. */
const ENTRY_OPENING = /^(\s*)(?:([0-9]{1,3})\s*[.．、]\s*|[〔［\[（(【]\s*([0-9]{1,3})\s*[〕］\]）)】]\s*|([\u2460-\u2473])\s*)?/;

/**
 * An entry's line cut at its term: { lead, number, term, mark, gloss } — the term ends at the first colon (or, for
 * an entry without one, at 是指/指的是/即/指) within 40 characters and before any ，。；. Undefined when it has none.
 */
export function entryPieces(line) {
	const m = ENTRY_OPENING.exec(line);
	const number = m[2] ?? m[3] ?? (m[4] ? String(m[4].charCodeAt(0) - 0x2460 + 1) : undefined);
	const s = m[0].length;
	for (let k = s; k < line.length && k - s <= 40; k++) {
		const ch = line[k];
		if (ch === '：' || ch === ':') return k > s ? { lead: m[1], number, numbered: m[0].length > m[1].length, term: line.slice(s, k), mark: ch, gloss: line.slice(k + 1) } : undefined;
		if ('，。；,;'.includes(ch)) break;
	}
	const v = /^([^，。；,;：:]{2,32}?)(是指|指的是|即|指)/.exec(line.slice(s));
	return v ? { lead: m[1], number, numbered: m[0].length > m[1].length, term: v[1], mark: v[2], gloss: line.slice(s + v[0].length) } : undefined;
}

const compose = (p) => `${p.lead}${p.numbering}${p.term}${p.mark}${p.gloss}`;
/** The gloss without the connective that opens it (指…, 是指…, 即…, ：…). */
const bareGloss = (g) => g.replace(/^\s*(?:[：:]\s*)?(?:是指|指的是|即|指)?[：:]?/, '');
/** The entry with `verb` for its colon, unless its gloss opens by glossing a part (“1”是指…, 一轴指…). */
const verbFor = (p, verb) => (/^[“"]?[^，。；“”"]{1,8}[”"]?(?:是指|指|即|：|:)/.test(bareGloss(p.gloss)) ? undefined : { ...p, mark: verb, gloss: bareGloss(p.gloss) });
const CIRCLED = (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : undefined);
/** A generic explanatory sentence (no entry's words, no figure) put before an entry's items. */
const EXPLANATION = '为推动相关领域工作提质增效、补齐短板弱项而部署实施的一项重点工作，按照统筹谋划、分步推进、压实责任的要求组织开展，其内容';

/**
 * The ways other reports write the same glossary entry, one change at a time: { name → rewrite(entry, label) }, each
 * taking the entry's text (its lines, the first the entry's own) and returning the rewritten text, or undefined where
 * the variant does not apply or changes nothing. Generic over any entry: no entry's text here.
 */
export const ENTRY_VARIANTS = {
	// The name's quotes dropped (“六稳”：… → 六稳：…; 服务业“三百工程”：… → 服务业三百工程：…).
	unquoted: (p) => (p.term.includes('“') ? { ...p, term: p.term.replace(/[“”]/g, '') } : undefined),
	// The name's quotes straight (a web page or an editor's ASCII quotes: "六稳"：…) or corner brackets (「六稳」：…).
	// (Every quote of the entry, as a source writes them all one way.)
	'"quotes"': (p) => (p.term.includes('“') ? { ...p, term: p.term.replace(/[“”]/g, '"'), gloss: p.gloss.replace(/[“”]/g, '"') } : undefined),
	'「quotes」': (p) => (p.term.includes('“') ? { ...p, term: p.term.replace(/“/g, '「').replace(/”/g, '」'), gloss: p.gloss.replace(/“/g, '「').replace(/”/g, '」') } : undefined),
	// Another item numbering, or none (the entry's own number kept, 1 when it has none).
	'no number': (p) => (p.numbered ? { ...p, numbering: '' } : undefined),
	'1.': (p) => ({ ...p, numbering: `${p.n}.` }),
	'1、': (p) => ({ ...p, numbering: `${p.n}、` }),
	'（1）': (p) => ({ ...p, numbering: `（${p.n}）` }),
	'［1］': (p) => ({ ...p, numbering: `［${p.n}］` }),
	'【1】': (p) => ({ ...p, numbering: `【${p.n}】` }),
	// Brackets as the national statistical communiqués number their notes ([38]“一带一路”是指…: national-2010 to -2025) and
	// tortoise-shell brackets as a local report numbers its glossary (〔6〕“七纵六横三环”…: enshi-2022).
	'[1]': (p) => ({ ...p, numbering: `[${p.n}]` }),
	'〔1〕': (p) => ({ ...p, numbering: `〔${p.n}〕` }),
	'①': (p) => (CIRCLED(p.n) ? { ...p, numbering: CIRCLED(p.n) } : undefined),
	// The colon half-width, or a verb in its place (“六稳”是指稳就业、…; 六稳即…).
	'colon :': (p) => (p.mark === '：' ? { ...p, mark: ':' } : undefined),
	// (Not where the gloss opens with its parts' own glosses — “三区”即…，“三线”即… — which no report writes after 是指.)
	是指: (p) => verbFor(p, '是指'),
	指的是: (p) => verbFor(p, '指的是'),
	即: (p) => verbFor(p, '即'),
	// The colon and a connective after it (“六城同创”：指巩固…; 六大专项整治：指违法建筑整治、…), as many reports write it.
	'：指': (p) => verbFor(p, '：指'),
	// The name in 【】 (its outer quotes replaced) or in Markdown bold (as written).
	'【name】': (p) => ({ ...p, term: /^“[^“”]+”$/.test(p.term) ? `【${p.term.slice(1, -1)}】` : `【${p.term}】` }),
	'**name**': (p) => ({ ...p, term: `**${p.term}**` }),
	// The term on a line of its own (as a bold line or a table's first column is copied to text), the gloss on the next
	// line: with its colon (六稳：⏎稳就业、…), or without one, the gloss opening with its connective (六稳⏎指稳就业、…; a
	// gloss that opens by glossing a part — “一主”指… — as written).
	// (Not an entry whose gloss is already the paragraphs after it: 七纵六横三环路网骨架：⏎七纵，即….)
	'term line：': (p) => ((p.mark === '：' || p.mark === ':') && bareGloss(p.gloss).trim() ? { ...p, gloss: `\n${bareGloss(p.gloss)}` } : undefined),
	'term line': (p) => (bareGloss(p.gloss).trim() ? { ...p, mark: '', gloss: `\n${verbFor(p, '指') ? '指' : ''}${bareGloss(p.gloss)}` } : undefined),
};

/** Lines longer than 30 characters broken every 30 (a column wrapped at 30). */
const wrap30 = (text) => text.replace(/[^\n]{31,}/g, (line) => line.match(/.{1,30}/gu).join('\n'));

/** Variants of the whole entry (not of its opening): { name → rewrite(text, pieces, label) }. */
export const TEXT_VARIANTS = {
	// The entry after a note's label on its line (注：“六稳”：…; 注释：1.…), as a page's footnote is written.
	'after 注：': (text, p) => `${p.lead}注：${text.slice(p.lead.length)}`,
	// The name before a longer explanatory sentence that ends with the items (…，主要包括A、B、C。): an entry of one
	// listed part.
	explained: (text, p, label) => {
		if (label.unlisted || label.parts.length !== 1 || !(label.parts[0].items?.length >= 2)) return undefined;
		// Items that hold a 、 or a comma themselves are kept apart by ；, as a writer does (A、B；C，D).
		const items = label.parts[0].items;
		return `${p.lead}${p.numbering}${p.term}：${EXPLANATION}主要包括${items.join(items.some((it) => /[、，,]/.test(it)) ? '；' : '、')}。\n`;
	},
	'一是 items': (text, p, label) => listed(p, label, (it, k) => `${ORDINAL[k]}是${it}`),
	'（1） items': (text, p, label) => listed(p, label, (it, k) => `（${k + 1}）${it}`),
	'① items': (text, p, label) => listed(p, label, (it, k) => `${CIRCLED(k + 1)}${it}`),
	'(1) items': (text, p, label) => listed(p, label, (it, k) => `(${k + 1})${it}`),
	'items on lines': (text, p, label) => listed(p, label, (it, k) => `\n${k + 1}.${it}`),
	// Items numbered as a heading's points are (一、…；二、…) or counted off (其一，…；其二，…).
	'一、 items': (text, p, label) => listed(p, label, (it, k) => `${ORDINAL[k]}、${it}`),
	'其一， items': (text, p, label) => listed(p, label, (it, k) => `其${ORDINAL[k]}，${it}`),
	'dash ——': (text, p, label) => listed(p, label, (it) => it, '——', '、'),
	'的统称': (text, p, label) => listed(p, label, (it) => it, '：', '、')?.replace(/。\n$/, `的统称。\n`),
	'和 last': (text, p, label) => !label.parts?.[0]?.items?.some((it) => /[、，,]/.test(it)) && listed(p, label, (it, k, all) => (k === all.length - 1 ? `和${it}` : k === all.length - 2 ? it : `${it}、`), '：', ''),
	'以及 last': (text, p, label) => !label.parts?.[0]?.items?.some((it) => /[、，,]/.test(it)) && listed(p, label, (it, k, all) => (k === all.length - 1 ? `以及${it}` : k === all.length - 2 ? it : `${it}、`), '：', ''),
	'； items': (text, p, label) => listed(p, label, (it) => it, '：', '；'),
	'， items': (text, p, label) => listed(p, label, (it) => it, '：', '，'),
	'分别是': (text, p, label) => listed(p, label, (it) => it, '：分别是', '、'),
	'count after': (text, p, label) => listed(p, label, (it) => it, '：', '、')?.replace(/。\n$/, `${label.parts[0].items.length > 10 ? label.parts[0].items.length : label.parts[0].items.length === 2 ? '两' : ORDINAL[label.parts[0].items.length - 1]}个方面。\n`),
	'，即': (text, p, label) => listed(p, label, (it) => it, `：${EXPLANATION.replace(/，其内容$/, '')}，即`, '、'),
	'，具体为': (text, p, label) => listed(p, label, (it) => it, `：${EXPLANATION.replace(/，其内容$/, '')}，具体为`, '、'),
	'tab': (text, p, label) => (bareGloss(p.gloss).trim() ? `${p.lead}${p.numbering}${p.term}\t${bareGloss(p.gloss).trim()}\n` : undefined),
	'space': (text, p, label) => (bareGloss(p.gloss).trim() ? `${p.lead}${p.numbering}${p.term}　${bareGloss(p.gloss).trim()}\n` : undefined),
};

const ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
function listed(p, label, mark, colon = '：', sep = '；') {
	if (label.unlisted || label.parts.length !== 1 || !(label.parts[0].items?.length >= 2) || label.parts[0].items.length > 15) return undefined;
	const items = label.parts[0].items;
	// Items that hold a 、 or a comma themselves are kept apart by ；, as a writer does (A、B；C，D); joined otherwise not at all.
	const inner = items.some((it) => /[、，,]/.test(it));
	if (inner && sep !== '；') {
		if (sep !== '、' && sep !== '，') return undefined;
		sep = '；';
	}
	return `${p.lead}${p.numbering}${p.term}${colon}${items.map((it, k, all) => mark(it, k, all)).join(sep)}。\n`;
}

/**
 * The layout-variant glossary eval: each dev glossary entry alone under its section's heading, as written and in each
 * variant; a variant counts where the entry as written resolves, and is resolved when it resolves the same.
 * Returns { asWritten: [resolved, total], variants: { name: [resolved, counted] }, misses: [{ doc, text, variant }] }.
 */
export function evaluateVariants(core, shared, root) {
	const out = { asWritten: [0, 0], variants: {}, misses: [] };
	for (const name of [...Object.keys(ENTRY_VARIANTS), ...Object.keys(TEXT_VARIANTS), 'wrapped at 30', 'one paragraph']) out.variants[name] = [0, 0];
	const dir = path.join(root, 'test', 'fixtures', 'formulas');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
		const labels = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
		if (labels.heldOut === true || !labels.formulas.some((l) => l.glossary)) continue;
		const text = readFileSync(path.join(shared, labels.file), 'utf8');
		const starts = core.computeLineStarts(text);
		const heading = labels.glossary?.from ? text.slice(starts[labels.glossary.from - 1], starts[labels.glossary.from] ?? text.length).trim() : '名词解释';
		let index = 0;
		// The section of the entries resolved alone as written, hard-wrapped at 30 as a whole (a wrap is the document's:
		// it is told from the evidence of many lines): each entry's line in it.
		const section = [];
		for (const label of labels.formulas.filter((l) => l.glossary)) {
			index++;
			const span = labelSpan(text, starts, labels, label);
			const entry = text.slice(span.start, span.end).replace(/\s+$/, '') + '\n';
			// (A variant whose term stands on a line of its own is an entry of two lines: the formula of a part glossed on the
			// second — “双报到”“双报告”：⏎“双报到”是指… — is the entry's.)
			const resolves = (body, count = 1) => {
				const doc = `${heading}\n\n${body}`;
				const analysis = core.analyze(doc);
				return resolvedAs(formulaFor(analysis, new core.LineIndex(doc, core.computeLineStarts(doc)), { ...label, line: 3 }, count), label);
			};
			out.asWritten[1]++;
			if (!resolves(entry)) continue;
			out.asWritten[0]++;
			section.push({ label, entry });
			const first = entry.slice(0, entry.indexOf('\n'));
			const pieces = entryPieces(first);
			const p = pieces && { ...pieces, n: Number(pieces.number ?? index), numbering: first.slice(pieces.lead.length, first.length - pieces.term.length - pieces.mark.length - pieces.gloss.length) };
			for (const [vname, rewrite] of Object.entries(ENTRY_VARIANTS)) {
				const v = p && rewrite(p);
				const line = v && compose(v);
				if (line && line !== first) count(vname, line + entry.slice(first.length));
			}
			// An entry that glosses several formulas of its term in turn (“双报到双报告”：“双报到”是指…。“双报告”是指…) is not
			// rewritten as the term before one formula's items alone (“双报到双报告”：一是…；二是…): no report writes a gloss
			// that leaves out half its term.
			const ofSeveral = labels.formulas.some((l) => l !== label && l.glossary && l.line === label.line);
			for (const [vname, rewrite] of Object.entries(TEXT_VARIANTS)) {
				if (ofSeveral && vname !== 'after 注：') continue;
				const v = p && rewrite(entry, p, label);
				if (v) count(vname, v);
			}
			function count(vname, body) {
				const t = out.variants[vname];
				t[1]++;
				if (resolves(body, vname.startsWith('term line') ? 2 : 1)) t[0]++;
				else out.misses.push({ doc: file.replace(/\.json$/, ''), line: label.line, text: label.text, variant: vname, body });
			}
		}
		let doc = `${wrap30(heading)}\n\n`;
		const at = [];
		for (const { entry } of section) {
			at.push(doc.split('\n').length);
			doc += `${wrap30(entry.trimEnd())}\n\n`;
		}
		const analysis = core.analyze(doc);
		const lines = new core.LineIndex(doc, core.computeLineStarts(doc));
		section.forEach(({ label, entry }, k) => {
			if (wrap30(entry) === entry) return;
			const t = out.variants['wrapped at 30'];
			t[1]++;
			if (resolvedAs(formulaFor(analysis, lines, { ...label, line: at[k] }), label)) t[0]++;
			else out.misses.push({ doc: file.replace(/\.json$/, ''), line: label.line, text: label.text, variant: 'wrapped at 30', body: wrap30(entry) });
		});
		// The section's entries of one line run together in paragraphs of up to five, numbered ① … (footnotes at a
		// page's end, 注：①…。②…。): each resolved where its paragraph stands.
		const single = section.filter(({ entry }) => entry.trimEnd().indexOf('\n') < 0 && entryPieces(entry.trimEnd()));
		for (let g = 0; g < single.length; g += 5) {
			const group = single.slice(g, g + 5);
			const body = group
				.map(({ entry }, k) => {
					const first = entry.trimEnd();
					const p = entryPieces(first);
					const gloss = /[。；]$/.test(p.gloss) ? p.gloss : `${p.gloss}。`;
					return `${CIRCLED(k + 1)}${p.term}${p.mark}${gloss}`;
				})
				.join('');
			const doc = `${heading}\n\n${body}\n`;
			const analysis = core.analyze(doc);
			const lines = new core.LineIndex(doc, core.computeLineStarts(doc));
			for (const { label } of group) {
				const t = out.variants['one paragraph'];
				t[1]++;
				if (resolvedAs(formulaFor(analysis, lines, { ...label, line: 3 }), label)) t[0]++;
				else out.misses.push({ doc: file.replace(/\.json$/, ''), line: label.line, text: label.text, variant: 'one paragraph', body });
			}
		}
	}
	return out;
}

/** The label's lines: its own, and the paragraphs that continue its gloss (七纵，即…) up to the next entry. */
function labelSpan(text, starts, labels, label) {
	const start = starts[label.line - 1];
	let endLine = label.line;
	const others = labels.formulas.map((l) => l.line).filter((l) => l > label.line);
	const stop = others.length > 0 ? Math.min(...others) : label.line + 7;
	while (endLine + 1 < stop && endLine < starts.length && /^(?:\s*|[一二两三四五六七八九十]+[^\s，。：:]{0,4}[，,：:]?即.*)$/.test(text.slice(starts[endLine], starts[endLine + 1] ?? text.length).trim())) endLine++;
	return { start, end: starts[endLine] ?? text.length };
}

function formulaWarnings(analysis, span) {
	return analysis.findings.filter((f) => FORMULA_RULES.has(f.ruleId) && (f.severity === 'warning' || f.severity === 'error') && f.span.start >= span.start && f.span.start < span.end);
}

export function evaluateFormulas(core, shared, root) {
	const docs = [];
	for (const { name, labels, text, starts, analysis } of labelledDocuments(core, shared, root, 'formulas')) {
		const lines = new core.LineIndex(text, starts);
		const doc = { name, heldOut: labels.heldOut === true, entries: [], mutations: [] };
		for (const label of labels.formulas) {
			const span = labelSpan(text, starts, labels, label);
			const f = formulaFor(analysis, lines, label);
			const resolved = resolvedAs(f, label);
			const warned = formulaWarnings(analysis, span);
			doc.entries.push({ label, glossary: label.glossary === true, resolved, silent: warned.length === 0, found: f && { text: f.text, verdict: f.verdict, source: f.expansion?.source, parts: f.parts.map((p) => ({ count: p.count, ...(p.label !== undefined ? { label: p.label } : {}), items: p.items })) } });
			for (const m of mutationsOf(text, span, label)) {
				const mutated = text.slice(0, m.start) + m.replacement + text.slice(m.end);
				const mspan = { start: span.start, end: span.end + m.replacement.length - (m.end - m.start) };
				const before = new Set(warned.map((w) => `${w.ruleId} ${text.slice(w.span.start, w.span.end)}`));
				const after = formulaWarnings(core.analyze(mutated), mspan).filter((w) => !before.has(`${w.ruleId} ${mutated.slice(w.span.start, w.span.end)}`));
				doc.mutations.push({ label: label.text, line: label.line, kind: m.kind, caught: after.length > 0, silent: warned.length === 0 });
			}
		}
		docs.push(doc);
	}
	return docs;
}

/** Totals over documents: { glossary: [resolved, total], other: [...], mutations: { kind: [caught, made] }, silent: [silent, made] }. */
export function formulaTotals(docs) {
	const t = { glossary: [0, 0], other: [0, 0], entriesSilent: [0, 0], mutations: {}, all: [0, 0], originalsSilent: [0, 0] };
	for (const d of docs) {
		for (const e of d.entries) {
			const k = e.glossary ? 'glossary' : 'other';
			t[k][1]++;
			if (e.resolved) t[k][0]++;
			t.entriesSilent[1]++;
			if (e.silent) t.entriesSilent[0]++;
		}
		for (const m of d.mutations) {
			const k = (t.mutations[m.kind] ??= [0, 0]);
			k[1]++;
			t.all[1]++;
			t.originalsSilent[1]++;
			if (m.caught) {
				k[0]++;
				t.all[0]++;
			}
			if (m.silent) t.originalsSilent[0]++;
		}
	}
	return t;
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const frac = ([a, b]) => `${a}/${b} (${pct(a, b)})`;

/** The formula tables of `npm run eval` (and, with --formulas, what was not resolved or caught); returns the totals. */
export function formulasPart(core, shared, root, args) {
	const docs = evaluateFormulas(core, shared, root);
	const sets = { dev: formulaTotals(docs.filter((d) => !d.heldOut)), 'held out': formulaTotals(docs.filter((d) => d.heldOut)) };
	console.log('\n## Formulas (test/fixtures/formulas)\n');
	console.log('| set | glossary entries resolved | other formulas resolved | mutations caught (drop / add / number) | originals silent |');
	console.log('|---|---:|---:|---:|---:|');
	for (const [name, t] of Object.entries(sets)) {
		const kinds = ['drop', 'add', 'number'].map((k) => (t.mutations[k] ? `${t.mutations[k][0]}/${t.mutations[k][1]}` : '0/0')).join(' / ');
		console.log(`| ${name} (${docs.filter((d) => d.heldOut === (name !== 'dev')).length} documents) | ${frac(t.glossary)} | ${frac(t.other)} | ${frac(t.all)}: ${kinds} | ${frac(t.originalsSilent)} |`);
	}
	const v = evaluateVariants(core, shared, root);
	console.log(`\n### Glossary entries in other layouts (dev, each entry alone under its heading: ${frac(v.asWritten)} resolved as written)\n`);
	console.log('| variant | resolved as the entry as written |');
	console.log('|---|---:|');
	const all = [0, 0];
	for (const [name, t] of Object.entries(v.variants)) {
		console.log(`| ${name} | ${frac(t)} |`);
		all[0] += t[0];
		all[1] += t[1];
	}
	console.log(`| **all variants** | **${frac(all)}** |`);
	sets.dev.variants = { asWritten: v.asWritten, all, ...v.variants };
	if (args.has('--formulas')) {
		console.log('\nLayout variants not resolved:\n');
		for (const m of v.misses) console.log(`${m.doc}:${m.line} ${m.text} [${m.variant}]\n    ${m.body.trim().replace(/\n/g, '⏎').slice(0, 160)}`);
		const listed = docs.filter((d) => !d.heldOut || args.has('--held-out'));
		console.log('\nNot resolved (label → found):\n');
		for (const d of listed) {
			for (const e of d.entries.filter((x) => !x.resolved)) {
				const want = e.label.unlisted ? 'no list' : e.label.parts.map((p) => `${p.count ?? 'N'}=${(p.items ?? [p.label ?? '?']).join('|')}`).join(' / ');
				const got = e.found ? `${e.found.verdict} ${e.found.source ?? '-'} ${e.found.parts.map((p) => `${p.count ?? 'N'}=${p.label ?? p.items.join('|')}`).join(' / ')}` : 'not recognised';
				console.log(`${d.name}:${e.label.line} ${e.label.text}${d.heldOut ? ' (held out)' : ''}\n    want ${want}\n    got  ${got}`);
			}
		}
		console.log('\nMutations not caught, originals not silent:\n');
		for (const d of listed) for (const m of d.mutations.filter((x) => !x.caught || !x.silent)) console.log(`${d.name}:${m.line} ${m.label} ${m.kind}${m.caught ? '' : ' missed'}${m.silent ? '' : ' (original warned)'}`);
	}
	return sets;
}
