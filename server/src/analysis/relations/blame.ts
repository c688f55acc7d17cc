/**
 * The right figure to blame. A relation that does not hold says that one of its figures is wrong, not which; the
 * finder names the figure a fix would correct by the relation's shape (the total of a sum, the stated rate). When a
 * figure takes part in several relations, the others decide: the finding goes to the figure that is in the most
 * relations that fail, less the relations that hold with it (a total that another relation confirms is not blamed
 * for a part that is wrong). A quick fix is offered only when it makes every relation of its figure hold.
 */
import type { Relation } from '../types';
import { type Fig, type RelationDraft, replacementFor } from './figures';
import { type Interval, meets } from '../interval';

type Mutable = { -readonly [K in keyof Relation]: Relation[K] };

/** Relations that state a value, so that holding confirms their figures (a part below its whole confirms little). */
const confirms = (r: Relation): boolean => r.kind !== 'subset' && r.kind !== 'implied-base';

/**
 * Sets `blame` on each relation that does not hold whose finding belongs on another figure than its target, with
 * the fix of that figure when its relation can be solved for it; drops every fix that would break another relation
 * of its figure. `drafts[i]` is the draft of `relations[i]`.
 */
export function assignBlame(relations: readonly Relation[], drafts: readonly RelationDraft[]): void {
	// Only the claims of the relations that do not hold are asked about (their scores, the relations a fix must keep):
	// none, and nothing is to do (a keystroke in a document whose figures agree lists no claim's relations).
	const asked = new Set<number>();
	for (const r of relations) {
		if (r.ok || r.kind === 'implied-base') continue;
		asked.add(r.target);
		for (const c of r.claims) asked.add(c);
	}
	if (asked.size === 0) return;
	// Per claim asked about: the relations it is in.
	const of = new Map<number, number[]>();
	relations.forEach((r, i) => {
		if (r.kind === 'implied-base') return;
		for (const c of r.claims) {
			if (!asked.has(c)) continue;
			const list = of.get(c);
			// Each relation once in a claim's list (a figure twice in one relation): its last entry, if it is already there.
			if (list) {
				if (list[list.length - 1] !== i) list.push(i);
			} else of.set(c, [i]);
		}
	});
	// Each claim's score counted once (a figure restated throughout a document is in thousands of relations, and each
	// that fails asks for the scores of its figures: counted per relation, that would be quadratic).
	const scores = new Map<number, number>();
	const score = (c: number): number => {
		let n = scores.get(c);
		if (n !== undefined) return n;
		n = 0;
		for (const i of of.get(c) ?? []) {
			const r = relations[i]!;
			if (!r.ok) n++;
			else if (confirms(r)) n--;
		}
		scores.set(c, n);
		return n;
	};
	const fits = new FitMemo(relations, drafts, of);
	relations.forEach((r, i) => {
		if (r.ok || r.kind === 'implied-base') return;
		const blamed = toBlame(r, score, (c) => possible(drafts[i]!, r.claims.indexOf(c)));
		const out = r as Mutable;
		if (blamed === r.target) {
			const { fixValue, target } = drafts[i]!;
			if (r.replacement !== undefined && fixValue !== undefined && !fits.keeps(i, r.target, target, fixValue)) delete out.replacement;
			return;
		}
		out.blame = blamed;
		delete out.replacement;
		// The blamed figure's fix, when the relation says what it may be and that value keeps its other relations.
		const k = r.claims.indexOf(blamed);
		const fig = drafts[i]!.figs[k];
		const accepts = drafts[i]!.accepts?.[k];
		if (!fig || !accepts || !Number.isFinite(accepts.lo) || !Number.isFinite(accepts.hi) || fig.q.digits === '') return;
		const scale = fig.q.magnitude;
		const value = Number(((accepts.lo + accepts.hi) / 2 / scale).toFixed(fig.q.decimals)) * scale;
		if (!meets(around(fig, value), accepts) || !fits.keeps(i, blamed, fig, value)) return;
		out.replacement = replacementFor(fig, value / scale, fig.q.decimals);
	});
}

/**
 * Whether the figure at `k` of a relation that does not hold could be its wrong one: a correction that makes the
 * relation hold must keep the figure's sign. A part of 2亿元 in a sum whose parts pass their total by 5亿元 would have to
 * be −3亿元 — that part is not what is wrong, however few relations it is in. (Unknown when the finder does not say
 * what the figure may be.)
 */
function possible(draft: RelationDraft, k: number): boolean {
	const fig = draft.figs[k];
	const accepts = draft.accepts?.[k];
	if (!fig || !accepts) return true;
	if (fig.value > 0) return accepts.hi > 0;
	if (fig.value < 0) return accepts.lo < 0;
	return true;
}

/**
 * The claim to blame for relation `r`: of the figures a correction could be of (see `possible`), the one of highest
 * score; the target when it ties for the highest.
 */
function toBlame(r: Relation, score: (c: number) => number, could: (c: number) => boolean): number {
	let blamed = r.target;
	let best = score(r.target);
	let tie = false;
	for (const c of new Set(r.claims)) {
		if (c === r.target || !could(c)) continue;
		const s = score(c);
		if (s > best) {
			best = s;
			blamed = c;
			tie = false;
		} else if (s === best && blamed !== r.target) tie = true;
	}
	// Two other figures equally to blame: nothing tells which; the finding stays on the target.
	return tie ? r.target : blamed;
}

/** The values a figure printed as `value` stands for. */
function around(fig: Fig, value: number): Interval {
	return { lo: value - fig.step / 2, hi: value + fig.step / 2 };
}

/** A value tried for a claim's figure: the first two of the claim's relations it breaks (two at most are looked for). */
interface Fit {
	readonly fig: Fig;
	readonly broken: number[];
}

/**
 * Whether claim `c` (figure `fig`) set to `value` keeps every relation it is in other than `i`: each must say that the
 * value holds. The relations a value breaks are looked for once per claim, figure and value, not once per relation that
 * asks (a figure restated throughout a document is in thousands of relations), and only until two are found.
 */
class FitMemo {
	private readonly memo = new Map<number, Map<number, Fit>>();

	constructor(
		private readonly relations: readonly Relation[],
		private readonly drafts: readonly RelationDraft[],
		private readonly of: ReadonlyMap<number, readonly number[]>,
	) {}

	keeps(i: number, c: number, fig: Fig, value: number): boolean {
		let byValue = this.memo.get(c);
		if (byValue === undefined) this.memo.set(c, (byValue = new Map<number, Fit>()));
		let m = byValue.get(value);
		if (m === undefined || m.fig !== fig) {
			const fixed = around(fig, value);
			m = { fig, broken: [] };
			for (const j of this.of.get(c) ?? []) {
				const accepts = this.drafts[j]!.accepts?.[this.relations[j]!.claims.indexOf(c)];
				if (accepts && meets(fixed, accepts)) continue;
				if (m.broken.push(j) === 2) break;
			}
			byValue.set(value, m);
		}
		// None broken but `i` (a claim's list holds each relation once: of two broken, one is another).
		return m.broken.length === 0 || (m.broken.length === 1 && m.broken[0] === i);
	}
}
