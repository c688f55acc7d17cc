import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { blockPairs } from '../../server/src/analysis/parse/keyedPairs';
import { type BlockWork, listsOf } from '../../server/src/analysis/blockWork';
import type { Block } from '../../server/src/analysis/text/textModel';

/** The readings of the quoted formula `name` in `text`, in text order: verdict, source and items. */
function readings(text: string, name: string): string[] {
	return analyze(text)
		.formulas.filter((f) => f.text === name)
		.map((f) => `${f.verdict}${f.expansion ? ` ${f.expansion.source}` : ''}${f.parts[0]?.items.length ? ` ${f.parts[0].items.join('、')}` : ''}`);
}

describe('pairs whose items end alike (权力清单和责任清单): a list of two for a quoted count of two of that key', () => {
	const pairs: [string, string, string[]][] = [
		['joined by 和, the lead verb kept', '全面落实部门权力清单和责任清单。', ['全面落实部门权力清单、责任清单']],
		['the second item cut where it ends alike', '推动产业转型先行和城乡融合先行取得明显成效。', ['推动产业转型先行、城乡融合先行']],
		['joined by 与', '统筹城市更新与乡村更新。', ['统筹城市更新、乡村更新']],
	];
	for (const [what, text, expected] of pairs) {
		test(`pair: ${what}`, () => assert.deepEqual(blockPairs(text).map((l) => l.spelled), expected));
	}
	const none: [string, string][] = [
		['items that end otherwise', '加强生态保护和环境治理。'],
		['the last two items of a 、 run (blockLists reads the run)', '建立权力清单、负面清单和责任清单。'],
		['a second item too long to be one', '落实权力清单和进一步完善各级政府部门的各项工作责任清单。'],
		['the same item twice', '深化改革和改革。'],
	];
	for (const [what, text] of none) {
		test(`no pair: ${what}`, () => assert.deepEqual(blockPairs(text), [], text));
	}
});

describe('a quoted count of two read from a pair of the document', () => {
	test('read: the pair of the sentence before (两个清单)', () => {
		const text = '全面落实部门权力清单和责任清单。各县区上半年公布“两个清单”。\n';
		assert.deepEqual(readings(text, '两个清单'), ['ok before 全面落实部门权力清单、责任清单'], text);
		assert.deepEqual(analyze(text).findings, [], text);
	});
	test('read: the pair later in the paragraph (两个先行)', () => {
		const text = '奋力推进“两个先行”开局起步，坚持稳中求进，推动产业转型先行和城乡融合先行取得明显成效。\n';
		assert.deepEqual(readings(text, '两个先行'), ['ok after 推动产业转型先行、城乡融合先行'], text);
	});
	const notRead: [string, string, string][] = [
		['a count of levels (两级政府 are not 法治政府和廉洁政府)', '建设法治政府和廉洁政府。完善“两级政府、三级管理”体制。\n', '两级政府'],
		['a count of three (三个清单): never flagged', '全面落实部门权力清单和责任清单。各县区公布“三个清单”。\n', '三个清单'],
		['two pairs that differ', '落实权力清单和责任清单。编制负面清单和准入清单。公布“两个清单”。\n', '两个清单'],
		['another year (2025年…/ 2026年…)', '2025年，全面落实部门权力清单和责任清单。2026年，各县区公布“两个清单”。\n', '两个清单'],
	];
	for (const [what, text, name] of notRead) {
		test(`not read: ${what}`, () => {
			assert.ok(!readings(text, name).some((r) => r.startsWith('ok') || r.startsWith('mismatch')), `${text}\n${readings(text, name).join('\n')}`);
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
});

describe('a block’s pairs are read once and kept with its work (the keystroke reads only the blocks it changed)', () => {
	test('kept with the runs, not read again', () => {
		const work: BlockWork = { quantities: [], heading: undefined, formulas: [], claims: [] };
		const lists = listsOf(work, { text: '建立东区、西区，全面落实部门权力清单和责任清单。' } as Block);
		assert.deepEqual(lists.map((l) => l.spelled), ['建立东区、西区', '全面落实部门权力清单、责任清单']);
		// Asked again with another text (as no block is: its work is kept for its text), the kept lists answer.
		assert.equal(listsOf(work, { text: '' } as Block), lists);
	});
});
