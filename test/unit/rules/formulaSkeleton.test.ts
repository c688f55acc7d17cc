import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

/** A formula of several numerals named in the review, the plan and its tasks (宁夏 “四水四定”). */
const FOUR_WATERS = '一、2025年工作回顾\n\n“四水四定”先行先试全域铺开。\n\n二、“十四五”成就\n\n“四水四定”取得“十个全国第一”成果。\n\n三、2026年工作安排\n\n开展“四水四定”全面深化年行动。\n';
/** The same named a fourth time: three occurrences hold a fourth to their wording. */
const FOUR_WATERS_4 = FOUR_WATERS + '\n落实“四水四定”刚性约束。\n';
/** A code named twice with the same name after it (贵州 “5+3”工作机制). */
const MECHANISM = '实施重大项目建设“5+3”工作机制，出台支持政策。\n\n优化重大项目建设“5+3”工作机制，更加注重实效。\n';
/** One formula named twice, each time with the same name after it. */
const POSITIONING = '锚定“三地一区”战略定位，落实各项任务。\n\n锚定“三地一区”战略定位，扛起使命担当。\n';

ruleCases('formula.restatement', {
	fires: [
		['one numeral changed in one of four occurrences', FOUR_WATERS_4.replace('开展“四水四定”', '开展“四水三定”'), [{ at: '四水三定', fix: '四水四定', related: ['四水四定', '四水四定', '四水四定'] }]],
		['the first of four changed: the majority holds', FOUR_WATERS_4.replace('“四水四定”先行', '“四水五定”先行'), [{ at: '四水五定', fix: '四水四定', related: ['四水四定', '四水四定', '四水四定'] }]],
		['a code with the same name after it, three against one', MECHANISM + '完善重大项目建设“5+3”工作机制。\n\n深化重大项目建设“7+3”工作机制。\n', [{ at: '7+3', fix: '5+3', related: ['5+3', '5+3', '5+3'] }]],
		[
			'a full-width plus (“20＋8”), three against one',
			'做大做强“20＋8”战略性新兴产业集群。\n\n培育“20＋8”战略性新兴产业集群。\n\n打造“20＋8”战略性新兴产业集群。\n\n持续壮大“20＋9”战略性新兴产业集群。\n',
			[{ at: '20＋9', fix: '20＋8' }],
		],
		[
			'a formula the same name after all four, one changed',
			'锚定“三地一区”战略定位，落实各项任务。\n\n锚定“三地两区”战略定位，扛起使命担当。\n\n围绕“三地一区”战略定位，谋划重大项目。\n\n服务“三地一区”战略定位。\n',
			[{ at: '三地两区', fix: '三地一区', related: ['三地一区', '三地一区', '三地一区'] }],
		],
		[
			'a formula its items back, named again with other numerals (no majority)',
			'“三线一单”：生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。\n\n统筹推进“四线一单”落地应用。\n',
			[{ at: '四线一单', fix: '三线一单' }],
		],
		['a formula of three slots, one changed', '实施“两清两改两治理”行动。\n\n深入开展“两清两改两治理”。\n\n巩固“两清两改两治理”成果。\n\n持续推进“两清三改两治理”。\n', [{ at: '两清三改两治理', fix: '两清两改两治理' }]],
	],
	silent: [
		['the same formula named again', FOUR_WATERS + MECHANISM + POSITIONING],
		['two formulas of one skeleton, once each, named for other things (四免一补就业服务 / 两免一补)', '实行“四免一补”就业服务。\n\n农村义务教育实行“两免一补”。\n'],
		// One against one, the same name after both: two formulas as often as one miswritten; nothing in the text tells them apart.
		['once each, the same name after both: formulas of two cities (一核两翼 / 一核三翼)', '成都市构建“一核两翼”发展格局，取得积极成效。\n\n德阳市构建“一核三翼”发展格局，加快推进。\n'],
		['once each, the same name after both: a national and a local formula (两新一重 / 三新一重)', '加强“两新一重”建设，扩大有效投资。\n\n推进“三新一重”建设，补齐短板。\n'],
		['once each, codes of two mechanisms with one name after (“1+3”政策体系 / “1+5”政策体系)', '出台“1+3”政策体系，支持民营经济。\n\n制定“1+5”政策体系，促进科技创新。\n'],
		['once each, codes of two mechanisms (“1+3”工作机制 / “1+5”工作推进机制)', '建立“1+3”工作机制，统筹疫情防控。\n\n建立“1+5”工作推进机制，抓好项目建设。\n'],
		['once each, a code once each with the same name after (“5+3”工作机制 / “7+3”工作机制)', MECHANISM.replace('优化重大项目建设“5+3”', '优化重大项目建设“7+3”')],
		['once each, the same name after both (三地一区 / 三地两区)', '锚定“三地一区”战略定位，落实各项任务。\n\n锚定“三地两区”战略定位，扛起使命担当。\n'],
		// Two against one: the owner or the period of the third is often a heading or a name the frames do not read.
		['two against one: formulas of two owners (高新区、经开区 / 新区)', '高新区构建“一核两翼”格局。经开区构建“一核两翼”格局。\n\n新区构建“一核三翼”格局。\n'],
		['two against one: the nation\'s formula and the province\'s (两新一重 / 三新一重)', '国家实施“两新一重”建设。中央支持“两新一重”项目。\n\n我省谋划实施“三新一重”建设。\n'],
		['two against one: codes of three counties (“1+3”工作机制 / “1+4”工作机制)', '甲县建立“1+3”工作机制，成效明显。\n\n乙县建立“1+3”工作机制，推动落实。\n\n丙县建立“1+4”工作机制，探索创新。\n'],
		['two against one: plan periods in headings (“十三五”回顾 / “十四五”目标)', '一、“十三五”工作回顾\n\n实施“两横两纵”路网。“两横两纵”基本建成。\n\n二、“十四五”主要目标\n\n构建“三横两纵”路网。\n'],
		['two against one: another region\'s code (“2+26”城市 / 汾渭平原“2+36”城市)', '京津冀及周边“2+26”城市。“2+26”城市空气质量改善。\n\n汾渭平原和“2+36”城市。\n'],
		['two against one: the original formula of the document (FOUR_WATERS, one changed)', FOUR_WATERS.replace('开展“四水四定”', '开展“四水三定”')],
		['two slots differ: another formula (三区三线 / 两区两线)', '启用“三区三线”划定成果，落实“三区三线”管控。\n\n强化工业用地“两区两线”管控。\n'],
		['two slots differ in one line (工业“一强四优五新” / 农业“两强四优四新”)', '工业“一强四优五新”产业支撑作用增强，“一强四优五新”格局形成。农业“两强四优四新”产业规模扩大。\n'],
		['codes of one skeleton naming other things', '明确“8+5”任务抓手。实施“5+3”工作机制。推进“1+9”国家级开放创新平台。出台“1+10”政策措施。推进“1+9”国家级开放创新平台。\n'],
		['a code four times and another with another name after it (“1+10”联合体 / “1+30”区域平原)', '“1+10”联合体深度融合。完善“1+10”联合体运行机制。构建“1+10”联合体。\n\n推动“1+30”区域平原地区发展。\n'],
		['a code with no name after it', '参加（“10+5”）会议。\n\n实施“5+2”。\n'],
		['two in one sentence (京冀“6+1”和津冀“4+1”合作协议)', '项目列入京冀“6+1”合作协议和津冀“4+1”合作协议。\n'],
		['a word of change before it (完善提升“20＋9”)', '做大做强“20＋8”战略性新兴产业集群。\n\n完善提升“20＋9”战略性新兴产业集群。\n'],
		['a change the text states (由…拓展为)', '构建“一核两翼”格局。“一核两翼”成效明显。\n\n由“一核两翼”拓展为“一核三翼”。\n'],
		['two years (去年 / 今年)', '去年，“一主两副”格局初步形成。去年“一主两副”建设加快。\n\n今年，推动“一主三副”协同发展。\n'],
		['a well-known name of its own (三区三线 beside 两区三线)', '启用“两区三线”划定成果。落实“两区三线”管控。\n\n严守“三区三线”。\n'],
		['formulas of one numeral are not read here (十三五 / 十四五, 三个一批 / 四个一批, 三年行动 / 五年行动)', '“十三五”圆满收官，“十四五”开局良好，“十四五”规划实施。推进“三个一批”，实施“四个一批”，“四个一批”见效。开展“三年行动”，启动“五年行动”，“五年行动”实施。\n'],
		['open codes (1+N, 1+X)', '构建“1+N”政策体系。完善“1+N”政策体系。推行“1+X”证书制度。\n\n完善“2+N”政策体系。\n'],
	],
});

