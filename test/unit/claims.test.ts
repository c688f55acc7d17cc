import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/index';
import { toCodeActions, toDiagnostics } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { findingMessage } from '../../server/src/features/messages';
import { joinLines, spanText } from '../helpers/text';

interface Seen {
	rule: string;
	at: string;
	severity?: string;
	fix?: string;
}

/** Claim findings of `text`: rule, the figure it stands on, its quick fix. */
function claimFindings(text: string): Seen[] {
	return analyze(text)
		.findings.filter((f) => f.ruleId.startsWith('claim.') || f.ruleId === 'structure.title-body')
		.map((f) => ({ rule: f.ruleId, at: spanText(text, f.span), ...(f.severity !== 'warning' ? { severity: f.severity } : {}), ...(f.fix ? { fix: f.fix.text } : {}) }));
}

/** [what, consistent text, the same text with one figure changed, what the change must raise] */
const CASES: [string, string, string, Seen[]][] = [
	['V, 比上年增加D, 增长C%', '全年财政收入83080亿元，比上年增加14562亿元，增长21.3%。', '全年财政收入83080亿元，比上年增加14562亿元，增长23.3%。', [{ rule: 'claim.percent-change', at: '23.3%', fix: '21.3%' }]],
	['V, 比上年减少D, 下降C%', '全年出口2000亿元，比上年减少200亿元，下降9.1%。', '全年出口2000亿元，比上年减少200亿元，下降11.1%。', [{ rule: 'claim.percent-change', at: '11.1%', fix: '9.1%' }]],
	['由A增加到B，增长C%', '城乡居民医保补助标准由520元提高到580元，增长11.5%。', '城乡居民医保补助标准由520元提高到580元，增长12.5%。', [{ rule: 'claim.percent-change', at: '12.5%', fix: '11.5%' }]],
	['GDP = 一产 + 二产 + 三产', '全年国内生产总值1000亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。', '全年国内生产总值1100亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。', [{ rule: 'claim.part-sum', at: '1100亿元', fix: '1000亿元' }]],
	['进出口 = 出口 + 进口; 顺差 = 出口 − 进口', '全年货物进出口总额4000亿元。其中，出口2500亿元，进口1500亿元。货物进出口顺差1000亿元。', '全年货物进出口总额4000亿元。其中，出口2500亿元，进口1500亿元。货物进出口顺差1200亿元。', [{ rule: 'claim.part-sum', at: '1200亿元', fix: '1000亿元' }]],
	['拉动 contributions add up, 向下拉动 negative', '全年国内生产总值比上年增长5.2%。最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动国内生产总值增长1.5个百分点，货物和服务净出口向下拉动国内生产总值0.6个百分点。', '全年国内生产总值比上年增长5.2%。最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动国内生产总值增长1.5个百分点，货物和服务净出口拉动国内生产总值0.6个百分点。', [{ rule: 'claim.part-sum', at: '5.2%', fix: '6.4%' }]],
	['shares of the three industries make 100%', '第一产业增加值占国内生产总值比重为7.1%，第二产业增加值比重为38.3%，第三产业增加值比重为54.6%。', '第一产业增加值占国内生产总值比重为7.1%，第二产业增加值比重为38.3%，第三产业增加值比重为56.6%。', [{ rule: 'claim.share-sum', at: '56.6%' }]],
	['a share with its part and whole', '全年货物进出口总额417568亿元。民营企业进出口额223601亿元，比上年增长6.3%，占进出口总额比重为53.5%。', '全年货物进出口总额417568亿元。民营企业进出口额223601亿元，比上年增长6.3%，占进出口总额比重为55.5%。', [{ rule: 'claim.ratio', at: '55.5%', fix: '53.5%' }]],
	['contribution rates to growth make 100%', '全年最终消费支出对国内生产总值增长的贡献率为57.8%，资本形成总额的贡献率为31.2%，货物和服务净出口的贡献率为11.0%。', '全年最终消费支出对国内生产总值增长的贡献率为57.8%，资本形成总额的贡献率为31.2%，货物和服务净出口的贡献率为13.0%。', [{ rule: 'claim.share-sum', at: '13.0%' }]],
	['分别 contribution rates of 第一、二、三产业 and a structure a:b:c', '三次产业增加值比例调整为10.4:48.6:41.0;第一、二、三产业对经济增长的贡献率分别为9.4%、55.6%、35.0%。', '三次产业增加值比例调整为10.4:48.6:41.0;第一、二、三产业对经济增长的贡献率分别为9.4%、57.6%、35.0%。', [{ rule: 'claim.share-sum', at: '35.0%' }]],
	['与…之比: a share of a whole stated elsewhere', '全年国内生产总值1260582亿元。全年研究与试验发展经费支出33278亿元，比上年增长8.1%，与国内生产总值之比为2.64%。', '全年国内生产总值1260582亿元。全年研究与试验发展经费支出33278亿元，比上年增长8.1%，与国内生产总值之比为2.46%。', [{ rule: 'claim.ratio', at: '2.46%', fix: '2.64%' }]],
	['城乡…比值: urban over rural', '城镇居民人均可支配收入51821元。农村居民人均可支配收入21691元。城乡居民人均可支配收入比值为2.39。', '城镇居民人均可支配收入51821元。农村居民人均可支配收入21691元。城乡居民人均可支配收入比值为2.93。', [{ rule: 'claim.ratio', at: '2.93', fix: '2.39' }]],
	['a part larger than its whole', '全区11项对标指标中10项指标增幅超过全省平均水平。', '全区11项对标指标中12项指标增幅超过全省平均水平。', [{ rule: 'claim.subset', at: '12项' }]],
	['a part after 其中 larger than its total', '全市共有党员3200名，其中农村党员1200名、机关党员2100名。', '全市共有党员3200名，其中农村党员3500名、机关党员2100名。', [{ rule: 'claim.subset', at: '3500名' }]],
	['a structure a∶b∶c in percent makes 100', '全年三次产业结构为7.1∶38.3∶54.6。', '全年三次产业结构为7.1∶38.3∶56.6。', [{ rule: 'claim.share-sum', at: '56.6' }]],
	['a change between two rates in 百分点', '常住人口城镇化率由65.2%提高到66.2%，提高1.0个百分点。', '常住人口城镇化率由65.2%提高到66.2%，提高1.5个百分点。', [{ rule: 'claim.percentage-point', at: '1.5个百分点', fix: '1.0个百分点' }]],
	['% written where 百分点 is meant', '研发经费投入强度由2.4%提高到2.6%，提高8.3%。', '研发经费投入强度由2.4%提高到2.6%，提高0.2%。', [{ rule: 'claim.percentage-point', at: '0.2%', fix: '0.2个百分点' }]],
	['翻一番', '全市高新技术企业由1000家增加到2000家，翻了一番。', '全市高新技术企业由1000家增加到1500家，翻了一番。', [{ rule: 'claim.multiple', at: '1500家' }]],
	['one figure stated twice', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6000万吨，再创新高。', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6500万吨，再创新高。', [{ rule: 'claim.restatement', at: '6500万吨' }]],
];

