import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, BlockCache } from '../../server/src/analysis/index';
import { AnalysisCache } from '../../server/src/analysisCache';

describe('analysis cache', () => {
	test('repeated calls for one version compute once; a new version or options key recomputes', () => {
		let computed = 0;
		const cache = new AnalysisCache(() => (computed++, analyze('一、总体要求')));
		const doc = { uri: 'file:///a', version: 1 };
		const first = cache.get(doc);
		assert.equal(cache.get(doc), first);
		assert.equal(computed, 1);
		cache.get({ uri: 'file:///a', version: 2 });
		assert.equal(computed, 2);
		cache.get({ uri: 'file:///a', version: 2 }, 'other options');
		assert.equal(computed, 3);
	});

	test('bounded: the least recently used entry is evicted; delete drops an entry', () => {
		let computed = 0;
		const cache = new AnalysisCache(() => (computed++, analyze('')), 2);
		cache.get({ uri: 'a', version: 1 });
		cache.get({ uri: 'b', version: 1 });
		cache.get({ uri: 'a', version: 1 }); // a is now the most recent
		cache.get({ uri: 'c', version: 1 }); // evicts b
		assert.equal(computed, 3);
		cache.get({ uri: 'a', version: 1 });
		assert.equal(computed, 3);
		cache.get({ uri: 'b', version: 1 });
		assert.equal(computed, 4);
		cache.delete('b');
		cache.get({ uri: 'b', version: 1 });
		assert.equal(computed, 5);
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
