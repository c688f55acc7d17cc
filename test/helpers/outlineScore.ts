/**
 * An outline scored against a heading gold (the format of ../shared/fixtures/gold, with titles as headings of rank 0):
 * recall (gold headings found at their line), precision (found headings on a gold line or an ignore line, over all
 * found) and parent accuracy (found gold headings whose parent is the gold parent; a found heading on an ignore line
 * that is no gold heading is passed over on the way up). Used by the golden test and `npm run eval`.
 */
import type { Section } from '../../server/src/analysis/index';
import { startsWithNumbering } from '../../server/src/analysis/text/numbering';
import { type LayoutName, layoutOf } from './layouts';

export interface GoldHeading {
	readonly line: number;
	readonly rank: number;
	readonly text: string;
	readonly parent: number | null;
}

export interface OutlineGold {
	/** The document, relative to ../shared. */
	readonly path: string;
	/** How the document itself is laid out (web text, Markdown with list markers, a compilation …). */
	readonly layout: string;
	/** `dev`: the outline was tuned on it; `heldout`: only measured. */
	readonly split: 'dev' | 'heldout';
	readonly headings: readonly GoldHeading[];
	readonly ignore_lines: readonly number[];
}

export interface OutlineScore {
	readonly gold: number;
	readonly found: number;
	/** Gold headings found at their line. */
	readonly recalled: number;
	/** Found headings on a gold line or an ignore line. */
	readonly precise: number;
	/** Recalled gold headings under their gold parent. */
	readonly parented: number;
	/** What went wrong, one line each (`missing 17 一、…`, `extra 14 …`, `parent 51: 45, gold 49`). */
	readonly problems: readonly string[];
}

interface Found {
	readonly line: number;
	readonly title: string;
	readonly kind: Section['kind'];
	readonly parent: number | null;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
	}
	return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The headings of an analysis as lines with their parent's line. */
export function foundHeadings(text: string, sections: readonly Section[]): Found[] {
	const starts = lineStarts(text);
	const out: Found[] = [];
	const walk = (list: readonly Section[], parent: number | null): void => {
		for (const s of list) {
			const line = lineOf(starts, s.headingSpan.start);
			out.push({ line, title: s.title, kind: s.kind, parent });
			walk(s.children, line);
		}
	};
	walk(sections, null);
	return out;
}

/**
 * Score `found` against the gold headings and ignore lines (all in the same line numbering). A gold without headings of
 * rank 0 (the golds of ../shared/fixtures/gold predate titles as headings) does not label titles: a title found counts
 * as one on an ignore line.
 */
export function scoreOutline(found: readonly Found[], gold: readonly GoldHeading[], ignoreLines: Iterable<number>): OutlineScore {
	const goldAt = new Map(gold.map((h) => [h.line, h]));
	const ignore = new Set(ignoreLines);
	if (!gold.some((h) => h.rank === 0)) for (const f of found) if (f.kind === 'title' && !goldAt.has(f.line)) ignore.add(f.line);
	const foundAt = new Map<number, Found>();
	for (const f of found) if (!foundAt.has(f.line)) foundAt.set(f.line, f);
	const problems: string[] = [];
	// The parent of a found heading, passing over found headings on ignore lines that are no gold heading.
	const parentOf = (f: Found): number | null => {
		let p = f.parent;
		while (p !== null && !goldAt.has(p) && ignore.has(p)) p = foundAt.get(p)?.parent ?? null;
		return p;
	};
	let recalled = 0;
	let parented = 0;
	for (const h of gold) {
		const f = foundAt.get(h.line);
		if (!f) {
			problems.push(`missing ${h.line} ${h.text}`);
			continue;
		}
		recalled++;
		const p = parentOf(f);
		if (p === h.parent) parented++;
		else problems.push(`parent ${h.line} ${h.text}: ${String(p)}, gold ${String(h.parent)}`);
	}
	let precise = 0;
	for (const f of found) {
		if (goldAt.has(f.line) || ignore.has(f.line)) precise++;
		else problems.push(`extra ${f.line} ${f.title}`);
	}
	return { gold: gold.length, found: found.length, recalled, precise, parented, problems };
}

/** A heading marked by Markdown alone (`## 国务院机构改革方案`, `**注释：**`, `**加快发展新质生产力。**`): no numbering mark. */
function markupOnly(line: string): boolean {
	const s = line.trim();
	if (!/^(?:#{1,6}\s|\*\*)/.test(s)) return false;
	return !startsWithNumbering(s.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').trim());
}

/**
 * The gold in the line numbering of a derived layout (labels on dropped lines go). Where the layout drops the markup,
 * a heading that Markdown alone made one (no numbering, no title) is optional: an ignore line.
 */
export function mapGold(gold: Pick<OutlineGold, 'headings' | 'ignore_lines'>, lineMap: Int32Array, original?: readonly string[]): { headings: GoldHeading[]; ignore: number[] } {
	const at = (line: number | null): number | null => (line === null ? null : lineMap[line]! >= 0 ? lineMap[line]! : null);
	const headings: GoldHeading[] = [];
	const optional: number[] = [];
	for (const h of gold.headings) {
		const line = at(h.line);
		if (line === null) continue;
		if (original && h.rank > 0 && markupOnly(original[h.line] ?? '')) {
			optional.push(line);
			continue;
		}
		// A parent on a dropped line, or made optional: its own parent stands in.
		const gone = (line: number): boolean => at(line) === null || (original !== undefined && (gold.headings.find((x) => x.line === line)?.rank ?? 0) > 0 && markupOnly(original[line] ?? ''));
		let p = h.parent;
		while (p !== null && gone(p)) p = gold.headings.find((x) => x.line === p)?.parent ?? null;
		headings.push({ ...h, line, parent: at(p) });
	}
	const ignore = [...gold.ignore_lines.map((l) => at(l)).filter((l): l is number => l !== null), ...optional];
	return { headings, ignore };
}

/** Score the outline of `text` in `layout` against `gold`, with the analysis `analyze` gives; and how it read the layout. */
export function scoreLayout(
	gold: Pick<OutlineGold, 'headings' | 'ignore_lines'>,
	text: string,
	layout: LayoutName,
	analyze: (text: string) => { sections: readonly Section[]; hardWrapped: boolean },
): OutlineScore & { hardWrapped: boolean } {
	const derived = layoutOf(layout, text);
	const { headings, ignore } = mapGold(gold, derived.lineMap, layout === 'plain' ? undefined : text.split(/\r\n|\r|\n/));
	const analysis = analyze(derived.text);
	return { ...scoreOutline(foundHeadings(derived.text, analysis.sections), headings, ignore), hardWrapped: analysis.hardWrapped };
}