describe('claim rules: a consistent sentence raises nothing; one figure changed raises the rule at that figure', () => {
	for (const [what, good, bad, expected] of CASES) {
		test(what, () => {
			assert.deepEqual(claimFindings(good), [], 'the consistent text');
			assert.deepEqual(claimFindings(bad), expected);
		});
	}
});

describe('being right when it speaks', () => {
	test('parts after 其中 may overlap (two breakdowns): their sum above the total is no contradiction', () => {
		assert.deepEqual(claimFindings('内地居民出境16792万人次，其中因私出境16166万人次，赴港澳台出境11271万人次。'), []);
		assert.deepEqual(claimFindings('平均预期寿命70.80岁，其中女性73.04岁。'), []);
	});

	test('rounding of printed figures is respected: 14562 ÷ 68518 = 21.25% is 21.3% as printed, and 21.2% too', () => {
		assert.deepEqual(claimFindings('全年财政收入83080亿元，比上年增加14562亿元，增长21.2%。'), [{ rule: 'claim.percent-change', at: '21.2%', severity: 'information', fix: '21.3%' }]);
	});

	test('approximate figures are bounds and are not recomputed', () => {
		assert.deepEqual(claimFindings('全年财政收入8万多亿元，比上年增加1.4万亿元，增长30%。'), []);
	});

	test('growth of GDP and value added is at comparable prices: not recomputed from nominal values', () => {
		assert.deepEqual(claimFindings('全年地区生产总值5200亿元，比上年增加400亿元，增长5.0%。'), []);
	});

	test('the message shows the arithmetic, in Chinese and English', () => {
		const text = '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。';
		const [f] = analyze(text).findings;
		assert.ok(f);
		assert.equal(findingMessage(f, 'zh'), '9.5%与所述数字不符：400 ÷ (5200 − 400) = 8.33%。');
		assert.equal(findingMessage(f, 'en'), '9.5% does not follow from the figures stated: 400 ÷ (5200 − 400) = 8.33%.');
		assert.deepEqual(f.related?.map((r) => spanText(text, r.span)), ['5200亿元', '400亿元']);
	});

	test('the quick fix replaces the figure', () => {
		const text = '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。';
		const doc = TextDocument.create('file:///c.ptxt', 'policy-text', 1, text);
		const diagnostics = toDiagnostics(doc, analyze(text).findings, 'zh');
		const [action] = toCodeActions(doc.uri, diagnostics, 'zh');
		assert.equal(action?.title, '改为 8.3%');
		const edit = action?.edit?.changes?.[doc.uri]?.[0];
		assert.equal(edit?.newText, '8.3%');
		assert.equal(TextDocument.applyEdits(doc, [edit]), '全年财政收入5200亿元，比上年增加400亿元，增长8.3%。');
	});

	test('a figure broken across lines is related and fixed at its original characters', () => {
		const text = joinLines('全年财政收入5200亿元，比上年增加400亿元，增长9.', '5%。');
		const [f] = analyze(text).findings;
		assert.equal(spanText(text, f!.span), '9.\n5%');
	});
});

