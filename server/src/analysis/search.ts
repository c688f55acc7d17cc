/** Binary search, for the sorted lists the passes keep (figures, sections, line joins, positions). */

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
