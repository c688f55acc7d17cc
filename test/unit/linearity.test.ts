/**
 * Linear on every shape of text, checked by counting work, not by timing: each pass reports its steps (characters
 * visited, claims searched) in `work`, and for every shape the steps per character must not grow from one size to a
 * size four times larger, nor exceed a fixed budget per character. A pass that walks back from each figure to the
 * start of its block, or searches a whole block inside a loop over it, fails here.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze, BlockCache } from '../../server/src/analysis/index';
import { resetWork, workCounts, type WorkCounts } from '../../server/src/analysis/work';
import { SHAPES, proseText, shapeText, type ShapeName } from '../helpers/shapes';
import { HAVE_SHARED, SHARED } from '../helpers/paths';

const SMALL = 20_000;
const LARGE = 80_000;
/** Steps per character a pass may take on any shape (prose takes about 3). */
const BUDGET = 40;

function stepsPerChar(shape: ShapeName, n: number, prose: string | undefined): WorkCounts {
	const text = shapeText(shape, n, prose);
	resetWork();
	analyze(text);
	const counts = workCounts();
	for (const k of Object.keys(counts) as (keyof WorkCounts)[]) counts[k] /= n;
	return counts;
}

const prose = HAVE_SHARED ? proseText(SHARED) : undefined;

for (const shape of SHAPES) {
	const needsCorpus = shape === 'prose' || shape === 'prose wrapped at 15';
	test(`linear work: ${shape}`, { skip: needsCorpus && !prose ? '../shared is absent: the prose shapes need the corpus' : false }, () => {
		const small = stepsPerChar(shape, SMALL, prose);
		const large = stepsPerChar(shape, LARGE, prose);
		for (const pass of Object.keys(small) as (keyof WorkCounts)[]) {
			const a = small[pass];
			const b = large[pass];
			assert.ok(b <= BUDGET, `${pass}: ${b.toFixed(1)} steps per character at ${LARGE} characters (budget ${BUDGET})`);
			// Four times the text, at most a quarter more work per character (plus a little for rounding on tiny counts).
			assert.ok(b <= a * 1.25 + 0.05, `${pass}: ${a.toFixed(2)} steps per character at ${SMALL}, ${b.toFixed(2)} at ${LARGE}: superlinear`);
		}
	});
}

test('linear work: numbered headings that skip numbers (each gap looks only between its two siblings)', () => {
	// 一、 三、 五、 … under one parent, with text between that holds other numerals: every heading is a gap to check.
	const text = (n: number): string => {
		const parts: string[] = [];
		for (let i = 1, len = 0; len < n; i += 2) {
			const p = `（${i}）加强组织领导。第一、二、三季度完成1、2、3项任务，推进改革发展稳定工作。\n`;
			parts.push(p);
			len += p.length;
		}
		return parts.join('').slice(0, n);
	};
	const steps = (n: number): number => {
		resetWork();
		analyze(text(n));
		return workCounts().sections / n;
	};
	const small = steps(SMALL);
	const large = steps(LARGE);
	assert.ok(large <= small * 1.25 + 0.05, `sections: ${small.toFixed(2)} steps per character at ${SMALL}, ${large.toFixed(2)} at ${LARGE}: superlinear`);
});

test('linear work: one total over thousands of indented rows that do not sum to it (the error located once)', () => {
	// A total, then its parts indented one level below: the parent of each is found without walking back over its
	// siblings, and the figure that mends the sum is looked up in it without searching it once per part.
	const text = (n: number): string => {
		const parts = ['| 指标 | 数量 |\n|---|---|\n| 总计 | 100 |\n'];
		for (let i = 0, len = parts[0]!.length; len < n; i++) {
			const row = `| 　　项目${i % 100} | ${(i % 90) + 1} |\n`;
			parts.push(row);
			len += row.length;
		}
		return parts.join('');
	};
	const steps = (n: number): number => {
		resetWork();
		const a = analyze(text(n));
		assert.equal(a.tables.length, 1);
		assert.ok(a.findings.some((f) => f.ruleId === 'table.sum'));
		return workCounts().tables / n;
	};
	const small = steps(SMALL);
	const large = steps(LARGE);
	assert.ok(large <= small * 1.25 + 0.05, `tables: ${small.toFixed(2)} steps per character at ${SMALL}, ${large.toFixed(2)} at ${LARGE}: superlinear`);
});

/** Blocks an edit may make the analysis read again: its own, and the one its cut moves into. */
const BLOCKS_PER_EDIT = 4;

for (const shape of SHAPES) {
	const needsCorpus = shape === 'prose' || shape === 'prose wrapped at 15';
	test(`bounded work per edit: ${shape}`, { skip: needsCorpus && !prose ? '../shared is absent: the prose shapes need the corpus' : false }, () => {
		// A character typed at 30 places one after the other, as in an editor: each re-reads a bounded neighbourhood. A
		// stretch with no sentence end is cut where its text says (content-defined cuts), not at a fixed length from the
		// stretch's start, so an edit does not move the cuts of every block after it; and a few lines an edit makes alike
		// do not turn the whole document into hard-wrapped text.
		let text = shapeText(shape, LARGE, prose);
		const cache = new BlockCache();
		analyze(text, {}, cache);
		for (let v = 0; v < 30; v++) {
			const at = Math.floor(((((v + 2) * 37) % 40) + 0.5) / 40 * text.length);
			text = text.slice(0, at) + '新' + text.slice(at);
			const before = cache.stats.misses;
			analyze(text, {}, cache);
			const read = cache.stats.misses - before;
			assert.ok(read <= BLOCKS_PER_EDIT, `edit ${v} at ${at}: ${read} blocks read again (at most ${BLOCKS_PER_EDIT})`);
		}
	});
}
