/**
 * Steps of work, counted by pass where a pass visits characters, claims or sections: the linearity test
 * (test/unit/linearity.test.ts) analyses every shape of text at two sizes and fails when a pass's steps per character
 * grow with the input. A pass adds its trip counts once per call or walk (an addition, not a call per character);
 * the counters never change what the analysis returns.
 */
export const work = {
	/** Lines read, cuts searched (text model). */
	text: 0,
	/** Characters scanned for figures. */
	quantities: 0,
	/** Characters read before figures, segments split (claims). */
	claims: 0,
	/** Characters walked and split while looking for formula expansions. */
	formulas: 0,
	/** Characters and headings visited by the outline. */
	sections: 0,
	/** Claims visited by the relation searches. */
	relations: 0,
	/** Lines, cells and rows visited by the table pass (tables/). */
	tables: 0,
	/** Public tables made (on demand, tables/index.ts TablePass): none on a keystroke's findings. */
	tablesMade: 0,
};

export type WorkCounts = { -readonly [K in keyof typeof work]: number };

/** Set every counter to zero. */
export function resetWork(): void {
	for (const k of Object.keys(work) as (keyof WorkCounts)[]) work[k] = 0;
}

/** A copy of the counters. */
export function workCounts(): WorkCounts {
	return { ...work };
}
