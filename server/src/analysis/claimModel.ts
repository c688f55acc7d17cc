/** Claims of the whole document and the relations between them. */
import type { Claim, Quantity, Relation } from './types';
import { type TextModel, toOriginalSpan } from './text/textModel';
import type { BlockWork } from './blockWork';
import { isExactFigure, type PlacedClaim, relate } from './relations';

export function buildClaims(
	model: TextModel,
	works: readonly BlockWork[],
	quantities: readonly Quantity[],
): { claims: Claim[]; relations: Relation[] } {
	const placed: PlacedClaim[] = [];
	let qOffset = 0; // index of the block's first quantity in `quantities`
	model.blocks.forEach((block, b) => {
		const work = works[b]!;
		{
			for (const raw of work.claims) {
				const qi = qOffset + raw.qIndex;
				const q = quantities[qi]!;
				const claim: { -readonly [K in keyof Claim]: Claim[K] } = {
					span: toOriginalSpan(block, raw.q.start, raw.q.end),
					text: q.text,
					value: q.value,
					unit: q.kind === 'percent' ? '%' : q.unit,
					kind: raw.kind,
					subject: raw.subject,
					scope: raw.scope,
					approx: q.approx,
					quantity: qi,
					relations: [],
				};
				if (raw.direction) claim.direction = raw.direction;
				if (raw.whole !== undefined) claim.whole = raw.whole;
				placed.push({ raw, block: b, index: placed.length, claim, step: q.step, exact: isExactFigure(claim) });
			}
		}
		qOffset += work.quantities.length;
	});
	const between = (a: PlacedClaim, c: PlacedClaim): string =>
		a.block === c.block ? model.blocks[a.block]!.text.slice(a.raw.q.end, c.raw.q.start) : '';
	const after = (p: PlacedClaim): string => model.blocks[p.block]!.text.slice(p.raw.q.end, p.raw.q.end + 16);
	const before = (p: PlacedClaim): string => model.blocks[p.block]!.text.slice(Math.max(0, p.raw.q.start - 12), p.raw.q.start);
	const relations = relate(placed, between, after, before);
	const relationsOf = placed.map(() => [] as number[]);
	relations.forEach((r, i) => {
		for (const c of r.claims) relationsOf[c]?.push(i);
	});
	// The claim objects are ours until returned: give each its relations without copying it.
	placed.forEach((p, i) => {
		(p.claim as { relations: readonly number[] }).relations = relationsOf[i]!;
	});
	return { claims: placed.map((p) => p.claim), relations };
}
