/**
 * The relations a table states, as constraints on the intervals its printed figures stand for (45.2 is [45.15,
 * 45.25]): each can say whether it holds and, for any one of its figures, which values of that figure would make it
 * hold with the others as printed. That is what finds the one figure whose correction makes everything hold.
 *
 * Values are in each figure's base unit (吨, 人, 元, %); a constraint converts nothing.
 */

import { gap, meets, over, scale, times, type Interval } from '../interval';

/** A figure of a constraint: the interval its printing allows (an approximation: its bounds). */
export interface Figure {
	/** Index of the figure's claim. */
	readonly claim: number;
	readonly value: number;
	readonly lo: number;
	readonly hi: number;
	/** Rounding step of its printing, in the base unit. */
	readonly step: number;
}

export interface Constraint {
	readonly figures: readonly Figure[];
	/** The figure a correction goes to when the arithmetic alone cannot tell (the total of a sum, the share). */
	readonly preferred: number;
	/** What the figures give for figure `k` (an index into `figures`): the values that make the constraint hold. */
	solve(k: number): Interval;
	/** The same constraint on the claims `by` further on (a table's, after claims were added or removed before it). */
	moved(by: number): Constraint;
}

function moveFigure(f: Figure, by: number): Figure {
	return { ...f, claim: f.claim + by };
}

/** The three figures of a three-figure constraint, their claims moved by `by` (see moveFigure). */
function moveThree(fs: readonly [Figure, Figure, Figure], by: number): [Figure, Figure, Figure] {
	return [moveFigure(fs[0], by), moveFigure(fs[1], by), moveFigure(fs[2], by)];
}

/** total = Σ parts (each signed: a balance 顺差 = 出口 − 进口 is 出口 = 进口 + 顺差). `figures[0]` is the total. */
export class SumConstraint implements Constraint {
	readonly #lo: number;
	readonly #hi: number;

	constructor(
		readonly figures: readonly Figure[],
		/** The total is a constant (shares that make 100%): no figure of its own. */
		readonly constant?: number,
		/** The figure a correction goes to by default: the total, or the balance of 出口 = 进口 + 顺差. */
		readonly preferred = 0,
	) {
		let lo = 0;
		let hi = 0;
		for (let k = this.first; k < figures.length; k++) {
			lo += figures[k]!.lo;
			hi += figures[k]!.hi;
		}
		this.#lo = lo;
		this.#hi = hi;
	}

	private get first(): number {
		return this.constant === undefined ? 1 : 0;
	}