/** The formula relations of a text: [texts of the occurrences, holds]. */
function skeletonRelations(text: string): [string[], boolean][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.rule === 'formula.restatement').map((r) => [r.claims.map((c) => a.claims[c]!.text), r.ok]);
}

test('a formula of several numerals named again is one restatement relation of its occurrences, which holds', () => {
	assert.deepEqual(skeletonRelations(FOUR_WATERS), [[['四水四定', '四水四定', '四水四定'], true]]);
	assert.deepEqual(skeletonRelations(MECHANISM), [[['5+3', '5+3'], true]]);
	assert.equal(analyze(MECHANISM).relations.filter((r) => r.kind === 'restatement').length, 1);
});

test('a numeral of the formula the prose reads as a figure (四抓“三支”撑) gives its place to the formula', () => {
	const text = '坚持“四抓三支撑”的总体工作思路。\n\n继续坚持“四抓三支撑”的总体工作思路。\n';
	const a = analyze(text);
	assert.deepEqual(skeletonRelations(text), [[['四抓三支撑', '四抓三支撑'], true]]);
	// Every claim overlapping a formula is the formula's.
	for (const c of a.claims) if (text.slice(c.span.start, c.span.end).includes('三支')) assert.equal(c.text, '四抓三支撑');
});

test('another formula of the skeleton (two slots differ) stays out of the relation of the others', () => {
	assert.deepEqual(skeletonRelations('启用“三区三线”划定成果，落实“三区三线”管控。\n\n强化工业用地“两区两线”管控。\n'), [[['三区三线', '三区三线'], true]]);
	assert.deepEqual(skeletonRelations('“1+10”联合体深度融合。完善“1+10”联合体运行机制。\n\n推动“1+30”区域平原地区发展。\n'), [[['1+10', '1+10'], true]]);
});
