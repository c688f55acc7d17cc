import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

// A span of years named by what it is of, stated again (relations/durations.ts): invented sentences in the style of the
// documents — an article's title and its opening, a heading and its sections, a review's programme and the plan's.

/** An article on the years since an event: the title, the opening and a later section name the same span. */
const ARTICLE = '# 改革开放40年全省交通发展成就\n\n改革开放40年，是全省交通事业跨越发展的40年。\n\n## 一、路网建设\n\n改革开放40年来，全省公路里程大幅增长。';
/** A policy named by the extension it grants, in its heading and in its parts. */
const EXTENSION = '关于做好林地承包到期后再延长30年试点工作的通知\n\n一、总体要求\n\n确保林地承包到期后再延长30年政策落实到位。\n\n二、主要任务\n\n（一）稳妥推进。林地承包到期后再延长30年试点在县域内整体推进。';
/** A review's three-year programme, carried on by the plan. */
const PROGRAMME = '一、2024年工作回顾\n\n深入开展城镇燃气安全攻坚三年行动，排查整治隐患1.2万处。\n\n二、2025年工作安排\n\n全面完成城镇燃气安全攻坚三年行动任务。';

/** The restatements of a text made of counts of years, as the texts of their figures. */
function restatedYears(text: string): string[][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.kind === 'restatement' && r.claims.some((c) => a.claims[c]!.duration)).map((r) => r.claims.map((c) => a.claims[c]!.text));
}

ruleCases('claim.restatement', {
	fires: [
		['an article’s span of years since an event, one statement changed (改革开放40年 … 改革开放45年来)', ARTICLE.replace('改革开放40年来', '改革开放45年来'), [{ at: '45年', related: ['40年', '40年'] }]],
		['a policy’s extension stated in its heading and its parts, one changed (再延长30年 … 再延长20年)', EXTENSION.replace('确保林地承包到期后再延长30年', '确保林地承包到期后再延长20年'), [{ at: '20年', related: ['30年', '30年'] }]],
		['a copula on a span, its predicate counting other years (过去五年，是…的五年，是…的六年)', '过去五年，是全市发展极不平凡的五年，是城乡面貌变化最大的六年。', [{ at: '六年', related: ['五年', '五年'] }]],
		['a heading’s sentence restated in the next sentence of its block, one changed (…再延长30年，是…。为做好…再延长20年…)', '关于做好林地承包到期后再延长30年试点工作的通知\n\n林地承包到期后再延长30年，是党中央作出的重大决策。为做好林地承包到期后再延长20年试点工作，现通知如下。', [{ at: '20年', related: ['30年', '30年'] }]],
		['a copula’s predicate whose words are a list (是…锐意进取、砥砺前行的30年)', '改革开放40年，是中国电影锐意进取、砥砺前行、繁荣发展、成绩卓著的30年。', [{ at: '30年', related: ['40年'] }]],
		['the same, the span named by the words before it (改革开放40年，是…的30年)', '改革开放40年，是全省交通跨越发展的30年。', [{ at: '30年', related: ['40年'] }]],
		['a civilisation’s years, past its number (五千多年 … 六千多年)', '中华民族有五千多年的文明历史。\n\n中华民族六千多年文明历史孕育了中华优秀传统文化。', [{ at: '六千多年', related: ['五千多年'] }]],
	],
	silent: [
		['the same spans as written', ARTICLE + '\n\n' + EXTENSION + '\n\n' + PROGRAMME],
		['a count past its number by 多 within its bounds (五千多年 … 五千余年)', '中华民族有五千多年的文明历史。\n\n中华民族五千余年文明历史孕育了中华优秀传统文化。'],
		['a streak of years (连续5年 … 连续3年): each record its own', '全市粮食产量连续5年稳定在100万吨以上。\n\n全市粮食产量连续3年增产。'],
		['the terms a rule sets for each case (每届任期五年 … 每届任期三年; 应当至少保存2年 … 10年)', '党的地方各级委员会每届任期五年。\n\n党的基层委员会每届任期三年。\n\n原始记录应当至少保存2年。\n\n统计资料应当至少保存10年。'],
		['the choices of a rule in one block (留党察看一年 … 留党察看二年)', '给予留党察看一年或者留党察看二年处分。\n\n受到留党察看一年处分的党员，期满后恢复党员权利。'],
		['parallel cases of a rule in one block: joined by a semicolon, or sentences that open alike (…免征企业所得税三年；…两年; 对摆脱贫困的县，…5年过渡期。对摆脱贫困的村，…3年过渡期)', '对新认定的高新技术企业，自认定之日起免征企业所得税三年；对新认定的科技型中小企业，自认定之日起免征企业所得税两年。\n\n对摆脱贫困的县，从脱贫之日起设立5年过渡期。对摆脱贫困的村，从脱贫之日起设立3年过渡期。'],
		['the choices of a rule in one sentence, its block restating one of them (…再延长30年或到期后再延长50年。…再延长30年…)', '集体林地承包到期后再延长30年或到期后再延长50年，由村民会议决定。集体林地承包到期后再延长30年的，合同另行签订。'],
		['the term a rule sets for a case (…的，), against the period a heading extends (再延长30年 … 超过5年的，到期后再延长10年)', '第二轮土地承包到期后再延长30年。\n\n土地经营权流转期限超过5年的，到期后再延长10年。'],
		['a bound as the approximation word (任职三年以上 … 任职五年以上)', '担任县级领导职务三年以上。\n\n担任县级领导职务五年以上。'],
		['a point in time, not the span (改革开放40年前 … 改革开放30年)', '改革开放40年前，全省公路里程不足1万公里。\n\n改革开放30年，全省公路里程大幅增长。'],
		['counts whose words name no period (…的40年; 经过五年 … 经过三年)', '这是全省交通跨越发展的40年。\n\n这是全省交通跨越发展的30年。\n\n全市上下经过五年奋斗。\n\n全市上下经过三年奋斗。'],
		['a copula whose subject is a year, its predicates a year each (2024年是…的关键一年，也是…的一年)', '2024年是实施“十四五”规划的关键一年，也是全市发展极不平凡的一年。'],
		['a copula’s predicate that is no span’s close (过去五年，是…五年规划实施的关键时期)', '过去五年，是全市“十四五”规划实施的关键时期，全市经济总量跨越3个千亿元台阶。'],
		['two sentences, each a copula of its own span (过去五年 … 今后五年)', '过去五年，是极不平凡的五年。今后三年，是爬坡过坎的三年。'],
		['two programmes named by other words (燃气安全攻坚三年行动 … 道路交通安全五年行动)', '深入开展城镇燃气安全攻坚三年行动。\n\n启动道路交通安全提升五年行动。'],
		// A programme's count is part of its name: another count is another programme (rvR12's near misses).
		['a programme finished and the next launched (环境整治三年行动 … 环境整治提升五年行动)', '一、过去五年工作回顾\n\n农村人居环境整治三年行动圆满完成。\n\n二、今后五年主要任务\n\n实施农村人居环境整治提升五年行动。'],
		['a review’s programme and the plan’s next one of the same words (攻坚三年行动 … 攻坚五年行动)', PROGRAMME.replace('攻坚三年行动任务', '攻坚五年行动任务')],
		['the last term’s programme and this term’s (城市更新三年行动 … 城市更新五年行动)', '第一轮城市更新三年行动圆满完成。\n\n启动新一轮城市更新五年行动。'],
		['a programme’s plan of another length (城市更新行动三年计划 … 五年计划)', '实施城市更新行动三年计划，第一年完成改造小区200个。\n\n实施城市更新行动五年计划。'],
		['two fields’ programmes of one key (安全生产专项整治三年行动 … 城镇燃气专项整治两年行动)', '一、2024年工作回顾\n\n安全生产专项整治三年行动圆满收官。\n\n二、2025年重点工作\n\n开展城镇燃气专项整治两年行动。'],
		['two plans of one key (交通基础设施建设三年行动计划 … 水利基础设施建设五年行动)', '完成交通基础设施建设三年行动计划。\n\n启动水利基础设施建设五年行动。'],
		['two extensions of one key for other rights (土地承包到期后再延长30年 … 宅基地使用权到期后再延长20年)', '二轮延包试点在全县推开，第二轮土地承包到期后再延长30年。\n\n宅基地使用权到期后再延长20年的做法不予支持。'],
		['a point in time said with 时 (改革开放40年 … 改革开放30年时)', '改革开放40年，全省交通跨越发展。\n\n改革开放30年时，全省公路里程不足5万公里。'],
		['a span within the copula’s span, not its predicate (是…的五年，特别是抗击疫情的三年)', '过去五年，是我市发展进程中极不平凡的五年，特别是抗击疫情的三年，全市上下众志成城。'],
		['a part of the span after 其中 (是…的五年，其中脱贫攻坚的三年)', '过去五年，是全市经济发展最快的五年，其中脱贫攻坚的三年，全市减贫12万人。'],
		['the next span’s copula in the same sentence (过去五年，是…的五年，今后五年，是…的三年)', '过去五年，是极不平凡的五年，今后五年，是大有可为的三年。'],
		['the first five-year plan and the years of recovery (第一个五年计划 … 用了三年时间)', '国家实施第一个五年计划，从1953年到1957年用了五年时间。\n\n全面完成国民经济恢复工作用了三年时间。'],
	],
});

