import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
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
