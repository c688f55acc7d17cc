/** Binary search, for the sorted lists the passes keep (figures, sections, line joins, positions); short lists sorted. */

/**
 * The first index in [0, length) at which `before(index)` is false, for a `before` that is true on a prefix of the
 * indices and false after it (length when it is true throughout).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The longest list sorted by insertion (quadratic, so bounded). */
const SHORT = 16;

/**
 * `list` sorted in place by `compare`, stably, by insertion: for the short lists a pass sorts once per row or finding
 * (the parts of a sum, a finding's related figures), where Array.prototype.sort allocates more than the list holds.
 * A longer list goes to Array.prototype.sort (stable too): the result is the same either way.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
	if (list.length > SHORT) return list.sort(compare);
	for (let i = 1; i < list.length; i++) {
		const x = list[i]!;
		let j = i - 1;
		while (j >= 0 && compare(list[j]!, x) > 0) {
			list[j + 1] = list[j]!;
			j--;
		}
		list[j + 1] = x;
	}
	return list;
}

/**
 * `added` (sorted by `start`) merged into `list` (sorted by `start`) in place, in order; an item of `added` goes before
 * the items of `list` that start where it does not (strictly after it). Linear in both lists.
 */
export function mergeSorted<T>(list: T[], added: readonly T[], start: (x: T) => number): void {
	if (added.length === 0) return;
	const merged: T[] = [];
	let k = 0;
	for (const x of list) {
		while (k < added.length && start(added[k]!) < start(x)) merged.push(added[k++]!);
		merged.push(x);
	}
	while (k < added.length) merged.push(added[k++]!);
	list.length = 0;
	for (const x of merged) list.push(x);
}
