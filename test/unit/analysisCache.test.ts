import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, analyzeSteps, BlockCache } from '../../server/src/analysis/index';
import { AnalysisCache, runSteps, Superseded, type StartAnalysis } from '../../server/src/analysisCache';

describe('analysis cache', () => {
	const start = (counter: { n: number }, text = '一、总体要求'): StartAnalysis => () => (counter.n++, Promise.resolve(analyze(text)));

	test('repeated calls for one version compute once; a new version or options key recomputes', async () => {
		const computed = { n: 0 };
		const cache = new AnalysisCache();
		const doc = { uri: 'file:///a', version: 1 };
		const first = await cache.get(doc, '', start(computed));
		assert.equal(await cache.get(doc, '', start(computed)), first);
		assert.equal(computed.n, 1);
		await cache.get({ uri: 'file:///a', version: 2 }, '', start(computed));
		assert.equal(computed.n, 2);
		await cache.get({ uri: 'file:///a', version: 2 }, 'other options', start(computed));
		assert.equal(computed.n, 3);
	});

	test('bounded: the least recently used entry is evicted; delete drops an entry', async () => {
		const computed = { n: 0 };
		const cache = new AnalysisCache(2);
		const get = (uri: string): Promise<unknown> => cache.get({ uri, version: 1 }, '', start(computed, ''));
		await get('a');
		await get('b');
		await get('a'); // a is now the most recent
		await get('c'); // evicts b
		assert.equal(computed.n, 3);
		await get('a');
		assert.equal(computed.n, 3);
		await get('b');
		assert.equal(computed.n, 4);
		cache.delete('b');
		await get('b');
		assert.equal(computed.n, 5);
	});

	test('a running analysis is abandoned (Superseded) when a newer version replaces it; steps run in slices', async () => {
		const cache = new AnalysisCache();
		const yields: (() => void)[] = [];
		let clock = 0;
		// Each step takes 3 "ms" of a fake clock: a slice (4 ms) runs two steps, then yields.
		const steps = (function* () {
			for (let i = 0; i < 10; i++) {
				clock += 3;
				yield;
			}
			return analyze('');
		})();
		const old = cache.get({ uri: 'a', version: 1 }, '', (wanted) => runSteps(steps, wanted, (resume) => yields.push(resume), () => clock));
		assert.equal(yields.length, 1, 'the first slice ran and yielded');
		const fresh = cache.get({ uri: 'a', version: 2 }, '', () => Promise.resolve(analyze('一、总体要求')));
		yields.shift()!();
		await assert.rejects(old, Superseded);
		assert.equal((await fresh).sections.length, 1);
		assert.equal(yields.length, 0, 'nothing more of the old analysis ran');
	});

	test('analyzeSteps gives what analyze gives', () => {
		const text = '一、总体要求\n\n全年财政收入5200亿元，比上年增加400亿元，增长9.5%。\n\n三、组织保障';
		const steps = analyzeSteps(text);
		let n = 0;
		let step = steps.next();
		while (!step.done) {
			n++;
			step = steps.next();
		}
		assert.ok(n > 3);
		assert.deepEqual(step.value, analyze(text));
	});
});

describe('block cache (incremental analysis)', () => {
	test('an edit re-reads only the paragraph it touched, and gives what a full analysis gives', () => {
		const paragraphs = Array.from({ length: 40 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）第${i}段。全年财政收入5200亿元，比上年增加400亿元，增长8.3%。`);
		const text = paragraphs.join('\n\n');
		const cache = new BlockCache();
		analyze(text, {}, cache);
		const before = cache.stats;
		const edited = text.replace('第7段。全年财政收入5200亿元', '第7段。全年财政收入5300亿元');
		const incremental = analyze(edited, {}, cache);
		assert.equal(cache.stats.misses - before.misses, 1, 'one block read again');
		assert.deepEqual(incremental, analyze(edited));
		assert.equal(incremental.findings.filter((f) => f.ruleId === 'claim.percent-change').length, 1);
	});
});
