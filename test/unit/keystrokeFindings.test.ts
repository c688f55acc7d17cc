/**
 * The keystroke path (#9, design step 2): the findings of an analysis made with the document's cache, after a series of
 * edits on every bench shape, are exactly those of a full analysis of the same text — and they are had without making
 * the public tables (counted: work.tablesMade), which are made on demand, from what the analysis kept, when asked for
 * (a hover, the outline, the JSON), even after later keystrokes. Counted, not timed.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze, BlockCache, type PolicyAnalysis } from '../../server/src/analysis/index';
import { work } from '../../server/src/analysis/work';
import { SHAPES, proseText, shapeText } from '../helpers/shapes';
import { HAVE_SHARED, SHARED } from '../helpers/paths';

const prose = HAVE_SHARED ? proseText(SHARED) : undefined;

for (const shape of SHAPES) {
	const needsCorpus = shape === 'prose' || shape === 'prose wrapped at 15';
	test(`keystroke findings: ${shape}`, { skip: needsCorpus && !prose ? '../shared is absent: the prose shapes need the corpus' : false }, () => {
		let text = shapeText(shape, 6000, prose);
		const cache = new BlockCache();
		analyze(text, {}, cache);
		const kept: { text: string; analysis: PolicyAnalysis }[] = [];
		for (let i = 0; i < 12; i++) {
			// Typed, deleted and typed back at places spread over the text, as analysisCache.test.ts's keystrokes.
			const at = Math.floor((((i * 7) % 12) + 0.5) / 12 * text.length);
			text = i % 4 === 3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + (i % 2 ? '新' : '5') + text.slice(at);
			const made = work.tablesMade;
			const got = analyze(text, {}, cache);
			const findings = got.findings;
			assert.equal(work.tablesMade, made, `${shape}, edit ${i}: no table made for the findings`);
			assert.deepEqual(findings, analyze(text).findings, `${shape}, edit ${i}: the findings of a full analysis`);
			kept.push({ text, analysis: got });
		}
		// Each keystroke's tables, asked for after every later keystroke: those of a full analysis of its text.
		for (const [i, k] of kept.entries()) {
			const fresh = analyze(k.text);
			assert.deepEqual(k.analysis.tables, fresh.tables, `${shape}, edit ${i}: its tables made late`);
			// (As analysisCache.test.ts compares: a claim the cache named keeps its fields in another order than a fresh one.)
			assert.deepEqual(k.analysis, fresh, `${shape}, edit ${i}: its whole analysis`);
		}
	});
}
