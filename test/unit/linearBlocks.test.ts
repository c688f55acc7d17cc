/**
 * Linear in the document's size, counted by V8 itself: a shape's text of four times the size must execute the blocks
 * of the core at most about four times as often as its first quarter. `linearity.test.ts` counts the steps each pass
 * reports in `work`; a pass that does not report (a new index, a list scanned once per table or per figure, a search
 * of the prose for each cell) is invisible there. Here every function of `server/src/analysis` is counted by the
 * engine's block coverage (node:inspector, Profiler.startPreciseCoverage with call counts): a block run once per
 * (table × table) or (figure × figure) runs four times as often in the large text as in the small one four times, and
 * fails (bench/growth.mjs measures the same in time: the 1,000,000 whole against its pieces). Not timed: the counts are exact and do not depend on the machine's load.
 */
import '../helpers/interpretedOnly';
import { strict as assert } from 'node:assert';
import { Session } from 'node:inspector/promises';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { SHAPES, shapeText, type ShapeName } from '../helpers/shapes';

const SMALL = 20_000;

interface Range {
	startOffset: number;
	endOffset: number;
	count: number;
}
interface FunctionCoverage {
	functionName: string;
	ranges: Range[];
}
interface ScriptCoverage {
	url: string;
	functions: FunctionCoverage[];
}

/** The most often run block of each function of the core (its loops' trip counts, or its calls), by function, × `times`. */
function hottest(result: ScriptCoverage[], times: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const script of result) {
		const at = script.url.indexOf('/server/src/analysis/');
		if (at < 0) continue;
		const file = script.url.slice(at + '/server/src/analysis/'.length);
		for (const f of script.functions) {
			const key = `${file} ${f.functionName || '(anonymous)'}@${f.ranges[0]?.startOffset ?? 0}`;
			let max = 0;
			for (const r of f.ranges) max = Math.max(max, r.count);
			out.set(key, (out.get(key) ?? 0) + max * times);
		}
	}
	return out;
}

async function blockCounts(shape: ShapeName): Promise<{ small: Map<string, number>; large: Map<string, number> }> {
	// The first quarter, not the large text cut in four: a shape that is one table would lose its header in the pieces.
	const small = shapeText(shape, SMALL);
	const large = shapeText(shape, SMALL * 4);
	const session = new Session();
	session.connect();
	try {
		await session.post('Profiler.enable');
		await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
		await session.post('Profiler.takePreciseCoverage'); // from zero
		// The quarter first: what the core keeps between analyses (lexicon indexes, memos of words) is made in its count.
		analyze(small);
		const a = (await session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
		analyze(large);
		const b = (await session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
		await session.post('Profiler.stopPreciseCoverage');
		return { small: hottest(a.result, 4), large: hottest(b.result, 1) };
	} finally {
		session.disconnect();
	}
}

/**
 * A function may run a little more in the large text: a binary search takes log n steps (a quarter more for four times
 * the blocks). Four times as often is superlinear.
 */
const GROWTH = 1.5;
const SLACK = 200;

// The generated shapes whose text repeats within its quarter. Not the prose shapes (they need the corpus, and its first
// quarter is another text than the rest), nor one line without punctuation: its figures repeat with a period of 1,000
// numbers (14,000 characters), so the quarter restates each one once and four times the text each one five times
// (the restatements, one per figure and its last statement, are four times as many: a text that says more, not a pass
// that grows).
const NOT_COUNTED: readonly ShapeName[] = ['prose', 'prose wrapped at 15', 'one line without punctuation'];
for (const shape of SHAPES.filter((s) => !NOT_COUNTED.includes(s))) {
	test(`linear block counts, four times the text against its quarter: ${shape}`, async () => {
		const { small: a, large: b } = await blockCounts(shape);
		let total = [0, 0];
		const grown: string[] = [];
		for (const [fn, nb] of b) {
			const na = a.get(fn) ?? 0;
			total = [total[0]! + na, total[1]! + nb];
			if (nb > na * GROWTH + SLACK) grown.push(`${fn}: ${na} runs for the quarter (×4), ${nb} for the whole`);
		}
		assert.ok(total[0]! > 10_000, `the core was counted (${total[0]} block runs)`);
		assert.deepEqual(grown, [], `run more often the larger the document:\n${grown.join('\n')}`);
		assert.ok(total[1]! <= total[0]! * 1.1, `all blocks: ${total[0]} runs for the quarter (×4), ${total[1]} for the whole`);
	});
}