describe('what a figure measures', () => {
	const read = (text: string): string[] => analyze(text).claims.map((c) => `${c.text} ${c.kind}${c.direction ? `/${c.direction}` : ''} ${c.subject}`);

	test('分别 with a list: each figure gets its item, the shared noun given to every item', () => {
		assert.deepEqual(read('第一产业、第二产业、第三产业增加值分别增长4.1%、4.7%和5.8%。'), [
			'4.1% change/up 第一产业增加值',
			'4.7% change/up 第二产业增加值',
			'5.8% change/up 第三产业增加值',
		]);
		assert.deepEqual(read('城镇和农村居民人均可支配收入分别为51821元和21691元。'), ['51821元 amount 城镇居民人均可支配收入', '21691元 amount 农村居民人均可支配收入']);
	});

	test('分别 without a list: the figures belong to the amounts stated before them in the sentence', () => {
		assert.deepEqual(read('人均国内生产总值5569元，全社会劳动生产率9902元，扣除价格因素，分别比上年增长8.6%和8.3%。').slice(2), [
			'8.6% change/up 人均国内生产总值',
			'8.3% change/up 全社会劳动生产率',
		]);
	});

	test('a figure without words of its own speaks of the subject before it; scope and footnote marks are kept apart', () => {
		assert.deepEqual(read('全年国内生产总值[2]1260582亿元，比上年增长5.2%；出口237726亿元，下降0.3%。'), [
			'1260582亿元 amount 国内生产总值',
			'5.2% change/up 国内生产总值',
			'237726亿元 amount 出口',
			'0.3% change/down 出口',
		]);
		assert.equal(analyze('全年国内生产总值1260582亿元。').claims[0]?.scope, '全年');
	});
});

describe('hover on a figure', () => {
	test('增加2.8万元，增幅45.2% shows the implied base and new value', () => {
		const text = '城市社区主干年人均增加2.8万元，增幅45.2%。';
		const doc = TextDocument.create('file:///h.ptxt', 'policy-text', 1, text);
		const value = (hoverAt(doc, analyze(text), text.indexOf('2.8') + 1, 'zh')?.contents as { value: string }).value;
		assert.match(value, /数值: 28,000 元/);
		assert.match(value, /原值 ≈ 6\.19万元，现值 ≈ 8\.99万元/);
	});

	test('a relation that holds shows ✓ and its arithmetic; one that does not shows ✗ and the correction', () => {
		const good = '全年财政收入83080亿元，比上年增加14562亿元，增长21.3%。';
		const doc = TextDocument.create('file:///h.ptxt', 'policy-text', 1, good);
		const value = (hoverAt(doc, analyze(good), good.indexOf('21.3') + 1, 'en')?.contents as { value: string }).value;
		assert.match(value, /Measures: 财政收入（change）/);
		assert.match(value, /✓ 14562 ÷ \(83080 − 14562\) = 21\.25%/);
		const bad = good.replace('21.3', '23.3');
		const badDoc = TextDocument.create('file:///h.ptxt', 'policy-text', 1, bad);
		assert.match((hoverAt(badDoc, analyze(bad), bad.indexOf('23.3') + 1, 'en')?.contents as { value: string }).value, /✗ 14562 ÷ \(83080 − 14562\) = 21\.25% → 21\.3%/);
	});
});