	/** The parts' sum, as an interval. */
	get parts(): Interval {
		return { lo: this.#lo, hi: this.#hi };
	}

	get total(): Interval {
		return this.constant === undefined ? this.figures[0]! : { lo: this.constant, hi: this.constant };
	}

	moved(by: number): SumConstraint {
		return new SumConstraint(
			this.figures.map((f) => moveFigure(f, by)),
			this.constant,
			this.preferred,
		);
	}

	solve(k: number): Interval {
		if (k === 0 && this.constant === undefined) return this.parts;
		const f = this.figures[k]!;
		const t = this.total;
		// total − (the other parts); a part printed at least 0 (an amount, a share) cannot be corrected below 0.
		const lo = t.lo - (this.#hi - f.hi);
		return { lo: f.value >= 0 ? Math.max(0, lo) : lo, hi: t.hi - (this.#lo - f.lo) };
	}
}

/** share = 100 × value ÷ whole: figures [share, value, whole]. */
export class ShareConstraint implements Constraint {
	readonly preferred = 0;
	constructor(readonly figures: readonly [Figure, Figure, Figure]) {}

	moved(by: number): ShareConstraint {
		return new ShareConstraint(moveThree(this.figures, by));
	}

	solve(k: number): Interval {
		const [s, v, w] = this.figures;
		if (k === 0) return scale(over(v, w), 100);
		if (k === 1) return scale(times(s, w), 1 / 100);
		return scale(over(v, s), 100);
	}
}

/**
 * The same figure twice: [prose, cell]; the cell is preferred (the table is where a proofreader corrects). Printed to
 * the same precision, the two must print the same number: 0.2% and 0.3 meet only at 0.25, and no figure rounds both
 * ways.
 */
export class EqualConstraint implements Constraint {
	readonly preferred = 1;
	/** Printed to the same precision. */
	readonly strict: boolean;
	constructor(readonly figures: readonly [Figure, Figure]) {
		this.strict = Math.abs(figures[0].step - figures[1].step) <= figures[0].step * 1e-9;
	}

	moved(by: number): EqualConstraint {
		return new EqualConstraint([moveFigure(this.figures[0], by), moveFigure(this.figures[1], by)]);
	}

	solve(k: number): Interval {
		const o = this.figures[1 - k]!;
		if (!this.strict || !Number.isFinite(o.lo) || !Number.isFinite(o.hi)) return o;
		const e = o.step * 1e-6;
		return { lo: o.lo + e, hi: o.hi - e };
	}
}

/** part ≤ whole: [part, whole]. */
export class SubsetConstraint implements Constraint {
	readonly preferred = 0;
	constructor(readonly figures: readonly [Figure, Figure]) {}

	moved(by: number): SubsetConstraint {
		return new SubsetConstraint([moveFigure(this.figures[0], by), moveFigure(this.figures[1], by)]);
	}

	solve(k: number): Interval {
		return k === 0 ? { lo: -Infinity, hi: this.figures[1].hi } : { lo: this.figures[0].lo, hi: Infinity };
	}
}

/** Σ parts ≤ whole, for parts that do not overlap (火电 + 水电 + 核电 ≤ 发电量): figures [whole, ...parts]. */
export class WithinConstraint implements Constraint {
	readonly preferred = 0;
	constructor(readonly figures: readonly Figure[]) {}

	moved(by: number): WithinConstraint {
		return new WithinConstraint(this.figures.map((f) => moveFigure(f, by)));
	}

	solve(k: number): Interval {
		let lo = 0;
		for (let j = 1; j < this.figures.length; j++) if (j !== k) lo += this.figures[j]!.lo;
		return k === 0 ? { lo, hi: Infinity } : { lo: -Infinity, hi: this.figures[0]!.hi - lo };
	}
}

/** Does the constraint hold (its first figure's interval meets what the others give for it)? */
export function holds(c: Constraint): boolean {
	const k = c instanceof SumConstraint && c.constant !== undefined ? -1 : 0;
	if (k < 0) {
		const s = c as SumConstraint;
		return meets(s.parts, s.total);
	}
	return meets(c.figures[0]!, c.solve(0));
}

/**
 * The miss of a constraint that does not hold, measured at figure `k`: 0 for two figures of the same precision that
 * print differently is no borderline miss, but a whole unit.
 */
export function missAt(c: Constraint, k: number): number {
	if (c instanceof EqualConstraint && c.strict) return Math.abs(c.figures[0].value - c.figures[1].value);
	if (c instanceof SumConstraint && c.constant !== undefined) return gap(c.parts, c.total);
	return gap(c.figures[k]!, c.solve(k));
}

/**
 * A growth rate of an amount stated with its change: rate = 100 × change ÷ (amount − change) (a change down is
 * negative: 95, −5 → −5%). Figures [amount, change, rate]; the rate is preferred. Each figure is monotone in each of the
 * others on the intervals printed (the base amount − change is positive), so the values they give are the ones at the
 * corners of their intervals.
 */
export class ChangeConstraint implements Constraint {
	readonly preferred = 2;
	constructor(readonly figures: readonly [Figure, Figure, Figure]) {}

	moved(by: number): ChangeConstraint {
		return new ChangeConstraint(moveThree(this.figures, by));
	}

	solve(k: number): Interval {
		const [v, d, c] = this.figures;
		// The two others, and what they give for figure k.
		const [a, b, f]: [Figure, Figure, (x: number, y: number) => number] =
			k === 2
				? [v, d, (x, y) => (100 * y) / (x - y)]
				: k === 1
					? // change = rate × amount ÷ (100 + rate)
						[v, c, (x, y) => (y * x) / (100 + y)]
					: // amount = change × (1 + 100 ÷ rate); no amount when the rate may be 0
						[d, c, (x, y) => x * (1 + 100 / y)];
		// No base left (the change may be all of the amount, the rate 0 or −100%): anything goes.
		if (k === 2 && v.lo - d.hi <= 0) return { lo: -Infinity, hi: Infinity };
		if (k !== 2 && c.lo <= -100) return { lo: -Infinity, hi: Infinity };
		if (k === 0 && c.lo <= 0 && c.hi >= 0) return { lo: -Infinity, hi: Infinity };
		const corners = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
		if (corners.some((x) => !Number.isFinite(x))) return { lo: -Infinity, hi: Infinity };
		return { lo: Math.min(...corners), hi: Math.max(...corners) };
	}
}

/**
 * A growth rate between two amounts: rate = 100 × (current − base) ÷ base (a fall is negative: 19.9 → 18.3 is −8.0%).
 * Figures [base, current, rate]; the rate is preferred. Each figure is monotone in the others on the intervals printed
 * (the base positive, the rate above −100%), so the quotients of intervals give exactly the values that hold.
 */
export class GrowthConstraint implements Constraint {
	readonly preferred = 2;
	constructor(readonly figures: readonly [Figure, Figure, Figure]) {}

	moved(by: number): GrowthConstraint {
		return new GrowthConstraint(moveThree(this.figures, by));
	}

	solve(k: number): Interval {
		const [b, v, r] = this.figures;
		// The rate as a factor in percent: 100 + rate.
		const factor = { lo: 100 + r.lo, hi: 100 + r.hi };
		if (k === 2) return b.lo <= 0 || v.lo < 0 ? { lo: -Infinity, hi: Infinity } : { lo: (100 * v.lo) / b.hi - 100, hi: (100 * v.hi) / b.lo - 100 };
		if (factor.lo <= 0) return { lo: -Infinity, hi: Infinity };
		return k === 1 ? scale(times(b, factor), 1 / 100) : scale(over(v, factor), 100);
	}
}
