/**
 * Interval arithmetic on the values printed figures stand for (45.2 is [45.15, 45.25]): what the claim relations and
 * the table constraints compute with, so that rounding is respected the same way everywhere.
 */

export interface Interval {
	readonly lo: number;
	readonly hi: number;
}

const ALL: Interval = { lo: -Infinity, hi: Infinity };

export function add(a: Interval, b: Interval): Interval {
	return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Interval, b: Interval): Interval {
	return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

/** a × b. */
export function times(a: Interval, b: Interval): Interval {
	const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi].filter((x) => !Number.isNaN(x));
	return p.length === 0 ? ALL : { lo: Math.min(...p), hi: Math.max(...p) };
}

/** a ÷ b; everything when b may be 0. */
export function over(a: Interval, b: Interval): Interval {
	if (b.lo <= 0 && b.hi >= 0) return ALL;
	return times(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function scale(a: Interval, k: number): Interval {
	return k >= 0 ? { lo: a.lo * k, hi: a.hi * k } : { lo: a.hi * k, hi: a.lo * k };
}

export function meets(a: Interval, b: Interval): boolean {
	return a.hi >= b.lo && a.lo <= b.hi;
}

export function intersect(a: Interval, b: Interval): Interval {
	return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

/** How far apart two intervals are (0 when they meet). */
export function gap(a: Interval, b: Interval): number {
	return a.lo > b.hi ? a.lo - b.hi : b.lo > a.hi ? b.lo - a.hi : 0;
}

export function mid(i: Interval): number {
	return (i.lo + i.hi) / 2;
}