test('the spans of years named again are one restatement each, the counts no prose claim reads', () => {
	// The title, the opening and the section; the opening's copula (改革开放40年，是…的40年).
	assert.deepEqual(restatedYears(ARTICLE), [['40年', '40年', '40年'], ['40年', '40年']]);
	assert.deepEqual(restatedYears(EXTENSION), [['30年', '30年', '30年']]);
	assert.deepEqual(restatedYears(PROGRAMME), [['三年', '三年']]);
	assert.deepEqual(restatedYears('过去五年，是全市发展极不平凡的五年，是城乡面貌变化最大的五年。'), [['五年', '五年', '五年']]);
	assert.deepEqual(restatedYears('2024年是实施“十四五”规划的关键一年，也是全市发展极不平凡的一年。'), []);
	// Near misses: a streak, a rule's terms, a point in time, words that name no period, two programmes.
	assert.deepEqual(restatedYears('全市粮食产量连续5年稳定在100万吨以上。\n\n全市粮食产量连续5年增产。'), []);
	assert.deepEqual(restatedYears('原始记录应当至少保存2年。\n\n原始记录应当至少保存2年。'), []);
	assert.deepEqual(restatedYears('改革开放40年前，全省公路里程不足1万公里。\n\n改革开放40年来，全省公路里程大幅增长。'), []);
	assert.deepEqual(restatedYears('全市上下经过五年奋斗。\n\n全市上下经过五年奋斗。'), []);
	assert.deepEqual(restatedYears('深入开展城镇燃气安全攻坚三年行动。\n\n启动道路交通安全提升三年行动。'), []);
});

test('the count that disagrees with the first is the figure the finding stands on', () => {
	const changed = ARTICLE.replace('改革开放40年来', '改革开放50年来');
	const a = analyze(changed);
	const failed = a.relations.filter((r) => r.kind === 'restatement' && !r.ok);
	assert.equal(failed.length, 1);
	assert.equal(a.claims[failed[0]!.target]!.text, '50年');
});
