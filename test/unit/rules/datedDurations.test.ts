import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/index';
import { findingMessage } from '../../../server/src/features/messages';
import { ruleCases } from '../../helpers/findings';

// Anniversaries dated by the year they fall in (relations/datedDurations.ts): invented sentences in the style of the
// documents — a report's opening of its year, an article's look ahead, a dated report's 今年是….

/** A report dated under its title, its plan opening on this year's anniversary. */
const DATED = '**政府工作报告**\n——2019年1月20日在全市第十届人民代表大会第三次会议上\n\n各位代表：\n\n一、2018年工作回顾\n\n全市经济平稳增长。\n\n二、2019年工作安排\n\n今年是新中国成立70周年，是决胜全面建成小康社会的关键之年。';

/** The anniversaries of a text dated by their year, as [count, arithmetic, holds]. */
function dated(text: string): [string, string, boolean][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.data?.['dated'] !== undefined).map((r) => [a.claims[r.target]!.text, r.expression, r.ok]);
}

ruleCases('claim.restatement', {
	fires: [
		['a year that opens a copula on an anniversary, the count off (2019年是新中国成立60周年)', '2019年是新中国成立60周年，全市上下喜迎国庆。', [{ at: '60周年', related: [] }]],
		['the count in words (今年是改革开放四十周年, a report dated 2008)', DATED.replace('今年是新中国成立70周年', '今年是改革开放四十周年'), [{ at: '四十周年', related: [] }]],
		['a predicate said again (2021年是…开局之年，也是中国共产党成立99周年)', '2021年是“十四五”开局之年，也是中国共产党成立99周年。', [{ at: '99周年', related: [] }]],
		['a count of years with its two years in brackets (四年（2023—2025年）)', '奋斗目标：四年（2023—2025年）新跨越，八年（2023—2030年）大发展。', [{ at: '四年', related: [] }]],
		['a count of years after the two years it runs between (1950年到2002年50年)', '五年新增电力装机3.5亿千瓦，是1950年到2002年50年的总和。', [{ at: '50年', related: [] }]],
		['a joint anniversary named in full (2015年是中国人民抗日战争暨世界反法西斯战争胜利60周年)', '2015年是中国人民抗日战争暨世界反法西斯战争胜利60周年，全市上下隆重纪念。', [{ at: '60周年', related: [] }]],
		['a count after the two years that closes their span, one figure changed (2013年到2020年5年间)', '2013年到2020年5年间，全市累计减贫10万人。', [{ at: '5年', related: [] }]],
		['a year that looks ahead (2021年将迎来中国共产党建党101周年)', '2020年是全面建成小康社会之年，2021年将迎来中国共产党建党101周年。', [{ at: '101周年', related: [] }]],
	],
	silent: [
		['the anniversaries as written', `${DATED}\n\n2021年是中国共产党成立100周年。\n\n2020年是全面建成小康社会之年，2021年将迎来中国共产党建党100周年。\n\n2024年是中华人民共和国成立75周年，也是全面实施“十四五”规划的关键一年。\n\n2018年是改革开放40周年。`],
		['an anniversary no year dates (隆重庆祝新中国成立60周年)', '全市上下隆重庆祝新中国成立60周年。'],
		['a year that sets the scene, the anniversary to come (2020年，…以优异成绩迎接建党100周年)', '2020年，我们坚决打赢脱贫攻坚战，以优异成绩迎接建党100周年。'],
		['a year not the copula’s subject (到2049年新中国成立100周年时)', '到2049年新中国成立100周年时，建成富强民主文明和谐美丽的社会主义现代化强国。'],
		['a clause that does not open on the copula (2019年是…之年，我们将庆祝新中国成立69周年)', '2019年是决胜之年，我们将庆祝新中国成立69周年。'],
		['an event the lexicon does not date (视察镇江10周年, 建州七十周年)', '2024年是新中国成立75周年，也是习近平总书记视察本市12周年。\n\n2022年是建州七十一周年。'],
		['another event’s founding (投资公司成立五周年)', '1985年是省国际信托投资公司成立五周年。'],
		['今年 in a document with no date line (the year of writing is never guessed)', '今年是新中国成立75周年，全省上下喜迎国庆。'],
		['an age, not an anniversary (2019年是…年满60周岁)', '2019年是新中国成立70周年，全市年满60周岁的老人每人发放慰问金。'],
		['spans as written, counted with both ends or elapsed (三年（2023—2025年）, 第十四个五年（2021－2025年）, 从2012年到2022年这十年)', '奋斗目标：三年（2023—2025年）新跨越，八年（2023—2030年）大发展。\n\n国民经济和社会发展第十四个五年（2021－2025年）规划。\n\n从2012年到2022年这十年，全市经济总量翻了一番。\n\n是1950年到2002年53年的总和。'],
		['a count of years after a range that is not its span (2021—2025年连续3年; 2016年至2020年累计5年以上)', '2021—2025年，全市粮食产量连续3年增产。\n\n2016年至2020年累计投资5年以上的项目。'],
		['the anniversary inside another predicate, a year before it (也是为建党100周年献礼之年, 也是迎接…的一年, 也是为明年…打基础的一年)', '2020年是全面建成小康社会收官之年，也是为建党100周年献礼的关键之年。\n\n2020年是决战决胜之年，也是迎接中国共产党成立100周年的重要一年。\n\n2018年是开局之年，也是为明年新中国成立70周年打基础的一年。'],
		['another body’s event of a name the lexicon’s ends (人民海军建军, 朝鲜建国, 农工民主党建党, 红二十五军长征胜利)', '2019年是人民海军建军70周年。\n\n2018年是朝鲜建国70周年。\n\n2020年是中国农工民主党建党90周年。\n\n2016年是红二十五军长征胜利81周年。'],
		['a point after the anniversary (70周年后的第一年)', '2021年是中国人民志愿军抗美援朝出国作战70周年后的第一年。\n\n2020年是全面建成小康社会之年，是新中国成立70周年后的第一年。'],
		['今年 in a document whose head dates a sentence, not the document (2018年12月31日，…; 截至2024年12月31日，…)', '**政府工作报告**\n\n各位代表：\n\n2018年12月31日，全市最后一个贫困村脱贫出列。\n\n今年是新中国成立70周年，全市上下喜迎国庆。'],
		['a count of years inexact by the words after it (2018年到2022年3年多, 五年半)', '2018年到2022年3年多时间里，全市完成棚户区改造5万套。\n\n从2018年到2022年三年多来，全市完成改造。\n\n2014年到2020年5年半时间里。'],
		['a count of some of the years before it (2016年至2020年共3年考核为优秀)', '2016年至2020年共3年考核为优秀等次。\n\n2016—2020年的3年获评全省先进。'],
		['two years in one sentence: the nearest dates it (2020年是…，2021年将迎来建党100周年)', '2020年是全面建成小康社会之年，2021年将迎来建党100周年。'],
	],
});

