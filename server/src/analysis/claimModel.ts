/** Claims of the whole document and the relations between them. */
import type { Claim, Quantity, Relation, Section } from './types';
import type { TextModel } from './text/textModel';
import { type BlockWork, paragraphDrafts } from './blockWork';
import { relateDocument } from './relations/index';
import type { RawClaim } from './parse/claims';
import type { Lexicon } from './lexicon/index';

const NO_RELATIONS: readonly number[] = Object.freeze([]);

function toClaim(raw: RawClaim, q: Quantity, quantity: number): Claim {
	const claim: { -readonly [K in keyof Claim]: Claim[K] } = {
		span: q.span,
		text: q.text,
		value: q.value,
		unit: raw.unit,
		kind: raw.kind,
		subject: raw.subject,
		scope: raw.scope,
		approx: q.approx,
		quantity,
		relations: NO_RELATIONS,
	};
	if (raw.direction) claim.direction = raw.direction;
	if (raw.indicator !== undefined) claim.indicator = raw.indicator;
	if (raw.whole !== undefined) claim.whole = raw.whole;
	return claim;
}

/** Where the year the text speaks of changes: at each section whose heading names one, and back at its end. */
function yearChanges(sections: readonly Section[]): { at: number; year: string }[] {
	const out: { at: number; year: string }[] = [];
	const visit = (list: readonly Section[], outer: string): void => {
		for (const section of list) {
			const year = /((?:19|20)\d\d)年/.exec(section.title)?.[1] ?? outer;
			out.push({ at: section.headingSpan.start, year });
			visit(section.children, year);
			out.push({ at: section.bodySpan.end, year: outer });
		}
	};
	visit(sections, '');
	// In document order; at one offset, the later entry (the next section's start after the previous one's end) wins.
	return out.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
}

export function buildClaims(model: TextModel, works: readonly BlockWork[], quantities: readonly Quantity[], lexicon: Lexicon, sections: readonly Section[]): { claims: Claim[]; relations: Relation[] } {
	// The part of the document each block stands in (the review, this year's tasks, an annex …): the top-level sections,
	// or the sections under a title that holds them all.
	let parts = sections;
	while (parts.length === 1 && parts[0]!.children.length > 0) parts = parts[0]!.children;
	let s = 0;
	const sectionOf = (block: number): number => {
		const start = model.blocks[block]!.span.start;
		while (s + 1 < parts.length && parts[s + 1]!.bodySpan.start <= start) s++;
		return parts.length > 0 && parts[s]!.bodySpan.start <= start ? s : -1;
	};
	// The year each block speaks of: the one named by the innermost heading above it that names one (2022年工作总结,
	// 三、2023年工作安排, an annex's 成都市2023年民生实事工作目标).
	const years = yearChanges(sections);
	let y = -1;
	const yearOf = (block: number): string => {
		const start = model.blocks[block]!.span.start;
		while (y + 1 < years.length && years[y + 1]!.at <= start) y++;
		return y >= 0 ? years[y]!.year : '';
	};
	const claims: Claim[] = [];
	let qOffset = 0; // index of the block's first quantity in `quantities`
	const blocks = works.map((work, b) => {
		for (const raw of work.claims) claims.push(toClaim(raw, quantities[qOffset + raw.qIndex]!, qOffset + raw.qIndex));
		qOffset += work.quantities.length;
		const drafts = paragraphDrafts(lexicon, work, model.blocks[b]!.text, works[b - 1], model.blocks[b - 1]?.text ?? '');
		return { figs: work.claims, drafts, section: sectionOf(b), year: yearOf(b) };
	});
	const relations = relateDocument(lexicon, blocks);
	// The claim objects are ours until returned: give each its relations without copying it (most have none and
	// keep the shared empty list).
	relations.forEach((r, i) => {
		for (const c of r.claims) {
			const claim = claims[c] as { relations: number[] } | undefined;
			if (!claim) continue;
			if (claim.relations === NO_RELATIONS) claim.relations = [];
			claim.relations.push(i);
		}
	});
	return { claims, relations };
}
