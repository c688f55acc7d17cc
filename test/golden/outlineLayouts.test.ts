/**
 * The outline golds of test/fixtures/outline (labels over ../shared), each document scored as it is, as web text with one
 * paragraph per line and hard-wrapped (layouts made here from the real text): per layout, recall and precision at least
 * 98% and parent accuracy at least 97%, the targets `npm run eval` reports against; and each layout read as what it is.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { LAYOUTS } from '../helpers/layouts';
import { type OutlineGold, scoreLayout } from '../helpers/outlineScore';
import { readShared, ROOT, SKIP_SHARED } from '../helpers/paths';

const DIR = path.join(ROOT, 'test', 'fixtures', 'outline');
const golds = readdirSync(DIR)
	.filter((f) => f.endsWith('.gold.json'))
	.map((f) => ({ file: f, ...(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as OutlineGold) }));

describe('outline golds in every layout (test/fixtures/outline)', { skip: SKIP_SHARED }, () => {
	test('at least 8 documents, dev and held out, of the new layouts', () => {
		assert.ok(golds.length >= 8);
		assert.ok(golds.some((g) => g.split === 'heldout') && golds.some((g) => g.split === 'dev'));
		for (const layout of ['web-text', 'markdown-lists', 'compilation', 'communique']) assert.ok(golds.some((g) => g.layout === layout), layout);
	});

	for (const layout of LAYOUTS) {
		test(`${layout}: recall and precision ≥ 98%, parent ≥ 97%`, () => {
			let gold = 0;
			let found = 0;
			let recalled = 0;
			let precise = 0;
			let parented = 0;
			const problems: string[] = [];
			for (const g of golds) {
				const s = scoreLayout(g, readShared(...g.path.split('/')), layout, analyze);
				assert.equal(s.hardWrapped, layout === 'hard-wrapped', `${g.file}: read as ${s.hardWrapped ? '' : 'not '}hard-wrapped`);
				gold += s.gold;
				found += s.found;
				recalled += s.recalled;
				precise += s.precise;
				parented += s.parented;
				problems.push(...s.problems.map((p) => `${g.file}: ${p}`));
			}
			const detail = `\n${problems.join('\n')}`;
			assert.ok(recalled >= 0.98 * gold, `recall ${recalled}/${gold}${detail}`);
			assert.ok(precise >= 0.98 * found, `precision ${precise}/${found}${detail}`);
			assert.ok(parented >= 0.97 * recalled, `parent ${parented}/${recalled}${detail}`);
		});
	}
});
