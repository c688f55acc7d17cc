import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, analyzeSteps, BlockCache, buildTextModel } from '../../server/src/analysis/index';
import { TextMemo } from '../../server/src/analysis/text/textModel';
import { LineMemo } from '../../server/src/analysis/tables/detect';
import { AnalysisCache, runSteps, Superseded, type StartAnalysis } from '../../server/src/analysisCache';
import { BY_INDUSTRY, DISTRICTS, EXPORTS_BY_COUNTRY, FREIGHT, GRAIN_FLAT, POPULATION, TRADE, TRADE_BY_MODE, VALUE_ADDED_BY_INDUSTRY } from '../helpers/tableFixtures';
import { SHAPES, proseText, shapeText } from '../helpers/shapes';
import { HAVE_SHARED, SHARED } from '../helpers/paths';

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

	test('an edit undone (a character typed, then deleted) finds the blocks and tables it restores in the cache', () => {
		const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i}段。全年财政收入5200亿元，比上年增加400亿元，增长8.3%。`);
		const original = `${paragraphs.join('\n\n')}\n\n${FREIGHT}\n`;
		const cache = new BlockCache();
		analyze(original, {}, cache);
		const typed = original.replace('第7段。全年', '第7段。新全年').replace('| 公路 | 亿吨 | 403.4 |', '| 公路 | 亿吨 | 413.4 |');
		assert.deepEqual(analyze(typed, {}, cache), analyze(typed));
		const blocks = cache.stats;
		const tables = cache.tables.stats;
		assert.deepEqual(analyze(original, {}, cache), analyze(original));
		assert.equal(cache.stats.misses, blocks.misses, 'the restored paragraph and table rows are not read again');
		assert.equal(cache.tables.stats.misses, tables.misses, 'the restored table is not read again');
		// Two edits later the block is no longer kept: the cache holds two analyses at most.
		analyze(typed, {}, cache);
		analyze(typed.replace('第3段', '第三段'), {}, cache);
		const later = cache.stats;
		analyze(original, {}, cache);
		assert.ok(cache.stats.misses > later.misses);
	});

	test('restatements after edits: the figures\' keys kept with their blocks give what a full analysis gives', () => {
		const original = ['一、2023年工作回顾', '全年粮食产量6000万吨，比上年增长2.1%。全年地区生产总值5000亿元，增长5.2%。', '二、2024年工作安排', '全年粮食产量6000万吨，比上年增长2.1%。', '三、附件', '全年粮食产量6000万吨。'].join('\n\n');
		const restatements = (text: string, cache: BlockCache): string[] => {
			const incremental = analyze(text, {}, cache);
			assert.deepEqual(incremental, analyze(text));
			return incremental.relations.filter((r) => r.kind === 'restatement').map((r) => `${r.expression} ${r.ok}`);
		};
		const cache = new BlockCache();
		assert.deepEqual(restatements(original, cache), ['6000万吨 = 6000万吨 true', '6000万吨 = 6000万吨 true']);
		// One statement changed; then a paragraph before them all (every figure moves); then a block repeated (two blocks
		// of one text share their work and their keys); then the text as it was.
		const changed = original.replace('二、2024年工作安排\n\n全年粮食产量6000万吨', '二、2024年工作安排\n\n全年粮食产量6500万吨');
		assert.deepEqual(restatements(changed, cache), ['6000万吨 ≠ 6500万吨 false', '6000万吨 = 6000万吨 true']);
		const moved = `全年新增就业120万人。\n\n${changed}`;
		assert.deepEqual(restatements(moved, cache), ['6000万吨 ≠ 6500万吨 false', '6000万吨 = 6000万吨 true']);
		restatements(moved.replace('三、附件\n\n全年粮食产量6000万吨。', '三、附件\n\n全年粮食产量6000万吨。\n\n全年粮食产量6000万吨。'), cache);
		assert.deepEqual(restatements(original, cache), ['6000万吨 = 6000万吨 true', '6000万吨 = 6000万吨 true']);
	});

	test('glossary terms on a line of their own after edits: the reading kept with the term\'s block is of the blocks after it now', () => {
		// termOnLine reads a term's block with its gloss (the next block) and the block after that: each is edited in turn.
		const original = ['“六稳”：', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '“六保”：', '保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。'].join('\n\n');
		const verdicts = (text: string, cache: BlockCache): string[] => {
			const incremental = analyze(text, {}, cache);
			assert.deepEqual(incremental, analyze(text));
			return incremental.formulas.map((f) => `${f.text} ${f.verdict}`);
		};
		const cache = new BlockCache();
		assert.deepEqual(verdicts(original, cache), ['六稳 ok', '六保 ok']);
		const gloss = original.replace('稳投资、', '');
		assert.deepEqual(verdicts(gloss, cache), ['六稳 mismatch', '六保 ok']);
		// The block after the gloss a sentence: no next entry, so no term on its line (a heading over its paragraph).
		const after = original.replace('“六保”：', '下面是六保的内容，我们要认真做好这项工作，全面落实各项要求。');
		assert.deepEqual(verdicts(after, cache), ['六稳 unexpanded', '六保 unexpanded']);
		assert.deepEqual(verdicts(original, cache), ['六稳 ok', '六保 ok']);
		assert.deepEqual(verdicts(after, cache), ['六稳 unexpanded', '六保 unexpanded']);
	});

	test('a glossary term before its gloss and a block without work (HTML, code): the reading is of that block\'s text now', () => {
		// Blocks without work (code, HTML, front matter) share one work: it does not tell their texts apart, so the reading
		// kept with the term is kept for the text of such a block after its gloss (a sentence there: a heading over its paragraph).
		const term = ['“六稳”：', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。'];
		for (const [short, sentence] of [
			['<div>附注</div>', '<div>附注。这是一段说明文字。</div>'],
			['```\n附注\n```', '```\n附注。这是一段说明文字。\n```'],
			['<!-- 附注 -->', '<!-- 附注。这是一段说明文字。 -->'],
		] as const) {
			const verdicts = (after: string, cache: BlockCache): string[] => {
				const text = [...term, after].join('\n\n');
				const incremental = analyze(text, {}, cache);
				assert.deepEqual(incremental, analyze(text), after);
				return incremental.formulas.map((f) => `${f.text} ${f.verdict}`);
			};
			const cache = new BlockCache();
			assert.deepEqual(verdicts(short, cache), ['六稳 ok']);
			assert.deepEqual(verdicts(sentence, cache), ['六稳 unexpanded']);
			assert.deepEqual(verdicts(short, cache), ['六稳 ok']);
		}
	});

	test('a keystroke keeps the restatements it did not touch: the same relation objects, and what a full analysis gives', () => {
		// One line of figures restated word for word every thousand (blocks of one text share their figures): each keystroke
		// found every pair again and drafted each anew; now a pair of the same figures at the same places is kept.
		const text = shapeText('one line without punctuation', 60_000);
		const cache = new BlockCache();
		const before = analyze(text, {}, cache);
		const restated = before.relations.filter((r) => r.kind === 'restatement');
		assert.ok(restated.length > 1000, `${restated.length}`);
		const at = Math.floor(text.length * 0.9);
		const edited = `${text.slice(0, at)}新${text.slice(at)}`;
		const after = analyze(edited, {}, cache);
		assert.deepEqual(after, analyze(edited));
		const kept = new Set(before.relations);
		const same = after.relations.filter((r) => kept.has(r)).length;
		assert.ok(same > after.relations.length * 0.8, `${same} of ${after.relations.length} kept`);
		// A relation that does not hold is made anew (the blame pass may change it): a figure changed far before the edit.
		const wrong = edited.replace(/工作落实推进改革发展稳定148项/, '工作落实推进改革发展稳定149项');
		assert.notEqual(wrong, edited);
		const failing = analyze(wrong, {}, cache);
		assert.deepEqual(failing, analyze(wrong));
		assert.ok(failing.relations.some((r) => !r.ok));
	});

	test('a keystroke keeps the restatements of figures that stand at many places (a passage repeated): kept by position, what a full analysis gives', () => {
		// Tables with their prose repeat one passage: its figures (one object for all the blocks of one text) stand at
		// hundreds of places, more than a memo by figure kept (16), so each keystroke drafted their restatements anew.
		const text = shapeText('tables with their prose', 30_000);
		const cache = new BlockCache();
		const before = analyze(text, {}, cache);
		const restated = before.relations.filter((r) => r.kind === 'restatement');
		assert.ok(restated.length > 200, `${restated.length}`);
		for (const share of [0.9, 0.3]) {
			const at = Math.floor(text.length * share);
			const edited = `${text.slice(0, at)}新${text.slice(at)}`;
			const last = new Set(analyze(text, {}, cache).relations);
			const after = analyze(edited, {}, cache);
			assert.deepEqual(after, analyze(edited));
			const again = after.relations.filter((r) => r.kind === 'restatement');
			const same = again.filter((r) => last.has(r)).length;
			assert.ok(same > again.length / 2, `${same} of ${again.length} kept`);
		}
	});

	test('edits inside a table give what a full analysis gives; the tables an edit did not touch are not read again', () => {
		const aligned = ['表2 年末人口数及其构成', '指标              年末数（万人）    比重（%）', '全国人口            140967          100.0', '其中：城镇          92071           65.3', '      乡村          48896           34.7'].join('\n');
		const original = `一、总体情况\n\n${FREIGHT}\n\n二、人口\n\n年末全国人口140967万人。\n\n${aligned}\n`;
		const cache = new BlockCache();
		const first = analyze(original, {}, cache);
		assert.equal(first.tables.length, 2);
		assert.equal(first.findings.length, 0);
		// Each edit, and the rows of each table after it.
		const edits: [string, (text: string) => string, number[]][] = [
			['a figure changed: the sum breaks', (t) => t.replace('| 公路 | 亿吨 | 403.4 |', '| 公路 | 亿吨 | 413.4 |'), [6, 3]],
			['a row broken into prose: the table ends before it', (t) => t.replace('| 民航 | 万吨 | 735.4 | 21.0 |', '民航完成货运量735.4万吨，增长21.0%。'), [4, 3]],
			['the row back, and a row added', (t) => t.replace('民航完成货运量735.4万吨，增长21.0%。', '| 民航 | 万吨 | 735.4 | 21.0 |').replace('| 管道 | 亿吨 | 9.5 | 7.5 |', '| 管道 | 亿吨 | 9.5 | 7.5 |\n| 其他 | 亿吨 | 0.1 | 1.0 |'), [7, 3]],
			['a figure of the aligned table', (t) => t.replace('其中：城镇          92071', '其中：城镇          92081'), [7, 3]],
			['a cell of the aligned table emptied: no table there', (t) => t.replace('      乡村          48896', '        乡村          '), [7]],
			['everything as it was', () => original, [6, 3]],
		];
		let text = original;
		for (const [what, edit, rows] of edits) {
			text = edit(text);
			const incremental = analyze(text, {}, cache);
			assert.deepEqual(incremental, analyze(text), what);
			assert.deepEqual(
				incremental.tables.map((t) => t.rows.length),
				rows,
				what,
			);
		}
		// A sentence added before both tables moves them and their claims: both are kept, neither is read again.
		const before = cache.tables.stats;
		text = text.replace('二、人口\n\n', '二、人口\n\n全年出生人口902万人，死亡人口1110万人。\n\n');
		const moved = analyze(text, {}, cache);
		assert.deepEqual(moved, analyze(text));
		assert.deepEqual(cache.tables.stats, { hits: before.hits + 2, misses: before.misses });
		assert.equal(moved.tables.length, 2);
	});
	test('edits inside a long table read its edited rows again, and give what a full analysis gives', () => {
		const labels = ['地区生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值'];
		const rows = Array.from({ length: 40 }, (_, i) => `| ${labels[i % 4]} | 亿元 | ${1000 + i * 7} | ${(i % 9) / 10} |`);
		const original = `表1 主要指标\n\n| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n|---|---|---:|---:|\n${rows.join('\n')}\n\n全年地区生产总值1000亿元。\n`;
		const cache = new BlockCache();
		assert.deepEqual(analyze(original, {}, cache), analyze(original));
		const edits: [string, (text: string) => string][] = [
			['a character typed in a label', (t) => t.replace('| 第二产业增加值 | 亿元 | 1042 |', '| 第二产业增加新值 | 亿元 | 1042 |')],
			['a figure typed in a label: the figures after it are further on', (t) => t.replace('| 第三产业增加值 | 亿元 | 1049 |', '| 第三产业增加值5 | 亿元 | 1049 |')],
			['a figure split in two', (t) => t.replace('| 1070 |', '| 10 70 |')],
			['a figure changed: the same text elsewhere', (t) => t.replace('| 1007 |', '| 1000 |')],
			['a row repeated', (t) => t.replace(`${rows[20]!}\n`, `${rows[20]!}\n${rows[20]!}\n`)],
			['a cell emptied', (t) => t.replace(`| ${1000 + 30 * 7} |`, '|  |')],
			['the unit column renamed: every row read again', (t) => t.replace('| 指标 | 单位 |', '| 指标 | 计量单位 |')],
			['everything as it was', () => original],
		];
		let text = original;
		for (const [what, edit] of edits) {
			const before = cache.tables.rowStats;
			const edited = edit(text);
			assert.notEqual(edited, text, what);
			text = edited;
			assert.deepEqual(analyze(text, {}, cache), analyze(text), what);
			const after = cache.tables.rowStats;
			if (what === 'a character typed in a label') assert.deepEqual([after.hits - before.hits, after.misses - before.misses], [39, 1], what);
		}
	});

	test('a character typed before a row’s `|` cuts a long table in two (its rows after read in other columns); typed elsewhere next, the rows keep their readings', () => {
		const labels = ['地区生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值'];
		const rows = Array.from({ length: 200 }, (_, i) => `| ${labels[i % 4]} | 亿元 | ${1000 + i * 7} | ${(i % 9) / 10} |`);
		const original = `| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n|---|---|---:|---:|\n${rows.join('\n')}\n`;
		const cache = new BlockCache();
		analyze(original, {}, cache);
		const cut = original.replace(`\n${rows[100]!}`, `\n新${rows[100]!}`);
		// Each from the original, as an editor's keystrokes at two places: the table cut, then whole again with a label edited.
		const typed = original.replace(`| ${rows[150]!.slice(2)}`, `| 新${rows[150]!.slice(2)}`);
		const misses: number[] = [];
		for (const text of [cut, typed, cut, original]) {
			const before = cache.tables.rowStats.misses;
			assert.deepEqual(analyze(text, {}, cache), analyze(text));
			misses.push(cache.tables.rowStats.misses - before);
		}
		// The first cut reads the rows after it in their new columns; after that each keystroke reads the row it touched.
		assert.ok(misses[0]! > 90, misses.join(' '));
		assert.ok(misses.slice(1).every((m) => m <= 2), misses.join(' '));
	});

	test('keystrokes in tables whose rows are held to their whole by the table (sections, a caption’s total, a balance’s kinds) give what a full analysis gives', () => {
		const original = [BY_INDUSTRY, TRADE_BY_MODE, '全年城镇固定资产投资241415亿元。'].join('\n\n');
		const cache = new BlockCache();
		assert.deepEqual(analyze(original, {}, cache), analyze(original));
		let text = original;
		const edits: [string, (t: string) => string][] = [
			['a division changed', (t) => t.replace('纺织业 2230', '纺织业 72230')],
			['a section renamed: no longer a section', (t) => t.replace('- 建筑业 2332', '- 建筑 2332')],
			['a balance kind changed', (t) => t.replace('| 354 |', '| 454 |')],
			['the total row removed', (t) => t.replace('- 总计 241415 24.5\n', '')],
			['everything as it was', () => original],
		];
		for (const [what, edit] of edits) {
			text = edit(text);
			assert.deepEqual(analyze(text, {}, cache), analyze(text), what);
		}
	});

	test('a table an edit did not move keeps its cell claims: the same objects while they are the same, copies when a relation changes', () => {
		const original = [FREIGHT, POPULATION, '全年城镇固定资产投资241415亿元。'].join('\n\n');
		const cache = new BlockCache();
		let last = analyze(original, {}, cache);
		let lastJson = JSON.stringify(last);
		let text = original;
		const edits: [string, (t: string) => string, boolean][] = [
			// The first analyses name the rows the partitions name (铁路 → 铁路货运量): their claims are made again once.
			['prose after the tables', (t) => t.replace('241415亿元', '241416亿元'), false],
			['prose after the tables again', (t) => t.replace('241416亿元', '241417亿元'), true],
			['a figure the table states too, changed: its cell claim in another relation', (t) => t.replace('557亿吨', '657亿吨'), true],
			['changed back', (t) => t.replace('657亿吨', '557亿吨'), true],
			['a row removed', (t) => t.replace('| 水路 | 亿吨 | 93.7 | 9.5 |\n', ''), false],
			['everything as it was', () => original, false],
		];
		for (const [what, edit, reused] of edits) {
			text = edit(text);
			const got = analyze(text, {}, cache);
			assert.deepEqual(got, analyze(text), what);
			assert.equal(JSON.stringify(last), lastJson, `${what}: the analysis before unchanged`);
			const kept = got.claims.filter((c, i) => c.cell !== undefined && c === last.claims[i]).length;
			if (reused) assert.ok(kept > 0, `${what}: cell claims kept`);
			last = got;
			lastJson = JSON.stringify(got);
		}
	});

	test('keystrokes through every shape of text: each cached analysis gives what a full analysis gives', () => {
		// What the cache keeps by place (quantities, table rows, cells and claims before the edit) and by text (rows and
		// tables further on): characters typed, deleted and typed back at places spread over each shape.
		const prose = HAVE_SHARED ? proseText(SHARED) : undefined;
		for (const shape of SHAPES) {
			if (!prose && (shape === 'prose' || shape === 'prose wrapped at 15')) continue;
			const original = shapeText(shape, 6000, prose);
			const cache = new BlockCache();
			let last = analyze(original, {}, cache);
			let lastJson = JSON.stringify(last);
			let text = original;
			for (let i = 0; i < 12; i++) {
				const at = Math.floor(((i * 7) % 12 + 0.5) / 12 * text.length);
				text = i % 4 === 3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + (i % 2 ? '新' : '5') + text.slice(at);
				const got = analyze(text, {}, cache);
				const fresh = analyze(text);
				assert.deepEqual(got, fresh, `${shape}, edit ${i}`);
				// The analysis before as it was: what two analyses share (quantities, rows, relations) is never changed once returned.
				assert.equal(JSON.stringify(last), lastJson, `${shape}, edit ${i}: the analysis before unchanged`);
				last = got;
				lastJson = JSON.stringify(got);
			}
			assert.deepEqual(analyze(original, {}, cache), analyze(original), `${shape}, as it was`);
		}
	});

	test('random single-character edits in tables and in prose: each cached analysis gives what a full analysis gives', () => {
		// A seeded generator: the same edits on every run. Characters typed and deleted at random places, one at a time,
		// now and then the text put back as it was (an undo: two edits apart from the last analysis, as the bench types).
		let seed = 20261130;
		const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
		const typed = ['新', '5', '0', '.', '%', '|', ' ', '\n', '，', '。', '其中：', '合计', '　'];
		const tables = [FREIGHT, POPULATION, TRADE, DISTRICTS, GRAIN_FLAT, EXPORTS_BY_COUNTRY, BY_INDUSTRY, VALUE_ADDED_BY_INDUSTRY, TRADE_BY_MODE].join('\n\n');
		const texts: [string, string][] = [
			['tables', `${tables}\n\n${shapeText('tables with their prose', 3000)}`],
			['a plain-text table', shapeText('plain-text table', 3000)],
		];
		if (HAVE_SHARED) texts.push(['prose', proseText(SHARED).slice(20_000, 26_000)], ['hard-wrapped prose', shapeText('prose wrapped at 15', 4000, proseText(SHARED))]);
		for (const [what, original] of texts) {
			const cache = new BlockCache();
			analyze(original, {}, cache);
			let text = original;
			for (let i = 0; i < 30; i++) {
				const r = random();
				const at = Math.floor(random() * text.length);
				if (r < 0.1) text = original;
				else if (r < 0.35) text = text.slice(0, at) + text.slice(at + 1);
				else text = text.slice(0, at) + typed[Math.floor(random() * typed.length)]! + text.slice(at);
				assert.deepEqual(analyze(text, {}, cache), analyze(text), `${what}, edit ${i} at ${at}`);
			}
		}
	});

	test('random edits of whole lines (rows deleted, tables pasted, glossary terms, HTML and code blocks, years, undo): each cached analysis gives what a full analysis gives', () => {
		// What the caches key on neighbours and places (a term's gloss and the block after it, a table's prose and wholes,
		// the claims before a table) moved by edits of lines rather than characters. Seeded: the same edits on every run.
		let seed = 20261201;
		const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const glossary = ['“六稳”：', '', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '', '<div>附注</div>', '', '“三保”：', '', '保基本民生、保工资、保运转。', '', '```', '附注', '```'];
		const original = ['一、2023年国民经济', '', FREIGHT, '', '全年货物出口237726亿元。铁路货运量50.1亿吨，比上年增长1.5%。', '', EXPORTS_BY_COUNTRY, '', ...glossary, '', '二、2023年人口', '', POPULATION, '', '年末全国人口140967万人，其中城镇常住人口93267万人。'].join('\n');
		const pasted = ['<div>附注。这是一段说明文字。</div>', '<!-- 过去五年 -->', '```', '“两新一重”：', '新型基础设施、新型城镇化、交通水利等重大工程。', '全年货物运输总量557亿吨，比上年增长8.1%。', '过去五年，全年货物出口237726亿元。', '| 公路 | 亿吨 | 403.4 | 8.7 |', '| 东盟 | 36817 | 0.0 | 15.5 |', ''];
		const edits: ((lines: string[]) => void)[] = [
			(lines) => lines.splice(Math.floor(random() * lines.length), 1),
			(lines) => lines.splice(Math.floor(random() * lines.length), 0, pick(pasted)),
			(lines) => lines.splice(Math.floor(random() * lines.length), 0, pick(lines)),
			(lines) => {
				const from = Math.floor(random() * lines.length);
				lines.splice(Math.floor(random() * lines.length), 0, '', ...lines.slice(from, from + 8), '');
			},
			(lines) => {
				const i = Math.floor(random() * lines.length);
				lines[i] = lines[i]!.replace(/[0-9]/, (d) => String((Number(d) + 1) % 10)).replace(/20[0-9]{2}(?=年)/, (y) => String(Number(y) - 1));
			},
			(lines) => {
				// Edit the text of an HTML or code block, or of a gloss.
				const i = lines.findIndex((l, k) => k >= random() * lines.length && /^<div>|^附注|^稳就业|^保基本/.test(l));
				if (i >= 0) lines[i] = lines[i]!.replace(/附注|、/, pick(['附注。这是一段说明文字。', '附注', '、稳物价、']));
			},
		];
		const cache = new BlockCache();
		analyze(original, {}, cache);
		const history = [original];
		for (let i = 0; i < 40; i++) {
			let text: string;
			if (random() < 0.1 && history.length > 2) {
				history.pop();
				text = history.pop()!;
			} else {
				const lines = history[history.length - 1]!.split('\n');
				pick(edits)(lines);
				text = lines.join('\n');
			}
			history.push(text);
			assert.deepEqual(analyze(text, {}, cache), analyze(text), `edit ${i}`);
		}
	});

	test('the text model after an edit is the model built from scratch, and reads a bounded neighbourhood of the edit', () => {
		let seed = 7;
		const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
		const typed = ['新', '5', '\n', '\n\n', '。', '|', ' ', '#', '```', '-', '，', '：', '\r', '<!--', '-->', '> ', '| a | b |\n|---|---|\n'];
		const prose = HAVE_SHARED ? proseText(SHARED) : undefined;
		for (const shape of SHAPES) {
			if (!prose && (shape === 'prose' || shape === 'prose wrapped at 15')) continue;
			const original = shapeText(shape, 8000, prose);
			const memo = new TextMemo();
			const lines = new LineMemo();
			buildTextModel(original, lines, memo);
			lines.prune();
			let text = original;
			for (let i = 0; i < 30; i++) {
				const at = Math.floor(random() * text.length);
				text = random() < 0.3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + typed[Math.floor(random() * typed.length)]! + text.slice(at);
				const model = buildTextModel(text, lines, memo);
				lines.prune();
				assert.deepEqual(model, buildTextModel(text), `${shape}, edit ${i} at ${at}`);
			}
		}
		// Work counted, not timed: a character typed in 100,000 characters of short lines (12,500 lines and paragraphs)
		// classifies a few lines and joins a few paragraphs; the others are taken from the last model.
		const text = shapeText('short lines with a figure', 100_000);
		const memo = new TextMemo();
		const lines = new LineMemo();
		buildTextModel(text, lines, memo);
		lines.prune();
		for (const at of [10, 50_000, 99_990]) {
			const before = { ...memo.counts };
			const model = buildTextModel(`${text.slice(0, at)}新${text.slice(at)}`, lines, memo);
			lines.prune();
			assert.ok(model.blocks.length > 12_000);
			assert.ok(memo.counts.lines - before.lines <= 4, `lines classified: ${memo.counts.lines - before.lines}`);
			assert.ok(memo.counts.blocks - before.blocks <= 16, `blocks joined: ${memo.counts.blocks - before.blocks}`);
		}
	});

	test('a long block without sentence ends is cut after edits as from scratch (the places kept from the last text, moved)', () => {
		// A character typed at one place and the last one taken back at another (two edits), and edits within the
		// first HASHED characters, where a place reads fewer characters.
		for (const shape of ['one line without punctuation', 'one sentence of figures', '、 list'] as const) {
			const original = shapeText(shape, 20_000);
			const memo = new TextMemo();
			buildTextModel(original, undefined, memo);
			for (let i = 0; i < 24; i++) {
				const at = i % 4 === 0 ? i : Math.floor(((i * 37) % 70) / 70 * original.length);
				const text = i % 3 === 0 ? original.slice(0, at) + original.slice(at + 2) : original.slice(0, at) + (i % 2 ? '新' : '，新') + original.slice(at);
				assert.deepEqual(buildTextModel(text, undefined, memo), buildTextModel(text), `${shape}, edit ${i} at ${at}`);
			}
		}
	});

	test('keystrokes in tables keep the other tables\' relations with the prose while the prose is the same: what a full analysis gives', () => {
		const original = shapeText('tables with their prose', 3000);
		const cache = new BlockCache();
		const first = analyze(original, {}, cache);
		const proseRelations = (a: ReturnType<typeof analyze>): string[] => a.relations.filter((r) => r.kind === 'table-prose').map((r) => `${r.expression} ${r.claims.join(',')}`);
		assert.ok(proseRelations(first).length >= 4);
		const tables = first.tables.length;
		const stats = cache.tables.prose.stats;
		const typed = (text: string, after: string, what: string): string => text.replace(after, after + what);
		// A figure changed in the first table (its cells' claims as many); a row added to it (every table after has its
		// claims two further on); a figure of the prose changed (nothing kept); then the text as it was.
		const edits = [typed(original, '| 公路 | 亿吨 | 40', '1'), typed(original, '| 管道 | 亿吨 | 9.5 | 7.5 |\n', '| 航空 | 亿吨 | 1.0 | 2.0 |\n'), original.replace('全年货物出口237726亿元', '全年货物出口237725亿元'), original];
		const kept: number[] = [];
		for (const text of edits) {
			const hits = stats.hits;
			const incremental = analyze(text, {}, cache);
			assert.deepEqual(incremental, analyze(text));
			assert.deepEqual(proseRelations(incremental).length, proseRelations(first).length);
			kept.push(stats.hits - hits);
		}
		// Every table but the edited one kept its relations with the prose (moved with its claims after the added row); an
		// edit of the prose keeps none.
		assert.deepEqual(kept, [tables - 1, tables - 1, 0, 0]);
	});

	test('a share column\'s whole in another table after edits of either table: what a full analysis gives, the shares kept while their table and whole stand as before', () => {
		// The cells of amounts of each table are kept with its draft (the index of wholes joins them): the whole's table
		// edited (its figure, a row added before it), then the shares' table, then the text as it was.
		const original = [
			'**表1 2023年货物进出口总额及其增长速度**',
			'| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n|---|---|---|---|\n| 货物进出口总额 | 亿元 | 417568 | 0.2 |\n| 货物出口额 | 亿元 | 237726 | 0.6 |\n| 货物进口额 | 亿元 | 179842 | -0.3 |',
			'**表2 2023年对主要国家和地区货物进出口情况**',
			'| 国家和地区 | 出口额（亿元） | 占全部出口比重（%） |\n|---|---|---|\n| 东盟 | 36817 | 15.5 |\n| 欧盟 | 35226 | 14.8 |',
		].join('\n\n');
		const shares = (text: string, cache: BlockCache): string[] => {
			const incremental = analyze(text, {}, cache);
			assert.deepEqual(incremental, analyze(text));
			return incremental.relations.filter((r) => r.kind === 'table-share').map((r) => `${r.expression} ${r.claims.join(',')}`);
		};
		const cache = new BlockCache();
		const stats = cache.tables.shares.stats;
		const kept: number[] = [];
		const sharesKept = (text: string): string[] => {
			const hits = stats.hits;
			const out = shares(text, cache);
			kept.push(stats.hits - hits);
			return out;
		};
		assert.deepEqual(sharesKept(original), ['36817 ÷ 237726 = 15.49% 7,6,2', '35226 ÷ 237726 = 14.82% 9,8,2']);
		assert.deepEqual(sharesKept(original.replace('| 237726 |', '| 247726 |')), ['36817 ÷ 247726 = 14.86% ≠ 15.5% 7,6,2', '35226 ÷ 247726 = 14.22% ≠ 14.8% 9,8,2']);
		const added = original.replace('| 货物出口额 |', '| 一般贸易 | 亿元 | 1000 | 1.0 |\n| 货物出口额 |');
		assert.deepEqual(sharesKept(added), ['36817 ÷ 237726 = 15.49% 9,8,4', '35226 ÷ 237726 = 14.82% 11,10,4']);
		// A growth rate of the whole's table edited: the shares' table keeps its shares (the same draft, claims and whole).
		assert.deepEqual(sharesKept(added.replace('| 0.6 |', '| 0.7 |')), ['36817 ÷ 237726 = 15.49% 9,8,4', '35226 ÷ 237726 = 14.82% 11,10,4']);
		assert.deepEqual(sharesKept(added.replace('| 0.6 |', '| 0.7 |').replace('| 36817 |', '| 36818 |')), ['36818 ÷ 237726 = 15.49% 9,8,4', '35226 ÷ 237726 = 14.82% 11,10,4']);
		assert.deepEqual(sharesKept(original), ['36817 ÷ 237726 = 15.49% 7,6,2', '35226 ÷ 237726 = 14.82% 9,8,2']);
		// Kept only where the shares' table, its claims and its whole stood as before.
		assert.deepEqual(kept, [0, 0, 0, 1, 0, 0]);
	});

	test('a keystroke keeps what stands before it: the same quantities, table rows and relations', () => {
		const text = shapeText('Markdown pipe table', 6000);
		const cache = new BlockCache();
		const before = analyze(text, {}, cache);
		const at = text.lastIndexOf('\n| ') + 3;
		const after = analyze(`${text.slice(0, at)}新${text.slice(at)}`, {}, cache);
		assert.deepEqual(after, analyze(`${text.slice(0, at)}新${text.slice(at)}`));
		// The first block's quantities, the table's first rows and the sums over them are the objects made before.
		assert.equal(after.quantities[0], before.quantities[0]);
		assert.equal(after.tables[0]!.rows[0], before.tables[0]!.rows[0]);
		const sum = after.relations.findIndex((r) => r.kind === 'table-sum');
		assert.ok(sum >= 0);
		assert.equal(after.relations[sum], before.relations[sum]);
		// The edited row is made again.
		const last = after.tables[0]!.rows.length - 1;
		assert.notEqual(after.tables[0]!.rows[last], before.tables[0]!.rows[last]);
	});
});