test('an anniversary is its year less the event’s year', () => {
	assert.deepEqual(dated('2019年是新中国成立70周年。'), [['70周年', '2019 − 1949 = 70', true]]);
	assert.deepEqual(dated(DATED), [['70周年', '2019 − 1949 = 70', true]]);
	assert.deepEqual(dated('2019年是新中国成立60周年。'), [['60周年', '2019 − 1949 = 70', false]]);
	// The longest name first: 中华人民共和国成立, not an event named 成立.
	assert.deepEqual(dated('2024年是中华人民共和国成立75周年。'), [['75周年', '2024 − 1949 = 75', true]]);
	assert.deepEqual(dated('今年是新中国成立70周年。'), []);
});

test('a count of years with its two ends: counted with both, or elapsed', () => {
	const ranges = (text: string): [string, string, boolean][] => {
		const a = analyze(text);
		return a.relations.filter((r) => r.data?.['range'] !== undefined).map((r) => [a.claims[r.target]!.text, r.expression, r.ok]);
	};
	assert.deepEqual(ranges('三年（2023—2025年）'), [['三年', '2025 − 2023 + 1 = 3', true]]);
	assert.deepEqual(ranges('从2012年到2022年这十年'), [['十年', '2022 − 2012 = 10', true]]);
	assert.deepEqual(ranges('四年（2023—2025年）'), [['四年', '2025 − 2023 + 1 = 3', false]]);
	// No range: a single year in brackets, a range of months, a range whose end is not after its start.
	assert.deepEqual(ranges('三年（2023年）行动。三年（2023年1—3月）。三年（2025—2023年）。'), []);
	const f = analyze('四年（2023—2025年）新跨越。').findings.find((x) => x.ruleId === 'claim.restatement');
	assert.ok(f);
	assert.equal(findingMessage(f, 'zh'), '2023—2025年共3年（2025 − 2023 + 1 = 3），不是四年。');
	assert.equal(findingMessage(f, 'en'), 'The years 2023–2025 are 3 years (2025 − 2023 + 1 = 3), not 四年.');
});

test('the message names both ends and the arithmetic, in Chinese and English', () => {
	const a = analyze('2019年是新中国成立60周年。');
	const f = a.findings.find((x) => x.ruleId === 'claim.restatement');
	assert.ok(f);
	assert.equal(findingMessage(f, 'zh'), '2019年是新中国成立70周年（2019 − 1949 = 70），不是60周年。');
	assert.equal(findingMessage(f, 'en'), 'The anniversary of 新中国成立 in 2019 is its 70th (2019 − 1949 = 70), not its 60周年.');
});

test('the English message counts in English (3 years, the 101st), the Chinese one as its data prints it', () => {
	// [text, the English message, the Chinese one]
	const cases: [string, string, string][] = [
		['2022年是中国共产党建党100周年。', 'The anniversary of 中国共产党建党 in 2022 is its 101st (2022 − 1921 = 101), not its 100周年.', '2022年是中国共产党建党101周年（2022 − 1921 = 101），不是100周年。'],
		['2023年是中国共产党建党100周年。', 'The anniversary of 中国共产党建党 in 2023 is its 102nd (2023 − 1921 = 102), not its 100周年.', '2023年是中国共产党建党102周年（2023 − 1921 = 102），不是100周年。'],
		['2024年是中国共产党建党100周年。', 'The anniversary of 中国共产党建党 in 2024 is its 103rd (2024 − 1921 = 103), not its 100周年.', '2024年是中国共产党建党103周年（2024 − 1921 = 103），不是100周年。'],
		['2032年是中国共产党建党100周年。', 'The anniversary of 中国共产党建党 in 2032 is its 111th (2032 − 1921 = 111), not its 100周年.', '2032年是中国共产党建党111周年（2032 − 1921 = 111），不是100周年。'],
		['五年（2021—2023年）新跨越。', 'The years 2021–2023 are 3 years (2023 − 2021 + 1 = 3), not 五年.', '2021—2023年共3年（2023 − 2021 + 1 = 3），不是五年。'],
	];
	for (const [text, en, zh] of cases) {
		const f = analyze(text).findings.find((x) => x.ruleId === 'claim.restatement');
		assert.ok(f, text);
		assert.equal(findingMessage(f, 'en'), en);
		assert.equal(findingMessage(f, 'zh'), zh);
	}
});
