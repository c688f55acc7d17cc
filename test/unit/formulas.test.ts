import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, builtinGlossary, messageTemplate, parseGlossary, ruleById, type Formula } from '../../server/src/analysis/index';
import { glossaryEntry, partsOfName } from '../../server/src/analysis/parse/formulas';
import { joinLines } from '../helpers/text';

/** The formula named `name` in `text`, as { verdict, parts: [count, items or label] }. */
function formula(text: string, name: string, options = {}): { verdict: string; parts: [number | undefined, string | string[]][]; source?: string } {
	const f = analyze(text, options).formulas.find((x) => x.text === name);
	assert.ok(f, `formula ${name} recognised`);
	return {
		verdict: f.verdict,
		parts: f.parts.map((p) => [p.count, p.label ?? [...p.items]]),
		...(f.expansion ? { source: f.expansion.source } : {}),
	};
}

/** The formula `name` in `text` is recognised and left unread, and nothing is flagged. */
function unreadAndSilent(text: string, name: string): void {
	const a = analyze(text);
	assert.equal(a.formulas.find((f) => f.text === name)?.verdict, 'unexpanded', text);
	assert.deepEqual(a.findings, [], text);
}

describe('formula names', () => {
	const cases: [string, [number, string][] | undefined][] = [
		['三定四抓', [[3, '定'], [4, '抓']]],
		['六个一', [[6, '一']]],
		['四个意识', [[4, '意识']]],
		['两不愁三保障', [[2, '不愁'], [3, '保障']]],
		['一征三议两公开', [[1, '征'], [3, '议'], [2, '公开']]],
		['三必到', [[3, '必到']]],
		['双报到', [[2, '报到']]],
		['十四五', []],
		['一刻也等不得', undefined],
		['三百工程', undefined],
		['三一流', [[3, '一流']]],
		['四一流', [[4, '一流']]],
		['三一重工', undefined],
		['五一节', undefined],
		['八一节', undefined],
		['六一节', undefined],
		['三八节', undefined],
		['五四节', undefined],
		['五一劳动节', undefined],
		['报到', undefined],
		// An Arabic count before the measure words of a list's items: sheets, teams, matters (as 四张要素清单, 三支队伍 are read).
		['4张要素清单', [[4, '要素清单']]],
		['3支队伍', [[3, '队伍']]],
		['10件实事', [[10, '实事']]],
		// Not a measure word of counted things: sets, a level.
		['3套方案', undefined],
		['2级响应', undefined],
	];
	for (const [name, expected] of cases) {
		test(name, () => assert.deepEqual(partsOfName(name)?.map((p) => [p.count, p.key]), expected));
	}
});

describe('resolving formulas', () => {
	test('a code in brackets, segmented by the counts of its labels (1427 = 1 | 4 | 27)', () => {
		const text = '翔安区创新构建“1427”复工复产组织体系（1个统筹协调组、4个专项工作组、27个推进保障组），及时部署行动。';
		assert.deepEqual(formula(text, '1427'), { verdict: 'ok', source: 'brackets', parts: [[1, '1个统筹协调组'], [4, '4个专项工作组'], [27, '27个推进保障组']] });
	});

	test('a code whose labels are quoted sub-formulas', () => {
		const text = '推行“1152”工作机制（坚持“一个核心”、明确“一个关系”、完善“五项机制”、建立“两套清单”）。';
		assert.deepEqual(formula(text, '1152').parts, [[1, '一个核心'], [1, '一个关系'], [5, '五项机制'], [2, '两套清单']]);
	});

	test('items after the formula without brackets, one group per part', () => {
		const text = '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领、考评问效，持续提升执行力。';
		assert.deepEqual(formula(text, '三定四抓'), {
			verdict: 'ok',
			source: 'after',
			parts: [[3, ['定责任', '定目标', '定标准']], [4, ['抓素能提升', '对标创建', '典型引领', '考评问效']]],
		});
	});

	test('a suffix written once after the last item, and 及/和 joining the last item', () => {
		const text = '坚持日巡查“三必到”（突发事件、矛盾纠纷及居民所急必到）、周汇总“七必访”（困难群众、空巢老人、困境儿童、残疾人、优抚对象、特殊群体和企业商户必访）。';
		assert.deepEqual(formula(text, '三必到').parts, [[3, ['突发事件', '矛盾纠纷', '居民所急']]]);
		assert.deepEqual(formula(text, '七必访').parts[0]![1], ['困难群众', '空巢老人', '困境儿童', '残疾人', '优抚对象', '特殊群体', '企业商户']);
	});

	test('numbered items in one paragraph are their first sentences, without their markers (一是A。B。二是C。)', () => {
		const text = '重点抓好三个关键措施：一是落实对农民的直补政策。实现粮食生产恢复性增长。二是加大“三农”投入力度。新增财政支农资金20亿元。三是全面深化农村综合改革。';
		assert.deepEqual(formula(text, '三个关键措施').parts, [[3, ['落实对农民的直补政策', '加大“三农”投入力度', '全面深化农村综合改革']]]);
	});

	test('Markdown emphasis marks are no part of an item (**…。**进一步明确市、辖区两级)', () => {
		assert.deepEqual(formula('**推进重点领域改革。**进一步明确市、辖区两级事权和财权。', '两级').parts, [[2, ['市', '辖区']]]);
	});

	test('two words joined by 和 right before a formula of two (能源消费总量和强度“双控”)', () => {
		assert.deepEqual(formula('严格落实能源消费总量和强度“双控”制度。', '双控').parts, [[2, ['能源消费总量', '强度']]]);
		assert.equal(formula('严格落实能源消费总量和强度“三控”制度。', '三控').verdict, 'unexpanded');
	});

	test('the clause’s verb is no part of the first item before the formula (唱好 …“双城记”)', () => {
		assert.deepEqual(formula('进一步唱好杭州、宁波“双城记”，提升城市能级。', '双城记').parts, [[2, ['杭州', '宁波']]]);
		// 完成, with what qualifies it (高质量完成, 超额完成).
		assert.deepEqual(formula('高质量完成道路畅通、街区洁净、社区和谐“三大工程”。', '三大工程').parts, [[3, ['道路畅通', '街区洁净', '社区和谐']]]);
	});

	test('a “1+1+6” code: its counted items after a description, the last two joined by 和', () => {
		const text = '“1+1+6”：指成都制造强市建设政策体系，包括1个指导意见、1个支持政策和6个行动计划。';
		assert.deepEqual(formula(text, '1+1+6'), { verdict: 'ok', source: 'gloss', parts: [[1, '1个指导意见'], [1, '1个支持政策'], [6, '6个行动计划']] });
		assert.deepEqual(formula(text.replace('6个行动计划', '5个行动计划'), '1+1+6').verdict, 'mismatch');
	});

	test('a gloss, as report glossaries write them', () => {
		const text = '（1）“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。';
		assert.deepEqual(formula(text, '六稳'), { verdict: 'ok', source: 'gloss', parts: [[6, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']]] });
		const two = '“两不愁三保障”：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。';
		assert.deepEqual(formula(two, '两不愁三保障').parts, [[2, ['不愁吃', '不愁穿']], [3, ['义务教育', '基本医疗', '住房安全']]]);
	});

	test('a quoted list right before the formula, and a plain list before an appositive formula', () => {
		const text = '朝着建设“宜居宜业新市区、构筑亚太一流新空港、壮大前沿产业新经济、打造绿水青山新田园”的“四新”目标前进。';
		assert.deepEqual(formula(text, '四新').parts, [[4, ['宜居宜业新市区', '构筑亚太一流新空港', '壮大前沿产业新经济', '打造绿水青山新田园']]]);
		// The last item two joined by 和, long as a whole: each half is an item.
		assert.deepEqual(formula('进一步推进政务公开，启动实施项目审批、政策发布和办事指南查询“三个平台”建设，深化服务。', '三个平台'), { verdict: 'ok', source: 'before', parts: [[3, ['项目审批', '政策发布', '办事指南查询']]] });
		// Formulas quoted together, each part glossed by its quoted name in the brackets after them.
		const glossed = '城市功能不断完善。优化“两核一带、一环四片”（“两核”：甲新城、乙老城；“一带”：滨江风光带；“一环”：环城绿道；“四片”：东片区、西片区、南片区、北片区）的空间格局。';
		assert.deepEqual(formula(glossed, '两核一带'), { verdict: 'ok', source: 'brackets', parts: [[2, ['甲新城', '乙老城']], [1, ['滨江风光带']]] });
		assert.deepEqual(formula(glossed, '一环四片').parts, [[1, ['环城绿道']], [4, ['东片区', '西片区', '南片区', '北片区']]]);
		// ，-groups that each open with the same word, closed by 等 and the noun: exactly the count, each group an item.
		const groups = '会议提出坚持开放包容、互学互鉴，坚持公平竞争、规则统一，坚持共同发展、成果共享等区域合作“三项倡议”，推动落实。';
		assert.deepEqual(formula(groups, '三项倡议'), { verdict: 'ok', source: 'before', parts: [[3, ['坚持开放包容、互学互鉴', '坚持公平竞争、规则统一', '坚持共同发展、成果共享']]] });
		// Not when the groups do not all open with the word, nor when they are not exactly the count.
		assert.equal(formula('会议提出坚持开放包容、互学互鉴，推动公平竞争、规则统一，坚持共同发展、成果共享等区域合作“三项倡议”，推动落实。', '三项倡议').verdict, 'unexpanded');
		assert.equal(formula(groups.replace('三项', '四项'), '四项倡议').verdict, 'unexpanded');
		// Nor groups that open alike without 等 before a name: clauses, not items.
		assert.equal(formula('坚决整治形式主义问题，坚决清除对党不忠诚的“两面人”，净化政治生态。', '两面人').verdict, 'unexpanded');
		// Each part's list before the formula, joined by 和, closed by its key.
		assert.deepEqual(formula('完善甲城、乙城创新走廊和丙港、丁岛创新极点“两廊两点”布局，推进建设。', '两廊两点'), { verdict: 'ok', source: 'before', parts: [[2, ['甲城', '乙城创新走廊']], [2, ['丙港', '丁岛创新极点']]] });
		const before = '积极整合党员、干部、人才“三支力量”，扎实推进保护工作。';
		assert.deepEqual(formula(before, '三支力量').parts, [[3, ['党员', '干部', '人才']]]);
	});

	test('the list in the next sentence: “六个一”', () => {
		const text = '实行“六个一”运行机制。卫东区组织每个社区网格建立一张网格排查登记表、一本网格员工作日志、一本群众诉求问题处理台账、一个网格微信群、一条民呼必应热线、一套网格员考评办法，规范网格运行。';
		assert.deepEqual(formula(text, '六个一').parts[0]![1], ['一张网格排查登记表', '一本网格员工作日志', '一本群众诉求问题处理台账', '一个网格微信群', '一条民呼必应热线', '一套网格员考评办法']);
	});

	test('a list after the formula’s comma ends with its sentence (“3个100万”，A新增人口100万、…、C新增人口100万。下一句…)', () => {
		const text = '优化实施新一轮“3个100万”，市（州）中心城市新增人口100万、县城新增人口100万、新增旅居人口100万。持续优化城镇空间格局。';
		assert.deepEqual(formula(text, '3个100万'), { verdict: 'ok', source: 'after', parts: [[3, ['市（州）中心城市新增人口100万', '县城新增人口100万', '新增旅居人口100万']]] });
		assert.equal(formula(text.replace('3个', '4个'), '4个100万').verdict, 'mismatch');
		// Silent: the key in the next sentence only (a list of its own there), and a list whose items do not carry the key.
		for (const other of [
			'优化实施新一轮“3个100万”，推动城镇化。市（州）中心城市新增人口100万、县城新增人口100万。',
			'优化实施新一轮“3个100万”，市（州）中心城市新增人口、县城新增人口。持续优化格局。',
		]) {
			assert.equal(analyze(other).formulas.find((f) => f.text === '3个100万')?.verdict, 'unexpanded', other);
			assert.deepEqual(analyze(other).findings, [], other);
		}
	});

	test('a list later in its sentence or the next whose items open with the key (“两个确保”…。…确保A、确保B)', () => {
		const text = '以“两个确保”的成绩迎接验收。面对困难，全县上下团结奋斗，财政收支确保了平衡有余、确保了民生支出只增不减，全年运行平稳。';
		assert.deepEqual(formula(text, '两个确保'), { verdict: 'ok', source: 'after', parts: [[2, ['确保了平衡有余', '确保了民生支出只增不减']]] });
		assert.equal(formula(text.replace('两个确保', '三个确保'), '三个确保').verdict, 'mismatch');
		assert.equal(formula(text.replace('只增不减，', '只增不减、确保了工资按时发放，'), '两个确保').verdict, 'mismatch');
		// Silent: a key of one character (“双保”), items that do not open with the key, a list two sentences on.
		assert.equal(formula(text.replace('两个确保', '双保'), '双保').verdict, 'unexpanded');
		assert.equal(formula(text.replace('、确保了民生', '、民生'), '两个确保').verdict, 'unexpanded');
		assert.equal(formula(text.replace('面对困难，', '面对困难。全县齐心。'), '两个确保').verdict, 'unexpanded');
		// The items between ，, one a group.
		const clauses = text.replace('平衡有余、', '平衡有余，');
		assert.deepEqual(formula(clauses, '两个确保').parts, [[2, ['确保了平衡有余', '确保了民生支出只增不减']]]);
		assert.equal(formula(clauses.replace('两个确保', '三个确保'), '三个确保').verdict, 'mismatch');
	});

	test('a code resolved by the headings that follow, with a sub-formula in one of them', () => {
		const text = joinLines(
			'做实全科网格，构筑红色服务矩阵。某区探索建立“56373”网格党建服务模式，构筑服务矩阵。',
			'',
			'织密五级组织网格。某区纵向构建“街道大工委—社区大党委—小区党组织—网格党支部—楼栋党小组”五级组织架构。',
			'',
			'实行“六个一”运行机制。某区建立一张登记表、一本日志、一本台账、一个微信群、一条热线、一套考评办法。',
			'',
			'推行“373”工作模式。某区网格员坚持日巡查“三必到”（突发事件、矛盾纠纷及居民所急必到）、周汇总“七必访”（困难群众、空巢老人、困境儿童、残疾人、优抚对象、特殊群体和企业商户必访）、月销号“三清零”（诉求问题、不稳定因素及安全隐患清零），及时处置问题。',
			'',
			'开展多元网格服务。某区开展服务。',
		);
		const a = analyze(text);
		const code = a.formulas.find((f) => f.text === '56373')!;
		assert.equal(code.verdict, 'ok');
		assert.equal(code.expansion?.source, 'headings');
		assert.deepEqual(code.parts.map((p) => [p.count, p.label]), [[5, '织密五级组织网格'], [6, '实行“六个一”运行机制'], [373, '推行“373”工作模式']]);
		const children = code.children.map((i) => a.formulas[i]!.text);
		assert.ok(children.includes('373') && children.includes('六个一'), children.join());
		const f373 = a.formulas.find((f) => f.text === '373')!;
		assert.deepEqual(f373.children.map((i) => a.formulas[i]!.text), ['三必到', '七必访', '三清零']);
		assert.deepEqual(formula(text, '五级').parts, [[5, ['街道大工委', '社区大党委', '小区党组织', '网格党支部', '楼栋党小组']]]);
		assert.deepEqual(a.findings, []);
	});

	test('counted enumerations: separators, 等, 暨, one-character levels, the clause before', () => {
		assert.deepEqual(formula('卫东区建立区、街道、社区三级党组织联动体系。', '三级').parts, [[3, ['区', '街道', '社区']]]);
		// A second counted list after 和 (…8个产业链和A、B、C3个…): the first list's count and noun are no item of it.
		// A long first item starts after the 的 that closes what it belongs to.
		assert.deepEqual(formula('围绕全市已经形成较好基础的机械科学研究总院海西分院、氟化工研究院、石墨烯研究院三大科技研发平台。', '三大').parts, [[3, ['机械科学研究总院海西分院', '氟化工研究院', '石墨烯研究院']]]);
		const second = '围绕甲产业、乙产业、丙产业3个产业链和能源电力、现代物流、现代金融3个基础配套产业，全力抓好。';
		assert.deepEqual(analyze(second).formulas.filter((f) => f.text === '3个').map((f) => f.parts[0]!.items), [['甲产业', '乙产业', '丙产业'], ['能源电力', '现代物流', '现代金融']]);
		assert.deepEqual(analyze('提升9个专业特色工业园区和泉三高端装备产业园、厦明火炬新材料产业园两个共建园区建设水平。').formulas.find((f) => f.text === '两个')?.verdict, 'ok');
		assert.deepEqual(formula('其中，地区生产总值、批发零售业销售额、实际使用外资总额等3项指标增速全市第一。', '3项').parts, [[3, ['地区生产总值', '批发零售业销售额', '实际使用外资总额']]]);
		// Items after the count's clause (maybe after 其中), each with its figure after one predicate: exactly the count.
		const after = '三大支柱产业比上年增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%。';
		assert.deepEqual(formula(after, '三大'), { verdict: 'ok', source: 'after', parts: [[3, ['电子信息业', '装备制造业', '食品加工业']]] });
		assert.deepEqual(formula('做强三大交易平台，全年甲交易中心交易额150亿元、乙数据交易所交易额80亿元、丙商品交易市场交易额20亿元以上。', '三大').parts, [[3, ['甲交易中心', '乙数据交易所', '丙商品交易市场']]]);
		// Not another number of items (其中 may name some), nor figures of different indicators, nor a sentence going on.
		const none = (text: string): void => assert.ok(!analyze(text).formulas.some((f) => f.text === '三大'), text);
		none('三大支柱产业比上年增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%。');
		none('实施三大工程，完成投资100亿元、带动就业2万人、占比30%。');
		none('三大支柱产业比上年增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%，拉动全市增长。');
		// A count that closes its sentence, the sentences after it opening with subjects that end alike and are to do
		// something (甲产业要…。乙产业要…。): exactly the count of them, the noun holding what they end with.
		const subjects = '力争三大主导产业产值突破900亿元。电子信息产业要加快项目投产，实现产值500亿元。装备制造产业要推动技改，实现产值300亿元。食品加工产业要扩大规模，实现产值100亿元。';
		assert.deepEqual(formula(subjects, '三大'), { verdict: 'ok', source: 'after', parts: [[3, ['电子信息产业', '装备制造产业', '食品加工产业']]] });
		none(subjects + '生物医药产业要培育壮大，实现产值50亿元。');
		none(subjects.replace('食品加工产业要', '要大力发展食品加工，'));
		none(subjects.replace('三大主导产业产值突破900亿元', '三大主导板块产值突破900亿元'));
		none(subjects.replace('突破900亿元。', '突破900亿元，带动就业。'));
		// The subjects may be topics a comma closes (新能源汽车产业集群，以…为带动，…), the count in digits; the sentence after
		// the run, a clause that ends otherwise, is not one of them.
		const topics = '今年重点培育壮大3个新兴产业集群。新能源汽车产业集群，以吉利汽车为带动，加快项目建设。高端装备制造产业集群，以经纬纺机为带动，推动升级。现代食品产业集群，以功能食品园为带动，做强功能食品。';
		assert.deepEqual(formula(topics, '3个'), { verdict: 'ok', source: 'after', parts: [[3, ['新能源汽车产业集群', '高端装备制造产业集群', '现代食品产业集群']]] });
		assert.equal(formula(topics + '要抢占储能产业发展风口，推动项目落地。', '3个').verdict, 'ok');
		const noDigits = (text: string): void => assert.ok(!analyze(text).formulas.some((f) => f.text.startsWith('3个') || f.text.startsWith('4个')), text);
		// Three or more, one short of the count: the list with one missing (judged).
		assert.equal(formula(topics.replace('3个', '4个'), '4个').verdict, 'mismatch');
		noDigits(topics.replace('3个', '5个'));
		noDigits(topics + '生物医药产业集群，以龙头企业为带动，培育壮大。');
		noDigits(topics.replace('现代食品产业集群，', '现代食品加工，'));
		noDigits(topics.replace('3个新兴产业集群。', '3个新兴产业集群，总产值突破900亿元。'));
		// A topic that is the counted noun itself speaks of the whole class, the topics after it of other classes.
		noDigits('全市有3个国家级开发区。国家级开发区，是对外开放的窗口。省级开发区，是产业集聚的平台。市级开发区，是县域发展的载体。');
		// A count of kinds that closes its clause right after a 、-list: read when it fits exactly.
		assert.deepEqual(formula('今年实施校舍安全工程、福利中心（站）、留守儿童之家和清洁工程4项，继续提标扩面。', '4项'), { verdict: 'ok', source: 'before', parts: [[4, ['校舍安全工程', '福利中心（站）', '留守儿童之家', '清洁工程']]] });
		assert.deepEqual(formula('已在东部体育会展新城、环东海域新城暨现代服务业基地2个片区设立联合党委。', '2个').parts, [[2, ['东部体育会展新城', '环东海域新城暨现代服务业基地']]]);
		// Measure words of places and things counted as 个 is (处, 台, 栋, 块 …): the list before them, one off flagged.
		assert.deepEqual(formula('建设北岸新城、金沙新区和大同街东段三处公交调度指挥中心。', '三处'), { verdict: 'ok', source: 'before', parts: [[3, ['北岸新城', '金沙新区', '大同街东段']]] });
		assert.equal(formula('建设北岸新城、金沙新区和大同街东段两处公交调度指挥中心。', '两处').verdict, 'mismatch');
		assert.deepEqual(formula('今年，综合楼、实验楼两栋教学用房投入使用。', '两栋').parts, [[2, ['综合楼', '实验楼']]]);
		assert.deepEqual(formula('江北、江南两块区域建设加快。', '两块').parts, [[2, ['江北', '江南']]]);
		// Not a count of the list: common nouns before a measure word of sites or buildings, a set or a trip (台套, 架次).
		for (const text of ['新增港口码头、锚地三处作业区。', '新增港口码头、锚地三个作业区。', '新建学校、医院三栋大楼。', '全年新增焊接机器人、搬运机器人、喷涂机器人两台套以上的企业15家。', '引进大型客机、支线飞机两架次航线。']) {
			const a = analyze(text);
			assert.equal(a.formulas.find((f) => f.kind === 'enumeration'), undefined, text);
			assert.deepEqual(a.findings, [], text);
		}
		// Not a count of the list: the adverb 四处 (everywhere).
		for (const text of ['群众、干部、企业四处奔走，寻找失散亲人。', '甲、乙、丙四处宣传政策。']) {
			const a = analyze(text);
			assert.equal(a.formulas.find((f) => f.text === '四处'), undefined, text);
			assert.deepEqual(a.findings, [], text);
		}
		assert.deepEqual(formula('为解决问题，县乡村三级领导干部联发联动。', '三级').parts, [[3, ['县', '乡', '村']]]);
		assert.deepEqual(formula('邀请省、州、县专家，成立了三级专家组和工作站。', '三级').parts, [[3, ['省', '州', '县']]]);
		// One-character levels one off their count, all the clause holds after its verb: a list one off (健全县乡村四级).
		assert.deepEqual(formula('加快健全县乡村四级物流体系。', '四级'), { verdict: 'mismatch', source: 'before', parts: [[4, ['县', '乡', '村']]] });
		assert.equal(analyze('坚持中央和省市县四级联动。').formulas.find((f) => f.text === '四级'), undefined);
		// Quoted names closing a 、-list whose first items are not quoted (straight quotes read as Chinese ones): all its items.
		const holidays = '国内旅游保持较快增长，春节、"五一"和"十一"三个长假期的拉动作用突出。';
		assert.deepEqual(formula(holidays, '三个'), { verdict: 'ok', source: 'before', parts: [[3, ['春节', '“五一”', '“十一”']]] });
		assert.deepEqual(formula(holidays.replace('春节、', '春节、国庆、'), '三个'), { verdict: 'mismatch', source: 'before', parts: [[3, ['春节', '国庆', '“五一”', '“十一”']]] });
		assert.deepEqual(formula('重点打造春节、“五一”两个消费旺季。', '两个').parts, [[2, ['春节', '“五一”']]]);
		// Quoted names that are the count by themselves after unquoted items: the quoted names (灯会、庙会、“五一”和“十一”两个).
		assert.deepEqual(formula('全年举办灯会、庙会、“五一”和“十一”两个黄金周促销活动。', '两个'), { verdict: 'ok', source: 'before', parts: [[2, ['“五一”', '“十一”']]] });
		assert.deepEqual(formula('开展送温暖、献爱心、"三下乡"和"四进社区"两项活动。', '两项').parts, [[2, ['“三下乡”', '“四进社区”']]]);
		assert.equal(analyze('开展送温暖、献爱心、“三下乡”和“四进社区”两项活动。').formulas.find((f) => f.text.includes('活动')), undefined);
		// Quoted items joined by 和 alone stay the two.
		assert.deepEqual(formula('“五一”和“十一”两个长假期。', '两个').parts, [[2, ['“五一”', '“十一”']]]);
	});

	test('a quoted word inside an item of the list before a count (农村“厕所革命”、…; 推进“平急两用”…建设、…“三大工程”)', () => {
		// Inside an item after 、: the list is read as any other, one off flagged.
		assert.deepEqual(formula('推进基础设施、农村“厕所革命”、乡村风貌三大提升行动。', '三大'), { verdict: 'ok', source: 'before', parts: [[3, ['基础设施', '农村“厕所革命”', '乡村风貌']]] });
		assert.equal(formula('推进基础设施、农村“厕所革命”、乡村风貌四大提升行动。', '四大').verdict, 'mismatch');
		// In the first item after the clause's verb (or a code's quote): read when the list is exactly the count or, whole,
		// one short (flagged).
		assert.deepEqual(formula('扎实推进“平急两用”公共基础设施建设、城中村改造、保障性住房建设“三大工程”。', '三大工程'), { verdict: 'ok', source: 'before', parts: [[3, ['“平急两用”公共基础设施建设', '城中村改造', '保障性住房建设']]] });
		assert.deepEqual(formula('继续开展“五个一批”项目攻坚专项行动、招商引资专项行动、城市管理“五难”治理专项行动等三个专项工作。', '三个').parts, [[3, ['“五个一批”项目攻坚专项行动', '招商引资专项行动', '城市管理“五难”治理专项行动']]]);
		assert.equal(formula('立足“10+1”产业、产业集群、交通基础设施三个重点领域，瞄准世界500强。', '三个').verdict, 'ok');
		assert.equal(formula('扎实推进“平急两用”公共基础设施建设、城中村改造、保障性住房建设四大工程。', '四大').verdict, 'mismatch');
		assert.deepEqual(analyze('扎实推进“平急两用”公共基础设施建设、城中村改造、保障性住房建设“四大工程”。').findings.map((f) => f.ruleId), ['formula.count-mismatch']);
		// Silent: past the first item's quote, a list longer than its count (the words before the quote may be the clause's);
		// a frame's quote (以“…”); a count after the list's clause; a count inside the quoted name.
		for (const text of [
			'扎实推进“平急两用”公共基础设施建设、城中村改造、保障性住房建设两大工程。',
			'以“千万工程”牵引乡村建设、乡村治理三大行动。',
			'推进“平急两用”公共基础设施建设、城中村改造，新增三大类项目。',
			'深入开展“五个一批”项目攻坚、招商引资，完成两项任务的60%。',
			// A quoted name with a count of its own in an item that makes up the rest (“两区” two of three): no sure error.
			'加快建设“两区”、自贸区三大平台。',
			'加快“两个中心”建设、自贸区建设三大任务。',
			'推进“两区”建设、自贸区建设、综合保税区建设“四大平台”。',
		]) assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
		// …unless the list is the glossary's three items of 三大工程 (保障性住房建设, “平急两用”公共基础设施建设, 城中村改造):
		// called two, it is one off.
		assert.deepEqual(analyze('扎实推进“平急两用”公共基础设施建设、城中村改造、保障性住房建设“两大工程”。').findings.map((f) => f.ruleId), ['formula.count-mismatch']);
		// Exactly its count, such an item read as one: a relation, never flagged.
		assert.equal(formula('加快推进农村“三变”改革、集体产权制度改革两项改革。', '两项').verdict, 'ok');
		// A quoted count that cannot make up the difference (三变 is no two of three; “10+1” no two of four) is read as one item.
		assert.equal(formula('加快推进农村“三变”改革、集体产权制度改革三项改革。', '三项').verdict, 'mismatch');
		assert.equal(formula('立足“10+1”产业、产业集群、交通基础设施四个重点领域。', '四个').verdict, 'mismatch');
		assert.equal(formula('深化“放管服”改革、商事制度改革、投资审批改革等三项改革。', '三项').verdict, 'ok');
		assert.equal(analyze('以“千万工程”牵引乡村建设、乡村治理三大行动。').formulas.find((f) => f.text === '三大' && f.verdict !== 'unexpanded'), undefined);
	});

	test('a well-known formula whose items the rest of its sentence names, clause by clause or 、-item by 、-item', () => {
		// 三大工程 (the glossary's, variants: local documents name other works so too).
		const works = '抢政策窗口启动“三大工程”建设，梳理上报7个保障性住房先导项目、62个“平急两用”公共基础设施首批项目，梳理22个城中村改造先导项目。';
		assert.deepEqual(formula(works, '三大工程'), { verdict: 'ok', source: 'after', parts: [[3, ['梳理上报7个保障性住房先导项目', '62个“平急两用”公共基础设施首批项目', '梳理22个城中村改造先导项目']]] });
		assert.deepEqual(analyze(works).findings, []);
		// The first clause of the next sentences, as before.
		assert.equal(formula('加快实施“三大工程”。加大保障性住房建设供给。积极稳步推进城中村改造。加快推进“平急两用”公共基础设施建设。', '三大工程').verdict, 'ok');
		// Another list under the name, before it: read by position (variants), never held to the canonical items.
		const local = '全力打好东平湖区移民避险解困、易地扶贫搬迁、黄河滩区迁建“三大工程”决胜战。';
		assert.deepEqual(formula(local, '三大工程'), { verdict: 'ok', source: 'before', parts: [[3, ['东平湖区移民避险解困', '易地扶贫搬迁', '黄河滩区迁建']]] });
		assert.deepEqual(analyze(local).findings, []);
		// Silent, unresolved: two of the three named in the sentence, the third nowhere; the keys in another sentence's
		// middle clause.
		for (const text of [
			'启动“三大工程”建设，梳理上报7个保障性住房先导项目、62个“平急两用”公共基础设施首批项目。今年工作很多。',
			'启动“三大工程”建设。今年工作很多，梳理7个保障性住房项目、8个城中村改造项目、5个“平急两用”项目。',
		]) unreadAndSilent(text, '三大工程');
	});

	test('a 双 formula of a result (“双增长”, “双第一”) after the two things its sentence names with one 、', () => {
		const reads: [string, string, string[]][] = [
			['昌北国际机场完成旅客吞吐量1126.8万人次、货邮吞吐量6.6万吨，实现“双增长”。', '双增长', ['旅客吞吐量', '货邮吞吐量']],
			['规上工业总产值、工业增加值连续2年实现全国城市“双第一”，规上工业增加值增长6.2%。', '双第一', ['规上工业总产值', '工业增加值']],
			// The formula's clause says only what both achieve, where (在…中) and how (均).
			['综合排名、单项排名，在全省考核中均获得“双第一”。', '双第一', ['综合排名', '单项排名']],
		];
		for (const [text, name, items] of reads) {
			assert.deepEqual(formula(text, name), { verdict: 'ok', source: 'before', parts: [[2, items]] });
			assert.deepEqual(analyze(text).findings, [], text);
		}
		// Unread, silent: three things joined by 和; no list in the sentence; the pair in the sentence before; a 双 formula
		// whose key is no result (“双百”: a hundred begun, a hundred done, figures of their own).
		for (const [text, name] of [
			['粮食、油料和蔬菜产量实现“双增长”。', '双增长'],
			['进出口增长5%，实现“双增长”。', '双增长'],
			['旅客吞吐量1126.8万人次、货邮吞吐量6.6万吨。全年实现“双增长”。', '双增长'],
			['重大项目开工341个、竣工217个，“双百”任务超额完成。', '双百'],
			// The formula's clause names a subject of its own: the pair is that subject's, not the two named before it.
			['进出口总额增长5%、实际利用外资增长3%，城乡居民收入实现“双增长”。', '双增长'],
			['新增城镇就业1.2万人、农村劳动力转移就业3万人，居民收入保持“双增长”。', '双增长'],
			['全市粮食产量、肉类产量稳定，蔬菜面积产量实现“双增长”。', '双增长'],
		] as const) unreadAndSilent(text, name);
	});

	test('a 双 formula of a result unquoted (粮食、蔬菜播种面积实现双增长), or after a pair joined by 和 or 与 in its clause', () => {
		const reads: [string, string, string[]][] = [
			['农业中关村和种业之都建设纵深推进，粮食、蔬菜播种面积实现双增长。', '双增长', ['粮食', '蔬菜播种面积']],
			['生产安全事故起数、亡人数保持双下降，安全形势稳定。', '双下降', ['生产安全事故起数', '亡人数']],
			['高层次人才规模与质量实现双提升。', '双提升', ['高层次人才规模', '质量']],
			['人才规模与质量实现“双提升”。', '双提升', ['人才规模', '质量']],
			// What both achieve ends the second name (近年来首次出现) and is no part of the first (位列).
			['化学需氧量、二氧化硫排放总量近年来首次出现双下降。', '双下降', ['化学需氧量', '二氧化硫排放总量']],
			['位列冬残奥会金牌榜和奖牌榜双第一位。', '双第一', ['冬残奥会金牌榜', '奖牌榜']],
		];
		for (const [text, name, items] of reads) {
			assert.deepEqual(formula(text, name), { verdict: 'ok', source: 'before', parts: [[2, items]] }, text);
			assert.deepEqual(analyze(text).findings, [], text);
		}
		// Not read, silent: three things (A、B和C); two joiners; no pair; the pair of a subject of its own after the two
		// named before; 双双 (both), no formula; a joiner inside a word (和谐).
		for (const text of [
			'实现进出口、消费和投资双增长。',
			'粮食和油料和蔬菜产量实现双增长。',
			'全市经济实现双增长。',
			'进出口总额增长5%、实际利用外资增长3%，城乡居民收入实现双增长。',
			'金融机构存贷款双双突破万亿元。',
			'社会和谐稳定实现双提升。',
			// A frame 与 opens and closes before the verb (a comparison, a company): no pair.
			'进出口额与去年同期相比实现双增长。',
			'我们与全省人民一道实现双丰收。',
		]) {
			const a = analyze(text);
			assert.equal(a.formulas.find((f) => f.text.startsWith('双') && f.verdict !== 'unexpanded'), undefined, text);
			assert.deepEqual(a.findings, [], text);
		}
	});

	test('a count in digits (or of 件) of the noun a colon closes: its items after the colon, or the headings after it', () => {
		const deeds = '全力办好3件民生实事：开展职业技能提升培训3万人次；为4县农村妇女免费提供“两癌”检查；实施免费婚前医学检查。新建学校。';
		assert.deepEqual(formula(deeds, '3件民生实事'), { verdict: 'ok', source: 'gloss', parts: [[3, ['开展职业技能提升培训3万人次', '为4县农村妇女免费提供“两癌”检查', '实施免费婚前医学检查']]] });
		assert.equal(formula(deeds.replace('3件', '4件'), '4件民生实事').verdict, 'mismatch');
		// 件 is a measure word of a counted noun as 项 is (办成十件民生实事：…), in running text too.
		assert.equal(formula('尊重民意办好民生实事。办成三件民生实事：养老金每人每年增加120元；建成保障房960套；新增学位3700个。统筹办好微实事。', '三件民生实事').verdict, 'ok');
		// More than twelve: lists of deeds run long.
		const sixteen = Array.from({ length: 16 }, (_, n) => `建成第${n + 1}号工程`).join('；');
		assert.deepEqual(formula(`全力办好16件民生实事：${sixteen}。`, '16件民生实事').parts[0]![0], 16);
		// Nothing after the colon: the numbered headings after it.
		const headings = (n: number): string => joinLines(`认真抓好${n}方面重点工作：`, '', '（一）发挥政策引导作用', '', '加快落实。', '', '（二）推进产业升级', '', '加快。', '', '（三）推进开放', '', '加快。');
		assert.deepEqual(formula(headings(3), '3方面重点工作'), { verdict: 'ok', source: 'headings', parts: [[3, ['（一）发挥政策引导作用', '（二）推进产业升级', '（三）推进开放']]] });
		assert.equal(formula(headings(4), '4方面重点工作').verdict, 'mismatch');
		// More headings than the count, the report going on at their level (四、加强政府自身建设): the first N are the count's,
		// the next nothing binds to it — silent; every heading naming the count's key binds them all (a mismatch).
		const sections = (lead: string, ...titles: string[]): string => joinLines(lead, '', ...titles.flatMap((t) => [t, '', '加快落实。', '']));
		const selfBuilding = sections('重点做好三方面工作：', '一、坚定不移推动高质量发展', '二、持续深化改革开放', '三、切实保障和改善民生', '四、加强政府自身建设');
		assert.deepEqual(formula(selfBuilding, '三方面工作'), { verdict: 'uncertain', source: 'headings', parts: [[3, ['一、坚定不移推动高质量发展', '二、持续深化改革开放', '三、切实保障和改善民生']]] });
		assert.deepEqual(analyze(selfBuilding).findings.filter((f) => f.ruleId.startsWith('formula.')), []);
		assert.equal(formula(selfBuilding.replace('三方面', '四方面'), '四方面工作').verdict, 'ok');
		assert.equal(formula(selfBuilding.replace('三方面', '五方面'), '五方面工作').verdict, 'mismatch');
		assert.equal(formula(sections('重点做好三方面工作：', '（一）推动高质量发展', '（二）深化改革开放', '（三）保障和改善民生', '（四）加强政府自身建设', '（五）防范化解风险'), '三方面工作').verdict, 'uncertain');
		const works = sections('全力实施三大工程：', '一、实施产业升级工程', '二、实施城市更新工程', '三、实施民生保障工程', '四、实施生态修复工程');
		assert.equal(formula(works, '三大工程').verdict, 'mismatch');
		assert.equal(formula(works.replace('三大工程', '四大工程'), '四大工程').verdict, 'ok');
		// …as its head noun: a heading that holds the key inside other words (加强工程建设管理) is a section on the items.
		const management = sections('全力实施三大工程：', '一、实施产业升级工程', '二、实施城市更新工程', '三、实施民生保障工程', '四、加强工程建设管理');
		assert.equal(formula(management, '三大工程').verdict, 'uncertain');
		assert.deepEqual(analyze(management).findings.filter((f) => f.ruleId.startsWith('formula.')), []);
		// A 、-list the first comma closes, exactly the count: the clause after the comma is what it did, not an item.
		assert.deepEqual(formula('实施2项计划：人才强市计划、科技兴市计划，累计引进人才3000人。', '2项计划').parts, [[2, ['人才强市计划', '科技兴市计划']]]);
		assert.equal(formula('实施2项计划：“人才强市”计划、“科技兴市”计划，累计引进人才3000人。', '2项计划').verdict, 'ok');
		assert.equal(formula('实施3项计划：人才强市计划、科技兴市计划。全年累计引进人才3000人。', '3项计划').verdict, 'mismatch');
		// …also where the sentence opens its paragraph (read as an entry: words before an unquoted formula), in words too;
		// a list one short of the count still is; a glossary term, quoted, keeps a comma between its items.
		assert.deepEqual(formula('全力实施两大工程：城市更新工程、乡村振兴工程，全年完成投资300亿元。', '两大工程').parts, [[2, ['城市更新工程', '乡村振兴工程']]]);
		assert.equal(formula('推进三项改革：国企改革、财税改革、医药卫生体制改革，取得明显成效。', '三项改革').verdict, 'ok');
		assert.equal(formula('推进四项改革：国企改革、财税改革，取得明显成效。', '四项改革').verdict, 'mismatch');
		assert.equal(formula('“六坝共筑”：主支、北支、中支、南支等四支枢纽，塔城枢纽、八字脑闸枢纽。', '六坝共筑').parts[0]![1].length, 6);
		// Silent: some of the items (其中, 如), figures of indicators, a time, a reference elsewhere, a year before the count.
		for (const text of [
			'今年新开工3个项目：其中A港区码头、B物流园已开工。',
			'今年要在招商上发力，新建3个中心：如A中心、B中心。',
			'今年要在招商上发力，新建三个中心：如A中心、B中心。',
			'全年完成5项重点任务：投资增长8%，消费增长6%，出口增长5%。',
			'全年办好10件民生实事：详见附件。',
			'用3个月时间：集中整治、巩固提升。',
			'2023年：甲改革、乙改革。',
			'办理人大代表建议5件、政协提案3件。',
			'为群众办好两件事，即医疗和教育。',
		]) {
			const a = analyze(text);
			assert.deepEqual(a.findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
			assert.equal(a.formulas.find((f) => /^[0-9]/.test(f.text) && f.verdict !== 'unexpanded'), undefined, text);
		}
	});

	test('unnumbered paragraphs after a count a colon closes, each opening with the same verb (以下七个方面工作：⏎坚持…⏎坚持…)', () => {
		const paragraphs = (count: string, ...openings: string[]): string => joinLines(`实现上述目标，关键做好以下${count}方面工作：`, '', ...openings.flatMap((o) => [`${o}，加快建设核心区。推进项目。`, '']), '2021年工作部署', '', '2021年，疫情变化。');
		const three = ['坚持区域协同', '坚持创新核心地位', '坚持民生优先'];
		assert.deepEqual(formula(paragraphs('三个', ...three), '三个方面工作'), { verdict: 'ok', source: 'gloss', parts: [[3, three]] });
		// Silent: a run one off its count (items left out, or the next paragraph's), openings that differ, a count of two.
		for (const text of [
			paragraphs('四个', ...three),
			paragraphs('三个', ...three, '坚持开放合作'),
			paragraphs('三个', '坚持区域协同', '推进创新', '坚持民生优先'),
			paragraphs('两个', '坚持区域协同', '坚持民生优先'),
		]) {
			const a = analyze(text);
			assert.equal(a.formulas.find((f) => f.text.endsWith('方面工作') && f.verdict !== 'unexpanded'), undefined, text);
			assert.deepEqual(a.findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
		}
	});

	test('a count of aspects and its noun closing a paragraph (推进十个方面重点任务。⏎一是…⏎二是…), listed by the numbered paragraphs after it', () => {
		const paragraphs = (count: string, n: number): string => joinLines(`今后五年，政府将着力推进${count}方面重点任务。`, '', ...['一是经济实力显著提升，加快建设现代化产业体系。', '二是科技创新能力显著提升，加快建设创新高地。', '三是人民生活品质显著提升，加快建设幸福家园。', '四是安全水平显著提升。'].slice(0, n).flatMap((p) => [p, '']), '各位代表！');
		assert.deepEqual(formula(paragraphs('三个', 3), '三个方面重点任务'), { verdict: 'ok', source: 'gloss', parts: [[3, ['经济实力显著提升，加快建设现代化产业体系', '科技创新能力显著提升，加快建设创新高地', '人民生活品质显著提升，加快建设幸福家园']]] });
		assert.equal(formula(paragraphs('四个', 3), '四个方面重点任务').verdict, 'mismatch');
		// Silent: paragraphs that are not numbered; a noun too long to close the paragraph.
		for (const text of [
			joinLines('今后五年，政府将着力推进四个方面重点任务。', '', '经济实力显著提升。', '', '科技创新能力显著提升。', '', '各位代表！'),
			paragraphs('四个', 3).replace('重点任务。', '重点任务和重大项目。'),
		]) {
			assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
		}
	});

	test('numbered paragraphs after a colon with paragraphs of their own between them (抓了三个方面工作：⏎一是…⏎A…⏎B…⏎二是…)', () => {
		// Each point with `sub` unmarked paragraphs of its own after it.
		const points = (count: string, n: number, sub: number): string =>
			joinLines(
				`一年来，我们重点抓了${count}方面工作：`,
				'',
				...['一是打好攻坚战，经济跃上新台阶。', '二是推进乡村振兴，城乡融合迈出新步伐。', '三是守护生态，美丽家园交出新答卷。', '四是筑牢安全底线，安全体系取得新进展。']
					.slice(0, n)
					.flatMap((p, k) => [p, '', ...Array.from({ length: sub }, (_, j) => [`第${k + 1}点的第${j + 1}段情况良好，成效明显。`, '']).flat()]),
				'各位代表！',
			);
		assert.deepEqual(formula(points('三个', 3, 4), '三个方面工作'), { verdict: 'ok', source: 'gloss', parts: [[3, ['打好攻坚战，经济跃上新台阶', '推进乡村振兴，城乡融合迈出新步伐', '守护生态，美丽家园交出新答卷']]] });
		assert.equal(formula(points('四个', 3, 4), '四个方面工作').verdict, 'mismatch');
		// After the last point, a paragraph whose own list runs inline (…四项工作，一是…；二是…；三是…。) and whose next point
		// opens a paragraph (四是…): that 四是 is the other list's, not a fourth of these three (was a count-mismatch 3 vs 4).
		const inline = joinLines(points('三个', 3, 0).replace('各位代表！', '今年要重点抓好四项工作，一是扩大有效投资；二是培育新兴产业；三是深化改革开放。'), '', '四是保障改善民生。');
		assert.equal(formula(inline, '三个方面工作').verdict, 'ok');
		assert.deepEqual(analyze(inline).findings.filter((f) => f.ruleId.startsWith('formula.')), []);
		// Silent: more paragraphs between two points than a point has (the list ended); a list of its own (一是 again) in
		// between: no reading past it.
		for (const text of [
			points('三个', 3, 9),
			points('三个', 3, 2).replace('第1点的第1段', '一是另一件事，第1点的第1段'),
		]) {
			assert.equal(analyze(text).formulas.find((f) => f.text === '三个方面工作')?.verdict === 'ok', false, text);
			assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
		}
	});

	test('a count of points after 以下 with no noun (把握好以下四点。⏎一是…; 主要有以下三点：一是…)', () => {
		const paragraphs = (count: string, n: number): string => joinLines(`推动各项重大部署落地落实，需要重点把握好以下${count}。`, '', ...['一是主动服务国家重大战略全局。', '二是坚持创新驱动发展。', '三是坚持扩大内需。', '四是坚持以人民为中心。'].slice(0, n).flatMap((p) => [p, '']), '今年工作很多。');
		assert.deepEqual(formula(paragraphs('四点', 4), '四点'), { verdict: 'ok', source: 'gloss', parts: [[4, ['主动服务国家重大战略全局', '坚持创新驱动发展', '坚持扩大内需', '坚持以人民为中心']]] });
		assert.equal(formula(paragraphs('五点', 4), '五点').verdict, 'mismatch');
		const colon = '需要把握好以下三点：一是服务全局；二是坚持创新；三是扩大内需。今年工作很多。';
		assert.deepEqual(formula(colon, '三点'), { verdict: 'ok', source: 'gloss', parts: [[3, ['服务全局', '坚持创新', '扩大内需']]] });
		assert.deepEqual(analyze(colon.replace('三点', '四点')).findings.map((f) => f.ruleId), ['formula.count-mismatch']);
		// Silent: no 以下 (a time, a score), 以下 in the middle of its paragraph, a noun after the measure word of its own list.
		for (const text of [
			joinLines('会议于下午三点。', '', '一是主动服务国家重大战略全局。', '', '二是坚持创新驱动发展。'),
			joinLines('比分领先以下三点，比赛继续进行。', '', '一是主动服务国家重大战略全局。', '', '二是坚持创新驱动发展。'),
			joinLines('需要把握好以下四点。今年还要做好其他工作。', '', '一是主动服务国家重大战略全局。', '', '二是坚持创新驱动发展。'),
			// Points of another numbering inside the run before it has its count (第一…第二…一是…二是…第三…): no reading.
			joinLines('我讲以下三点。', '', '第一，提高政治站位。', '', '第二，压实工作责任。', '', '一是加强组织领导。', '', '二是强化督查考核。', '', '第三，改进工作作风。', '', '同志们，任务艰巨。'),
		]) {
			const a = analyze(text);
			assert.equal(a.formulas.find((f) => f.text.endsWith('点') && f.verdict !== 'unexpanded'), undefined, text);
			assert.deepEqual(a.findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
		}
	});

	test('points in any numbering that opens no figure right after the sentence a counted noun closes (办好“三件民生实事”。（1）…（2）…)', () => {
		const points = '（1）新增城区学位6万个。（2）新建乡镇幼儿园15所。（3）改造农村公路300公里。';
		for (const [lead, name] of [
			['今年要继续办好“三件民生实事”。', '三件民生实事'],
			['今年要继续办好三件民生实事。', '三件民生实事'],
		] as const) {
			assert.deepEqual(formula(lead + points, name).parts, [[3, ['新增城区学位6万个', '新建乡镇幼儿园15所', '改造农村公路300公里']]], lead);
			assert.equal(formula(lead.replace('三件', '四件') + points, name.replace('三件', '四件')).verdict, 'mismatch', lead);
			// Points that run to the paragraph's end, short of the count, going on in the next paragraph: not all read, no finding.
			const split = joinLines(lead.replace('三件', '四件') + points, '', '（4）新建充电桩3000个。');
			assert.equal(formula(split, name.replace('三件', '四件')).verdict, 'uncertain', lead);
			assert.deepEqual(analyze(split).findings.filter((f) => f.ruleId.startsWith('formula.')), [], lead);
		}
		// The next paragraph going on in the points' own numbering (其三，, 第三，, ③): uncertain, no finding; a paragraph that
		// does not go on leaves the mismatch (must fire).
		for (const [one, two, three] of [['其一，', '其二，', '其三，'], ['第一，', '第二，', '第三，'], ['①', '②', '③']] as const) {
			const lead = `今年重点办好三件实事。${one}新建学校；${two}新增床位。`;
			const split = joinLines(lead, '', `${three}改造老旧小区。`);
			assert.equal(formula(split, '三件实事').verdict, 'uncertain', split);
			assert.deepEqual(analyze(split).findings.filter((f) => f.ruleId.startsWith('formula.')), [], split);
			assert.equal(formula(joinLines(lead, '', '社会事业全面进步。'), '三件实事').verdict, 'mismatch', lead);
		}
		// Other numberings: ①, 第一，.
		assert.deepEqual(formula('今年要办好三件实事。①稳就业。②保民生。③促发展。', '三件实事').parts, [[3, ['稳就业', '保民生', '促发展']]]);
		assert.deepEqual(formula('主要有两个方面考虑。第一，稳就业。第二，保民生。', '两个方面考虑').parts, [[2, ['稳就业', '保民生']]]);
		// Silent: a formula of the glossary has its own items (the points are the text's); digits that open a figure (1.2万人)
		// are no numbering; a sentence between the noun and the points.
		for (const text of [
			'坚持“两个毫不动摇”。（1）稳就业。（2）保民生。（3）促发展。',
			'今年要办好三件实事。1.2万人参加培训。',
			'今年要办好“四件民生实事”。这是政府的承诺。（1）稳就业。（2）保民生。（3）促发展。',
			// A count without a measure word is a grade or a title: the points after are what earned it, not its items.
			'全市获评“三星级”文明单位。一是服务水平提升；二是群众满意度提高。\n\n社会事业全面进步。',
			'我市成功获评全国“十佳”旅游城市。一是旅游收入增长15%；二是游客人数增长12%。\n\n社会事业全面进步。',
			// The noun after the formula holds a count of its own: the points are that noun's (the action's measures).
			'实施“两大工程”三年行动。一是实施城市更新；二是实施乡村建设；三是实施产业升级。',
		]) {
			assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
		}
		assert.equal(formula('坚持“两个毫不动摇”。（1）稳就业。（2）保民生。（3）促发展。', '两个毫不动摇').verdict, 'unexpanded');
		assert.equal(formula('我市成功获评全国“十佳”旅游城市。一是旅游收入增长15%；二是游客人数增长12%。\n\n社会事业全面进步。', '十佳').verdict, 'unexpanded');
	});

	test('the list a frame names as the formula’s content (以A、B和C为主要内容的…“三级改革试点”)', () => {
		const text = '深入推进以市级联动、区县放权和乡镇转型为主要内容的政府管理创新“三级改革试点”，开展执法联动试点。';
		assert.deepEqual(formula(text, '三级改革试点'), { verdict: 'ok', source: 'before', parts: [[3, ['市级联动', '区县放权', '乡镇转型']]] });
		assert.equal(formula(text.replace('区县放权和', ''), '三级改革试点').verdict, 'mismatch');
		// 为重点 names what is stressed, not the content: no list.
		assert.equal(formula(text.replace('为主要内容', '为重点'), '三级改革试点').verdict, 'unexpanded');
	});

	test('names joined by dashes right before the formula, whatever follows it (巫山―奉节―巫溪“金三角”旅游经济)', () => {
		const text = '推进巫山―奉节―巫溪“金三角”旅游经济发展。';
		assert.deepEqual(formula(text, '金三角'), { verdict: 'ok', source: 'before', parts: [[3, ['巫山', '奉节', '巫溪']]] });
		assert.equal(formula(text.replace('巫溪', '巫溪—大昌'), '金三角').verdict, 'mismatch');
		// Two names joined by a dash are a route's ends, not a list of the formula.
		assert.equal(formula('加快兰州—西宁“三纵”通道建设步伐。', '三纵').verdict, 'unexpanded');
	});

	test('a code’s part counted by what each unit has (“7”即…各县（区）…中心) is not listed; the other parts are judged', () => {
		const text = '32.“1+4+7”粮食物流设施体系：“1”即“一中心”，指川北物流园区；“4”即“四节点”，指甲物流园区、乙加工园区、丙物流中心和丁仓储园区；“7”即“七支撑”，指各县（区）粮食应急保障中心。';
		assert.equal(formula(text, '1+4+7').verdict, 'ok');
		assert.equal(formula(text.replace('乙加工园区、', ''), '1+4+7').verdict, 'mismatch');
		// A single item that is no distributive leaves the code unjudged.
		assert.equal(formula(text.replace('乙加工园区、', '').replace('各县（区）', '县级'), '1+4+7').verdict, 'uncertain');
	});

	test('a code whose part glosses name a part by another number (“2+6”：“1”是指…，“6”是指…): that part read with its own number', () => {
		const text = '“1+6”智慧应用场景：“1”是指城市大脑数据底座和中台，“6”是指智慧政务、智慧公安、智慧交通、智慧社区、智慧水务和智慧城管。';
		assert.deepEqual(formula(text, '1+6').parts, [[1, ['城市大脑数据底座和中台']], [6, ['智慧政务', '智慧公安', '智慧交通', '智慧社区', '智慧水务', '智慧城管']]]);
		const changed = formula(text.replace('1+6', '2+6'), '2+6');
		assert.equal(changed.verdict, 'mismatch');
		assert.deepEqual(changed.parts[0], [2, ['城市大脑数据底座和中台']]);
		// Silent: the parts glossed in another order (two numbers differ), and a part named N.
		assert.notEqual(formula('“5+1”监管场地：“1”是指进口药品场地，“5”是指甲场地、乙场地、丙场地、丁场地和戊场地。', '5+1').verdict, 'mismatch');
		assert.notEqual(formula('“1+N”政策体系：“1”是指一个总体方案，“N”是指若干配套政策。', '1+N').verdict, 'mismatch');
	});

	test('a glossary term’s code with its noun inside the quotes, glossed by lists each closed by its count (“88政务”)', () => {
		const text = '“66服务”模式：一网、一窗、一号、一表、一次、一份6个“一”和马上办、网上办、就近办、集中办、帮你办、全域办6个“办”的合称。';
		assert.deepEqual(formula(text, '66'), { verdict: 'ok', source: 'gloss', parts: [[6, '6个“一”'], [6, '6个“办”']] });
		assert.equal(formula(text.replace('66服务', '67服务'), '67').verdict, 'mismatch');
		assert.equal(formula(text.replace('一表、', ''), '66').verdict, 'mismatch');
		// Counts of things are no code (“20条”, “95后”), nor a year; in running text a quoted code with a noun is not read.
		const a = analyze('“20条”：指A、B等20条措施。\n“95后”群体：1995年以后出生的人。\n“2030先锋工程”：指A、B两项。\n推进“113工程”建设。');
		assert.deepEqual(a.formulas.filter((f) => f.kind === 'code').map((f) => f.text), []);
	});

	test('a first item that opens with the key keeps its words (全面建设社会主义现代化国家 of 四个全面)', () => {
		const text = '按照“四个全面”战略布局，协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。';
		assert.deepEqual(formula(text, '四个全面').parts, [[4, ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党']]]);
	});

	test('the formula’s own noun written once after the last item is no part of it (…以及进境植物种苗指定监管场地)', () => {
		const code = '“5+1”指定监管场地：“5”是指进境肉类、进境冰鲜水产品、进境水果、进境食用水生动物以及进境植物种苗指定监管场地，“1”是指进口药品指定监管场地。';
		assert.deepEqual(formula(code, '5+1').parts, [[5, ['进境肉类', '进境冰鲜水产品', '进境水果', '进境食用水生动物', '进境植物种苗']], [1, ['进口药品指定监管场地']]]);
		const cjk = '“三大平台”服务中心：是指政务服务、公共资源交易和市民热线服务中心。';
		assert.deepEqual(formula(cjk, '三大平台').parts, [[3, ['政务服务', '公共资源交易', '市民热线']]]);
		// Kept where another item carries the noun too.
		const kept = '“两大平台”服务中心：是指政务服务中心和市民热线服务中心。';
		assert.deepEqual(formula(kept, '两大平台').parts, [[2, ['政务服务中心', '市民热线服务中心']]]);
	});

	test('a verb after the formula that its items do together, the formula its subject (投资、消费“双轮”驱动)', () => {
		assert.deepEqual(formula('保持投资、消费“双轮”驱动经济增长的良好势头。', '双轮'), { verdict: 'ok', source: 'before', parts: [[2, ['投资', '消费']]] });
		assert.deepEqual(formula('推动城区、园区、景区“三区”联动发展。', '三区'), { verdict: 'ok', source: 'before', parts: [[3, ['城区', '园区', '景区']]] });
		// Another verb after it: the list before is not read.
		assert.equal(formula('推进投资、消费、出口“双轮”提升经济增长质量。', '双轮').verdict, 'unexpanded');
	});

	test('a part of one item after groups that set the scene (…；加强储备，一般性项目周期缩短至2年) is the group that carries its key', () => {
		const text = '做到“两提高一缩短”：力争到2025年，甲类项目投资比重提高到60%，乙类项目投资比重提高到50%；强化要素保障，一般性项目建设周期缩短至2年以内。';
		assert.deepEqual(formula(text, '两提高一缩短').parts, [[2, ['甲类项目投资比重提高到60%', '乙类项目投资比重提高到50%']], [1, ['一般性项目建设周期缩短至2年以内']]]);
		// A group before that carries the key too: the part's item stays whole.
		const both = text.replace('强化要素保障', '审批时限缩短一半');
		assert.deepEqual(formula(both, '两提高一缩短').parts[1], [1, ['审批时限缩短一半，一般性项目建设周期缩短至2年以内']]);
	});

	test('a list right before a formula whose noun phrase goes on is read only when it is exactly the count (or, whole, one short: formula.count-mismatch)', () => {
		// A longer noun, 的 and a noun, a joiner and another thing, a verb the items do together (并行).
		assert.deepEqual(formula('健全采集、审核、发布“三位一体”数据公开体系。', '三位一体'), { verdict: 'ok', source: 'before', parts: [[3, ['采集', '审核', '发布']]] });
		assert.deepEqual(formula('按照县委提出的资金投入、人员力量、督导考核“三个不减”的要求，抓好落实。', '三个不减'), { verdict: 'ok', source: 'before', parts: [[3, ['资金投入', '人员力量', '督导考核']]] });
		assert.deepEqual(formula('开展法律、医疗、农技“三进村”和文艺、体育进社区活动。', '三进村').parts, [[3, ['法律', '医疗', '农技']]]);
		assert.deepEqual(formula('建立线上、线下“双轨”并行的服务体系。', '双轨').parts, [[2, ['线上', '线下']]]);
		// A short noun joined by 和 to the next object (…“三条保障线”水平和适当增加工资).
		const lines = '随着政策落实，下岗职工基本生活保障、失业保险和城镇居民最低生活保障"三条保障线"水平和工资均有提高。';
		assert.deepEqual(formula(lines, '三条保障线'), { verdict: 'ok', source: 'before', parts: [[3, ['下岗职工基本生活保障', '失业保险', '城镇居民最低生活保障']]] });
		assert.equal(formula(lines.replace('失业保险和', ''), '三条保障线').verdict, 'unexpanded');
		// Items longer than a list read by position, exactly the count, the clause ending after the formula's noun.
		assert.deepEqual(formula('坚决打赢城西片区老旧管网更新改造、滨江大道北延、高铁站前广场综合整治“三大工程”攻坚战。', '三大工程').parts, [[3, ['城西片区老旧管网更新改造', '滨江大道北延', '高铁站前广场综合整治']]]);
		// A pair one off the count is no reading (and nothing is flagged).
		const off = analyze('健全采集、发布“三位一体”数据公开体系。');
		assert.equal(off.formulas.find((f) => f.text === '三位一体')?.verdict, 'unexpanded');
		assert.deepEqual(off.findings, []);
		// Near misses: a formula inside an item of a list closed by 等; a list before a preposition (为, 在); items with figures or
		// opening with a verb; a clause that goes on past the noun.
		for (const [text, name] of [
			['在园区共建、人才交流、推动直接“三通”等方面先行先试。', '三通'],
			['引导农业银行、农村商业银行、邮政储蓄银行为“三农”服务的功能。', '三农'],
			['有些市县、企业、园区在“三个一批”的带动下加快发展。', '三个一批'],
			['2024年度18个、总投资12.5亿元、新开工9个的“城市双修”项目进展顺利。', '城市双修'],
			['培育港口运营主体、深化监管一体化、迭代升级“三港”云平台建设。', '三港'],
			['提升交通、水利、能源“三网”基础设施建设水平和综合服务保障能力。', '三网'],
		] as const) unreadAndSilent(text, name);
	});

	test('recognised without an expansion: nothing is flagged', () => {
		const text = '确立了“一体双线两翼”整体思路，开发建设“四座新城”，引导党员做到“七个主动”，推行“一征三议两公开”工作法，深化三治融合，把四类党员编入网格。';
		const a = analyze(text);
		for (const name of ['一体双线两翼', '四座新城', '七个主动', '一征三议两公开', '三治融合', '四类党员']) {
			assert.equal(a.formulas.find((f) => f.text === name)?.verdict, 'unexpanded', name);
		}
		assert.deepEqual(a.findings, []);
	});
});

describe('glossary sections: each entry’s items, in whatever form its gloss gives them', () => {
	const cases: [string, string, string, [number | undefined, string[]][]][] = [
		['an unquoted term', '7.两函两书：设立市政府预警函、督办函、表扬书和批评书。', '两函两书', [[2, ['市政府预警函', '督办函']], [2, ['表扬书', '批评书']]]],
		['a quoted list inside a sentence', '8.“三大攻坚”：指“防范化解重大风险、精准脱贫、污染防治”三大攻坚战。', '三大攻坚', [[3, ['防范化解重大风险', '精准脱贫', '污染防治']]]],
		['items with digits in them, and a name with a numeral key', '1.“5个10”工程：指全市抓好10个重大产业建设项目、10个重大科技创新项目、10个重大产品创新项目，引进10个500强企业、10名重点科技创新人才。', '5个10', [[5, ['10个重大产业建设项目', '10个重大科技创新项目', '10个重大产品创新项目', '10个500强企业', '10名重点科技创新人才']]]],
		['an N+M code whose single item is a long noun phrase', '14.“1+5”数字广元建设运行机制：即1个数字广元建设领导小组，数字经济发展、数字政务建设、数字文化建设、数字社会建设和数字生态文明建设5个工作专班。', '1+5', [[1, ['数字广元建设领导小组']], [5, ['数字经济发展', '数字政务建设', '数字文化建设', '数字社会建设', '数字生态文明建设']]]],
		['parts glossed by their names (“两江”即…，“四岸”即…（…）)', '8.“两江四岸”：“两江”即嘉陵江、南河，“四岸”即两江对应的四条岸线（则天路—西滨道、望江路—上下河街、滨河北路、滨河南路）。', '两江四岸', [[2, ['嘉陵江', '南河']], [4, ['则天路—西滨道', '望江路—上下河街', '滨河北路', '滨河南路']]]],
		['a prefix before the count (新三通), items between ；', '30.“新三通”：乡镇通三级及以上公路、建制村通等级路、较大人口规模自然村（组）通硬化路。', '新三通', [[3, ['乡镇通三级及以上公路', '建制村通等级路', '较大人口规模自然村（组）通硬化路']]]],
		['quoted items side by side', '21.“一非三贷”：指非法集资，“套路贷”“校园贷”“非法高利放贷”。', '一非三贷', [[1, ['非法集资']], [3, ['“套路贷”', '“校园贷”', '“非法高利放贷”']]]],
		['each part’s items before its count and key (以A、B为两条横轴，以C、D、E为三条纵轴)', '“两横三纵”城市化战略：是指以欧亚大陆桥通道、沿长江通道为两条横轴，以沿海、京哈京广、包昆通道为三条纵轴，以主要城市群为支撑的城市化战略布局。', '两横三纵', [[2, ['欧亚大陆桥通道', '沿长江通道']], [3, ['沿海', '京哈京广', '包昆通道']]]],
		['a part’s list that carries its key, restated after ，即: the first list', '（19）“一轴两翼”：一轴指成渝发展主轴。两翼指成渝地区双城经济圈北翼、南翼，即川东北渝东北地区、川南渝西地区。', '一轴两翼', [[1, ['成渝发展主轴']], [2, ['成渝地区双城经济圈北翼', '南翼']]]],
		['a gloss that calls the formula a short name lists no items (…的简称)', '“双千”活动：“千名干部进千企、优化环境促发展”活动的简称。', '双千', [[2, []]]],
		['a change formula', '主要指标“三升一降”：税收收入、居民收入、社会消费品零售总额增长，能耗下降。', '三升一降', [[3, ['税收收入', '居民收入', '社会消费品零售总额']], [1, ['能耗']]]],
		['an item joined by 和 whose halves carry two parts’ keys where keys stand (…经济带和…丝绸之路)', '23.“一带一路”：指丝绸之路经济带和21世纪海上丝绸之路。', '一带一路', [[1, ['丝绸之路经济带']], [1, ['21世纪海上丝绸之路']]]],
		['the same, quoted halves', '［7］一带一路：“丝绸之路经济带”和“21世纪海上丝绸之路”。', '一带一路', [[1, ['“丝绸之路经济带”']], [1, ['“21世纪海上丝绸之路”']]]],
		['a numeral run read digit by digit before a word: a count and a key that opens with a numeral (三一流)', '（17）“三一流”：世界一流大学、一流学科和一流专业。', '三一流', [[3, ['一流大学', '一流学科', '一流专业']]]],
		['a long last item that is a 的-phrase among 的-phrases keeps its own 的 (…有资质的建筑业、有开发经营活动的房地产开发经营业)', '2.“五上”单位——规模以上工业、限额以上批零住餐业、规模以上服务业、有资质的建筑业、有开发经营活动的房地产开发经营业。', '五上', [[5, ['规模以上工业', '限额以上批零住餐业', '规模以上服务业', '有资质的建筑业', '有开发经营活动的房地产开发经营业']]]],
		['an unquoted term whose key is a numeral and a noun (双百城市), its items the figures of the numeral: what the list leads to is no item', '8.双百城市：中心城市建成区面积超过100平方公里、常住人口超过100万人、从中等城市迈入大城市行列。', '双百城市', [[2, ['中心城市建成区面积超过100平方公里', '常住人口超过100万人']]]],
		['the same written with 和 before the last', '2.“五上”单位：规模以上工业、限额以上批零住餐业、规模以上服务业、有资质的建筑业和有开发经营活动的房地产开发经营业。', '五上', [[5, ['规模以上工业', '限额以上批零住餐业', '规模以上服务业', '有资质的建筑业', '有开发经营活动的房地产开发经营业']]]],
		['but a noun after the last item’s 的 that no other item has is the whole list’s (…有仁爱之心的高素质教师队伍)', '3.“四有”好老师：有理想信念、有道德情操、有扎实学识、有仁爱之心的高素质教师队伍。', '四有', [[4, ['有理想信念', '有道德情操', '有扎实学识', '有仁爱之心']]]],
	];
	for (const [what, text, name, parts] of cases) {
		test(what, () => {
			const f = analyze(text).formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.deepEqual(f.parts.map((p) => [p.count, [...p.items]]), parts);
		});
	}

	test('the unquoted 双百城市 with what its list leads to raises nothing (it raised a count mismatch, 3 for 2)', () => {
		assert.deepEqual(analyze('名词解释\n\n8.双百城市：中心城市建成区面积超过100平方公里、常住人口超过100万人、从中等城市迈入大城市行列。').findings.filter((x) => x.ruleId.startsWith('formula.')), []);
	});
	test('a term whose gloss is the paragraphs after it, one part each (七纵，即…)', () => {
		const text = joinLines('〔6〕“两纵一环”路网骨架：', '', '两纵，即龙凤大道，高旗大道+火车站站前路；', '', '一环，即由金龙大道、中山路形成的一环。');
		const f = analyze(text).formulas.find((x) => x.text === '两纵一环')!;
		assert.deepEqual(f.parts.map((p) => [p.count, [...p.items]]), [[2, ['龙凤大道', '高旗大道+火车站站前路']], [1, ['由金龙大道、中山路形成的一环']]]);
		assert.equal(f.verdict, 'ok');
	});
	// The same gloss after an unquoted term, or after a connective (是指, 即) in place of the colon.
	const openings: [string, string][] = [
		['an unquoted term', '〔6〕两纵一环路网骨架：'],
		['a quoted term before 是指', '〔6〕“两纵一环”路网骨架是指'],
		['a quoted term before 即', '〔6〕“两纵一环”路网骨架即'],
		['a quoted term before 指的是', '〔6〕“两纵一环”路网骨架指的是'],
		['a quoted term before 指', '〔6〕“两纵一环”路网骨架指'],
		// A connective after the colon that ends the block: the gloss is the paragraphs after it all the same.
		['a quoted term, a colon and 指', '〔6〕“两纵一环”路网骨架：指'],
		['an unquoted term, a colon and 是指', '〔6〕两纵一环路网骨架：是指'],
		['a quoted term, a colon and 即', '〔6〕“两纵一环”路网骨架：即'],
	];
	for (const [what, opening] of openings)
		{test(`the same after ${what}`, () => {
			const text = joinLines('注释', '', opening, '', '两纵，即龙凤大道，高旗大道+火车站站前路；', '', '一环，即由金龙大道、中山路形成的一环。');
			const f = analyze(text).formulas.find((x) => x.text === '两纵一环')!;
			assert.deepEqual(f.parts.map((p) => [p.count, [...p.items]]), [[2, ['龙凤大道', '高旗大道+火车站站前路']], [1, ['由金龙大道、中山路形成的一环']]]);
			assert.equal(f.verdict, 'ok');
			const dropped = analyze(text.replace('，高旗大道+火车站站前路', ''));
			assert.ok(dropped.findings.some((x) => x.ruleId === 'formula.count-mismatch'));
		});}
	// Near misses: the paragraphs after do not gloss the parts, or the term has one count (its cut is a guess).
	const silent: [string, string[]][] = [
		['paragraphs that name no part', ['〔6〕两纵一环路网骨架：', '', '全市道路总里程达到500公里。', '', '城市路网进一步完善。']],
		['an unquoted term of one count, paragraphs after', ['〔6〕四化乡镇卫生院：', '', '全市建成标准化卫生院12所。', '', '业务规范化水平提升。']],
		['a term before 是指 in running text, the next paragraph no gloss', ['推进两纵一环路网骨架是指', '', '全市道路总里程达到500公里，同比增长3%。']],
		// A term line, the paragraph after it opening with 指导/指向 (a verb): no gloss unless its items are the count.
		['a term line, the paragraph after it opening with the verb 指导, no list', ['〔6〕“三项改革”', '', '指导各县区推进改革，全年完成投资50亿元。']],
		['a term line, the paragraph after it opening with the verb 指向, a list of another count', ['〔6〕“三个片区”', '', '指向东部、西部、南部、北部拓展，全年完成投资50亿元。']],
		['a colon and a connective that ends the block, paragraphs that name no part', ['〔6〕两纵一环路网骨架：指', '', '全市道路总里程达到500公里。', '', '城市路网进一步完善。']],
		['a colon and 即将 that ends the block (即 as “about to”), the part paragraphs after it', ['〔6〕“两纵一环”路网骨架：即将', '', '两纵，即龙凤大道，高旗大道+火车站站前路；', '', '一环，即由金龙大道、中山路形成的一环。']],
		['a block that ends in 即将 (即 as “about to”), the part paragraphs after it', ['〔6〕“两纵一环”路网骨架即将', '', '两纵，即龙凤大道，高旗大道+火车站站前路；', '', '一环，即由金龙大道、中山路形成的一环。']],
		['an unquoted name of several counts in a sentence of running text, the part paragraphs after it', ['〔6〕推进两纵一环路网骨架建设。', '', '两纵，即龙凤大道，高旗大道+火车站站前路；', '', '一环，即由金龙大道、中山路形成的一环。']],
	];
	for (const [what, lines] of silent)
		{test(`no reading: ${what}`, () => {
			const a = analyze(joinLines('注释', '', ...lines));
			assert.ok(a.formulas.every((x) => x.verdict === 'unexpanded'));
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
		});}
});

describe('glossary entries in other layouts: the term in 【】 or bold, after 【1】 or ①, before 是指/指的是/即, a noun after it, items after 主要包括', () => {
	// [what, text, the formula's text, its parts]
	const cases: [string, string, string, [number | undefined, string[]][]][] = [
		['the term in 【】 with a colon', '（1）【六稳】：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '六稳', [[6, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']]]],
		['the term in 【】, its gloss right after it', '【三供一业】供水、供热、供气和物业管理。', '三供一业', [[3, ['供水', '供热', '供气']], [1, ['物业管理']]]],
		['the term in bold, the colon after it', '**四型机场**：平安型、绿色型、智慧型和人文型机场。', '四型机场', [[4, ['平安型', '绿色型', '智慧型', '人文']]]],
		['a quoted code and its noun in bold: the noun written once after the last item is no part of it', '**“2+1”指定监管场地**：“2”是指进境肉类以及进境水果指定监管场地，“1”是指进口药品指定监管场地。', '2+1', [[2, ['进境肉类', '进境水果']], [1, ['进口药品指定监管场地']]]],
		['the same, a last item that ends otherwise than the noun: kept whole', '**“2+1”指定监管场地**：“2”是指进境肉类以及进境水果监管仓库，“1”是指进口药品指定监管场地。', '2+1', [[2, ['进境肉类', '进境水果监管仓库']], [1, ['进口药品指定监管场地']]]],
		['the term in bold, the colon inside', '**四早：**早发现、早报告、早隔离、早治疗。', '四早', [[4, ['早发现', '早报告', '早隔离', '早治疗']]]],
		['numbered 【3】', '【3】“四早”：早发现、早报告、早隔离、早治疗。', '四早', [[4, ['早发现', '早报告', '早隔离', '早治疗']]]],
		['numbered ③', '③“四早”：早发现、早报告、早隔离、早治疗。', '四早', [[4, ['早发现', '早报告', '早隔离', '早治疗']]]],
		// A connective after the colon opens the gloss (“X”：指…), as without one: no word of the first item, and a noun
		// restated after it before 包括 is what it is after 是指.
		['a colon and 指', '“三港”：指向塘国际陆港、昌北国际空港、南昌港。', '三港', [[3, ['指向塘国际陆港', '昌北国际空港', '南昌港']]]],
		['a colon and 指, a description, then 包括', '17.“两滩七湾”天然泳场：指沿赣江岸线规划的天然泳场，包括万紫滩、千红滩，观洲湾、七星湾、青洲湾、龙沙湾、凤凰湾、摩天湾、九龙湾。', '两滩七湾', [[2, ['万紫滩', '千红滩']], [7, ['观洲湾', '七星湾', '青洲湾', '龙沙湾', '凤凰湾', '摩天湾', '九龙湾']]]],
		['a colon and 指, a description, then ，即', '“双百”招商：指市委市政府探索推行的招商新模式，即，在域外聘请100名各界人士任驻外信息员，派出100名优秀干部到经济发达地区挂职招商。', '双百', [[2, ['在域外聘请100名各界人士任驻外信息员', '派出100名优秀干部到经济发达地区挂职']]]],
		// 指 before a character it makes a word with (指定, 指向) is the connective when the items after it open alike
		// (指定岗位、定人员: 指 + 定…、定…), or — a term on a line of its own — when the items read after it are the count.
		['a colon and 指 before items that open alike: not the verb 指定', '25.“三定”机制：指定岗位、定人员、定职责。', '三定', [[3, ['定岗位', '定人员', '定职责']]]],
		['the same on a term line', '25.“五定”机制\n指定岗位、定人员、定职责、定经费、定考核。', '五定', [[5, ['定岗位', '定人员', '定职责', '定经费', '定考核']]]],
		['the verb 指定 before items that do not open alike: the first item read whole', '“两库”：指定监管场地、仓储设施。', '两库', [[2, ['指定监管场地', '仓储设施']]]],
		['a term line, its gloss opening with 指向 (指 and a place): the items agree with the count', '21.“三站”\n指向阳客运站、城北客运站、东关客运站。', '三站', [[3, ['指向阳客运站', '城北客运站', '东关客运站']]]],
		['a term line, its gloss opening with 指, a description, then 包括', '17.“两滩七湾”天然泳场\n指沿赣江岸线规划的天然泳场，包括万紫滩、千红滩，观洲湾、七星湾、青洲湾、龙沙湾、凤凰湾、摩天湾、九龙湾。', '两滩七湾', [[2, ['万紫滩', '千红滩']], [7, ['观洲湾', '七星湾', '青洲湾', '龙沙湾', '凤凰湾', '摩天湾', '九龙湾']]]],
		['an unquoted term before 是指', '六稳是指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '六稳', [[6, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']]]],
		['a quoted term and its noun before 指的是', '“四上”企业指的是规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业、规模以上服务业企业。', '四上', [[4, ['规模以上工业企业', '资质等级建筑业企业', '限额以上批零住餐企业', '规模以上服务业企业']]]],
		['words before the count, then 即', '精神文明建设两大行动即学雷锋志愿服务行动、文明餐桌行动。', '两大行动', [[2, ['学雷锋志愿服务行动', '文明餐桌行动']]]],
		['即 and a colon', '六保即：保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。', '六保', [[6, ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转']]]],
		['a description first, the items after 其内容主要包括', '“三医联动”：为推动相关领域工作提质增效而部署实施的一项重点工作，按照统筹谋划的要求组织开展，其内容主要包括医疗、医保、医药。', '三医联动', [[3, ['医疗', '医保', '医药']]]],
		['an unquoted code with a noun after it', '1+6智慧应用场景：“1”是指城市大脑数据底座和中台，“6”是指智慧政务、智慧公安、智慧交通、智慧社区、智慧水务和智慧城管。', '1+6', [[1, ['城市大脑数据底座和中台']], [6, ['智慧政务', '智慧公安', '智慧交通', '智慧社区', '智慧水务', '智慧城管']]]],
		['an unquoted name with a noun after it, cut where its gloss lists its count', '四化乡镇卫生院：建设标准化、业务规范化、管理科学化、运行信息化的乡镇卫生院。', '四化', [[4, ['建设标准化', '业务规范化', '管理科学化', '运行信息化']]]],
		['the same, a word of what is done with the items kept in the name (四医联动, not 四医联)', '四医联动改革：指医德医风、医疗、医保、医药联动的医疗卫生综合体制改革。', '四医联动', [[4, ['医德医风', '医疗', '医保', '医药联动']]]],
		['an unquoted name whose key is a word ending in 一, a noun after it (三统一制度: 三统一, not 三统 and 一制度)', '规范性文件三统一制度：是指对各部门制定的规范性文件，实行统一登记、统一编号、统一公布。', '三统一', [[3, ['统一登记', '统一编号', '统一公布']]]],
		['an unquoted name of two parts with a noun after it: cut after its last part, not its first (三减三健, not 三减)', '三减三健专项行动：倡导减盐、减油、减糖、健康口腔、健康体重、健康骨骼专项行动。', '三减三健', [[3, ['减盐', '减油', '减糖']], [3, ['健康口腔', '健康体重', '健康骨骼']]]],
		['the same, its parts glossed by their quoted names (两横三纵, not 两横 nor 两横三)', '两横三纵骨干路网：“两横”指海秀路、椰海大道，“三纵”指粤海大道、绿色长廊、丘海大道。', '两横三纵', [[2, ['海秀路', '椰海大道']], [3, ['粤海大道', '绿色长廊', '丘海大道']]]],
		['a dash after the term, no colon', '六稳——稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '六稳', [[6, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']]]],
		['a quoted term and its noun before a dash', '（4）“四联”机制——领导联系指导、部门联系包保、单位联系共建、党员联系服务。', '四联', [[4, ['领导联系指导', '部门联系包保', '单位联系共建', '党员联系服务']]]],
		['a table’s two columns copied to text: a tab between term and gloss', '“四早”\t早发现、早报告、早隔离、早治疗。', '四早', [[4, ['早发现', '早报告', '早隔离', '早治疗']]]],
		['the same with a wide space', '3.“三医联动”　医疗、医保、医药。', '三医联动', [[3, ['医疗', '医保', '医药']]]],
		['an unquoted term before a tab, its items closed by its key’s first character (型 of 型机场)', '四型机场\t平安型、绿色型、智慧型和人文型机场。', '四型机场', [[4, ['平安型', '绿色型', '智慧型', '人文']]]],
		['the same with spaces, numbered', '3.三医联动   医疗、医保、医药。', '三医联动', [[3, ['医疗', '医保', '医药']]]],
		['a description first, the items after 具体为', '“三医联动”：为推动相关领域工作提质增效而部署实施的一项重点工作，具体为医疗、医保、医药。', '三医联动', [[3, ['医疗', '医保', '医药']]]],
		['a description first, the items after 主要为', '“四早”：疫情防控的一项基本要求，主要为早发现、早报告、早隔离、早治疗。', '四早', [[4, ['早发现', '早报告', '早隔离', '早治疗']]]],
		['the gloss ends with 的统称: no part of the last item', '〔8〕“五个振兴”：产业振兴、人才振兴、文化振兴、生态振兴、组织振兴的统称。', '五个振兴', [[5, ['产业振兴', '人才振兴', '文化振兴', '生态振兴', '组织振兴']]]],
		['the same with 的总称', '“三医联动”：医疗、医保、医药联动改革的总称。', '三医联动', [[3, ['医疗', '医保', '医药联动改革']]]],
		['each part’s items before its count restated with its key (两条横向通道 … 三条纵向通道)', '1.“两横三纵”：指海秀路、椰海大道两条横向通道和粤海大道、绿色长廊、丘海大道三条纵向通道。', '两横三纵', [[2, ['海秀路', '椰海大道']], [3, ['粤海大道', '绿色长廊', '丘海大道']]]],
		['the same, parts apart by a comma, the first closed by 等', '“四县三区”：指甲县、乙县、丙县、丁县等四个县，东区、西区、南区三个区。', '四县三区', [[4, ['甲县', '乙县', '丙县', '丁县']], [3, ['东区', '西区', '南区']]]],
		['parts framed by 以…为, a part of one with its key right after 为', '1.“一核两翼”：以主城区为核心，以东部新区、西部新区为两翼。', '一核两翼', [[1, ['主城区']], [2, ['东部新区', '西部新区']]]],
		['items numbered (1) in half-width brackets', '6.“三医联动”：(1)医疗；(2)医保；(3)医药。', '三医联动', [[3, ['医疗', '医保', '医药']]]],
		['items numbered ①, the last ending with the key', '［39］四风：①形式主义；②官僚主义；③享乐主义；④奢靡之风。', '四风', [[4, ['形式主义', '官僚主义', '享乐主义', '奢靡之风']]]],
		['the same, the last item opening with a quote', '（42）污染防治“三大战役”：(1)蓝天保卫战；(2)碧水保卫战；(3)“散乱污”企业整治攻坚战。', '三大战役', [[3, ['蓝天保卫战', '碧水保卫战', '“散乱污”企业整治攻坚战']]]],
		// A dash glosses in a sentence: a 、-list the first comma closes, exactly the count, is the list (as in running text).
		['a quoted name before a dash, a clause after the list', '“两个确保”——确保粮食安全、确保不发生规模性返贫，全市上下共同努力。', '两个确保', [[2, ['确保粮食安全', '确保不发生规模性返贫']]]],
		['a quoted name before a dash, a clause with a figure after the list', '“三大工程”——道路、管网、桥梁建设全面提速，全年完成投资50亿元。', '三大工程', [[3, ['道路', '管网', '桥梁建设全面提速']]]],
		// A noun between the quoted name and the dash (and spaces before it), as before a colon: words before the name.
		['words, a quoted name and its noun before a dash', '推进旅游产业“三个一”工程——甲博览园、乙山庄、丙酒店，全年完成投资5亿元。', '三个一', [[3, ['甲博览园', '乙山庄', '丙酒店']]]],
		['the same with a space before the dash', '旅游产业“三个一”工程 ——甲博览园、乙山庄、丙酒店。', '三个一', [[3, ['甲博览园', '乙山庄', '丙酒店']]]],
		// A tab or a wide space opens a table row's column: the gloss ends at the next column.
		['a tab, the gloss one column of a row', '1.三大工程\t道路、管网、桥梁\t50亿元\t已完成', '三大工程', [[3, ['道路', '管网', '桥梁']]]],
		['a wide space, the gloss one column of a row', '（1）“三大工程”　　道路、管网、桥梁　　50亿元', '三大工程', [[3, ['道路', '管网', '桥梁']]]],
		// 指向, 为了 hold no introducer: the first item read whole.
		['分别指向', '“三个导向”：分别指向问题导向、目标导向、结果导向。', '三个导向', [[3, ['分别指向问题导向', '目标导向', '结果导向']]]],
		['主要为了', '“三大工程”：主要为了改善民生、促进就业、保障安全。', '三大工程', [[3, ['主要为了改善民生', '促进就业', '保障安全']]]],
		['a measure word after the count: the name is read whole, never cut (六大高耗能行业, not 六大)', '六大高耗能行业分别为：化学原料及化学制品制造业、非金属矿物制品业、黑色金属冶炼及压延加工业、有色金属冶炼及压延加工业、石油加工炼焦及核燃料加工业、电力热力的生产和供应业。', '六大高耗能行业', [[6, ['化学原料及化学制品制造业', '非金属矿物制品业', '黑色金属冶炼及压延加工业', '有色金属冶炼及压延加工业', '石油加工炼焦及核燃料加工业', '电力热力的生产和供应业']]]],
	];
	for (const [what, text, name, parts] of cases) {
		test(what, () => {
			const f = analyze(text).formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.deepEqual(f.parts.map((p) => [p.count, [...p.items]]), parts);
		});
	}

	// Where an entry's term is read: [block, its term, the gloss's first characters]; undefined: no entry.
	const openings: [string, string | undefined, string?][] = [
		['（1）【六稳】：稳就业', '六稳', '稳就业'],
		['【六稳】稳就业', '六稳', '稳就业'],
		['**六稳**：稳就业', '六稳', '稳就业'],
		['**六稳：**稳就业', '六稳', '稳就业'],
		['①六稳：稳就业', '六稳', '稳就业'],
		['六稳是指稳就业', '六稳', '稳就业'],
		['“四上”企业指的是规模以上', '“四上”企业', '规模以上'],
		['六稳即：稳就业', '六稳', '：稳就业'],
		['“六稳”：指稳就业', '“六稳”', '稳就业'],
		['“六稳”：是指稳就业', '“六稳”', '稳就业'],
		['三大指标：指标体系', '三大指标', '指标体系'],
		['两会：即将召开', '两会', '即将召开'],
		['**重点抓好六个方面**', undefined],
		['【六稳】', undefined],
		['两会即将召开', undefined],
		['会议指出，六稳是指稳就业', undefined],
		['“非禁即入”、“非限即许”，大力发展非公有制经济', undefined],
		['五指山市即海南中部山区', undefined],
		['【六稳】稳就业', '六稳', '稳就业'],
		['二是指尖服务提速', undefined],
		['三是指派专人驻点', undefined],
		['二是：推行网上办', undefined],
		['两个月即完成厂房建设', undefined],
		['三年即见成效', undefined],
		['五年间即完成A', undefined],
		['三次违规即取消资格', undefined],
		['“双随机”即查即改，全年检查企业', undefined],
		['六稳——稳就业', '六稳', '稳就业'],
		['水利五项改革 ——水资源管理', '水利五项改革', '水资源管理'],
		['两会聚焦 ——代表委员热议', '两会聚焦', '代表委员热议'],
		['“六稳”\t稳就业', '“六稳”', '稳就业'],
		['“六稳”　稳就业', '“六稳”', '稳就业'],
		['①六稳  稳就业', '六稳', '稳就业'],
		['——2026年1月25日在市人民代表大会上', undefined],
		['二是——推行网上办', undefined],
		['三年——完成A', undefined],
		['五指山市　海南中部', undefined],
		['今年　全市完成', undefined],
		['三 、推进改革', undefined],
	];
	for (const [block, term, gloss] of openings) {
		test(`the opening of ${block}`, () => {
			const e = glossaryEntry(block);
			assert.equal(e && block.slice(e.termStart, e.termEnd), term);
			if (e && gloss !== undefined) assert.ok(block.startsWith(gloss, e.gloss), block.slice(e.gloss));
		});
	}

	// An item dropped from an entry in these layouts is flagged as in the colon layout.
	const dropped: [string, string, string][] = [
		['【】', '【六稳】：稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['是指', '六稳是指稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['a colon and 指', '“六稳”：指稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['即', '“四上”企业即规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业。', '四上'],
		['主要包括 after a description', '“四早”：为推动相关工作部署的一项重点工作，其内容主要包括早发现、早报告、早治疗。', '四早'],
		['a bare 【】 term whose items carry its key', '【六稳】稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['a bare 【】 term whose items carry its key in half of them (规模以上)', '【四上企业】规模以上工业、有资质的建筑业、规模以上服务业法人单位。', '四上企业'],
		['即, a name the glossary knows', '三农即农业、农村。', '三农'],
		['指的是', '双减指的是减轻学生作业负担、校外培训负担、家长经济负担。', '双减'],
		['是指, a name of two parts', '三线一单是指生态保护红线、环境质量底线和生态环境准入清单。', '三线一单'],
		['即 after ①', '①三大攻坚战即防范化解重大风险、精准脱贫。', '三大攻坚战'],
		['即, the last two joined by 和', '三大改造即智能化改造、数字化转型、网络化协同和绿色化提升。', '三大改造'],
		['即, a restating noun that restates the count, then 包括', '三大攻坚战即三场攻坚战，包括防范化解重大风险、精准脱贫。', '三大攻坚战'],
		['即, a restating noun, then 包括 items that carry the key', '六稳即稳定工作，包括稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['a dash', '“四早”——早发现、早报告、早治疗。', '四早'],
		['a dash, unquoted, the items carrying the key', '六稳——稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['a dash, numbered, the items carrying the key', '1.六稳——稳就业、稳金融、稳外贸、稳外资、稳投资。', '六稳'],
		['a dash, numbered and quoted', '2.“三大工程”——道路提升工程、管网改造工程。', '三大工程'],
		['a dash after a space', '水利五项改革 ——水资源管理体制机制改革、水利投融资体制改革、基层水利服务体系改革、水价改革。', '五项改革'],
		['a dash, a clause after the list', '“三大工程”——道路提升工程、管网改造工程，全年完成投资50亿元。', '三大工程'],
		['a tab, a table row’s next column after the list', '1.三大工程\t道路提升工程、管网改造工程\t50亿元', '三大工程'],
		['分别指 before items', '“三率”：分别指就业率、参保率。', '三率'],
		['a tab', '1.三医联动\t医疗、医保。', '三医联动'],
		['a wide space, unnumbered and unquoted, items closed by the key’s first character', '四型机场　平安型、绿色型、人文型机场。', '四型机场'],
		['具体为 after a description', '“四早”：疫情防控的一项基本要求，具体为早发现、早报告、早治疗。', '四早'],
		['的统称 after the last item', '“四早”：早发现、早报告、早治疗的统称。', '四早'],
		['each part’s items before its count restated with its key', '“两横三纵”：指海秀路、椰海大道两条横向通道和粤海大道、丘海大道三条纵向通道。', '两横三纵'],
		['parts framed by 以…为', '“一核两翼”：以主城区为核心，以东部新区为两翼。', '一核两翼'],
		['items numbered (1)', '“三医联动”：(1)医疗；(2)医保。', '三医联动'],
		['items numbered ①', '［39］四风：①形式主义；②官僚主义；③享乐主义。', '四风'],
	];
	for (const [what, text, name] of dropped) {
		test(`one item short, ${what}: flagged`, () => {
			const a = analyze(text);
			assert.equal(a.formulas.find((x) => x.text === name)?.verdict, 'mismatch');
			// (A part restated with its own count after another counted part, one short of it, is flagged by its count too —
			// 粤海大道、丘海大道三条纵向通道 — as a part framed by 以…为 is: see formulaEnumerationCount.test.ts.)
			const restated = name === '两横三纵' ? ['formula.enumeration-count'] : [];
			assert.deepEqual(a.findings.map((x) => x.ruleId).sort(), ['formula.count-mismatch', ...restated].sort());
		});
	}

	// An item written twice: the count is made by the repeat, so a last item joined by 和 is not kept as one to make it;
	// and a joined item whose halves cannot stand as items (below).
	const twice: [string, string, string, 'mismatch' | 'ok'][] = [
		['a list before its count, an item twice', '做大做强优质粮食产业、精品畜牧业、精深加工业、园艺特产业、园艺特产业、绿色食品和劳务经济六大主导产业。', '六大', 'mismatch'],
		['a glossary entry, an item twice', '“三网融合”：是指电信网、广播电视网、广播电视网和计算机通信网。', '三网融合', 'mismatch'],
		['a list before a quoted name, an item twice', '推进电信网、广播电视网、广播电视网和计算机通信网“三网融合”。', '三网融合', 'mismatch'],
		// Neighbours: no repeat, the joined item kept by the count (林区生态修复和湿地保护 of six, 公务用车购置及运行费 of
		// three); items that share words are no repeat (园艺特产业, 园艺特色产业).
		['no repeat: the same list', '做大做强优质粮食产业、精品畜牧业、精深加工业、园艺特产业、绿色食品和劳务经济六大主导产业。', '六大', 'ok'],
		['no repeat: 和 kept by the count among six', '［8］六大专项整治：违法建筑整治、城乡环境综合整治、城镇内河（湖）水污染治理、大气污染防治、土壤环境综合治理、林区生态修复和湿地保护。', '六大专项整治', 'ok'],
		['no repeat: 及 kept by the count among three', '“三公”经费：因公出国（境）经费、公务接待经费、公务用车购置及运行费。', '三公', 'ok'],
		['items alike but not the same', '做大做强优质粮食产业、精品畜牧业、园艺特产业、园艺特色产业、绿色食品和劳务经济六大主导产业。', '六大', 'ok'],
		// A joined item whose halves cannot stand as items of the list is one item, whatever the count: a stub half of two
		// characters, a verb, beside items three times as long (加强和改进…, 巩固和发展…: two verbs, one object), or halves
		// unlike the others in both ways those are alike (each holding the key 公 and ending with 经费: 公务用车购置 lacks
		// 经费, 运行费 lacks 公).
		['a stub half, a count one more', '深化国资国企改革、推进产业转型升级、优化营商环境、加强和改进党的建设五项任务。', '五项', 'mismatch'],
		['a stub half, a verb before the other half', '深化国资国企改革、推进产业转型升级、巩固和发展党建成果四项任务。', '四项', 'mismatch'],
		['a stub half before a counted noun', '深化国资国企改革、推进产业转型升级、加强和改进党的建设四项任务。', '四项', 'mismatch'],
		['halves unlike the others, a count one more', '“四公”经费：因公出国（境）经费、公务接待经费、公务用车购置及运行费。', '四公', 'mismatch'],
		// Neighbours: the same lists at their counts; a short half whose other half ends as the others do (the ending
		// written once for both); halves alike in length; items alike in one way only (…示范区 among …城市 of 六城同创).
		['a stub half, at its count', '实施支柱产业做优做强、新兴产业培育壮大、传统产业改造提升、过剩和落后产能化解淘汰“四项计划”。', '四项计划', 'ok'],
		// A stub that is no verb is an item whose head the other half writes once for both (教育 of 教育和医疗卫生体制改革,
		// 水利 of 水利和能源项目建设: two of a list of four), which the text cannot tell from one item of two words before a
		// head (过剩和落后产能化解淘汰): read by the count.
		['a noun stub, its head written once, two items of four', '重点推进户籍制度改革、土地制度改革、教育和医疗卫生体制改革四项改革。', '四项', 'ok'],
		['the same before a quoted name', '深化户籍制度改革、土地制度改革、教育和医疗卫生体制改革“四项改革”。', '四项改革', 'ok'],
		['a noun stub, the others alike in nothing', '统筹做好稳定经济增长、扩大有效投资、就业和社会保障工作四项重点工作。', '四项', 'ok'],
		['a noun stub among works', '加快推进交通基础设施建设、城市更新行动、水利和能源项目建设四大任务。', '四大', 'ok'],
		['an adjective stub, read by the count', '实施支柱产业做优做强、新兴产业培育壮大、过剩和落后产能化解淘汰“四项计划”。', '四项计划', 'ok'],
		['a stub half before a counted noun, at its count', '深化国资国企改革、推进产业转型升级、加强和改进党的建设三项任务。', '三项', 'ok'],
		['a short half, the ending written once', '重点发展电子信息产业、装备制造产业、汽车和石油化工产业四大产业。', '四大', 'ok'],
		['two short halves alike', '培育新能源汽车及零部件、高端装备制造、光伏和风电四大产业。', '四大', 'ok'],
		// A quoted name before a dash in a glossary section: an entry when its items carry its key or the glossary knows it.
		['a quoted name before a dash in a 名词解释 section, its items carrying the key', '名词解释\n\n“三港”——向塘国际陆港、昌北国际空港、南昌港。', '三港', 'ok'],
		['the same, an item missing', '名词解释\n\n“三港”——向塘国际陆港、昌北国际空港。', '三港', 'mismatch'],
		['a quoted name before a dash in a 名词解释 section, its items no keys, exactly its count', '名词解释\n\n“三个一”——甲博览园、乙山庄、丙酒店。', '三个一', 'ok'],
		['the same, numbered, an item missing', '名词解释\n\n1.“三港”——向塘国际陆港、昌北国际空港。', '三港', 'mismatch'],
		['a quoted name the glossary knows before a dash, an item missing', '“三大工程”——道路、管网，全年完成投资50亿元。', '三大工程', 'mismatch'],
		['items alike in one way only', '“六城同创”：指巩固国家卫生城市管理成果，创建全国文明城市、国家园林城市、全国社会信用体系建设示范城市、国家公共文化服务体系示范区和全国禁毒示范城市。', '六城同创', 'ok'],
	];
	for (const [what, text, name, verdict] of twice) {
		test(`${what}: ${verdict}`, () => {
			const a = analyze(text);
			assert.equal(a.formulas.find((x) => x.text === name)?.verdict, verdict);
			assert.equal(a.findings.some((x) => x.ruleId.startsWith('formula.')), verdict === 'mismatch');
		});
	}

	// Running text, places and idioms are no entries: nothing named there is resolved, nothing flagged.
	const silent: [string, string, string][] = [
		// A dash, a tab or a wide space after an unnumbered, unquoted name: a heading or a headline (a bare term) unless its
		// items carry the name's key.
		['a headline before a dash', '两会聚焦——代表委员热议教育、医疗、养老。', '两会聚焦'],
		['a headline before a space and a dash', '两会聚焦 ——代表委员热议教育、医疗、养老。', '两会聚焦'],
		// 具体为, 主要为 open a list only where one follows.
		['具体为 before no list', '“三大工程”：年度重点工作，具体为推进民生实事。', '三大工程'],
		['主要为 before a figure', '“两个市场”：国内国际市场，主要为出口增长8%。', '两个市场'],
		// Counts restated after a part's items: only with the part's key after the measure, and in a gloss.
		['restated counts without the parts’ keys', '“两横三纵”：指海秀路、椰海大道两条道路和粤海大道、绿色长廊、丘海大道三条干线。', '两横三纵'],
		['restated counts in running text, before the name', '全市推进海秀路、椰海大道两条横向通道和粤海大道、绿色长廊、丘海大道三条纵向通道建设，形成“两横三纵”路网。', '两横三纵'],
		['a headline before a dash, its items no keys', '四季歌——春天播种、夏天耕耘、秋天收获。', '四季歌'],
		// A quoted name alone before a dash, unnumbered, is a headline as often: bare, read only when its reading holds.
		['a quoted name opening a headline before a dash', '“两会”——代表委员热议民生、就业、教育。', '两会'],
		['the same, a space before the dash', '“两会” ——代表委员热议民生、就业、教育、医疗。', '两会'],
		['a quoted name and its noun opening a headline before a dash', '“双节”假期——全市景区接待游客、实现收入、带动消费。', '双节'],
		['the same, items that miss the count by one the other way', '“四送”——大学生走进村头、田间。', '四送'],
		['双方 before a wide space', '双方　签署合作协议、备忘录、意向书。', '双方'],
		['a heading numbered （一） before a dash', '（一）三大行动——实施A、B。', '三大行动'],
		['a count of time before a dash', '三年——完成厂房建设、设备安装。', '三年'],
		// A 破折号 is a sentence's mark: the words before it are no item of a count after it.
		['a headline before a dash, a count after it', '两会聚焦——代表委员热议三大工程。', '三大'],
		['数据显示 before a dash, a count after it', '数据显示——全市三大产业增加值分别增长5%、6%、7%。', '三大'],
		['two parties before spaces', '双向  开放合作、交流、互鉴。', '双向'],
		['即将 is no connective', '两会即将召开，各地代表陆续抵达、报到。', '两会'],
		['指标 is no connective', '六大指标体系逐步完善，稳就业、稳金融成效明显。', '六大'],
		['是指 inside running text, not at the paragraph’s opening', '会议指出，六稳是指稳就业、稳金融、稳外贸。', '六稳'],
		['a city whose name holds a numeral', '五指山市即海南中部山区，包括水满、毛阳两个乡镇。', '五指山市'],
		['a road whose name holds a numeral', '二环路即城市快速路，连接东、西、南三个片区。', '二环路'],
		['an idiom', '三番五次即反复多次，包括一次、两次。', '三番五次'],
		['a bold line alone is a heading, no entry', '**六大行动**', '六大行动'],
		['【】 alone on its line', '【三大工程】', '三大工程'],
		['a short subject ending in a negation (不包括) opens no list', '“三大工程”：年度重点工作，其范围不包括道路、管网、桥梁。', '三大工程'],
		['an unquoted name with a noun after it whose gloss lists another count is not cut', '四化乡镇卫生院：建设标准化、业务规范化、管理科学化的乡镇卫生院。', '四化'],
		// A news heading in 【】 without a colon: an entry only when the glossary knows the name or its items carry the key.
		['a news heading in 【】 (两会时间)', '【两会时间】3月5日，十四届全国人大二次会议开幕，审议政府工作报告、计划报告、预算报告。', '两会时间'],
		['a news heading in 【】 (两会声音)', '【两会声音】代表们建议加强教育、医疗、养老保障。', '两会声音'],
		['a news heading in 【】 over another counted list (两会速递)', '【两会速递】今年我省将实施三大工程，包括乡村振兴工程、城市更新工程、产业升级工程。', '两会速递'],
		['a news heading in 【】 whose first item holds the key by chance (双节安全)', '【双节安全】节日期间全市检查企业、商场、景区。', '双节安全'],
		['a news heading in 【】 over a counted list of its own (三农快讯)', '【三农快讯】本周全市完成小麦收割、秸秆还田两项工作。', '三农快讯'],
		['a duration in 【】', '【三个月】全市完成厂房建设、设备安装两项工作。', '三个月'],
		// 一是, 二是 … mark points of running text: 是指 straddling the marker and the next word opens no entry.
		['二是 + 指尖', '二是指尖服务提速，推行网上办、掌上办、就近办。', '二是'],
		['三是 + 指尖上', '三是指尖上的政务服务全面推开，实现一网通办、一窗受理。', '三是'],
		['三是 + 指派', '三是指派专人驻点，推行首问负责、限时办结、一次告知、帮办代办。', '三是'],
		['二是 + 指纹, the count met by chance', '二是指纹识别全面推开，实现刷脸办、指纹办。', '二是'],
		['二是 and a colon', '二是：推行网上办、掌上办、就近办。', '二是'],
		// A count of time or of times before 即 is a duration or a frequency.
		['两个月即', '两个月即完成厂房建设、设备安装、人员招聘三项工作。', '两个月'],
		['三年即', '三年即见成效，全市新增A、B两个国家级园区。', '三年'],
		['五年间即', '五年间即完成A、B、C、D。', '五年间'],
		['三次违规即', '三次违规即取消资格、收回补贴。', '三次违规'],
		['a count of time as a term with a colon', '三年：完成A、B。', '三年'],
		['a count of time as a counted noun before a colon', '三个月：完成A、B。', '三个月'],
		['the same in running text', '全市用三个月：完成A、B。', '三个月'],
		['两个星期 before a colon', '两个星期：完成A、B、C。', '两个星期'],
		// After 即, a noun restating the term and 包括: the list is that noun's members.
		['a place restated, then 包括', '三亚即崖州，包括天涯区、吉阳区、海棠区、崖州区。', '三亚'],
		['a region restated, then 主要包括', '三角洲即长江三角洲，主要包括上海、江苏、浙江、安徽。', '三角洲'],
		['a noun restated, then 包括 a list closed by 等', '二手房即存量房，包括商品房、房改房、经济适用房等。', '二手房'],
		['a quoted term restated, then 包括', '“两会”即全国人大和全国政协会议，包括代表、委员、列席人员。', '两会'],
		['即 as “at once” (即查即改)', '“双随机”即查即改，全年检查企业、商户、学校。', '双随机'],
		['a place-like name is not cut (四好农村路, not 四好)', '四好农村路是指建好、管好、护好农村公路。', '四好'],
		// A number dialled (“12345”热线) is no formula, its digits glossed one by one or not.
		['a hotline’s number glossed digit by digit', '全面优化“12345”热线：“1”指一号对外，“2”指两级联动，“3”指三方协同，“4”指四项机制。', '12345'],
		['the same, the last digits glossed as one part', '全面优化“12345”热线：“1”指一个号码，“2345”指热线办理的四个环节。', '12345'],
		['the same, the line’s noun after a qualifier (政务服务便民热线)', '拨打“12345”政务服务便民热线：“1”指一号受理，“2”指受理、转办，“3”指交办、督办，“4”指四个环节，“5”指五个满意。', '12345'],
		['a police line’s number', '“110”报警电话：“1”指一号通。', '110'],
	];
	test('a 等 that ends a list in running text closes it: examples, fewer than the count, without 等 in the last item', () => {
		const a = analyze('全市实施“三大工程”，包括道路提升工程、管网改造工程等。');
		assert.deepEqual(formula('全市实施“三大工程”，包括道路提升工程、管网改造工程等。', '三大工程'), { verdict: 'ok', source: 'after', parts: [[3, ['道路提升工程', '管网改造工程']]] });
		assert.deepEqual(a.findings, []);
	});
	for (const [what, text, name] of silent) {
		test(`silent: ${what}`, () => {
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text === name);
			assert.ok(f === undefined || f.verdict === 'unexpanded', `${name}: ${f?.verdict}`);
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
		});
	}
});

describe('a counted noun that opens its block (a communiqué’s note) and names its members with 包括: the list its gloss', () => {
	// [what, text, the formula's text, its verdict, its items]
	const cases: [string, string, string, string, string[]][] = [
		['a note’s mark, the count, 包括 and a 、-list', '[7]八大水系包括甲江、乙江、丙江、丁江、戊江、己河、庚河和辛河。', '八大水系', 'ok', ['甲江', '乙江', '丙江', '丁江', '戊江', '己河', '庚河', '辛河']],
		['numbered 3.', '3.三类企业包括工业企业、商贸企业和服务企业。', '三类企业', 'ok', ['工业企业', '商贸企业', '服务企业']],
		['包含 in place of 包括', '〔2〕四大平台包含政务平台、交易平台、热线平台和数据平台。', '四大平台', 'ok', ['政务平台', '交易平台', '热线平台', '数据平台']],
		['a list one short of its count, no 等: one off', '[7]八大水系包括甲江、乙江、丙江、丁江、戊江、己河和庚河。', '八大水系', 'mismatch', ['甲江', '乙江', '丙江', '丁江', '戊江', '己河', '庚河']],
		['a list one longer than its count: one off', '3.三类企业包括工业企业、商贸企业、服务企业和建筑企业。', '三类企业', 'mismatch', ['工业企业', '商贸企业', '服务企业', '建筑企业']],
		['a name that ends as a place does is no entry’s term (三类园区, as 五指山市)', '3.三类园区包括产业园区、物流园区和科创园区。', '三类园区', 'unexpanded', []],
		// 包括 may name some: a list closed by 等, fewer than the count, is examples (unlike a gloss after 是指, which defines).
		['a list closed by 等, fewer than the count', '[7]八大水系包括甲江、乙江、丙江等。', '八大水系', 'ok', ['甲江', '乙江', '丙江']],
		['a count of levels (三级联动: N级 before no grade’s noun)', '[4]三级联动包括省级、市级和县级。', '三级联动', 'ok', ['省级', '市级', '县级']],
		['…one of them missing: one off', '[4]三级联动包括省级和县级。', '三级联动', 'mismatch', ['省级', '县级']],
	];
	for (const [what, text, name, verdict, items] of cases) {
		test(what, () => {
			const f = formula(text, name);
			assert.equal(f.verdict, verdict);
			assert.deepEqual(f.parts, [[f.parts[0]![0], items]]);
			if (verdict !== 'unexpanded') assert.equal(f.source, 'gloss');
		});
	}
	// Near misses: no entry — the main ones (主要包括), what is left out (不包括), a clause (其中, 这), a quoted name, a time.
	const silent: [string, string][] = [
		['主要包括: the main ones, maybe some', '三类园区主要包括产业园区和物流园区。'],
		['不包括: what is left out', '三类园区不包括产业园区和物流园区。'],
		['a clause opening with 其中', '其中三类园区包括产业园区和物流园区。'],
		['a count of years', '三年来的工作包括改革、发展和稳定。'],
		['包括 inside running text, after a comma', '全市重点发展三类园区，包括产业园区和物流园区，成效明显。'],
		['a grade, not a count (四星级, 三甲, 三级 before 医院)', '[3]四星级饭店包括甲饭店、乙饭店和丙饭店。'],
		['…三甲医院', '[3]三甲医院包括省人民医院和市中心医院。'],
		['…三级医院', '[3]三级医院包括综合医院和专科医院。'],
	];
	for (const [what, text] of silent) {
		test(`silent: ${what}`, () => {
			const a = analyze(text);
			assert.ok(!a.formulas.some((f) => f.expansion?.source === 'gloss'), text);
			assert.deepEqual(a.findings, [], text);
		});
	}
	test('one member after 包括 is an example, no list: not held to the count (两类企业包括国有企业)', () => {
		const a = analyze('[3]两类企业包括国有企业。');
		assert.deepEqual(a.findings, []);
		assert.notEqual(formula('[3]两类企业包括国有企业。', '两类企业').verdict, 'mismatch');
	});
	test('glossaryEntry: the term and the gloss after 包括', () => {
		const e = glossaryEntry('[51]十大流域包括长江、黄河');
		assert.ok(e);
		assert.equal('[51]十大流域包括长江、黄河'.slice(e.termStart, e.termEnd), '十大流域');
		assert.equal('[51]十大流域包括长江、黄河'.slice(e.gloss), '长江、黄河');
		assert.equal(glossaryEntry('三大产业主要包括电子信息'), undefined);
	});
});

describe('a count of equal groups (按居民五等份收入分组), the groups named after it with their figures: the groups its items', () => {
	const groups = '低收入组人均收入8000元，中间偏下收入组人均收入18000元，中间收入组人均收入30000元，中间偏上收入组人均收入48000元，高收入组人均收入90000元。';
	const named = ['低收入组', '中间偏下收入组', '中间收入组', '中间偏上收入组', '高收入组'];
	// [what, text, the count, its verdict]
	const cases: [string, string, string, string][] = [
		['five groups, a note’s mark after the noun', `按全省居民五等份收入分组[12]，${groups}`, '五等份', 'ok'],
		['five groups, no mark', `按全市居民五等份收入分组，${groups}`, '五等份', 'ok'],
		['a count one fewer: one off', `按全省居民四等份收入分组，${groups}`, '四等份', 'mismatch'],
	];
	for (const [what, text, name, verdict] of cases) {
		test(what, () => {
			const f = formula(text, name);
			assert.equal(f.verdict, verdict);
			assert.deepEqual(f.parts, [[f.parts[0]![0], named]]);
			assert.equal(f.source, 'after');
		});
	}
	// Near misses: fewer groups than the count (a text may name some), groups without figures, a grade before a list of
	// shares (一、二类…，三类海水占…).
	const silent: [string, string][] = [
		['two groups of five named', '按全省居民五等份收入分组，低收入组人均收入8000元，高收入组人均收入90000元。'],
		['four groups of five named, the lowest told of in the next sentence: a text names some groups, no list of all', '按全省居民五等份收入分组，高收入组人均收入90000元，中间偏上收入组人均收入48000元，中间收入组人均收入30000元，中间偏下收入组人均收入18000元。低收入组人均收入8000元，增长5.0%。'],
		['…so a count one more than the groups named is no error either (六等份, five named)', `按全省居民六等份收入分组，${groups}`],
		['groups without figures', '按全省居民五等份收入分组，低收入组和高收入组的差距继续缩小。'],
		['grades, the clause ending with a verb the items share', '达到一、二类海水水质标准的面积占80.1%，三类海水占5.2%，四类、劣四类海水占14.7%。'],
	];
	for (const [what, text] of silent) {
		test(`silent: ${what}`, () => {
			const a = analyze(text);
			assert.ok(!a.formulas.some((f) => f.verdict === 'ok' || f.verdict === 'mismatch'), JSON.stringify(a.formulas.map((f) => f.text)));
			assert.deepEqual(a.findings, [], text);
		});
	}
});

describe('items joined by 和: read by what they show, the same way whatever the count', () => {
	const cases: [string, string, string, string[]][] = [
		['both halves carry the key where every other item does (…行动和…行动): two, though the count is one less', '五大行动：是指讲文明行动、学雷锋志愿服务行动、文明餐桌行动、文明交通行动、文明礼仪普及行动和道德建设行动。', '五大行动', ['讲文明行动', '学雷锋志愿服务行动', '文明餐桌行动', '文明交通行动', '文明礼仪普及行动', '道德建设行动']],
		['the same, one item short of the count', '七大行动：是指讲文明行动、学雷锋志愿服务行动、文明餐桌行动、文明交通行动、文明礼仪普及行动和道德建设行动。', '七大行动', ['讲文明行动', '学雷锋志愿服务行动', '文明餐桌行动', '文明交通行动', '文明礼仪普及行动', '道德建设行动']],
		['both halves quoted (“A”和“B”): two', '（31）市场拓展“两大活动”：“惠民购物全川行动”、“川货全国行”和“万企出国门”。', '两大活动', ['“惠民购物全川行动”', '“川货全国行”', '“万企出国门”']],
		['both halves open with the word every other item opens with (智慧水务和智慧城管): two, though the count is one less', '五大场景：是指智慧政务、智慧公安、智慧交通、智慧社区、智慧水务和智慧城管。', '五大场景', ['智慧政务', '智慧公安', '智慧交通', '智慧社区', '智慧水务', '智慧城管']],
		['halves without that word: as the count says', '五大场景：是指智慧政务服务、智慧公安、智慧交通、智慧社区、水务和城管。', '五大场景', ['智慧政务服务', '智慧公安', '智慧交通', '智慧社区', '水务和城管']],
		['one half without the key the others end with (城镇污水和生活垃圾处理工程): one, as the count says', '“三大工程”：是指道路提升工程、管网改造工程、城镇污水和生活垃圾处理工程。', '三大工程', ['道路提升工程', '管网改造工程', '城镇污水和生活垃圾处理工程']],
		['a list before a formula of three or more counts its joined items apart (A、B和C“N种能力”), one short', '提升流调、隔离、检测、保障和应急“六种能力”。', '六种能力', ['流调', '隔离', '检测', '保障', '应急']],
		['the items close with the key (…比较多): a half without it shares the predicate, one item, whatever the count', '“四多”：主要是安排部署比较多，检查先进典型的时候比较多，被动应付工作的比较多，对各种超标问题和不良风气习以为常的比较多。', '四多', ['安排部署比较多', '检查先进典型的时候比较多', '被动应付工作的比较多', '对各种超标问题和不良风气习以为常的比较多']],
		['the same, the count one more', '“五多”：主要是安排部署比较多，检查先进典型的时候比较多，被动应付工作的比较多，对各种超标问题和不良风气习以为常的比较多。', '五多', ['安排部署比较多', '检查先进典型的时候比较多', '被动应付工作的比较多', '对各种超标问题和不良风气习以为常的比较多']],
		['halves that both close with the key are two', '“五多”：主要是安排部署比较多，检查先进典型的时候比较多，被动应付工作的比较多，开会比较多和发文比较多。', '五多', ['安排部署比较多', '检查先进典型的时候比较多', '被动应付工作的比较多', '开会比较多', '发文比较多']],
	];
	for (const [what, text, name, items] of cases) {
		test(what, () => {
			const f = analyze(text).formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.deepEqual([...f.parts[0]!.items], items);
		});
	}
});

/**
 * A reading that resolves a formula only with exactly its count and never flags: `items` when it resolves (verdict ok),
 * else no resolved formula named `name` — and, when `quoted`, the formula found but left unexpanded. No formula finding.
 */
/** Case rows [what, text, the formula's text (or its start), fires]: the formula judged a mismatch and `ruleId` reported, or neither. */
function judgedOrSilent(cases: readonly (readonly [string, string, string, boolean])[], ruleId: string): void {
	for (const [what, text, name, fires] of cases) {
		test(what, () => {
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text.startsWith(name));
			assert.equal(f?.verdict === 'mismatch', fires, JSON.stringify(f));
			assert.equal(a.findings.some((x) => x.ruleId === ruleId), fires);
		});
	}
}

function readsExactly(text: string, name: string, items: readonly string[] | undefined, quoted: boolean): void {
	const a = analyze(text);
	const f = a.formulas.find((x) => x.text === name && (quoted || x.verdict !== 'unexpanded'));
	if (items === undefined) {
		if (quoted) assert.equal(f?.verdict, 'unexpanded', name);
		else assert.equal(f, undefined);
	} else {
		assert.ok(f, name);
		assert.equal(f.verdict, 'ok');
		assert.deepEqual([...f.parts[0]!.items], items);
	}
	assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
}

describe('words side by side and counts of things done together (国内国际双循环, 总量和强度双控, 三重压力): exactly their number, never flagged', () => {
	// [what, text, the formula's text, its items; undefined: no formula resolved there]
	const cases: [string, string, string, string[] | undefined][] = [
		['two words of two characters sharing one, before 双', '加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。', '双循', ['国内', '国际']],
		['the same before a counted noun', '统筹国内国际两个大局，实现高质量发展。', '两个', ['国内', '国际']],
		['a quoted formula after words side by side', '拓展省内省外“两个市场”，提升开放水平。', '两个市场', ['省内', '省外']],
		['words that share their second character make a compound (工业企业), no two items', '实现规上工业企业“两化”融合。', '两化', undefined],
		['the same before an unquoted count', '强化市场主体增量总量双考核。', '双考', undefined],
		['two words joined by 和 before 双', '完善能源消费总量和强度双控制度。', '双控', ['能源消费总量', '强度']],
		['推进 before 行政: 进行 is no verb there (推进行政处罚…)', '推进行政处罚和刑事处罚双向衔接。', '双向', ['行政处罚', '刑事处罚']],
		['a list of three before N重, its clause’s verb no item', '宏观经济面临需求收缩、供给冲击、预期转弱三重压力。', '三重', ['需求收缩', '供给冲击', '预期转弱']],
		['a list of two before 两手', '坚持稳面积、增单产两手发力。', '两手', ['稳面积', '增单产']],
		['levels side by side before their count, a figure after it', '市县两级2.6万个政务服务事项实现网上办。', '两级', ['市', '县']],
		['places by their abbreviations before 两地', '支持川渝两地市场主体加强合作。', '两地', ['川', '渝']],
		['the same with 地区 between them and 双城', '积极融入成渝地区双城经济圈建设。', '双城', ['成', '渝']],
		['the same before N市, cities’ abbreviations', '省及合芜蚌三市创业风险投资引导基金顺利运行。', '三市', ['合', '芜', '蚌']],
		['the same before a quoted formula that names cities', '持续唱好杭甬“双城记”，积极推进一体化。', '双城记', ['杭', '甬']],
		['one-character names listed with 、 before a count of places (杭、宁、温三市)', '年内先把杭、宁、温三市的技术市场建立起来。', '三市', ['杭', '宁', '温']],
		['places of two kinds counted together (苏、浙、沪两省一市): the first count a part, no reading', '加强与苏、浙、沪两省一市的合作。', '两省', undefined],
		['the same with full names (江苏、浙江、安徽、上海三省一市)', '江苏、浙江、安徽、上海三省一市联合开展。', '三省', undefined],
		['the same before a count of countries (英、葡两国)', '我国政府将继续加强与英、葡两国政府的合作。', '两国', ['英', '葡']],
		['the same before 两翼', '推进粤东西北振兴发展，把东、西两翼打造成为广东新的增长极。', '两翼', ['东', '西']],
		['a place whose name holds the numeral after a longer item (安铺镇、南三镇) is no one-character list', '安铺镇、南三镇和麻章镇加快发展。', '三镇', undefined],
		['China and another country by their one-character names before 两国', '中越两国关系实现正常化。', '两国', ['中', '越']],
		['the same after a joiner (…和中缅两国)', '巩固中苏友谊和中缅两国合作。', '两国', ['中', '缅']],
		['the same after a verb’s aspect particle (标志着)', '标志着中朝两国互助关系的发展。', '两国', ['中', '朝']],
		['the same after a date (二十三日)', '一九五三年十一月二十三日中朝两国缔结协定。', '两国', ['中', '朝']],
		['a date before 中午 or 中旬: a time, no pair', '十五日中午两国代表会谈，十月中旬两国签约。', '两国', undefined],
		['a particle before 中间: no pair', '位于夹着中间两国的边境。', '两国', undefined],
		['中 closing a word (其中, 集中) is no China', '会议期间，其中两国代表团提前离会，集中两国力量。', '两国', undefined],
		['中 and a direction or a continent is a region (中东两国, 中亚两国): no pair', '中东两国爆发冲突，与中亚两国签署协议。', '两国', undefined],
		['the same, a noun after the formula (…“双城记”五年行动计划)', '深入实施唱好杭甬“双城记”五年行动计划。', '双城记', ['杭', '甬']],
		['the same, one abbreviation short of the count: no reading', '深入实施唱好杭甬“三城记”五年行动计划。', '三城记', undefined],
		['a place’s full name is no run of abbreviations (四川两地: 四 is none)', '四川两地合作不断深化。', '两地', undefined],
		['fewer abbreviations than the count', '推进京津四地协同发展。', '四地', undefined],
		['words before 两地 that abbreviate nothing', '加快两地合作。', '两地', undefined],
		['opposite directions side by side', '构建陆海内外联动、东西双向互济的开放格局。', '双向', ['东', '西']],
		['the same before a counted noun', '加快东西两条文化旅游带建设。', '两条', ['东', '西']],
		['a compound direction is one region (西北), no two items', '加快西北两大工业基地建设。', '两大', undefined],
		['two words sharing nothing are not told apart (发展安全)', '办好发展安全两件大事。', '两件', undefined],
		['an idiom’s shared character (一心一意) makes no two items', '一心一意两个方面都要抓。', '两个', undefined],
		['a list one off a count of things done together is no reading of it', '推动投资、消费、出口双轮驱动。', '双轮', undefined],
		['a first item much longer than the others holds the clause (陆海内外联动、产业双向)', '构建陆海内外联动、产业双向互济的开放格局。', '双向', undefined],
		['a list that holds another such count', '推动产品双向进入、要素双向流动。', '双向', undefined],
		['two joined by 和 before 的 and 双重: the pair borne together', '面临着加速转型和提速跨越的双重压力。', '双重', ['加速转型', '提速跨越']],
		['the same after 在, a longer half', '在宏观经济下行和部分骨干企业停产扩能改造的双重压力下，工业企稳回升。', '双重', ['宏观经济下行', '部分骨干企业停产扩能改造']],
		['pairs joined by 与 in a 、-list, each before its own 的双重 noun', '面临着扩大总量与提升质量的双重任务、促进增长与保护生态的双重压力。', '双重', ['扩大总量', '提升质量']],
		['two 、-items before 的双重, alike', '面对内有短板、外有挑战的双重压力，奋力前行。', '双重', ['内有短板', '外有挑战']],
		['a clause closed by 的 with one item before 双重: no pair', '面临着国内外的双重压力。', '双重', undefined],
		['three items before 的双重 (the last two joined by 和) are no pair', '面临经济下行、成本上升和需求不足的双重压力。', '双重', undefined],
		['what a verb makes before 的 (共同形成的) is no pair', '政府和市场共同形成的双重保障。', '双重', undefined],
		['a count before 的 that is no burden (双向)', '推动城市和乡村的双向流动。', '双向', undefined],
		['two long nouns with one head joined by 和 before 两部分', '职工人数包括在本市以外派驻6个月以上的外派职工和在本市内从事生产经营的本地职工两部分。', '两部', ['本市以外派驻6个月以上的外派职工', '在本市内从事生产经营的本地职工']],
		['the same without a shared head: too long to be two items', '职工人数包括在本市以外派驻6个月以上的外派人员和在本市内从事生产经营的本地职工两部分。', '两部', undefined],
		['部 alone is no measure word of a list (两部门)', '商务部、文化和旅游部两部门联合发文。', '两部', undefined],
		['部 before what it counts (三部规章), the list before it; 指标 is no gloss’s 指', '在全国率先出台法治政府建设指标体系、行政程序规定、重大行政决策规则三部规章。', '三部', ['指标体系', '行政程序规定', '重大行政决策规则']],
		['the same before 部委: no reading', '发展改革委、财政部、商务部三部委联合发文。', '三部', undefined],
		['quoted items longer than unquoted ones may be, joined by 和 before their count', '扎实开展“主动对标沿海发达地区学经验找差距”和“联系服务重大项目重点企业”两项行动，推动发展。', '两项', ['“主动对标沿海发达地区学经验找差距”', '“联系服务重大项目重点企业”']],
		['a quote longer than a quoted item may be: no reading', '扎实开展“主动对标沿海发达地区先进城市学经验找差距补短板”和“联系服务重大项目重点企业”两项行动。', '两项', undefined],
		['levels side by side after a joiner and a long noun (…服务平台和省市两级)', '加快推进全省一体化在线政务服务平台和省市两级政府数据共享交换平台上线进程。', '两级', ['省', '市']],
		['a short word and the joiner before them: the pair (中央和省市两级)', '健全中央和省市两级储备体系。', '两级', ['中央', '省市']],
		['levels one fewer than the count after the joiner: no reading', '加快推进全省一体化在线政务服务平台和省市三级政府数据平台上线。', '三级', undefined],
		['one-character items packed in the quote before a count with no measure word', '建立“岗责薪”三挂钩制度。', '三', ['岗', '责', '薪']],
		['the same before a measure word', '健全“县镇村组”四级网格体系。', '四级', ['县', '镇', '村', '组']],
		['the same before 大', '发挥“山水林田湖”五大优势。', '五大', ['山', '水', '林', '田', '湖']],
		['a quote one character longer than the count is a word, not the items', '建立“岗责薪酬”三挂钩制度。', '三', undefined],
		['a quoted word of two before 双 is a name (“天都”双星)', '“天都”双星实现绕月探测。', '双星', undefined],
		['a duration after the quote (三年) is no count of its characters', '实施“领头雁”三年行动计划。', '三年', undefined],
		['numerals in the quote (“十四五”) are no items', '落实“十四五”三项任务。', '三项', undefined],
		['a character written twice is no list of different items', '推行“人人钱”三挂钩机制。', '三', undefined],
		['a quote joined by 和 to a quote before it is one item of a quoted list, not packed characters', '深入推进“我为群众办实事”和“基层减负担”五项实践活动。', '五项', undefined],
		['the same after 、', '深入推进“我为群众办实事”、“基层减负担”五项实践活动。', '五项', undefined],
		['a count in digits after the quote counts what it names', '新增“小巨人”3家，建成“口袋公园”4个。', '3家', undefined],
		['a count of things (家, 个) after the quote counts what it names', '新增国家级“小巨人”三家。', '三家', undefined],
		['two words joined by 和, then 的, before 双重: the clause’s verb no item', '当前面临着稳定增长和防范风险的双重压力。', '双重', ['稳定增长', '防范风险']],
		['two words joined by 与, then 的, right after a comma', '今年，扩大规模与提升质量的双重任务更加艰巨。', '双重', ['扩大规模', '提升质量']],
		['pairs each closed by 的双重X, in a 、-list: each read in its own item', '面临着做大总量与提升质量的双重任务、促进增长与保护生态的双重压力。', '双重', ['做大总量', '提升质量']],
		['the last two of a longer list before 的双重: no reading', '面对内有短板、外有挑战与风险交织的双重压力。', '双重', undefined],
		['a modal verb in the list', '开展油品现货和期货交易可以采用双币种计价。', '双币', undefined],
		['双 after a number is a measure (五万双)', '胶鞋由五、九七万双增为十万双。', '双增', undefined],
		['双双 is an adverb', '铁路、航空客运量双双超过千万人次。', '双双', undefined],
		['双 that makes a thing’s build (双层)', '加快建设泊位群、金甬铁路双层集装箱示范线。', '双层', undefined],
		['双X followed by 等: one item of a list', '城镇新增就业、碳排放双控等完成省定目标。', '双控', undefined],
		// A list closed by 等 before N重: the whole of it when it is exactly the count (克服 a lead, as 面临 is); else silent.
		['a list closed by 等, exactly the count, before 三重', '努力克服房地产调控、政策性减收、新冠肺炎疫情等三重因素影响。', '三重', ['房地产调控', '政策性减收', '新冠肺炎疫情']],
		['the same, two before 双重', '努力克服房地产调控、新冠肺炎疫情等双重因素影响。', '双重', ['房地产调控', '新冠肺炎疫情']],
		['a list closed by 等, one short of 三重: examples, no reading', '努力克服房地产调控、政策性减收等三重因素影响。', '三重', undefined],
		['a list closed by 等, one more than 三重: no reading', '努力克服房地产调控、政策性减收、新冠肺炎疫情、汛情等三重因素影响。', '三重', undefined],
		['an idiom with 双 (德艺双馨)', '繁荣文艺创作、推动文艺创新，必须有大批德艺双馨的文艺名家。', '双馨', undefined],
		['a glossary formula that starts with 双 (双减)', '落实减轻作业和校外培训双减政策。', '双减', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, false));
});

describe('a count of 字 right after a quote counts the quote’s characters (“文件”二字, “巩固、增强、提升、畅通”八字方针): quotedCharacters', () => {
	// [what, text, the formula's text, its items; undefined: no formula resolved there]. Counts one off: the rule's cases.
	const cases: [string, string, string, string[] | undefined][] = [
		['a quote of as many characters (“人民”二字)', '始终牢记政府前面“人民”二字。', '二字', ['人', '民']],
		['the same after 加 (加“文件”二字组成)', '由发文机关全称加“文件”二字组成。', '二字', ['文', '件']],
		['the marks between the quote’s words are no characters (“巩固、增强、提升、畅通”八字方针)', '坚决贯彻落实“巩固、增强、提升、畅通”八字方针。', '八字', ['巩', '固', '增', '强', '提', '升', '畅', '通']],
		['a count of 字 inside the quote names no list (“八字方针”)', '把“八字方针”贯穿于经济发展的各方面。', '八字', undefined],
		['a count of 字 after one of a list of quotes (the count may take in both)', '牢记“人民”、“群众”三字。', '三字', undefined],
		['a quote that holds letters or digits is no run of characters counted', '加“V2版”二字标注。', '二字', undefined],
		['a count of 字 with no quote before it (十字路口, 红十字会)', '改造十字路口，支持红十字会工作。', '十字', undefined],
		['a count of 字 after the last of quotes side by side (“快”“准”“狠”三字: the count takes in all)', '突出“快”“准”“狠”三字。', '三字', undefined],
		['the same, two (“实”“干”二字)', '坚持“实”“干”二字。', '二字', undefined],
		['a bare 十字 after a quote is also the cross (十字形, 十字路口, 十字枢纽)', '构建“两横两纵”十字形交通骨架，站在“新时代”十字路口，建设“高铁”十字枢纽。', '十字', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, false));
});

describe('a well-known formula right after a list of its canonical items one off its count (电动汽车、光伏产品“新三样”): formula.count-mismatch', () => {
	// [what, text, the formula's text; true: formula.count-mismatch there, false: silent]
	const cases: [string, string, string, boolean][] = [
		['one item left out', '推动外贸优结构，电动汽车、光伏产品“新三样”出口增长近30%。', '新三样', true],
		['one item written twice', '推动外贸优结构，电动汽车、锂电池、锂电池、光伏产品“新三样”出口增长近30%。', '新三样', true],
		['the list as the glossary gives it', '推动外贸优结构，电动汽车、锂电池、光伏产品“新三样”出口增长近30%。', '新三样', false],
		// Near misses: a list closed by 等 (examples); an item that is no key of it; a pair left of a formula of two; the
		// formula joined to a list of other things.
		['a list closed by 等, one short: examples', '推动外贸优结构，电动汽车、光伏产品等“新三样”出口增长。', '新三样', false],
		['the formula an item of another list', '稳步扩大白酒、轮胎、化肥等特色产品和“新三样”出口。', '新三样', false],
		['one item left of a formula of two is no list', '统筹中华民族伟大复兴战略全局“两个大局”。', '两个大局', false],
		['the quote joined to the list by 和: one more item', '开展文化、科技和“三下乡”活动。', '三下乡', false],
		['the same by 及', '扩大电动汽车、光伏产品及“新三样”出口。', '新三样', false],
		['one short after its verb (三下乡)', '开展文化、科技“三下乡”活动。', '三下乡', true],
		['a part of it named after it (中的两样): the list is of that part', '汽车、光伏“新三样”中的两样出口增长较快。', '新三样', false],
	];
	judgedOrSilent(cases, 'formula.count-mismatch');
});

describe('the two sides of one thing side by side (国内国际, 省内省外, 线上线下) one off their count: formula.enumeration-count', () => {
	// [what, text, the formula's text; true: formula.enumeration-count there, false: silent]
	const cases: [string, string, string, boolean][] = [
		['two sides before a count of three kinds (市场)', '统筹国内国际三个市场，用好两种资源。', '三个', true],
		['the same before 大局', '统筹国内国际三个大局。', '三个', true],
		['the same, another place (省内省外)', '拓展省内省外三个市场。', '三个', true],
		['a numeral glued to the noun (三循环 for 双循环)', '畅通国内国际三循环。', '三循', true],
		['a third side before a count of two', '统筹国内国际国外两个市场。', '两个', true],
		['a side written twice before 双', '畅通国内国际国际双循环。', '双循', true],
		['the same, online and offline (线上线下线上)', '打通线上线下线上两个渠道。', '两个', true],
		// Near misses: the pair itself; verbs and their results sharing a character; things the pair qualifies; a grade or a
		// level; figures; directions (东西三条通道: three east-west corridors).
		['the pair itself', '统筹国内国际两个大局。', '两个', false],
		['the pair before 双', '畅通国内国际双循环。', '双循', false],
		['verbs and their results (打赢打好)', '打赢打好三大攻坚战。', '三大', false],
		['the same (做大做强)', '做大做强五大交易平台。', '五大', false],
		['things the pair qualifies (平台)', '搭建线上线下三个平台。', '三个', false],
		['things of a kind (产业集群)', '引进国内国际三大产业集群。', '三大', false],
		['levels (三级联动)', '坚持国内国际三级联动。', '三级', false],
		['figures after the pair', '跻身国际国内500强。', '500', false],
		['directions before things (三条通道)', '建设东西三条通道。', '三条', false],
		['a set phrase (一上一下)', '理顺一上一下三个环节。', '三个', false],
		// Counts of what each side scopes (aspects, links, goals), and formulas glued to their numeral: only markets,
		// circulations, channels and 大局 are what each side names one of.
		['aspects the sides scope, before 的 and a noun', '面对国内国际三个方面的压力，全市经济稳中有进。', '三个', false],
		['the same, 对内对外', '对内对外三个方面的开放齐头并进。', '三个', false],
		['links the sides scope', '打通线上线下三个环节的堵点。', '三个', false],
		['goals the sides scope (全覆盖)', '实现省内省外三个全覆盖。', '三个', false],
		// An item of a list or a half of a pair that is itself the two sides counts as two.
		['a 、-list whose last item is the sides', '统筹利用省内、国内国际三个市场，拓展发展空间。', '三个', false],
		['the same, both items sides', '统筹境内境外、省内省外三个市场。', '三个', false],
		['a pair joined by 和 whose half is the sides', '用好省内资源和国内国际三个市场。', '三个', false],
		['the same, the sides first', '统筹国内国际和省内三个市场。', '三个', false],
		['after 、 closing a phrase, not an item: judged', '加快构建以国内大循环为主体、国内国际三循环相互促进的新发展格局。', '三循', true],
		['a formula glued to its numeral (三融合)', '推动线上线下三融合。', '三融', false],
		['the same (三同步)', '实现线上线下三同步。', '三同', false],
		['the same (三同时)', '坚持国内国际三同时。', '三同', false],
	];
	judgedOrSilent(cases, 'formula.enumeration-count');
});

describe('a list of three written A、B和C before a count of two done together (双重, 双控): one more than the pair', () => {
	// [what, text, the formula's text; true: formula.enumeration-count there, false: silent]
	const cases: [string, string, string, boolean][] = [
		['measures of one thing before 双重', '加强总量、结构和效率双重调节，盘活存量。', '双重', true],
		['the same before 双控', '实施碳排放总量、强度和速度双控制度。', '双控', true],
		['an item written twice', '加强总量、结构和结构双重调节。', '双重', true],
		// Near misses: the pair itself, a direction, things each under the pair, burdens before 的, a list closed by 等.
		['the pair itself', '加强总量和结构双重调节。', '双重', false],
		['a direction: each flows both ways', '促进人才、技术和资本双向流动。', '双向', false],
		['things each under the pair (能源、水资源和建设用地: each one’s 总量 and 强度)', '实施能源、水资源和建设用地双控。', '双控', false],
		['levels each under a dual rule', '加强省级、市级和县级双重管理。', '双重', false],
		['pairs listed with 、', '坚持政府和市场、城市和农村双向发力。', '双向', false],
		['three burdens before 的双重', '面临经济下行、成本上升和需求不足的双重压力。', '双重', false],
		['a list closed by 等 inside the items', '实施能源和水资源消耗、建设用地等总量和强度双控行动。', '双控', false],
		['three before a count of three', '实现规模、质量和效益三提升。', '三提', false],
		['things that each achieve a result (see pairOfResults)', '全年实现收入、利润和税收双增长。', '双增', false],
		['measures that each achieve a result (双提升)', '推动规模、质量和效益双提升。', '双提', false],
		['the same (双丰收)', '实现经济效益、社会效益和生态效益双丰收。', '双丰', false],
		['verbs and their objects (稳总量, 调结构) before 双轮驱动', '坚持稳总量、调结构和提质量双轮驱动。', '双轮', false],
		['measures of a subject before 双重', '加强信贷总量、结构和效率双重调节。', '双重', true],
	];
	judgedOrSilent(cases, 'formula.enumeration-count');
});

describe('items packed right before their count: one-character items of one family (春秋两季), a 、-list before a numeral with a noun of its own (农、林、牧、渔四业)', () => {
	// [what, text, the formula's text, its items; undefined: no formula resolved there]
	const cases: [string, string, string, string[] | undefined][] = [
		['seasons before a numeral the scanner reads no count of', '做好春秋两季过敏原治理。', '两季', ['春', '秋']],
		['sectors before 者', '反映了农工商三者相互依存的关系。', '三者', ['农', '工', '商']],
		['the five kinds of education', '坚持德智体美劳五育并举。', '五育', ['德', '智', '体', '美', '劳']],
		['domains before 四位一体', '推动陆海天网四位一体联通。', '四位', ['陆', '海', '天', '网']],
		['a family of two before 两方面', '抓住正反两方面的典型。', '两方面', ['正', '反']],
		['the same before 两条', '做实社区卫生服务机构收支两条线管理。', '两条', ['收', '支']],
		['the same after the word they qualify (计划内外)', '部分产品实行了计划内外两种价格的并轨。', '两种', ['内', '外']],
		['one-character items listed with 、 before a noun of their own', '产值超过了农、林、牧、渔四业的产值。', '四业', ['农', '林', '牧', '渔']],
		['words listed with 、 before 三维', '建立数量、质量、功能三维体系，不断提升综合效益。', '三维', ['数量', '质量', '功能']],
		['the same, two of them, before 两证', '实施工作许可、居留许可两证并联审批。', '两证', ['工作许可', '居留许可']],
		// Near misses: the same words, the numeral bound otherwise.
		['a word opening with a family’s character (春节) is no run', '做好春节两天值守工作。', '两天', undefined],
		['a family of two is never one short (国内外三个市场 counts something else)', '统筹国内外三个市场。', '三个', undefined],
		['a word of two characters of no family (发展安全) is not told apart', '办好发展安全两件大事。', '两件', undefined],
		['a 、-list one off a numeral with a noun of its own is not judged', '建立数量、质量三维体系。', '三维', undefined],
		['a name the numeral is part of after a longer item (长三角)', '建设京津冀、长三角世界级城市群。', '三角', undefined],
		['the same, a river’s two banks after a longer item (塘河两侧)', '提升甬江北岸、塘河两侧滨水公共空间。', '两侧', undefined],
		['the same, a farming word (复种两熟)', '推广覆膜保墒、复种两熟等先进适用技术。', '两熟', undefined],
		['the clause’s words in the last item (宁海获评省三星级)', '北仑、奉化、宁海获评省三星级“无废城市”。', '三星', undefined],
		['items that hold the numeral themselves (两岸交流合作、深化两岸融合)', '完善促进两岸交流合作、深化两岸融合发展。', '两岸', undefined],
		['a unit of time after the numeral (两年)', '完成规划、设计两年任务。', '两年', undefined],
		['the sides each item has (两旁): no count of the items', '整治铁路、公路两旁环境。', '两旁', undefined],
		['the same, 两侧', '绿化河道、渠道两侧。', '两侧', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, false));
	test('a run of a family of more than two, after a verb, one off its count: formula.enumeration-count', () => {
		const a = analyze('做好春夏秋两季过敏原治理。');
		assert.equal(a.formulas.find((x) => x.text === '两季')?.verdict, 'mismatch');
		assert.deepEqual(a.findings.map((x) => x.ruleId), ['formula.enumeration-count']);
	});
	// A run of two characters one short of the count is as often a word of its own (工商, 天网, 冬春, 农商, 农工): silent; a
	// count of time (三个月) counts no season. A run of three or more one off still fires.
	const oneOff: [string, string, boolean][] = [
		['工商 before 三证合一', '全面推进工商三证合一改革，企业开办时间压缩至3个工作日。', false],
		['天网 before 三期', '加快推进天网三期工程建设，新增视频监控点位2000个。', false],
		['冬春 before 三个月', '做好冬春三个月森林防火工作，全年未发生重大火灾。', false],
		['工商 before 三项', '深化工商三项改革，市场主体增长12%。', false],
		['农商 before 三方', '强化农商三方联动，助农增收。', false],
		['农工 before 三大', '开展农工三大差别研究。', false],
		['春夏秋 before 三个月 (time)', '做好春夏秋两个月的巡查。', false],
		['a run of two before its family’s own noun (春秋三季): fires', '做好春秋三季过敏原治理。', true],
		['the same before 季度, a quarter of the year', '做好春秋三季度防汛工作。', false],
		['five kinds of education written 四育', '坚持德智体美劳四育并举，办好人民满意的教育。', true],
		['five domains written 四位一体', '构建陆海空天网四位一体的立体防控体系。', true],
	];
	for (const [what, text, fires] of oneOff) {
		test(`one off a packed run: ${what} (${fires ? 'fires' : 'silent'})`, () => {
			assert.deepEqual(analyze(text).findings.map((x) => x.ruleId), fires ? ['formula.enumeration-count'] : []);
		});
	}
});

describe('a pair closed off by 的 before a count of three burdens (A和B的三重压力): one off its count', () => {
	const fires: [string, string, string[]][] = [
		['two joined by 和 before 的三重', '当前面临着稳定增长和防范风险的三重压力。', ['稳定增长', '防范风险']],
		['the same, its noun joined to another', '面临着转型升级和环境保护的三重压力和挑战。', ['转型升级', '环境保护']],
		['two joined by 与 before 的三重', '面临着扩大总量与提升质量的三重任务。', ['扩大总量', '提升质量']],
		['the same after a verb that bears them (肩负着), not in the first item', '肩负着稳增长与防风险的三重任务。', ['稳增长', '防风险']],
		['the same after 顶住', '顶住国际金融危机冲击和国内经济下行的三重压力。', ['国际金融危机冲击', '国内经济下行']],
		['the pair in a 、-list whose items before close with their own 双重', '面临着扩大总量与提升质量的双重任务、促进增长与保护生态的三重压力。', ['促进增长', '保护生态']],
	];
	for (const [what, text, items] of fires)
		{test(what, () => {
			assert.deepEqual(formula(text, '三重'), { verdict: 'mismatch', source: 'before', parts: [[3, items]] });
			assert.ok(analyze(text).findings.some((x) => x.ruleId === 'formula.enumeration-count'));
		});}
	const silent: [string, string, string, string[] | undefined][] = [
		['three joined items before 的三重: exactly the count', '面临需求收缩、供给冲击和预期转弱的三重压力。', '三重', ['需求收缩', '供给冲击', '预期转弱']],
		['one thing before 的三重 is no pair', '面临着国内外的三重压力。', '三重', undefined],
		['what a verb makes before 的 (共同形成的) is no pair', '政府和市场共同形成的三重保障。', '三重', undefined],
		['a pair before 四重: two off, no reading', '面临着扩大总量与提升质量的四重任务。', '四重', undefined],
		['a pair before 三重 without 的 is no burden closed off', '推动扩大总量与提升质量三重任务落实。', '三重', undefined],
		['two 、-items, not joined, before 的三重: no reading', '面对内有短板、外有挑战的三重压力。', '三重', undefined],
		['a pair before 的三重 and what it has, no burden (三重作用)', '发挥政府和市场的三重作用。', '三重', undefined],
		['a pair before 的 and a count of three that is no burden (三项)', '面临着扩大总量与提升质量的三项任务。', '三项', undefined],
		['a clause joined by 既…又 before the pair: the count may take in the first', '既要稳增长，又要承担推动转型升级和防范化解风险的三重任务。', '三重', undefined],
		['a clause joined by 的同时 before the pair', '在需求收缩的同时，面对供给冲击和预期转弱的三重压力，全市经济保持平稳。', '三重', undefined],
		['a third burden joined by 以及 after the count', '顶住国际金融危机冲击和国内经济下行的三重压力，以及自然灾害的严峻考验。', '三重', undefined],
		['a clause joined by 还要 after the count', '应对经济下行压力和疫情冲击的三重挑战，还要兼顾安全稳定。', '三重', undefined],
		['the count’s own items after 即', '统筹城市与乡村的三重使命，即保供给、促增收、守生态。', '三重', undefined],
		['the count’s own items after a colon (一是…)', '肩负着稳增长与防风险的三重任务：一是稳增长，二是促改革，三是防风险。', '三重', undefined],
	];
	for (const [what, text, name, items] of silent) test(what, () => readsExactly(text, name, items, false));
});

describe('a list earlier in the sentence whose items all end with the formula’s key, exactly its count (…承包权、…使用权、…分配权，…“三权”)', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['three rights, then other clauses, then “三权”', '保障农民土地承包权、宅基地使用权、集体收益分配权，建立产权流转市场，健全农户“三权”市场化退出机制。', '三权', ['保障农民土地承包权', '宅基地使用权', '集体收益分配权']],
		['three items ending with 化 before “三化”', '推进工业化、信息化、城镇化，建设“三化”示范区。', '三化', ['工业化', '信息化', '城镇化']],
		['one item more than the count: no reading, and no flag', '保障土地承包权、宅基地使用权、林地经营权、集体收益分配权，健全农户“三权”退出机制。', '三权', undefined],
		['items that do not all end with the key', '保障土地承包权、宅基地使用、集体收益分配权，健全农户“三权”退出机制。', '三权', undefined],
		['a magnitude’s key carried by figures (双万)', '常住人口突破千万、净流入人口超70万，成为全国第16座“双万”城市。', '双万', undefined],
		['the list in the sentence before is not this one’s', '保障土地承包权、宅基地使用权、集体收益分配权。健全农户“三权”退出机制。', '三权', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
});

describe('a counted noun that is its paragraph’s lead sentence, listed by the sentences after it that each name its key, or exactly its count of sentences', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['each sentence’s first clause ends with the key', '打造三条通道。陆上丝路通道，开工高铁；建设高速公路。空中丝路通道，开通航线。网上丝路通道，启动枢纽工程。', '三条通道', ['陆上丝路通道', '空中丝路通道', '网上丝路通道']],
		['each sentence’s last clause ends with the key', '实现三项便利。放宽准入，让投资服务更便利。建成电子口岸，让贸易服务更便利。开展金融合作，让金融服务更便利。', '三项便利', ['让投资服务更便利', '让贸易服务更便利', '让金融服务更便利']],
		['a later sentence that states the count again sums the items up: the list ends before it', '打造三条通道。陆上丝路通道，开工高铁。空中丝路通道，开通航线。网上丝路通道，启动枢纽工程。三大通道，总投资超过500亿元。', '三条通道', ['陆上丝路通道', '空中丝路通道', '网上丝路通道']],
		['a later sentence opened by a connective (总之) is no item', '实现三项便利。放宽准入，让投资服务更便利。建成电子口岸，让贸易服务更便利。开展金融合作，让金融服务更便利。总之，让群众办事更便利。', '三项便利', ['让投资服务更便利', '让贸易服务更便利', '让金融服务更便利']],
		['sentences keyed at their last clause only, one more than the count: no reading', '实现三项便利。放宽准入，让投资服务更便利。建成电子口岸，让贸易服务更便利。开展金融合作，让金融服务更便利。推行网办，让群众办事更便利。', '三项便利', undefined],
		['in bold, as a lead sentence often is', '**打造三条通道。**陆上丝路通道，开工高铁。空中丝路通道，开通航线。网上丝路通道，启动枢纽工程。', '三条通道', ['陆上丝路通道', '空中丝路通道', '网上丝路通道']],
		['sentences that do not name the key, exactly the count of them: their first clauses (构筑三个平台。依托…。启动…。完善…。)', '构筑三个平台。依托博览会，深化共办机制。启动建设产业园。完善保税区功能。', '三个平台', ['依托博览会', '启动建设产业园', '完善保税区功能']],
		['the same, one sentence more: no reading, and no flag', '构筑三个平台。依托博览会，深化共办机制。启动建设产业园。完善保税区功能。加强组织领导。', '三个平台', undefined],
		['sentences of which some name the key and some do not: no reading', '加快建设四大基地。搞好甲地制造业基地配套建设。推进乙地能源基地项目建设。加强对丙地开发的支持。扩大丁地果业基地面积。', '四大基地', undefined],
		['a first clause of a few characters frames its sentence (五年来，…): no reading', '构筑三个平台。依托博览会，深化共办机制。五年来，平台不断完善。完善保税区功能。', '三个平台', undefined],
		['a key that one sentence names elsewhere than at its first or last clause’s end: no reading', '打造三条通道。陆上丝路通道，开工高铁。开通航线，完善空中丝路通道布局，提升能力。网上丝路通道，启动枢纽工程。', '三条通道', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, false));
	const quoted: [string, string, string, string[] | undefined][] = [
		['a quoted formula as the lead sentence, a first sentence that restates the count no item', '实施“三个率先突破”。按照方案，推动3个重点领域率先突破。加快交通互联，确定路线。开展生态共建，探索补偿机制。搞好产业对接，深化合作。', '三个率先突破', ['加快交通互联', '开展生态共建', '搞好产业对接']],
		['a quoted formula and a word after it as the lead sentence, each sentence’s first clause naming its key', '促进“三带”联动发展。发挥沿江经济带产业优势，壮大产业。发挥山区生态经济带后发优势，发展农牧。发挥文旅经济带资源优势，建设景区。', '三带', ['发挥沿江经济带产业优势', '发挥山区生态经济带后发优势', '发挥文旅经济带资源优势']],
		['sentences after it that name the formula again speak of it: no reading', '深化运用“四种形态”。坚持惩前毖后，将“四种形态”向监察执法拓展。精准把握事实证据，整体提高质量。全年运用“四种形态”处理10万人次。严格执纪问责，形成震慑。', '四种形态', undefined],
		['sentences opening with one verb right after the lead, exactly its count before one that opens otherwise: their first clauses', '做好“三篇文章”。围绕稻米产业延链，培育龙头。围绕果蔬产业强链，打造品牌。围绕畜牧产业补链，提升加工。加强组织保障，压实责任。完善考核办法，强化督查。', '三篇文章', ['围绕稻米产业延链', '围绕果蔬产业强链', '围绕畜牧产业补链']],
		['the same after a noun of five characters or more after the formula', '加快构建“三园鼎立”创新大格局。推动城东科技园提质增效，引进机构。推动城南医学园集聚发展，建设平台。推动城北农业园蓄势突破，实施工程。主动融入国家战略，深化合作。', '三园鼎立', ['推动城东科技园提质增效', '推动城南医学园集聚发展', '推动城北农业园蓄势突破']],
		['sentences opening alike, one more than the count: no reading, and no flag', '做好“三篇文章”。围绕稻米产业延链，培育龙头。围绕果蔬产业强链，打造品牌。围绕畜牧产业补链，提升加工。围绕林下经济拓链，增加收入。加强组织保障，压实责任。', '三篇文章', undefined],
		['sentences opening alike of which one names the key and one not: no reading', '积极推进“双碳”工作。加快建设绿色经济示范城市，做强产业。加快构建碳排放双控制度，扩大应用。推行绿色生活方式，倡导节约。', '双碳', undefined],
		['sentences opening alike with no verb (全市…): no reading', '实施“三项工程”。全市新建学校12所，改善条件。全市改造道路30条，方便出行。全市新增绿地50公顷，美化环境。召开现场推进会，总结经验。', '三项工程', undefined],
		['sentences opening alike, one of which names the formula again: no reading', '做好“三篇文章”。围绕稻米产业延链，培育龙头。围绕“三篇文章”强化考核，打造品牌。围绕畜牧产业补链，提升加工。加强组织保障，压实责任。', '三篇文章', undefined],
		['a quoted formula in a longer first sentence is no lead', '按照省里部署，全力实施“三个率先突破”，推动协同发展。加快交通互联，确定路线。开展生态共建，探索补偿机制。搞好产业对接，深化合作。', '三个率先突破', undefined],
		['a sentence commenting on the lead (这是…) is no item; parallel sentences opening with the same four characters list it, whether or not each names the key', '发展“三大经济”。这是本市今后的潜力所在。深入实施数字经济行动，建设平台。深入实施海洋产业规划，发展装备。深入实施文旅提升方案，培育市场。', '三大经济', ['深入实施数字经济行动', '深入实施海洋产业规划', '深入实施文旅提升方案']],
		['the same, one parallel sentence more: no reading, and no flag', '发展“三大经济”。深入实施数字经济行动，建设平台。深入实施海洋产业规划，发展装备。深入实施文旅提升方案，培育市场。深入实施人才引进计划，集聚人才。', '三大经济', undefined],
		['sentences sharing only two opening characters (加快建设, 加快构建), some naming the key: no reading', '推进“双碳”工作。加快建设绿色标杆城市，做强产业。加快构建碳排放双控体系，扩大绿电应用。', '双碳', undefined],
		['a well-known formula’s lead sentence followed by sentences that name none of its canonical items: no reading', '坚决打好“三大攻坚战”。加快推进产业升级，培育新动能。加快推进城市更新，改善人居环境。加快推进乡村振兴，促进农民增收。', '三大攻坚战', undefined],
		['places before a quoted formula are whose it is, not its items: no reading', '对标北京、上海、深圳“三个一流”营商环境。学习借鉴上海、浙江、江苏“三个率先”的经验。', '三个一流', undefined],
		['a quoted formula inside its paragraph, not its lead (以“三大融合”为抓手，…。): the sentences right after its own, each naming its key in its first clause, exactly its count', '以更大力度融入协同发展区。以“三大融合”为抓手，大力推进协同共进。推进产业融合，创新招商机制。推进交通融合，加快铁路建设。推进民生融合，共享服务。', '三大融合', ['推进产业融合', '推进交通融合', '推进民生融合']],
		['the same with its key after a few words of the first clause (以“四个百里”牵引…。百里乡村振兴廊带引领…，…)', '做好城乡文章，以“三个百里”牵引城乡融合发展。百里廊带引领乡村振兴，建设示范村。百里产业区提档城市品质，完善配套。百里画廊激发旅游活力，打造线路。', '三个百里', ['百里廊带引领乡村振兴', '百里产业区提档城市品质', '百里画廊激发旅游活力']],
		['the same, one keyed sentence more than the count: no reading, and no flag', '以更大力度融入协同发展区。以“三大融合”为抓手，大力推进协同共进。推进产业融合，创新招商机制。推进交通融合，加快铁路建设。推进市场融合，深化合作。推进民生融合，共享服务。', '三大融合', undefined],
		['the same, one sentence naming no key: no reading, and no flag', '以更大力度融入协同发展区。以“三大融合”为抓手，大力推进协同共进。推进产业融合，创新招商机制。加快铁路建设，完善路网。推进民生融合，共享服务。', '三大融合', undefined],
		['the same with a key of one character (以“三新”为抓手。新基建，…): no reading', '做好转型文章，以“三新”为抓手推动突破。新基建，建设基站。新技术，攻关芯片。新材料，壮大产业。', '三新', undefined],
		['a quoted formula in a longer lead sentence ((一)用好“三块金字招牌”，…。), the sentences after it opening with one verb, exactly its count: their first clauses', '（一）用好“三块金字招牌”，打开转型发展新局面。聚焦转型综改，做强开发区。聚焦国家农高区，建设农谷。聚焦能源革命综合改革，推进改造。', '三块金字招牌', ['聚焦转型综改', '聚焦国家农高区', '聚焦能源革命综合改革']],
		['the same, one sentence opening alike more than the count: no reading, and no flag', '（一）用好“三块金字招牌”，打开转型发展新局面。聚焦转型综改，做强开发区。聚焦国家农高区，建设农谷。聚焦能源革命综合改革，推进改造。聚焦营商环境，优化服务。', '三块金字招牌', undefined],
		['sentences after a formula in a lead sentence opening with one verb chained to another (加快推进…), exactly its count: a paragraph of actions, no reading', '（二）守牢“两条底线”，统筹发展和安全。加快推进城市更新，改造老旧小区300个。加快推进乡村振兴，新建高标准农田10万亩。', '两条底线', undefined],
		['the same with one verb and several second verbs (落实“三个区分开来”要求。加快建设…。加快建设…。加快建设…。)', '全面落实“三个区分开来”要求，激励干部担当作为。加快建设高标准农田，完善水利设施。加快建设农贸市场，方便群众生活。加快建设城市公园，提升人居环境。', '三个区分开来', undefined],
		['a formula of one (“一证式”管理。) is no count of the sentences after it', '实行排污许可“一证式”管理。建立健全排污权交易制度，完善市场。建立健全生态补偿机制，加大投入。', '一证式', undefined],
	];
	for (const [what, text, name, items] of quoted) test(what, () => readsExactly(text, name, items, true));
});

describe('a well-known formula whose paragraph takes its canonical items in turn, each in the first clause of a sentence or ；-clause: resolved, never flagged', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['sentences that each open on one item (三大攻坚战如期推进。脱贫攻坚…。污染防治…。风险防控…)', '三是攻坚克难，三大攻坚战稳步推进。脱贫成果持续巩固，落实帮扶政策。污染防治深入开展，改善水质。风险化解有序有效，压降债务。安全生产形势平稳。', '三大攻坚战', ['脱贫成果持续巩固', '污染防治深入开展', '风险化解有序有效']],
		['the clause right after it and ；-clauses, in any order', '坚决打好“三大攻坚战”，打好重大风险防范化解攻坚战，守住底线；打好精准脱贫攻坚战，巩固成果；打好污染防治攻坚战，改善环境。', '三大攻坚战', ['打好重大风险防范化解攻坚战', '打好精准脱贫攻坚战', '打好污染防治攻坚战']],
		['one item that no opening names: no reading', '三大攻坚战稳步推进。脱贫成果持续巩固，落实帮扶政策。污染防治深入开展，改善水质。安全生产形势平稳，守住底线。', '三大攻坚战', undefined],
		['an item named only inside a clause, not at its opening: no reading', '三大攻坚战稳步推进。脱贫成果持续巩固，落实帮扶政策。污染防治深入开展，改善水质。加强监管，有效防范化解金融风险。', '三大攻坚战', undefined],
		['an item named only in the next paragraph: no reading', '三大攻坚战稳步推进。脱贫成果持续巩固，落实帮扶政策。污染防治深入开展，改善水质。\n风险化解有序有效，压降债务。', '三大攻坚战', undefined],
		['a count changed from the well-known one: no reading, and no flag', '坚决打好“四大攻坚战”，打好重大风险防范化解攻坚战，守住底线；打好精准脱贫攻坚战，巩固成果；打好污染防治攻坚战，改善环境。', '四大攻坚战', undefined],
		['items named by the other words the lexicon knows them by (贫困 for 脱贫, 生态环境 for 污染, 金融 for 风险)', '——三大攻坚战取得关键进展。农村贫困人口减少1109万，脱贫攻坚取得决定性成就。生态环境进一步改善，排放下降。金融运行总体平稳。', '三大攻坚战', ['农村贫困人口减少1109万', '生态环境进一步改善', '金融运行总体平稳']],
		['the same word inside a clause, not at its opening: no reading', '三大攻坚战稳步推进。脱贫成果持续巩固，落实帮扶政策。污染防治深入开展，改善水质。加强监管，金融运行总体平稳。', '三大攻坚战', undefined],
		['the short name 三大攻坚, its canonical items in turn', '三是攻坚克难，三大攻坚强力推进。脱贫成效持续巩固，实施专项行动。污染防治攻坚成效明显，排放下降。金融领域风险有效化解，守住底线。', '三大攻坚', ['脱贫成效持续巩固', '污染防治攻坚成效明显', '金融领域风险有效化解']],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
});

describe('a well-known formula after a list of its canonical items earlier in its block, each item holding another key (新能源汽车、锂电池、光伏产品等“新三样”出口额…): resolved, never flagged', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['a list closed by 等 right before it, a figure after it', '支持企业出海，新能源汽车、锂电池、光伏产品等“新三样”出口额增长23.5%。', '新三样', ['新能源汽车', '锂电池', '光伏产品']],
		['a list in an earlier sentence of the paragraph', '提高一体推进不敢腐、不能腐、不想腐能力和水平。做实以案促改，推动“三不腐”同时发力。', '三不腐', ['不敢腐', '不能腐', '不想腐能力和水平']],
		['one item short of the count: no reading, and no flag', '坚定道路自信、理论自信、制度自信，增强“四个自信”。', '四个自信', undefined],
		['items of which one holds no key: no reading', '汽车、家电、家居等“新三样”销量增长5%。', '新三样', undefined],
		['the list in the paragraph before: no reading', '提高一体推进不敢腐、不能腐、不想腐能力和水平。\n做实以案促改，推动“三不腐”同时发力。', '三不腐', undefined],
		['a list in an earlier sentence whose items are more than their keys (新能源汽车, 光伏产业): no reading', '加快发展新能源汽车、锂电池、光伏产业，培育壮大新动能。“新三样”出口增长20%。', '新三样', undefined],
		['a list in an earlier sentence whose last item is a clause after its key (卫生事业协调发展): no reading', '推进文化、科技、卫生事业协调发展。组织开展“三下乡”活动120场次。', '三下乡', undefined],
		['a list in an earlier sentence of the canonical items themselves', '大力发展电动汽车、锂电池、光伏产品。“新三样”出口增长20%。', '新三样', ['电动汽车', '锂电池', '光伏产品']],
		['the last item before 这 and the formula, in its sentence', '坚持不敢腐、不能腐、不想腐这“三不腐”一体推进。', '三不腐', ['不敢腐', '不能腐', '不想腐']],
		['a list broken by a sentence’s end: no reading', '提高不敢腐。不能腐、不想腐能力和水平。推动“三不腐”同时发力。', '三不腐', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
});

describe('a well-known formula right after its canonical items written side by side, each by its key (文化科技卫生“三下乡”): every key once, nothing else, never flagged', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['a quoted formula', '深入开展文化科技卫生“三下乡”活动，健全结对机制。', '三下乡', ['文化', '科技', '卫生']],
		['an unquoted one, its keys in the canonical order', '统筹推进经济政治文化社会生态五位一体总体布局。', '五位一体', ['经济', '政治', '文化', '社会', '生态']],
		['the keys in another order', '深入开展科技文化卫生“三下乡”活动。', '三下乡', ['科技', '文化', '卫生']],
		['one key missing: no reading, and no flag', '深入开展文化科技“三下乡”活动。', '三下乡', undefined],
		['a word that is no key between the keys and the formula: no reading', '开展文化科技卫生教育“三下乡”活动。', '三下乡', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
});

/** The items of formula `name` in `text` when it resolves (ok), or undefined when it stays unexpanded (any other verdict fails). */
function okItems(text: string, name: string): string[] | undefined {
	const f = analyze(text).formulas.find((x) => x.text === name);
	assert.ok(f, `formula ${name} recognised`);
	return f.verdict === 'ok' ? [...f.parts[0]!.items] : (assert.equal(f.verdict, 'unexpanded'), undefined);
}

describe('a counted formula listed by numbered points without a colon: in the first clause of a heading over points 1…N, or in the last sentence of the paragraph before its section’s points, exactly N', () => {
	const heading = (h: string, points: string[]): string =>
		joinLines('一、今年的主要工作', '', h, '', ...points.flatMap((p, n) => [`${n + 1}.${p}。加大工作力度，完成年度任务。`, '']), '（二）加强民生保障，增进群众福祉', '', '做好民生工作。');
	test('a heading’s formula over as many points: the points', () => {
		assert.deepEqual(okItems(heading('（一）驭好“三驾马车”，稳住经济基本盘', ['扩大有效投资', '激发消费潜能', '拓展外贸空间']), '三驾马车'), ['1.扩大有效投资', '2.激发消费潜能', '3.拓展外贸空间']);
	});
	test('one point more or less than the count: no reading, and no flag', () => {
		assert.equal(okItems(heading('（一）驭好“三驾马车”，稳住经济基本盘', ['扩大有效投资', '激发消费潜能']), '三驾马车'), undefined);
		assert.equal(okItems(heading('（一）驭好“三驾马车”，稳住经济基本盘', ['扩大有效投资', '激发消费潜能', '拓展外贸空间', '稳定工业生产']), '三驾马车'), undefined);
	});
	test('a formula after the heading’s first clause, or one of two in the heading: no reading', () => {
		assert.equal(okItems(heading('（一）稳住经济基本盘，驭好“三驾马车”', ['扩大有效投资', '激发消费潜能', '拓展外贸空间']), '三驾马车'), undefined);
		assert.equal(okItems(heading('（一）驭好“三驾马车”，落实“三项机制”', ['扩大有效投资', '激发消费潜能', '拓展外贸空间']), '三驾马车'), undefined);
	});
	const before = (lead: string, points: string[]): string =>
		joinLines('二、深化改革', '', lead, '', ...points.flatMap((p, n) => [`${n + 1}.${p}。`, '']), '三、扩大开放', '', '推进开放。');
	test('the last sentence of the paragraph before the points, which all name the key: the points', () => {
		assert.deepEqual(okItems(before('今年是关键之年。要深刻把握“三个坚持”重大原则，依靠改革破解难题。', ['坚持党的领导，把稳方向', '坚持以人民为中心，惠及群众', '坚持系统观念，增强协同']), '三个坚持'), ['1.坚持党的领导，把稳方向', '2.坚持以人民为中心，惠及群众', '3.坚持系统观念，增强协同']);
	});
	test('points that all name the key, one off the count: a mismatch; points that only open alike, one off: no reading', () => {
		const text = before('今年是关键之年。要深刻把握“四个坚持”重大原则，依靠改革破解难题。', ['坚持党的领导，把稳方向', '坚持以人民为中心，惠及群众', '坚持系统观念，增强协同']);
		assert.equal(analyze(text).formulas.find((x) => x.text === '四个坚持')?.verdict, 'mismatch');
		assert.equal(okItems(before('今年是关键之年。要深刻把握“四个方面”要求，依靠改革破解难题。', ['推进党的领导，把稳方向', '推进民生改善，惠及群众', '推进系统集成，增强协同']), '四个方面'), undefined);
	});
	test('points that neither name the key nor open alike, or a formula in an earlier sentence: no reading', () => {
		assert.equal(okItems(before('今年是关键之年。要深刻把握“三个坚持”重大原则，依靠改革破解难题。', ['把稳方向', '惠及群众', '增强协同']), '三个坚持'), undefined);
		assert.equal(okItems(before('要深刻把握“三个坚持”重大原则。今年是关键之年。', ['坚持党的领导，把稳方向', '坚持以人民为中心，惠及群众', '坚持系统观念，增强协同']), '三个坚持'), undefined);
	});
});

describe('a counted formula in a heading over paragraphs with lead sentences: the first count of them headed by its key, or exactly its count opening alike; never flagged', () => {
	const section = (h: string, leads: string[]): string =>
		joinLines('一、今年的主要工作', '', h, '', ...leads.flatMap((p) => [`${p}。加大工作力度，完成年度任务，确保取得实效。`, '']), '二、加强民生保障', '', '做好民生工作。');
	test('lead sentences that all open with the same four characters, exactly the count', () => {
		assert.deepEqual(okItems(section('（二）坚持以“稳”为基，凝心聚力拉好“三驾马车”', ['全力以赴稳投资', '全力以赴稳外贸', '全力以赴稳消费']), '三驾马车'), ['全力以赴稳投资', '全力以赴稳外贸', '全力以赴稳消费']);
	});
	test('the first lead sentences headed by a key of one character, exactly the count, before one that is not', () => {
		assert.deepEqual(okItems(section('三、坚定把推动“四化同步”作为着力重点', ['加快推进新型工业化', '加快推进新型信息化', '加快推进新型城镇化', '加快推进农业现代化', '加快推进现代服务业发展']), '四化同步'), ['加快推进新型工业化', '加快推进新型信息化', '加快推进新型城镇化', '加快推进农业现代化']);
	});
	test('opening alike, one more or fewer than the count; headed by the key, one more: no reading, and no flag', () => {
		assert.equal(okItems(section('（二）凝心聚力拉好“三驾马车”', ['全力以赴稳投资', '全力以赴稳外贸', '全力以赴稳消费', '全力以赴稳就业']), '三驾马车'), undefined);
		assert.equal(okItems(section('（二）凝心聚力拉好“三驾马车”', ['全力以赴稳投资', '全力以赴稳外贸']), '三驾马车'), undefined);
		assert.equal(okItems(section('三、推动“三化同步”', ['加快推进新型工业化', '加快推进新型信息化', '加快推进新型城镇化', '加快推进农业现代化']), '三化同步'), undefined);
	});
	test('lead sentences opening alike with a verb chained to another (加快推进…, 深入推进…, 加快建设/推进/实施…), exactly the count: paragraphs of actions, no reading', () => {
		assert.equal(okItems(section('（二）守牢“三条底线”，统筹发展和安全', ['加快推进城市更新', '加快推进乡村振兴', '加快推进生态保护']), '三条底线'), undefined);
		assert.equal(okItems(section('（一）落实“三个区分开来”要求，激励担当作为', ['深入推进作风建设', '深入推进效能建设', '深入推进廉政建设']), '三个区分开来'), undefined);
		assert.equal(okItems(section('（一）实施“三大战略”', ['加快建设创新平台', '加快推进城乡融合', '加快实施开放带动']), '三大战略'), undefined);
		assert.deepEqual(okItems(section('（二）用好“三块金字招牌”', ['聚焦转型综改', '聚焦国家农高区', '聚焦能源革命综合改革']), '三块金字招牌'), ['聚焦转型综改', '聚焦国家农高区', '聚焦能源革命综合改革']);
	});
	test('lead sentences that neither open alike nor are headed by the key: no reading', () => {
		assert.equal(okItems(section('（二）用好“三块金字招牌”', ['做强转型综改主战场', '建好国家农高区', '深化能源革命综合改革']), '三块金字招牌'), undefined);
	});
});

describe('the clause’s verb before a list is no part of its first item (建成, 包揽, 进行), and a verb is no item', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['建成 before the things counted after them', '全年建成城东、城西2个污水处理厂。', '2个', ['城东', '城西']],
		['建成投用 before the things counted after them, closed by 等', '建成投用甲管理、乙证照等5个平台。', '5个', ['甲管理', '乙证照']],
		['包揽 before the prizes', '在全省运动会上包揽金牌、奖牌、总分三个第一。', '三个', ['金牌', '奖牌', '总分']],
		['a verb right before a quoted formula is no item (…建成通航、进入“双跑道”时代)', '机场二期建成通航、进入“双跑道”时代。', '双跑道', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
});

describe('the clause’s words before a list whose other items all open with one character: the first item starts at that character, whatever the words (排查化解小纠纷、小隐患… → 小纠纷)', () => {
	const cases: [string, string, string, string[] | undefined, boolean][] = [
		['a quoted formula after its list', '排查化解小纠纷、小隐患、小案件、小问题、小需求等“五小”问题。', '五小', ['小纠纷', '小隐患', '小案件', '小问题', '小需求'], true],
		['a count after its list', '全面落实地方煤矿防瓦斯、防水害、防煤尘、防火灾、防冒顶、防跑车六项措施。', '六项', ['防瓦斯', '防水害', '防煤尘', '防火灾', '防冒顶', '防跑车'], false],
		['a quoted formula before its list', '坚持“四勤”工作法，工作中要勤走、勤问、勤记、勤想。', '四勤', ['勤走', '勤问', '勤记', '勤想'], true],
		// Near misses: the other items open differently, or the first one's tail would be longer than they are.
		['other items that open differently: as before', '做强做优高优粮食、绿色林业、精致园艺、生态养殖、现代烟草五大特色产业。', '五大', ['做强做优高优粮食', '绿色林业', '精致园艺', '生态养殖', '现代烟草'], false],
		['a first item whose tail from the character is longer than the others: not cut there', '建设新型规模以上工业企业数据平台、规上平台、规下平台三类平台。', '三类', ['新型规模以上工业企业数据平台', '规上平台', '规下平台'], false],
		['a first item that ends with the character (a word of its own): not cut there', '统筹推进科技创新、新型工业化、新型城镇化“三个协同”。', '三个协同', ['科技创新', '新型工业化', '新型城镇化'], true],
	];
	for (const [what, text, name, items, quoted] of cases) test(what, () => readsExactly(text, name, items, quoted));
	test('such a list one short of its count, not closed by 等, is flagged', () => {
		const a = analyze('排查化解小纠纷、小隐患、小案件、小问题“五小”问题。');
		assert.equal(a.formulas.find((x) => x.text === '五小')?.verdict, 'mismatch');
		assert.ok(a.findings.some((x) => x.ruleId === 'formula.count-mismatch'));
	});
});

describe('an unquoted formula named by its suffix (三治融合, 三港联动) read by the list right before it', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['a 、-list right before it', '推进自治、法治、德治三治融合。', '三治融合', ['自治', '法治', '德治']],
		['a quoted list right before it', '推动“水港、陆港、空港”三港联动。', '三港联动', ['水港', '陆港', '空港']],
		['a list two items off: no reading', '推进自治、法治、德治、智治、共治三治融合。', '三治融合', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
	// A point's number (一是…九是) before such a word is no count: 九是共享发展成果 is the ninth point.
	const points: [string, string, string][] = [
		['九是 before 共享', '八是深化改革开放；九是共享发展成果，更好满足人民群众美好生活新期待；十是优化发展格局。', '九是共享'],
		['三是 before 融合', '二是补齐短板；三是融合发展取得新成效。', '三是融合'],
	];
	for (const [what, text, name] of points) test(`no formula: ${what}`, () => assert.equal(analyze(text).formulas.find((x) => x.text === name), undefined));
	test('still a formula: a key before 融合 (三网融合), unquoted', () => assert.ok(analyze('深化三网融合，推进六城同创。').formulas.some((x) => x.text === '三网融合')));
});

describe('an unquoted count and key of one character read by a later group that carries the key — not an ordinal in a 、-list of names numbered alike (二中、三中全会, 东侨二中、寿宁一中)', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['a count and key, its items later in the sentence', '全力打造两园、三中心，建成高新园、科创园。', '两园', ['高新园', '科创园']],
		['plenary sessions numbered alike: no formula', '全面贯彻党的十九大和十九届二中、三中、四中全会精神，获评中国投资环境百佳城市、中国企业营商环境十佳城市。', '二中', undefined],
		['schools numbered alike, the next one with a noun after it: no formula', '东侨二中、寿宁一中新校区等36个项目建成投用，福安一中、霞浦一中获评全省首批示范性普通高中。', '二中', undefined],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, false));
});

describe('a list right before a quoted formula whose last item holds a time is a clause’s subject, no items', () => {
	const cases: [string, string, string, string[] | undefined][] = [
		['places, a time and a verb before the formula', '各市、县（区）上半年公布“两个清单”。', '两个清单', undefined],
		// (The pair of the sentence before is the formula's items — parse/keyedPairs — not the places of its own.)
		['the same after a sentence that names the two as a pair', '落实部门权力清单和责任清单。各市、县（区）上半年公布“两个清单”。', '两个清单', ['落实部门权力清单', '责任清单']],
		['the same with 年底前', '各乡、各村年底前完成“两项任务”。', '两项任务', undefined],
		['the items themselves right before it', '推进权力、责任“两个清单”公布。', '两个清单', ['权力', '责任']],
	];
	for (const [what, text, name, items] of cases) test(what, () => readsExactly(text, name, items, true));
});

describe('a key of one character and a noun (定包干, 型社会): items that carry the character carry the key', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['each item opens with 保; a bare noun after 和 (no verb) is an item whose key is written once, as the count reads it', '今年重点落实“四保”，即保基本民生、保工资、保机构运转和重点项目支出。', '四保', 'ok', ['保基本民生', '保工资', '保机构运转', '重点项目支出']],
		['the same kept whole where the items make the count so', '今年重点落实“三保”，即保基本民生、保工资、保机构运转和重点项目支出。', '三保', 'ok', ['保基本民生', '保工资', '保机构运转和重点项目支出']],
		['each item opens with 定; a half after 和 without it is no item', '25.“五定包干”管护机制：定管护范围、定管护标准、定管护责任、定管护经费、定考核奖惩和建立分级包干的工作体制机制。', '五定包干', 'ok', ['定管护范围', '定管护标准', '定管护责任', '定管护经费', '定考核奖惩']],
		['the formula written out further on, its items quoted and the noun after them', '积极构建“两型社会”，实现新突破。要牢固树立生态文明理念，加快建设“资源节约型、环境友好型”社会。', '两型社会', 'ok', ['资源节约型', '环境友好型']],
		['the same, one item more', '积极构建“两型社会”，实现新突破。加快建设“资源节约型、环境友好型、生态宜居型”社会。', '两型社会', 'mismatch', ['资源节约型', '环境友好型', '生态宜居型']],
		['a quoted list before the noun whose items do not carry the character is none', '积极构建“两型社会”，实现新突破。加快建设“资源节约、环境友好”社会。', '两型社会', 'unexpanded', undefined],
	];
	for (const [what, text, name, verdict, items] of cases) {
		test(what, () => {
			const f = analyze(text).formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.equal(f.verdict, verdict);
			if (items) assert.deepEqual([...f.parts[0]!.items], items);
		});
	}
});

/**
 * Rows [what, text, name, verdict, expected]: the formula `name` found with `verdict` and, when `expected` is given, read
 * as it (by `read`: the first part's items unless told); a formula finding exactly when the verdict is mismatch.
 */
function verdictRows(cases: readonly (readonly [string, string, string, string, unknown])[], read: (f: Formula) => unknown = (f) => [...f.parts[0]!.items]): void {
	for (const [what, text, name, verdict, expected] of cases) {
		test(what, () => {
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.equal(f.verdict, verdict);
			if (expected !== undefined) assert.deepEqual(read(f), expected);
			assert.equal(a.findings.some((x) => x.ruleId.startsWith('formula.')), verdict === 'mismatch');
		});
	}
}

describe('an item without the key the other items carry: an item only where the list shows it, never flagged otherwise', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		// A half after 和 without the key: a 的 heading both halves makes it a word of one item (A和B的C), read by the count.
		['items open with 一; a half after 和 before a 的 is a word of the last item, one item', '“六个一”工程：即一条迎宾大道、一条滨江步道、一条商业街、一条文化街、一个健身广场、一个融城市历史和未来的规划馆。', '六个一', 'ok', ['一条迎宾大道', '一条滨江步道', '一条商业街', '一条文化街', '一个健身广场', '一个融城市历史和未来']],
		['the same, the count one less: flagged', '“五个一”工程：即一条迎宾大道、一条滨江步道、一条商业街、一条文化街、一个健身广场、一个融城市历史和未来的规划馆。', '五个一', 'mismatch', undefined],
		['the same among two items: one item, kept by the count, not flagged', '“两个一”：一条街、一个融城市历史和未来的展示馆。', '两个一', 'ok', ['一条街', '一个融城市历史和未来的展示馆']],
		['three items, the last such a word, for a count of two: flagged', '“两个一”：一条街、一个广场、一个融城市历史和未来的展示馆。', '两个一', 'mismatch', undefined],
		// The last 、-item without the key, when the count wants it and nothing else gives it: its key hidden by the noun
		// written once after it (…竣工投产和达产达效重大项目). Not a clause after a comma (…，成效明显: see the rule's table).
		['the items close with 一批; one 、-item more without it that makes the count is an item', '“三个一批”：签约一批、开工一批、竣工投产和达产达效重大项目。', '三个一批', 'ok', ['签约一批', '开工一批', '竣工投产和达产达效重大项目']],
		['the same, the count one less: the item without the key is what the list goes on to', '“两个一批”：签约一批、开工一批、竣工投产和达产达效重大项目。', '两个一批', 'ok', ['签约一批', '开工一批']],
		['the same, the count two more: no reading, not flagged', '“四个一批”：签约一批、开工一批、竣工投产和达产达效重大项目。', '四个一批', 'uncertain', undefined],
		['items that make the count once a joined one is split: what follows is no item', '“三网融合”：是指电信网、广播电视网和计算机通信网的相互渗透、相互兼容。', '三网融合', 'ok', ['电信网', '广播电视网', '计算机通信网']],
		['items with the key inside, one more 、-item without it beyond the count: no item', '“双百”城市：中心城市建成区面积超过100平方公里、常住人口超过100万人、从中等城市迈入大城市行列。', '双百', 'ok', ['中心城市建成区面积超过100平方公里', '常住人口超过100万人']],
	];
	verdictRows(cases);
});

describe('a gloss that lists no items of the formula: an item’s own parts after 包括, the work planned for a time — never flagged', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['an item that ends with the key, then 包括 its parts, then the next item', '“两个平台”：科技创新平台，包括国家实验室、重点实验室、工程中心等，以及公共服务平台。', '两个平台', 'ok', ['科技创新平台', '公共服务平台']],
		['each item with its parts after 包括, in ；-clauses', '“两个平台”：科技创新平台，包括国家实验室、工程中心等；公共服务平台，包括检验检测中心、技术转移中心。', '两个平台', 'ok', ['科技创新平台', '公共服务平台']],
		['one item of two with its parts: not flagged', '推动“两个平台”：科技创新平台，包括国家实验室、重点实验室、工程中心等。', '两个平台', 'uncertain', undefined],
		['a clause after the parts that lists two items of its own (，以及A平台、B平台): three items, not read as two', '“两个平台”：科技创新平台，包括国家实验室、重点实验室等，以及公共服务平台、成果转化平台。', '两个平台', 'uncertain', ['科技创新平台', '公共服务平台', '成果转化平台']],
		['the same joined by 和', '“两个中心”：区域物流中心，包括冷链、仓储、配送三个分中心，以及区域金融中心和区域数据中心。', '两个中心', 'uncertain', ['区域物流中心', '区域金融中心', '区域数据中心']],
		['two items of three with their parts: not flagged', '“三个平台”：科技创新平台，包括国家实验室、工程中心等；公共服务平台，包括检验检测中心、技术转移中心。', '三个平台', 'uncertain', undefined],
		['a description without the key, then 包括: the list is the formula’s', '“双百”招商：指市委市政府探索推行的招商新模式，包括在域外聘请100名各界人士任驻外信息员、派出100名优秀干部到经济发达地区挂职招商。', '双百', 'ok', undefined],
		['items without 包括, one more than the count: flagged', '“两个平台”：科技创新平台、公共服务平台和成果转化平台。', '两个平台', 'mismatch', undefined],
		['a colon, then a time and its own colon: the work of that time', '推动“三大工程”：年内完成：城中村改造、保障房建设。', '三大工程', 'unexpanded', undefined],
		['a colon, then a time and a verb', '实施三大工程：年内完成城中村改造、保障房建设。', '三大工程', 'unexpanded', undefined],
		['the same without the time: flagged', '实施三大工程：城中村改造、保障房建设。', '三大工程', 'mismatch', undefined],
	];
	verdictRows(cases);
});

describe('a code of digits alone whose gloss takes its parts in turn by their numbers (“231”：“2”指…，“3”指…，“1”指…): read as a “2+3+1” code', () => {
	const gloss = '：“2”指生物医药、高端化工，“3”指农副产品精深加工、机电设备制造、商贸物流，“1”指新兴产业集群。';
	const cases: [string, string, string, string, [number, string[]][] | undefined][] = [
		['each part glossed by its number', `“231”产业体系${gloss}`, '231', 'ok', [[2, ['生物医药', '高端化工']], [3, ['农副产品精深加工', '机电设备制造', '商贸物流']], [1, ['新兴产业集群']]]],
		['the same after 其中 and ；', '“231”产业体系：其中“2”指生物医药、高端化工；“3”指农副产品精深加工、机电设备制造、商贸物流；“1”指新兴产业集群。', '231', 'ok', undefined],
		['a part of two digits given by one noun that restates its count: read, not flagged', '“1231”工作机制：“12”指十二项制度，“3”指甲清单、乙清单、丙清单，“1”指一个平台。', '1231', 'uncertain', [[12, ['十二项制度']], [3, ['甲清单', '乙清单', '丙清单']], [1, ['平台']]]],
		['the code one digit other than its heads: flagged', `“232”产业体系${gloss}`, '232', 'mismatch', undefined],
		['a part one item short: flagged', '“231”产业体系：“2”指生物医药、高端化工，“3”指农副产品精深加工、商贸物流，“1”指新兴产业集群。', '231', 'mismatch', undefined],
		['heads that spell another code: no reading', `“245”产业体系${gloss}`, '245', 'unexpanded', undefined],
		['heads for more parts than the code has digits: no reading', `“23”产业体系${gloss}`, '23', 'unexpanded', undefined],
		['one quoted digit after a number is no gloss of its parts', '推行“12345”工作法，“1”指按键一。', '12345', 'unexpanded', undefined],
		['a code with a sign before a line’s noun (“1+3”电话回访机制) is no number dialled: its parts are read', '建立“1+3”电话回访机制，即1个回访中心和3支回访队伍。', '1+3', 'ok', undefined],
		['each part’s count and noun quoted after its list (A和B“两大核心产业”)', '“231”产业体系：“2”指生物医药和高端化工“两大核心产业”，“3”指农副产品精深加工、机电设备制造、商贸物流“三个优势产业”，“1”指新兴产业集群。', '231', 'ok', [[2, ['生物医药', '高端化工']], [3, ['农副产品精深加工', '机电设备制造', '商贸物流']], [1, ['新兴产业集群']]]],
	];
	verdictRows(cases, (f) => f.parts.map((p) => [p.count, [...p.items]]));
});

describe('a gloss’s 、-list, then after a comma a clause with a verb of its own (…，实现资源共享): what the items do or make, not one more item', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['items that carry the key, then a purpose', '“四个统一”：统一规划、统一标准、统一建设、统一管理，实现资源共享。', '四个统一', 'ok', ['统一规划', '统一标准', '统一建设', '统一管理']],
		['items after a verb, then a result', '“三项改革”：推进户籍制度改革、土地制度改革、社保制度改革，形成城乡一体发展格局。', '三项改革', 'ok', undefined],
		['the same in a glossary section', '名词解释\n\n1.“四个统一”：统一规划、统一标准、统一建设、统一管理，实现资源共享。', '四个统一', 'ok', undefined],
		['a comma clause that carries the key is one more item: flagged', '“四个统一”：统一规划、统一标准、统一建设、统一管理，统一运营。', '四个统一', 'mismatch', undefined],
		['an item that holds a quoted word before 指挥 (“数字城管”指挥中心) is no term defined there', '“五台合一”：即整合甲指挥中心、乙指挥中心、丙服务中心、“数字城管”指挥中心、网络舆情研判指挥中心，建立县社会服务管理中心。', '五台合一', 'ok', ['整合甲指挥中心', '乙指挥中心', '丙服务中心', '“数字城管”指挥中心', '网络舆情研判指挥中心']],
		['the same, one item more than the count: flagged', '“四台合一”：即整合甲指挥中心、乙指挥中心、丙服务中心、“数字城管”指挥中心、网络舆情研判指挥中心。', '四台合一', 'mismatch', undefined],
		['a comma clause that lists again is read as items: flagged', '“三项改革”：推进户籍制度改革、土地制度改革，形成城乡一体发展格局、城乡融合格局。', '三项改革', 'mismatch', undefined],
		['a comma clause of a verb and the bare key (，深化改革) is the whole: not flagged', '“三项改革”：推进户籍制度改革、土地制度改革、社保制度改革，深化改革。', '三项改革', 'ok', undefined],
		['a comma clause with a verb that ends with the key is one more item (实施A行动、B行动、C行动，开展D行动): flagged', '“三大行动”：实施城市更新行动、乡村振兴行动、生态修复行动，开展营商环境提升行动。', '三大行动', 'mismatch', undefined],
	];
	verdictRows(cases);
});

describe('counted nouns glossed in turn after ；(三个坚持：…；五个重点：…): each gloss ends where the next term is glossed', () => {
	const text = '“135”总体思路：一个定位：打造先行区；三个坚持：坚持以党建为引领，坚持以改革为动力，坚持以稳定为支撑；五个重点：工业强县、城建突破、乡村振兴、生态提升、民生保障。';
	const cases: [string, string, string, string, string[] | undefined][] = [
		['a gloss of comma clauses before the next term', text, '三个坚持', 'ok', ['坚持以党建为引领', '坚持以改革为动力', '坚持以稳定为支撑']],
		['the last term', text, '五个重点', 'ok', ['工业强县', '城建突破', '乡村振兴', '生态提升', '民生保障']],
		['terms of 、-lists in turn', '“二三四”工作法：两个抓手：抓项目、抓招商；三项机制：例会机制、督办机制、考核机制；四个到位：认识到位、责任到位、措施到位、落实到位。', '三项机制', 'ok', ['例会机制', '督办机制', '考核机制']],
		['one item short before the next term: flagged', '“二三四”工作法：两个抓手：抓项目、抓招商；三项机制：例会机制、督办机制；四个到位：认识到位、责任到位、措施到位、落实到位。', '三项机制', 'mismatch', ['例会机制', '督办机制']],
		['a part of the formula glossed in turn is no other term (三区…；三线…)', '“三区三线”：三区：城镇空间、农业空间、生态空间；三线：城镇开发边界、永久基本农田保护红线、生态保护红线。', '三区三线', 'ok', undefined],
		['a counted time and its colon is no other term (三年来：): not flagged', '“两个健全”：健全考核机制；三年来：健全督办机制，效果明显。', '两个健全', 'ok', undefined],
		['a term of the years (三年任务：) still ends the gloss: not flagged', '“三大工程”：城中村改造、保障房建设、老旧小区改造；三年任务：完成投资50亿元。', '三大工程', 'ok', ['城中村改造', '保障房建设', '老旧小区改造']],
		['the same with 三年目标', '“两个中心”：区域物流中心、区域金融中心；三年目标：地区生产总值突破千亿元。', '两个中心', 'ok', ['区域物流中心', '区域金融中心']],
		['nor an item that carries the formula’s key (一批社区： of 四个一): not flagged', '“四个一”：一条街、一个广场、一座馆；一批社区：新建社区服务中心12个。', '四个一', 'uncertain', undefined],
		['the next term after a gloss one item short: flagged', '“三个坚持”：坚持党建引领，坚持改革创新；五个重点：工业强县、城建突破、乡村振兴、生态提升、民生保障。', '三个坚持', 'mismatch', ['坚持党建引领', '坚持改革创新']],
	];
	verdictRows(cases);
});

describe('a code glossed by ；-clauses each opening with a counted noun and its colon (一个定位：…；三个坚持：…): the nouns its labels', () => {
	const body = '一个定位：打造先行区；三个坚持：坚持以党建为引领，坚持以改革为动力，坚持以稳定为支撑；五个重点：工业强县、城建突破、乡村振兴、生态提升、民生保障。';
	const cases: [string, string, string, string, [number, string][] | undefined][] = [
		['labels that spell the code, each part its count', `“135”总体思路：${body}`, '135', 'ok', [[1, '一个定位'], [3, '三个坚持'], [5, '五个重点']]],
		['after a sentence that describes the whole', `“135”总体思路：指我县今后五年的工作思路。${body}`, '135', 'ok', undefined],
		['labels that spell the code one part otherwise: flagged', `“136”总体思路：${body}`, '136', 'mismatch', undefined],
		['a part one item short: flagged', '“135”总体思路：一个定位：打造先行区；三个坚持：坚持以党建为引领，坚持以改革为动力，坚持以稳定为支撑；五个重点：工业强县、城建突破、乡村振兴、生态提升。', '135', 'mismatch', undefined],
		['labels that spell another code: no reading', `“246”总体思路：${body}`, '246', 'unexpanded', undefined],
		['a part the labels leave out, a clause after them (…；五年时间：…): no reading, not flagged', '“135”工程：一个中心：市民中心；三个园区：工业园、物流园、科技园；五年时间：完成全部建设。', '135', 'unexpanded', undefined],
		['a part the labels leave out at the gloss’s end: flagged', `“1354”总体思路：${body}`, '1354', 'mismatch', undefined],
		['a “1+3+5” code glossed by verbs and counted nouns (抓住三大重点: a verb before a count of several is no list of it)', '“1+3+5”工作思路：围绕一个目标，抓住三大重点，实施五大工程。', '1+3+5', 'ok', [[1, '一个目标'], [3, '抓住三大重点'], [5, '五大工程']]],
		['the same, the code one part otherwise: flagged', '“1+3+6”工作思路：围绕一个目标，抓住三大重点，实施五大工程。', '1+3+6', 'mismatch', undefined],
	];
	verdictRows(cases, (f) => f.parts.map((p) => [p.count, p.label]));
});

describe('items each named in quotes by the key and glossed in turn (“四雁”：“头雁”指…；“归雁”指…): the names are the items', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['names glossed after colons, in ；-clauses', '“四雁”：“头雁”：农村党组织书记；“归雁”：在外创业有成的人员；“鸿雁”：返乡大学生；“雏雁”：农村后备力量。', '四雁', 'ok', ['头雁', '归雁', '鸿雁', '雏雁']],
		['names glossed by 指, in comma clauses', '“三色”资源：“红色”指革命文化资源，“绿色”指生态资源，“古色”指历史文化资源。', '三色', 'ok', ['红色', '绿色', '古色']],
		['names that open with the key', '“三个一”：“一张图”指规划一张图；“一张网”指服务一张网；“一支队伍”指执法一支队伍。', '三个一', 'ok', ['一张图', '一张网', '一支队伍']],
		['one name short: flagged', '“三色”资源：“红色”指革命文化资源；“绿色”指生态资源。', '三色', 'mismatch', ['红色', '绿色']],
		['a name of them all after the items, carrying the key elsewhere (“雁阵”), is no item: not flagged', '“四雁”工程：“头雁”：农村党组织书记；“归雁”：在外创业人员；“鸿雁”：返乡大学生；“雏雁”：后备力量；“雁阵”：上述四类人才组成的梯队。', '四雁', 'ok', ['头雁', '归雁', '鸿雁', '雏雁']],
		['a name after another mark than the names before (，…，…；“特色”：) may open other words: no reading, not flagged', '“三色”资源：“红色”指革命文化资源，“绿色”指生态资源，“古色”指历史文化资源；“特色”：农产品加工。', '三色', 'unexpanded', undefined],
		['one name glossed by another is no list (“A”就是“B”)', '“两山”：“绿水青山”就是“金山银山”。', '两山', 'unexpanded', undefined],
		['another formula glossed in turn still ends the gloss (“六稳”“六保”)', '“六稳”“六保”：“六稳”指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期；“六保”指保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。', '六稳', 'ok', ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']],
	];
	verdictRows(cases);
});

describe('a quoted name of an Arabic count and a measure word of things listed (“4张要素清单”, “3支队伍”): read as its Chinese numeral is', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['a list closed by 等 right before it', '统筹土地、资金、人才、数据等“4张要素清单”，精准配置要素。', '4张要素清单', 'ok', ['土地', '资金', '人才', '数据']],
		['the same with 支', '整合农技、农经、农机“3支队伍”，服务乡村振兴。', '3支队伍', 'ok', ['农技', '农经', '农机']],
		['one item over: flagged', '整合农技、农经、农机、农资“3支队伍”，服务乡村振兴。', '3支队伍', 'mismatch', ['农技', '农经', '农机', '农资']],
		['no list around it: recognised, not flagged', '出台“4张要素清单”，推动项目落地。', '4张要素清单', 'unexpanded', undefined],
	];
	verdictRows(cases);
});

describe('a chain in quotes joined by + or a hyphen right before a count (“A-B-C”三级, “A+B+C”的三级, “A+B”双向): its links the items', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['a hyphened chain before N级', '完善“专精特新企业-高新技术企业-领军企业”三级梯度培育体系。', '三级', 'ok', ['专精特新企业', '高新技术企业', '领军企业']],
		['the same, one level short: flagged', '完善“专精特新企业-高新技术企业-领军企业”四级梯度培育体系。', '四级', 'mismatch', ['专精特新企业', '高新技术企业', '领军企业']],
		['a + chain and 的 before N级, a bracket in a link', '构建“县级养老服务中心+镇街服务站+村（社区）站点”的三级养老服务网络。', '三级', 'ok', ['县级养老服务中心', '镇街服务站', '村（社区）站点']],
		['the same, one level over: flagged', '构建“县级养老服务中心+镇街服务站+村（社区）站点”的两级养老服务网络。', '两级', 'mismatch', ['县级养老服务中心', '镇街服务站', '村（社区）站点']],
		['a pair of + before 双', '坚持“制度+科技”双向发力，守牢安全底线。', '双向', 'ok', ['制度', '科技']],
	];
	verdictRows(cases);
	// A chain of + may name one model made of its links; a count of 双 is a pair; digits make a code; 等 gives examples.
	for (const [what, text] of [
		['a + chain one short of a count of kinds (one model of its links)', '推广“龙头企业+农户”三种模式，带动农民增收。'],
		['three links before 双', '坚持“制度+科技+人才”双向发力，守牢安全底线。'],
		['a code of digits', '完善“1+1+13+N”两级应急工作格局。'],
		['a + chain of ways of working one short of N级 (the levels it does not list)', '构建“党建+网格+大数据”四级联动治理体系，提升基层治理效能。'],
		['…two links before 三级', '推行“网格+警格”三级联动机制。'],
		['…services, not levels', '推行“一窗受理+集成服务”三级政务服务体系。'],
		['a hyphened chain of stages before a grade (四级应急响应)', '完善“预防-处置-恢复”四级应急响应体系。'],
		['a span of years', '编制2021-2025两个阶段的规划。'],
		['等 after the chain', '推广“公司+合作社”等三种模式。'],
	] as const) {
		test(`silent: ${what}`, () => {
			const a = analyze(text);
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), [], text);
		});
	}
});

describe('a gloss’s items numbered 其一，… or 一、…: the numbers are no part of the items', () => {
	const cases: [string, string, string, string, string[] | undefined][] = [
		['其一，其二，其三，', '“三项机制”：其一，例会机制；其二，督办机制；其三，考核机制。', '三项机制', 'ok', ['例会机制', '督办机制', '考核机制']],
		['一、二、三、', '“三项机制”：一、例会机制；二、督办机制；三、考核机制。', '三项机制', 'ok', ['例会机制', '督办机制', '考核机制']],
		['one item short: flagged', '“三项机制”：一、例会机制；二、督办机制。', '三项机制', 'mismatch', ['例会机制', '督办机制']],
		['a list of ordinals is no numbering (一、二、三产业): not flagged, read as before', '“三产融合”：一、二、三产业融合发展。', '三产融合', 'ok', undefined],
	];
	verdictRows(cases);
});

describe('glossary', () => {
	test('at least 60 entries, each with an explanation and a source', () => {
		assert.ok(builtinGlossary.length >= 60, String(builtinGlossary.length));
		for (const e of builtinGlossary) {
			assert.ok(e.explanation.length > 0 && e.source.length > 0, e.name);
		}
	});

	test('every entry lists as many items as its name states, where it states a number', () => {
		for (const e of builtinGlossary) {
			if (e.ordinal) continue;
			const parts = e.name.split('、').flatMap((piece) => partsOfName(piece) ?? []);
			if (parts.length === 0) continue; // 放管服, 新三样: no number to check
			const promised = parts.reduce((n, p) => n + (p.count ?? 0), 0);
			assert.equal(e.items.length, promised, `${e.name}: ${e.items.join('、')}`);
		}
	});

	test('a malformed glossary gives one clear problem per bad entry and keeps the good ones', () => {
		const r = parseGlossary({ entries: [{ name: '1152', items: ['一个核心'] }, { name: 3 }, { name: 'x', items: ['a'], keys: ['a', 'b'] }] }, 'my.json');
		assert.deepEqual(r.entries.map((e) => e.name), ['1152']);
		assert.equal(r.problems.length, 2);
		assert.match(r.problems[0]!, /^my\.json: entry 2/);
		assert.equal(parseGlossary('nonsense').problems.length, 1);
	});
});

describe('a list right before its count: nouns made of verbs, quoted words inside items', () => {
	// The last item may end with a word that takes a count (建设, 实施): a noun of the list when another item ends with
	// the same word.
	const reads: [string, string, string, [number, string[]]][] = [
		['a last item ending in 建设 as another does', '推进产业园区建设、城市更新、乡村建设三大行动。', '三大', [3, ['产业园区建设', '城市更新', '乡村建设']]],
		['a quoted word opening an item after 、; another item ends as the last does', '加快推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造“三大工程”。', '三大工程', [3, ['保障性住房建设', '“平急两用”公共基础设施建设', '城中村改造']]],
		['the same, the item with the quoted word last but one', '加快推进城中村改造、“平急两用”公共基础设施建设、保障性住房建设“三大工程”。', '三大工程', [3, ['城中村改造', '“平急两用”公共基础设施建设', '保障性住房建设']]],
		['the same unquoted, counted by 大', '加快保障性住房建设、“平急两用”公共基础设施建设、城中村改造三大工程。', '三大', [3, ['保障性住房建设', '“平急两用”公共基础设施建设', '城中村改造']]],
		// After a verb whose object the list is (实施, 打好, 加快建设), a verb that ends the last item alone is a noun of it.
		['after 实施, a last item ending in 建设 that no other ends with', '实施扶贫产业提档升级、脱贫人口增收、乡村建设三大行动。', '三大', [3, ['扶贫产业提档升级', '脱贫人口增收', '乡村建设']]],
		['after 打好, two joined by 和, the second ending in 关闭', '打好煤矿瓦斯治理和整顿关闭两个攻坚战。', '两个', [2, ['煤矿瓦斯治理', '整顿关闭']]],
		['after 巩固和发展, the same pair', '巩固和发展煤矿瓦斯治理和整顿关闭两个攻坚战成果。', '两个', [2, ['煤矿瓦斯治理', '整顿关闭']]],
		// Projects named, the last only a work: the projects are the list (not batches of works: see below).
		// Items that each end with a quoted name, words of their own before it.
		['items each ending with a quoted name', '统筹推进小学“强基”、初中“壮腰”、高中“筑梦”三大工程，争创国家基础教育综合改革实验区。', '三大', [3, ['小学“强基”', '初中“壮腰”', '高中“筑梦”']]],
		// A last item long only by two words joined by 和: read as it makes the count, split or not.
		['a last item of two words joined by 和, one industry, closed by 等', '推动人工智能、低空经济、商业航天、安全应急、生物医药和高端医疗器械等5大新兴产业加快发展。', '5大', [5, ['人工智能', '低空经济', '商业航天', '安全应急', '生物医药和高端医疗器械']]],
		['the same, two industries', '推动人工智能、低空经济、商业航天、安全应急、生物医药和高端医疗器械6大新兴产业加快发展。', '6大', [6, ['人工智能', '低空经济', '商业航天', '安全应急', '生物医药', '高端医疗器械']]],
		['after 深化, two deeds joined by 和, the first a phrase of its own, the second ending in 建设', '深化基础设施等重点领域补短板和新型基础设施建设两个三年行动。', '两个', [2, ['基础设施等重点领域补短板', '新型基础设施建设']]],
		['named projects, the last a work, closed by 等', '加快建设郑西客运专线、新丰镇编组站、西安集装箱中心站、安康—武汉铁路二线、延安火车站改建等5个项目。', '5个', [5, ['郑西客运专线', '新丰镇编组站', '西安集装箱中心站', '安康—武汉铁路二线', '延安火车站改建']]],
	];
	for (const [what, text, name, [count, items]] of reads) {
		test(`read: ${what}`, () => {
			const f = formula(text, name);
			assert.deepEqual(f.parts, [[count, items]]);
			assert.equal(f.verdict, 'ok');
			assert.deepEqual(analyze(text).findings, []);
		});
	}
	// One off: flagged, the arithmetic on the count.
	const offs: [string, string, string][] = [
		['four actions, three named', '推进产业园区建设、城市更新、乡村建设四大行动。', 'formula.enumeration-count'],
		['four works, three named, one with a quoted word', '加快推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造“四大工程”。', 'formula.count-mismatch'],
		['the same unquoted, counted by 大', '加快保障性住房建设、“平急两用”公共基础设施建设、城中村改造四大工程。', 'formula.enumeration-count'],
		['three works, two named, counted by 项', '加快保障性住房建设、城中村改造、公共基础设施建设两项工程。', 'formula.enumeration-count'],
		['after 实施, four actions, three named, the last ending in 建设', '实施扶贫产业提档升级、脱贫人口增收、乡村建设四大行动。', 'formula.enumeration-count'],
		['after 实施, three actions, two named, the last ending in 建设', '实施扶贫产业提档升级、乡村建设三大行动。', 'formula.enumeration-count'],
		['three works, two named, each ending with a quoted name', '推进小学“强基”、初中“壮腰”三大工程。', 'formula.enumeration-count'],
		['four works, three named, each ending with a quoted name', '统筹推进小学“强基”、初中“壮腰”、高中“筑梦”四大工程，争创国家基础教育综合改革实验区。', 'formula.enumeration-count'],
		['after 加快建设, six named projects, five named, no 等', '加快建设郑西客运专线、新丰镇编组站、西安集装箱中心站、安康—武汉铁路二线、延安火车站改建6个项目。', 'formula.enumeration-count'],
	];
	for (const [what, text, rule] of offs) {
		test(`flagged: ${what}`, () => {
			assert.deepEqual(analyze(text).findings.map((x) => x.ruleId), [rule]);
		});
	}
	// Silent neighbours: the verb takes the count (a place before it), a quoted word that opens the clause (a term
	// glossed, a frame, after a verb), a list of another whole, a target.
	const silent: [string, string][] = [
		['a verb after places takes the count', '在城区、郊区建设三个公园。'],
		['the same, a verb after a longer place', '在老城区、滨江新区建设三大工程。'],
		['a verb after the list, another count', '在城区、郊区实施四大行动。'],
		['a verb after items as long as each other', '支持湖北民族大学建设全省一流大学、恩施职院创建“双高校”。'],
		['保持 before a count of things done together', '生产安全事故起数、亡人数保持双下降。'],
		['a last item ending in 建设 that no other item ends with, no verb before the list: its verb, maybe', '扶贫产业提档升级、脱贫人口增收、乡村建设四大行动。'],
		// Before the list a verb whose object goes on to act (推动, 支持, 组织, 邀请), or a preposition: the verb after the list is
		// the clause's, what it counts is not the list.
		['推动 before places that build', '推动城区、郊区、新区建设四个公园。'],
		// After a verb that takes a list as its object (推进, 加快推进, 开展), a list of places or fields, none a work: the verb
		// ending the last is the clause's, what it counts is not the list.
		['推进 before places that build', '推进城区、郊区、新区建设四个公园。'],
		['加快推进 before places that develop', '加快推进东区、西区、南区开发建设两个片区。'],
		['开展 before places, a count of actions', '开展城区、郊区、新区建设四项行动。'],
		['推进 before two places joined by 和', '推进城区和新区建设三个公园。'],
		['支持 before places that build', '支持鄂城区、华容区建设三个产业园。'],
		['组织 before bodies that hold events', '组织市直部门、县区政府开展三项活动。'],
		['在 before places that build, after 实施 earlier in the sentence', '实施城乡融合行动，在城区、郊区建设三个公园。'],
		['after 实施, a pair whose second half is a verb with its own object', '实施城区改造和郊区建设三个项目。'],
		['a quoted term glossed with 即 before a list', '“三线”即根据生态空间、农业空间、城镇空间划定的生态保护红线、永久基本农田和城镇开发边界三条控制线。'],
		['a frame 以“…”牵引', '以“千万工程”牵引城乡融合发展、缩小“三大差距”，推进共同富裕。'],
		['a quoted name after a verb, the list joined by 和', '加快“泽渝”一期、松既和铜罐驿两大长江提水工程建设进度。'],
		['a list of other things before a year and a target', '推进乡村振兴、城市更新、乡村建设，2025年完成四大行动。'],
		// Batches and projects (批, 个项目, 个试点) a list of works is carried out in: they do not count the works.
		['projects of works ending in 建设', '完成城东片区建设、城西片区建设三个项目。'],
		['the same, ending in 改造', '完成城东片区改造、城西片区改造三个项目。'],
		['pilots of works, one place written once', '完成城东、城西片区改造三个试点。'],
		['batches of works', '完成老旧小区改造、海绵城市建设、地下管网建设两批试点。'],
		['batches of works ending alike', '完成老旧小区改造、海绵城市改造、地下管网改造两批试点。'],
		['projects of works, one named place first', '完成郑西客运专线、城东片区改造、城西片区建设四个项目。'],
		['projects of two, the last a work', '加快建设郑西客运专线、延安火车站改建三个项目。'],
		// A last item long only by its joiner, the count neither way: no reading (one industry or two is not known).
		['a last item of two words joined by 和, the count neither way', '推动人工智能、低空经济、商业航天、安全应急、生物医药和高端医疗器械7大新兴产业加快发展。'],
		['the same, a list closed by 等 shorter than the count', '推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设。'],
		['a last item joined by 和 whose second half holds the clause’s verb', '在华北、华东和西北地区分别新建四个基地。'],
		// A quoted name with no 、-list of such items before it, or a list of quoted names: read as before (see above).
		['one item with a quoted name after a verb', '实施工业“强基”三大工程。'],
		['a quoted name after a 、 with no words of its own', '深化放管服、“双随机”三项改革。'],
		// Only the last item ends with a quoted name, a formula of the plain list before it: the count after is another's.
		['a plain list closed by a quoted formula, another count after it', '巩固教育、医疗、住房“三保障”两项成果。'],
		['the same, the formula’s own count', '巩固教育、医疗、住房“三保障”成果，守住不发生规模性返贫底线。'],
	];
	for (const [what, text] of silent) {
		test(`silent: ${what}`, () => {
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
});

describe('counts of events (场) and households (户) after the list they count', () => {
	const reads: [string, string, [number, string[]]][] = [
		['全力打好战疫、战洪、战贫三场硬仗，疫情防控取得成果。', '三场', [3, ['战疫', '战洪', '战贫']]],
		['丽天新材料、帝华味精2户企业成为省级绿色制造企业。', '2户', [2, ['丽天新材料', '帝华味精']]],
		// A word that is a verb before a count is a noun where another item ends with it, or alone.
		['建立党组织、群团组织两类组织。', '两类', [2, ['党组织', '群团组织']]],
		['扎实推进乡村产业、人才、文化、生态、组织五个方面振兴。', '五个', [5, ['乡村产业', '人才', '文化', '生态', '组织']]],
	];
	for (const [text, name, [count, items]] of reads) {
		test(`read: ${text}`, () => {
			assert.deepEqual(formula(text, name).parts, [[count, items]]);
			assert.deepEqual(analyze(text).findings, []);
		});
	}
	test('read: 打好污染防治、风险防范、乡村振兴三场硬仗', () => {
		assert.deepEqual(formula('打好污染防治、风险防范、乡村振兴三场硬仗。', '三场').parts, [[3, ['污染防治', '风险防范', '乡村振兴']]]);
	});
	for (const text of ['全力打好战疫、战洪、战贫四场硬仗，疫情防控取得成果。', '丽天新材料、帝华味精3户企业成为省级绿色制造企业。', '打好污染防治、风险防范、乡村振兴两场硬仗。']) {
		test(`flagged: ${text}`, () => {
			assert.deepEqual(analyze(text).findings.map((x) => x.ruleId), ['formula.enumeration-count']);
		});
	}
	// Silent: a verb between the list and the count (the list is whom or where it is done for), a formula's part
	// (两户一策), kinds before a count of households that closes the clause, a list closed by 等, another year's count, an
	// approximate count.
	const silent = [
		'为企业、农户举办三场培训。',
		'在北京、上海举办三个推介会。',
		'在北京、上海、深圳举办两场推介会。',
		'围绕招商、人才组织三场专题活动。',
		'帮扶脱贫户、监测户两户一策，精准施策。',
		'新增个体工商户、私营企业3户。',
		'举办篮球赛、足球赛等五场比赛。',
		'2023年举办篮球赛、足球赛，2024年举办三场比赛。',
		'走访农户、商户3户以上。',
		// 场 counts a list only of campaigns or disasters; 户 and 场 do not count the places listed; a clause's verb
		// between 等 and the count (older: the same with 处, 个).
		'全市共举办足球、篮球三场比赛。',
		'完成城关镇、河口镇3户特困家庭危房改造。',
		'为张村、李村、王村等搬迁群众建成安置房两户。',
		'为张村、李村、王村等搬迁群众建成安置房两处。',
		'为张村、李村、王村等搬迁群众安置两户。',
	];
	for (const text of silent) {
		test(`silent: ${text}`, () => {
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
});

describe('aspects a paragraph closes with (在6个方面持续发力。), listed by the numbered headings after it', () => {
	const headings = (n: number): string => ['（一）加快发展经济', '（二）着力改善民生', '（三）加强社会治理', '（四）深化改革开放'].slice(0, n).map((h) => `${h}\n\n推动工作落实。`).join('\n\n');
	const reads: [string, string, number][] = [
		['今年，我们将在3个方面持续发力。', '3个方面', 3],
		['今年，我们将在三个方面持续发力。', '三个方面', 3],
		['今年重点抓好3个方面工作。', '3个方面', 3],
		// 个方面 and a noun after it, the count an object (not after 在: the silent rows below).
		['今后五年，政府将着力推进三个方面重点任务。', '三个方面重点任务', 3],
	];
	for (const [lead, name, count] of reads) {
		test(`read: ${lead}`, () => {
			const text = `${lead}\n\n${headings(3)}`;
			const f = formula(text, name);
			assert.equal(f.verdict, 'ok');
			assert.deepEqual(f.parts, [[count, ['（一）加快发展经济', '（二）着力改善民生', '（三）加强社会治理']]]);
			assert.deepEqual(analyze(text).findings, []);
		});
		test(`one off: ${lead}`, () => {
			const text = `${lead.replace(/3|三/, (d) => (d === '3' ? '4' : '四'))}\n\n${headings(3)}`;
			assert.equal(analyze(text).findings.length, 1, text);
		});
	}
	// Silent: no headings after it, the count inside the paragraph, a list closed by 等 before the count, a predicate too
	// long to be the paragraph's announcement, another measure word, headings that do not start at 1.
	const silent = [
		'今年，我们将在3个方面持续发力。\n\n经济增长6%左右。',
		'今年，我们在3个方面持续发力，取得明显成效。\n\n' + headings(4),
		'包括资源盘活、产业融合、环境改善等3个方面。\n\n' + headings(4),
		'今年，我们在3个方面持续发力并且取得了明显成效。\n\n' + headings(4),
		'今年，我们将建设3个项目。\n\n' + headings(4),
		'今年，我们将在4个方面持续发力。\n\n' + headings(4).replace(/（一）加快发展经济\n\n推动工作落实。\n\n/, ''),
		// What the paragraph lacks, not an effort: the headings are its problems, as many as there are.
		'同时也要看到，全市发展在三个方面仍有短板。\n\n' + headings(4),
		'对照群众期盼，我们的工作在三个方面还有差距。\n\n' + headings(2),
		'经济运行在两个方面存在隐忧。\n\n' + headings(3),
		'但也要清醒看到，政府自身建设在3个方面有待加强。\n\n' + headings(2),
		// Another count of aspects in the sentence; a paragraph listing the aspects before headings of another matter.
		'市委确定的十个方面重点任务，今年要在两个方面率先突破。\n\n' + headings(3),
		'今年，我们将在三个方面持续发力。\n\n一是稳增长，二是促改革，三是惠民生。\n\n' + headings(2),
		'今年，我们将在三个方面持续发力。一是稳增长，二是促改革，三是惠民生。\n\n' + headings(2),
		// 个方面 and a noun: too long a noun to close the paragraph; after 在, what follows is said of the aspects.
		'今后五年，将着力推进三个方面重点任务和重大项目。\n\n' + headings(4),
		'今年，我们要在三个方面重点任务上发力。\n\n' + headings(2),
	];
	test('the message says the list after the count when the items follow it', () => {
		const [f] = analyze(`今年，我们将在4个方面持续发力。\n\n${headings(3)}`).findings;
		assert.equal(f?.ruleId, 'formula.enumeration-count');
		const template = messageTemplate(ruleById.get('formula.enumeration-count')!, f.data);
		assert.match(template.en, /the list after it/);
		assert.match(template.zh, /后面列出/);
		const [g] = analyze('推进产业园区建设、城市更新、乡村建设四大行动。').findings;
		assert.match(messageTemplate(ruleById.get('formula.enumeration-count')!, g!.data).en, /the list before it/);
	});
	for (const text of silent) {
		test(`silent: ${text.split('\n')[0]}`, () => {
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
});

describe('aspects whose sentence runs on to a predicate (从七个方面对…进行了部署。), listed by the points numbered right after it', () => {
	const points = '一是稳增长，加快发展。二是促改革，激发活力。三是惠民生，改善生活。';
	test('read: the count of aspects, the points its items', () => {
		const text = `《纲要（草案）》从三个方面对经济建设进行了部署。${points}`;
		const f = formula(text, '三个方面');
		assert.equal(f.verdict, 'ok');
		assert.deepEqual(f.parts, [[3, ['稳增长，加快发展', '促改革，激发活力', '惠民生，改善生活']]]);
		assert.deepEqual(analyze(text).findings, []);
	});
	test('one off: flagged', () => {
		assert.equal(analyze(`《纲要（草案）》从四个方面对经济建设进行了部署。${points}`).findings.length, 1);
	});
	// Silent: another mark in the sentence (the predicate is a clause of its own), a predicate longer than a lead sentence's,
	// no points right after it, another measure word.
	const silent = [
		`从三个方面对经济建设进行了部署，取得明显成效。${points.replace('三是惠民生，改善生活。', '')}`,
		`我们从四个方面对经济建设和社会发展的各个领域各个环节进行了全面深入细致的部署。${points}`,
		'从四个方面对经济建设进行了部署。全年经济增长6%左右。',
		`全年建成四个产业园区对外开放。${points}`,
		// Aspects not announced by 从 (met, found, referred back to, a part): the points after are other things.
		`要统筹做好上述两个方面的衔接工作。${points}`,
		`在这两个方面都要下更大功夫推进落实。${points}`,
		`全年在两个方面取得突破性进展。${points}`,
		`当前经济运行中还存在两个方面的突出问题。${points}`,
		`八项任务总体进展顺利，其中有两个方面的工作进展较慢需要加强。${points}`,
		// A count of its own in the predicate: the points may number it.
		`从两个方面对四项改革进行了部署。${points}`,
	];
	for (const text of silent) {
		test(`silent: ${text.slice(0, 24)}`, () => {
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
});

export type { Formula };

describe('a glossary term on a line of its own, its gloss the next line (a bold line or a table’s first column copied to text)', () => {
	const fire: [string, string[], string, [number, string[]][]][] = [
		['the term and its colon alone', ['1.“六稳”：', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。'], '六稳', [[6, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']]]],
		['the term alone, the gloss opening with 指', ['［2］“四个意识”', '指政治意识、大局意识、核心意识、看齐意识。'], '四个意识', [[4, ['政治意识', '大局意识', '核心意识', '看齐意识']]]],
		['an unquoted term that names a formula only with its gloss', ['四型机场', '指平安型、绿色型、智慧型和人文型机场。'], '四型机场', [[4, ['平安型', '绿色型', '智慧型', '人文']]]],
		['the gloss opening with 主要指', ['［39］四风', '主要指形式主义、官僚主义、享乐主义和奢靡之风。'], '四风', [[4, ['形式主义', '官僚主义', '享乐主义', '奢靡之']]]],
		['two names in one term, one formula', ['31.“四个革命、一个合作”', '指推进能源消费革命、能源供给革命、能源技术革命、能源体制革命，全方位加强国际合作。'], '四个革命、一个合作', [[4, ['推进能源消费革命', '能源供给革命', '能源技术革命', '能源体制革命']], [1, ['全方位加强国际合作']]]],
		['a count after the items that agrees with the term’s', ['“三大攻坚战”：', '防范化解重大风险、精准脱贫、污染防治三项任务。'], '三大攻坚战', [[3, ['防范化解重大风险', '精准脱贫', '污染防治']]]],
		['the gloss opening with its parts’ own glosses', ['2.三区三线', '“三区”即生态、农业、城镇三类空间；“三线”即生态保护红线、永久基本农田和城镇开发边界三条控制线。'], '三区三线', [[3, ['生态', '农业', '城镇']], [3, ['生态保护红线', '永久基本农田', '城镇开发边界']]]],
	];
	for (const [what, lines, name, parts] of fire) {
		test(`read: ${what}`, () => {
			// Alone, and as one of a section of entries in that layout (the next term after its gloss).
			for (const text of [joinLines('名词解释', '', ...lines), joinLines('名词解释', '', ...lines, '', '“六保”：', '保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。')]) {
				const a = analyze(text);
				const f = a.formulas.find((x) => x.text === name);
				assert.ok(f, name);
				assert.deepEqual(f.parts.map((p) => [p.count, [...p.items]]), parts);
				assert.equal(f.verdict, 'ok');
				assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
			}
			// An item dropped from the gloss line: flagged on the term.
			const first = parts.reduce((m, p) => (p[1].length > m[1].length ? p : m))[1];
			const dropped = joinLines('名词解释', '', lines[0]!, lines[1]!.replace(new RegExp(`${first[1]}[、，和]?`), ''));
			assert.ok(analyze(dropped).findings.some((x) => x.ruleId === 'formula.count-mismatch'), dropped);
		});
	}
	// Near misses: a heading or a lead line with a colon over paragraphs, a short line whose next paragraph has no
	// connective, the next entry after a term without gloss, 即将 (about to), points after a colon.
	const silent: [string, string[]][] = [
		['a short line, the paragraph after it without a connective', ['“六稳”', '稳就业、稳金融、稳外贸、稳外资、稳投资。']],
		['a term and its colon, the next entry after it', ['1.“六稳”：', '2.“六保”：保居民就业、保基本民生、保市场主体。']],
		['a term and its colon, the next entry unnumbered after it', ['“六稳”：', '“六保”：保居民就业、保基本民生、保市场主体。']],
		['a heading numbered as one, its paragraph after it', ['（三）实施“四大工程”：', '全市完成道路提升、管网改造、绿化美化三项工作。']],
		['a lead line with a colon over paragraphs', ['着力抓好“三件大事”：', '全面完成道路提升、管网改造。', '深入推进绿化美化，城市面貌明显改善。']],
		['即将 opening the paragraph (即 as “about to”)', ['“四大工程”', '即将开工道路提升、管网改造、绿化美化。']],
		['指出 opening the paragraph', ['“四个意识”', '指出要增强政治意识、大局意识、核心意识。']],
		['points after the colon', ['重点做好“三件事”：', '一是稳就业；二是稳金融。']],
		// A heading after the paragraph (二、 （一）): the short line is a part's heading, the paragraph its body.
		['a quoted heading with a colon, its paragraph, then a numbered heading', ['“三农”工作：', '全年粮食产量50万吨，农业、农村两项改革深入推进，农民收入增长7%。', '（一）稳增长']],
		['a lead line with a colon, its paragraph, then a heading of the next part', ['打好“三大攻坚战”：', '防范化解重大风险、精准脱贫取得决定性进展。', '二、2025年工作安排']],
		// The items bound to a count of their own in the paragraph (两项任务): not the term's.
		['the items closed by a count of their own', ['“三大攻坚战”：', '是我们必须打赢的硬仗，防范化解重大风险、精准脱贫两项任务全面完成。']],
		['the items closed by a count of their own, the next entry after', ['“三大攻坚战”：', '防范化解重大风险、精准脱贫两项任务全面完成。', '', '“六保”：保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。']],
	];
	// The gloss line read as the entry's, not as an entry of its own: a part's name heads its items there, the
	// well-known name is the term's part (no canonical finding), a sentence after the items is none of them.
	const asGloss: [string, string[]][] = [
		['parts glossed on the next line, one of them a well-known name (两委)', ['［35］一核两委一会：', '“一核”就是村党组织，是领导核心；“两委”指村民委员会和村务监督委员会，是自治组织和监督组织；“一会”指村务协商会。', '', '［36］四风：形式主义、官僚主义、享乐主义和奢靡之风。']],
		['the term’s quoted name over the items on the next line, a sentence after them', ['五定班列：', '“五定班列”中“五定”含义为：定点，装车站和卸车站固定；定线，运输线固定；定车次，班列车次固定；定时，货物发到时间固定；定价，全程运输价格固定。“五定”班列可以分为集装箱、鲜活货物和普通货物班列三种。', '', '四风：形式主义、官僚主义、享乐主义和奢靡之风。']],
	];
	for (const [what, lines] of asGloss) {
		test(`silent, the next line read as the gloss: ${what}`, () => {
			const a = analyze(joinLines('名词解释', '', ...lines));
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
			assert.ok(a.formulas.some((x) => x.verdict === 'ok' && x.parts.length === 1 && x.parts[0]!.items.length === x.parts[0]!.count && x.parts[0]!.count! >= 2));
		});
	}
	for (const [what, lines] of silent) {
		test(`silent: ${what}`, () => {
			const text = joinLines('名词解释', '', ...lines);
			const a = analyze(text);
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
			// No formula of the first line takes its items from the lines after it.
			const next = text.indexOf(lines[1]!);
			assert.ok(a.formulas.every((x) => x.span.start >= next || x.parts.every((p) => p.itemSpans.every((s) => s.end <= next))));
		});
	}
});

describe('glossary entries run together in one paragraph (①…。②…。), or after a note’s label (注：…)', () => {
	const fire: [string, string, [string, [number, string[]][]][]][] = [
		['two unquoted entries numbered ① ②, after 注：', '注：①四个意识：政治意识、大局意识、核心意识、看齐意识。②六稳：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', [['四个意识', [[4, ['政治意识', '大局意识', '核心意识', '看齐意识']]]], ['六稳', [[6, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']]]]]],
		['one entry after 注：, before 是指', '注：四型机场是指平安型、绿色型、智慧型和人文型机场。', [['四型机场', [[4, ['平安型', '绿色型', '智慧型', '人文']]]]]],
		['entries numbered 1. 2. after 注释：', '注释：1.四型机场：平安型、绿色型、智慧型和人文型机场。2.两函两书：提醒函、督办函、约谈书、问责书。', [['四型机场', [[4, ['平安型', '绿色型', '智慧型', '人文']]]], ['两函两书', [[2, ['提醒函', '督办函']], [2, ['约谈书', '问责书']]]]]],
		['entries numbered （1） （2）, apart by ；', '（1）四型机场：平安型、绿色型、智慧型和人文型机场；（2）两函两书：提醒函、督办函、约谈书、问责书。', [['四型机场', [[4, ['平安型', '绿色型', '智慧型', '人文']]]], ['两函两书', [[2, ['提醒函', '督办函']], [2, ['约谈书', '问责书']]]]]],
	];
	for (const [what, text, formulas] of fire) {
		test(`read: ${what}`, () => {
			const a = analyze(text);
			for (const [name, parts] of formulas) {
				const f = a.formulas.find((x) => x.text === name);
				assert.ok(f, name);
				assert.deepEqual(f.parts.map((p) => [p.count, [...p.items]]), parts);
				assert.equal(f.verdict, 'ok');
			}
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
		});
	}
	test('a statistics note’s second entry one item short: flagged on that entry alone', () => {
		const a = analyze('注：①三次产业：第一产业、第二产业、第三产业。②四大区域：东部、中部、西部。');
		const found = a.findings.filter((x) => x.ruleId.startsWith('formula.'));
		assert.deepEqual(found.map((x) => x.ruleId), ['formula.count-mismatch']);
		assert.equal(a.formulas.find((x) => x.text === '四大区域')?.verdict, 'mismatch');
	});
	test('an item dropped from the second entry: flagged', () => {
		const a = analyze('注：①四个意识：政治意识、大局意识、核心意识、看齐意识。②六稳：稳就业、稳金融、稳外贸、稳投资、稳预期。');
		assert.ok(a.findings.some((x) => x.ruleId === 'formula.count-mismatch'));
	});
	// Near misses: numbers out of order, a number inside a sentence, running text after 注：, a date or a figure after 。.
	const silent: [string, string, string][] = [
		['a second entry numbered out of order (① then ③) is no entry', '①四个意识：政治意识、大局意识、核心意识、看齐意识。③六稳：稳就业、稳金融、稳外贸、稳投资、稳预期。', '六稳'],
		['a number not after 。 or ；', '①四个意识：政治意识、大局意识、核心意识、看齐意识，②六稳：稳就业、稳金融、稳外贸、稳投资、稳预期。', '六稳'],
		['running text after 注：', '注：本表三大产业数据按现价计算，包括农业、工业。', '三大'],
		// Body text that only looks like a note: a statistics table's note opening with its scope, a numbered list of measures
		// after a lead sentence whose items hold formula names, points after a lead sentence.
		['a statistics note opening with its scope (1、本公报…；2、…)', '注：1、本公报各项统计数据为初步统计数；2、三次产业：第一产业、第二产业、第三产业。', '三次产业'],
		['a table note opening with its prices, then an entry-shaped point', '注：1.本表按当年价格计算。2.三次产业：第一产业、第二产业。', '三次产业'],
		['measures numbered after a lead sentence, their items holding formula names', '全年重点抓好以下工作：1.“六稳”工作：稳就业、稳金融、稳外贸。2.“六保”任务：保居民就业、保基本民生。', '六保'],
		['points ①②③ after a lead sentence', '今年要做好三件事。①稳就业：新增就业5万人。②两新：设备更新和以旧换新全面推进。③三保：保工资、保运转。', '两新'],
		['a figure after 。 that looks like a number (2.5)', '①四个意识：政治意识、大局意识、核心意识、看齐意识。2.5亿元用于稳就业、稳金融两项。', '两项'],
	];
	for (const [what, text, name] of silent) {
		test(`silent: ${what}`, () => {
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text === name);
			assert.ok(f === undefined || f.verdict !== 'mismatch', `${name}: ${f?.verdict}`);
			assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
		});
	}
});

describe('formulas in Markdown or web list items (the marker read off, spans in the original)', () => {
	const cases: [string, string, string, string[]][] = [
		['a count before a colon over paragraphs that are list items', '关键做好以下三个方面工作：\n\n- 坚持区域协同，加快建设核心区。以布局为引领。\n\n- 坚持融入新发展格局，加快建设航空城。高标准建设。\n\n- 坚持创新核心地位，加快建设科学城。将科技创新作为支撑。\n', '三个方面工作', ['坚持区域协同', '坚持融入新发展格局', '坚持创新核心地位']],
		['a lead count in a list item over the sentences after it', '- 构筑三个平台。依托博览会，深化机制。启动活动周，办好展会。完善服务体系，扩大交流。\n', '三个平台', ['依托博览会', '启动活动周', '完善服务体系']],
	];
	for (const [what, text, name, items] of cases) {
		test(what, () => {
			for (const t of [text, text.replace(/^- /gm, '')]) {
				const f = analyze(t).formulas.find((x) => x.text === name);
				assert.equal(f?.verdict, 'ok', t);
				assert.deepEqual(f.parts[0]!.itemSpans.map((s) => t.slice(s.start, s.end)), items);
			}
		});
	}
	test('two sentences after a list item’s lead count of three are not its items', () => {
		const t = '- 构筑三个平台。依托博览会，深化机制。启动活动周，办好展会。\n';
		assert.notEqual(analyze(t).formulas.find((x) => x.text === '三个平台')?.verdict, 'ok');
	});
});

describe('a quoted formula whose items are a list in another paragraph of the document (keyedLists)', () => {
	const fires: [string, string, string, string[][]][] = [
		['a formula of two parts, its list paragraphs before', '加快建设山西现代农业创新高地、产业高地、人才高地、开放高地和农村改革先行区。\n\n建好农高区。聚焦“四高地一先行区”发展定位，落实重点任务。', '四高地一先行区', [['加快建设山西现代农业创新高地', '产业高地', '人才高地', '开放高地'], ['农村改革先行区']]],
		['a formula of two parts, its list after', '启动建设“三馆一中心”，补齐短板。\n\n附注：图书馆、文化馆、科技馆和青少年活动中心。', '三馆一中心', [['图书馆', '文化馆', '科技馆'], ['青少年活动中心']]],
		['a well-known name of one part, its own items opening with the key', '加大“六稳”工作力度，保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转，坚定实施扩大内需战略。\n\n守住“六保”底线，就能稳住经济基本盘。', '六保', [['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转']]],
		['one part whose key has two characters', '深入实施“十大专项行动”，建成一批绿美乡镇。\n\n注：城市专项行动、社区专项行动、乡镇专项行动、村庄专项行动、交通专项行动、河库专项行动、校园专项行动、园区专项行动、景区专项行动、矿山专项行动。', '十大专项行动', [['城市专项行动', '社区专项行动', '乡镇专项行动', '村庄专项行动', '交通专项行动', '河库专项行动', '校园专项行动', '园区专项行动', '景区专项行动', '矿山专项行动']]],		// The same items written twice after other words (增强…意识 / 必须增强…意识; 增强道路自信 / 坚定道路自信): one list, its first
		// item the words the two share.
		['the same list twice, other words before its first item', '全党要增强道路自信、理论自信、制度自信、文化自信。\n\n我们强调坚定道路自信、理论自信、制度自信、文化自信。\n\n牢固树立“四个自信”。', '四个自信', [['道路自信', '理论自信', '制度自信', '文化自信']]],
		['a list whose last item goes on after 的 to what it qualifies', '按照“两高一少”目标，加强政府自身建设。\n\n把本市建成行政效率最高、行政透明度最高、行政收费最少的行政区之一。', '两高一少', [['把本市建成行政效率最高', '行政透明度最高'], ['行政收费最少']]],
		['the same, one first item ending the other', '增强政治意识、大局意识、核心意识、看齐意识。\n\n必须增强政治意识、大局意识、核心意识、看齐意识。\n\n树立“四个意识”。', '四个意识', [['增强政治意识', '大局意识', '核心意识', '看齐意识']]],
	];
	for (const [what, text, name, items] of fires) {
		test(`read: ${what}`, () => {
			const f = analyze(text).formulas.find((x) => x.text === name);
			assert.equal(f?.verdict, 'ok', text);
			assert.deepEqual(f.parts.map((p) => p.itemSpans.map((s) => text.slice(s.start, s.end))), items);
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
	const silent: [string, string, string][] = [
		['a list one item short of the count', '加快建设创新高地、产业高地、人才高地和农村改革先行区。\n\n聚焦“四高地一先行区”发展定位。', '四高地一先行区'],
		['a list one item more than the count', '图书馆、文化馆、科技馆、美术馆和青少年活动中心免费开放。\n\n启动建设“三馆一中心”。', '三馆一中心'],
		['two lists of different items that both spell it', '图书馆、文化馆、科技馆和青少年活动中心。\n\n博物馆、美术馆、档案馆和妇女儿童活动中心。\n\n启动建设“三馆一中心”。', '三馆一中心'],
		['the words before 的 one item short', '按照“两高一少”目标，加强政府自身建设。\n\n把本市建成行政效率最高、行政收费最少的行政区之一。', '两高一少'],
		['two lists that differ in a later item', '图书馆、文化馆、科技馆和青少年活动中心。\n\n建成图书馆、文化馆、美术馆和青少年活动中心。\n\n启动建设“三馆一中心”。', '三馆一中心'],
		['two lists whose first items share less than an item (市图书馆 / 县档案馆)', '市图书馆、文化馆、科技馆和青少年活动中心。\n\n县档案馆、文化馆、科技馆和青少年活动中心。\n\n启动建设“三馆一中心”。', '三馆一中心'],
		['a name of one part keyed by one character (“两化”融合 is not 标准化、均等化)', '促进基本公共文化服务标准化、均等化。\n\n加快推进“两化”融合。', '两化'],
		['a well-known name and a list that is not its items (四风: 家风、乡风、校风、行风)', '培育良好家风、乡风、校风、行风。\n\n坚决反对“四风”。', '四风'],
		['a well-known name and a list of other verbs opening with its key (三保: 保持、保证、保障)', '保持扶贫政策连续、保证扶贫队伍稳定、保障扶贫资金投入。\n\n确保“三保”支出。', '三保'],
		['an item too long to be a name', '建设图书馆、文化馆、以现代展陈手段展示本地科技成果的科技馆和青少年活动中心。\n\n启动建设“三馆一中心”。', '三馆一中心'],
		['a list of another year (2019年…建成 / 今年…“三馆一中心”)', '2019年，我市建成图书馆、文化馆、科技馆和青少年活动中心。\n\n今年，新区启动建设“三馆一中心”。', '三馆一中心'],
		['a list of results where the name is a target (建成了 / 力争)', '全年建成了创新高地、产业高地和改革先行区。\n\n明年力争打造“两高地一先行区”。', '两高地一先行区'],
		['a list of another whole (全省… / 我县“三馆一中心”)', '全省统筹建设图书馆、文化馆、科技馆和青少年活动中心。\n\n我县启动建设“三馆一中心”。', '三馆一中心'],
		['a list that spells a name of another count (三高地 over four 高地)', '加快建设创新高地、产业高地、人才高地、开放高地和农村改革先行区。\n\n聚焦“三高地一先行区”发展定位。', '三高地一先行区'],
	];
	for (const [what, text, name] of silent) test(`not read: ${what}`, () => unreadAndSilent(text, name));
	test('a count one off the list it names is unread', () => {
		const text = '加大“六稳”工作力度，保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。\n\n守住“六保”底线。落实“七保”任务。';
		assert.equal(analyze(text).formulas.find((x) => x.text === '七保')?.verdict, 'unexpanded');
	});
});

describe('a count in the last sentence of the paragraph right before numbered headings 1…N, without a colon', () => {
	const fires: [string, string, string, string[]][] = [
		['a count of aspects and a second count of another number', '二、今年工作安排\n\n全年重点抓好六个方面工作，落实36件惠民实事。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n\n（四）城市建设\n\n建设城市。\n\n（五）社会事业\n\n发展事业。\n\n（六）社会治理\n\n维护稳定。\n', '六个', ['（一）深化改革', '（二）建设项目', '（三）乡村振兴', '（四）城市建设', '（五）社会事业', '（六）社会治理']],
		['a count of questions before two headings', '下面，我就两个问题作简要说明。\n\n（一）关于规划的总体考虑\n\n总体考虑如下。\n\n（二）主要任务\n\n主要任务如下。\n', '两个', ['（一）关于规划的总体考虑', '（二）主要任务']],
	];
	for (const [what, text, count, titles] of fires) {
		test(`read: ${what}`, () => {
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text.startsWith(count));
			assert.equal(f?.verdict, 'ok', text);
			assert.equal(f.expansion?.source, 'headings');
			assert.deepEqual(f.parts[0]!.itemSpans.map((s) => text.slice(s.start, s.end)), titles);
			assert.deepEqual(a.findings, [], text);
		});
	}
	const silent: [string, string, string][] = [
		['a count of things one off the headings (五项改革 before four)', '今年重点抓好五项改革，确保取得实效。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n\n（四）城市建设\n\n建设城市。\n', '五项'],
		['a count of aspects one over the headings, a heading of another numbering right after them that may be the one lacking (五个方面工作 before （一）…（四） and 二、)', '今年重点抓好五个方面工作，确保开好局。\n\n（一）扩大内需\n\n推进。\n\n（二）深化改革\n\n推进。\n\n（三）乡村振兴\n\n推进。\n\n（四）生态环境\n\n推进。\n\n二、加强政府自身建设\n\n推进。\n', '五个'],
		['a count of aspects one off the headings whose noun does not close its clause (五个方面的成绩来之不易)', '五个方面的成绩来之不易。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n\n（四）城市建设\n\n建设城市。\n', '五个'],
		['a count of years, not of things (三年来)', '三年来，我们扎实推进各项工作。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '三年'],
		['a quoted formula before points that are not its items (left to its own readers)', '要深刻把握“三个坚持”重大原则，依靠改革破解难题。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '三个坚持'],
		['two counts of the headings’ number in the sentence', '抓好三项改革，办好三件实事，确保取得实效。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '三'],
		['a count in an earlier sentence of the paragraph, not its last', '抓好三项改革。今年工作安排如下。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '三'],
		['percentage points are no count of things', '增速提高2个百分点。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n', '2'],
		['a measure after its noun, not a count of the points (全年完成改革任务3项。)', '全年完成改革任务3项。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '3'],
		['a part of another whole (其中省级园区3个)', '全年新建产业园区10个，其中省级园区3个。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '3'],
		['an ordinal (第三个年头)', '今年是实施新发展战略的第三个年头。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '三'],
		['a span of time (前三个季度)', '前三个季度，全市经济运行稳中有进。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '三'],
		['a threshold (不少于3个示范点)', '每个县区建设不少于3个示范点。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '3'],
		['a count among the items a colon of the sentence opens (主要目标是：…，3项约束性指标全面完成)', '全年主要目标是：地区生产总值增长6%左右，3项约束性指标全面完成。\n\n（一）深化改革\n\n推进改革。\n\n（二）建设项目\n\n建设项目。\n\n（三）乡村振兴\n\n振兴乡村。\n', '3'],
		['the last digits of a longer number (115项 before 15 points)', '全年安排重点项目115项。\n\n' + Array.from({ length: 15 }, (_, i) => `${i + 1}、项目${i + 1}\n\n推进。\n`).join('\n'), '15'],
	];
	// A count of aspects one off the run, the sentence's only one, its noun closing the clause: the run is what it announces.
	for (const [what, lead, n] of [
		['one over (五个方面工作 before four)', '今年重点抓好五个方面工作，确保取得实效。', 4],
		['one short, a second count of another number (七个方面工作，…36件 before eight)', '全年重点抓好七个方面工作，落实36件惠民实事。', 8],
	] as const) {
		test(`judged: a count of aspects ${what}`, () => {
			const text = [lead, '', ...Array.from({ length: n }, (_, k) => [`（${'一二三四五六七八'[k]}）第${k + 1}项重点工作`, '', '推进各项工作。', '']).flat()].join('\n');
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text.startsWith(lead.slice(lead.search(/[五七]/), lead.search(/[五七]/) + 2)));
			assert.equal(f?.verdict, 'mismatch', text);
			assert.equal(f.parts[0]!.items.length, n);
			assert.deepEqual(a.findings.map((x) => x.ruleId), ['formula.enumeration-count'], text);
		});
	}
	for (const [what, text, count] of silent) {
		test(`not read: ${what}`, () => {
			const a = analyze(text);
			assert.ok(!a.formulas.some((x) => x.text.startsWith(count) && x.verdict !== 'unexpanded'), text);
			assert.deepEqual(a.findings, [], text);
		});
	}
});

describe('a listed set named again elsewhere without its members (…两个关键小事 / A和B两个关键小事): the list’s members, same count and name, one frame', () => {
	const REVIEW = '一、2025年工作回顾\n\n';
	const PLAN = '\n\n二、2026年工作安排\n\n';
	/** The readings at each place `count` is written, in text order: verdict, source and items. */
	const readings = (text: string, count: string): string[] =>
		analyze(text)
			.formulas.filter((f) => text.slice(f.span.start, f.span.start + count.length) === count)
			.map((f) => `${f.verdict}${f.expansion ? ` ${f.expansion.source}` : ''}${f.parts[0]?.items.length ? ` ${f.parts[0].items.join('、')}` : ''}`);
	const read: [string, string, string, string[]][] = [
		['named in the review, listed in the plan', `${REVIEW}切实抓好两个关键小事，生活垃圾回收利用率达43%。${PLAN}深入抓好垃圾分类和物业管理两个关键小事，完善回收体系。\n`, '两个', ['ok restated 垃圾分类、物业管理', 'ok before 垃圾分类、物业管理']],
		['the name going on with what is said of it (五级医疗卫生服务体系加快构建)', `${REVIEW}五级医疗卫生服务体系加快构建。${PLAN}优化省市县乡村五级医疗卫生服务体系，推进医疗中心建设。\n`, '五级', ['ok restated 省、市、县、乡、村', 'ok before 省、市、县、乡、村']],
		['a quoted name left unread, the list quoted before the count', `${REVIEW}围绕“资源、客源、服务”三大要素，实施旅游产业化。${PLAN}围绕“三大要素”深入实施旅游行动。\n`, '三大', ['ok before 资源、客源、服务', 'ok restated 资源、客源、服务']],
		['a count in digits', `${REVIEW}新能源汽车、高端装备、新材料3个新兴产业集群加快壮大。${PLAN}培育3个新兴产业集群。\n`, '3个', ['ok before 新能源汽车、高端装备、新材料', 'ok restated 新能源汽车、高端装备、新材料']],
	];
	for (const [what, text, count, expected] of read) {test(`read: ${what}`, () => {
		assert.deepEqual(readings(text, count), expected, text);
		assert.deepEqual(analyze(text).findings, [], text);
	});}
	const notRead: [string, string][] = [
		['a generic noun alone (四大基地): other sets from one passage to the next', `${REVIEW}加快建设四大基地。${PLAN}加快关中、陕北、陕南、渭北四大基地建设。\n`],
		['the same count word of another set (三大要素 / 三大产业集群)', `${REVIEW}围绕“资源、客源、服务”三大要素，实施旅游产业化。${PLAN}壮大三大产业集群。\n`],
		['another count of the name (三个关键小事): left as it is', `${REVIEW}切实抓好三个关键小事。${PLAN}深入抓好垃圾分类和物业管理两个关键小事。\n`],
		['a new batch of the same count (新建两个…, 再建两个…)', `${REVIEW}建成东区和西区两个产业园区。${PLAN}新建两个产业园区，再建两个产业园区。\n`],
		['a mention with a list of its own (A、B等两个…)', `${REVIEW}建成东区和西区两个产业园区。${PLAN}推进南区、北区等两个产业园区。\n`],
		['last year’s list and this year’s count (2025年… / 今年…)', `${REVIEW}2025年建成东区和西区两个产业园区。${PLAN}今年建成两个产业园区。\n`],
		['the province’s list and the city’s count (全省 / 我市)', `${REVIEW}全省建成东区和西区两个产业园区。${PLAN}我市建成两个产业园区。\n`],
		['two lists of the name that differ: two sets', `${REVIEW}建成东区和西区两个产业园区。${PLAN}建成南区和北区两个产业园区。推进两个产业园区建设。\n`],
		['a part of the set (其中两个…)', `${REVIEW}建成东区、西区和南区三个产业园区，其中两个产业园区投产。${PLAN}推进东区和西区两个产业园区。\n`],
		['a count inside a longer number or after an ordinal (十五个…, 第三个…)', `${REVIEW}建成东区和西区两个产业园区。${PLAN}建成十二个产业园区，第二个产业园区投产。\n`],
		['a rank and a kind that open the names of two sets (省级现代农业产业园 / 省级现代服务业集聚区)', `${REVIEW}建成粮油、果蔬、畜禽3个省级现代农业产业园。${PLAN}打造3个省级现代服务业集聚区，推进服务业提质。\n`],
		['a name of two characters going on into another noun (两个市场 / 两个市场主体示范区)', `${REVIEW}用好国内国际两个市场，外贸增长5%。${PLAN}培育两个市场主体示范区。\n`],
		['another batch (另外两个…) and a rate (每年建成两个…)', `${REVIEW}建成东区和西区两个产业园区。${PLAN}谋划另外两个产业园区，每年建成两个产业园区。\n`],
	];
	for (const [what, text] of notRead) {test(`not read: ${what}`, () => {
		const a = analyze(text);
		assert.deepEqual(a.formulas.filter((f) => f.expansion?.source === 'restated').map((f) => f.text), [], text);
		assert.deepEqual(a.findings, [], text);
	});}
});

describe('a quoted formula nothing near it lists, its items the one numbered run of the document whose every point names its key: its count, or one off it when the text closes the run under the formula (flagged)', () => {
	const LEAD = '三、2026年重点工作\n\n政府工作总体要求是：坚定实施“五大战略”，整体工作实现“三个开新局”。\n\n';
	const POINTS = '（一）着力扩大内需，在推动经济提质增效上开新局。\n\n一是坚定实施扩大内需战略，实现新突破。\n\n二是坚定实施产业兴区战略，实现新突破。\n\n三是坚定实施创新驱动战略，实现新突破。\n\n四是坚定实施数字宁夏战略，实现新突破。\n\n五是坚定实施能源强区战略，实现新突破。\n\n';
	const MORE = '（二）着力深化改革，在全面深化改革开放上开新局。\n\n深化改革。\n\n（三）着力保护生态，在促进绿色低碳发展上开新局。\n\n保护生态。\n';
	/** The reading of the formula `name`: verdict, source and its items' first characters. */
	const reading = (text: string, name: string): string => {
		const f = analyze(text).formulas.find((x) => x.text === name);
		assert.ok(f, `formula ${name} recognised`);
		return `${f.verdict}${f.expansion ? ` ${f.expansion.source}` : ''}${f.parts[0]!.items.length ? ` ${f.parts[0]!.items.map((it) => it.slice(0, 4)).join('、')}` : ''}`;
	};
	test('read: points after it that each name the key (坚定实施…战略), and the headings after it that each name the key (…上开新局)', () => {
		const text = LEAD + POINTS + MORE;
		assert.equal(reading(text, '五大战略'), 'ok after 坚定实施、坚定实施、坚定实施、坚定实施、坚定实施');
		assert.equal(reading(text, '三个开新局'), 'ok headings （一）着、（二）着、（三）着');
		assert.deepEqual(analyze(text).findings, [], text);
	});
	test('fires: the formula named again with another count (“五大战略” read from the run / “四大战略”), on the second', () => {
		const text = `${LEAD}${POINTS}四、保障\n\n总之，要坚定实施“四大战略”。\n`;
		const findings = analyze(text).findings.map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);
		assert.deepEqual(findings, ['claim.restatement 四大'], text);
	});
	test('read: a run before the formula (the plan named again at the end)', () => {
		const text = `${POINTS}总之，要坚定实施“五大战略”。\n`;
		assert.equal(reading(text, '五大战略'), 'ok before 坚定实施、坚定实施、坚定实施、坚定实施、坚定实施');
	});
	// A run one point short or over, every point naming the key, closed under the formula: the count changed or a point dropped.
	const mismatch: [string, string, string, string][] = [
		['paragraphs one short of the count (六大战略 over 一是…五是 in its section)', LEAD.replace('五大战略', '六大战略') + POINTS + MORE, '六大战略', '6 5'],
		['paragraphs one over the count (四大战略 over 一是…五是)', LEAD.replace('五大战略', '四大战略') + POINTS + MORE, '四大战略', '4 5'],
		['headings one short of the count (四个开新局 over （一）…（三）, its section’s)', LEAD.replace('三个开新局', '四个开新局') + POINTS + MORE, '四个开新局', '4 3'],
		['headings one over the count (两个开新局 over （一）…（三）)', LEAD.replace('三个开新局', '两个开新局') + POINTS + MORE, '两个开新局', '2 3'],
		['the formula in its section’s paragraph, the points right after it (坚定实施“四大战略”。⏎一是…五是)', `三、重点工作\n\n（一）扩大内需。要坚定实施“四大战略”。\n\n${POINTS.slice(POINTS.indexOf('一是'))}（二）深化改革。\n\n深化改革。\n`, '四大战略', '4 5'],
		['no heading at all: the formula and the points after it', `今年要坚定实施“六大战略”。\n\n${POINTS.slice(POINTS.indexOf('一是'))}`, '六大战略', '6 5'],
		['a formula before any heading, the top headings after it (一、…三、 each …上开新局)', '今年工作要实现“四个开新局”。\n\n一、在推动经济提质增效上开新局\n\n扩大内需。\n\n二、在全面深化改革开放上开新局\n\n深化改革。\n\n三、在促进绿色低碳发展上开新局\n\n保护生态。\n', '四个开新局', '4 3'],
	];
	for (const [what, text, name, counts] of mismatch) {
		test(`flagged: ${what}`, () => {
			const a = analyze(text);
			const f = a.formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.equal(`${f.verdict} ${f.parts[0]!.count} ${f.parts[0]!.items.length}`, `mismatch ${counts}`, text);
			assert.deepEqual(a.findings.map((x) => `${x.ruleId} ${text.slice(x.span.start, x.span.end)}`), [`formula.count-mismatch ${name}`], text);
		});
	}
	const notRead: [string, string, string][] = [
		['points that do not all name the key', LEAD + POINTS.replace('能源强区战略', '能源强区行动'), '五大战略'],
		['a run one off, before the formula (the plan named again at the end)', `${POINTS}总之，要坚定实施“六大战略”。\n`, '六大战略'],
		['a run one off in another section than the formula’s (二、… / 三、…)', `二、过去一年\n\n坚定实施“六大战略”成效明显。\n\n三、2026年重点工作\n\n政府工作总体要求是：扩大内需。\n\n${POINTS}`, '六大战略'],
		['a run one off that goes on inside its last paragraph (…五是…；六是…)', LEAD.replace('五大战略', '六大战略') + POINTS.replace('五是坚定实施能源强区战略，实现新突破。', '五是坚定实施能源强区战略，实现新突破；六是坚定实施开放带动战略。') + MORE, '六大战略'],
		['a run one off that goes on in the next paragraph under another mark (⏎（六）…)', `今年要坚定实施“六大战略”。\n\n${POINTS.slice(POINTS.indexOf('一是'))}（六）坚定实施开放带动战略。\n`, '六大战略'],
		['a run one off named as a part of the set (其中五项)', `今年要坚定实施“六大战略”，先重点推进其中五项。\n\n${POINTS.slice(POINTS.indexOf('一是'))}`, '六大战略'],
		['a run one off that goes on unmarked in the next paragraph (此外，还要坚定实施…战略)', `今年要坚定实施“六大战略”。\n\n${POINTS.slice(POINTS.indexOf('一是'))}此外，还要坚定实施开放带动战略，实现新突破。\n`, '六大战略'],
		['a run one off whose next point is marked two paragraphs on (⏎另外，六是…)', `今年要坚定实施“六大战略”。\n\n${POINTS.slice(POINTS.indexOf('一是'))}同时做好其他工作。\n\n另外，六是坚定实施开放带动战略。\n`, '六大战略'],
		['two runs one off: two sets', LEAD.replace('五大战略', '六大战略') + POINTS + POINTS.replace('（一）', '（二）').replace('上开新局', '上见实效'), '六大战略'],
		['a run two off the count', LEAD.replace('五大战略', '七大战略') + POINTS + MORE, '七大战略'],
		['headings one off a level down (1.…3. inside （一）, not the section’s own)', '三、重点工作\n\n今年要实现“四个开新局”。\n\n（一）扩大内需\n\n1.在推动消费上开新局。\n\n2.在扩大投资上开新局。\n\n3.在稳定外贸上开新局。\n\n（二）深化改革\n\n深化改革。\n', '四个开新局'],
		['a generic key with another verb, one off (融入“四大战略” over 实施…战略)', `主动融入“四大战略”，开放水平提升。\n\n${POINTS.slice(POINTS.indexOf('一是'))}`, '四大战略'],
		['two runs that fit: two sets', LEAD + POINTS + POINTS.replace('（一）', '（二）').replace('上开新局', '上见实效'), '五大战略'],
		['a key of one character (“五化”)', '坚持“五化”方向。\n\n一是工业化。\n\n二是信息化。\n\n三是城镇化。\n\n四是农业现代化。\n\n五是绿色化。\n', '五化'],
		['a formula not quoted (这三类工业): the run is of other things', '国营工业、合作社营工业和公私合营工业，这三类工业产值将上升。\n\n（一）钢铁工业\n\n发展钢铁。\n\n（二）有色金属工业\n\n发展有色。\n\n（三）电力工业\n\n发展电力。\n', '三类工业'],
		['a key that opens each point, not its head’s end (“四个全面” over 一是全面深化改革…; the glossary’s own items)', '我们坚持“四个全面”战略布局。\n\n一是全面深化改革，激发活力。\n\n二是全面推进乡村振兴，夯实基础。\n\n三是全面提升城市品质，增强功能。\n\n四是全面加强生态保护，改善环境。\n', '四个全面'],
		['last year’s run (its lead: 2025年，我们重点抓了以下工作：) and this year’s formula', '2025年，我们重点抓了以下工作：\n\n一是推进城市更新会战，成效明显。\n\n二是推进乡村建设会战，成效明显。\n\n三是推进交通提升会战，成效明显。\n\n2026年，打好“三大会战”。\n', '三大会战'],
		['a key inside a phrase (“两个确立” over 一是确立新的产业目标…)', '深刻领悟“两个确立”的决定性意义。\n\n一是确立新的产业目标。\n\n二是确立新的开放目标。\n', '两个确立'],
		['a generic key written with another verb (融入“三大战略” over 深入实施…战略)', '主动融入“三大战略”，开放水平提升。\n\n一是深入实施创新驱动发展战略。\n\n二是深入实施乡村振兴战略。\n\n三是深入实施区域协调发展战略。\n', '三大战略'],
		['the province’s formula and the city’s run (全省… / 我市要做好以下工作：)', '全省实施“五大战略”。\n\n我市要做好以下工作：\n\n一是实施扩大内需战略。\n\n二是实施产业兴市战略。\n\n三是实施创新驱动战略。\n\n四是实施数字城市战略。\n\n五是实施人才强市战略。\n', '五大战略'],
	];
	for (const [what, text, name] of notRead) {
		test(`not read: ${what}`, () => {
			const a = analyze(text);
			assert.ok(!a.formulas.some((f) => f.text === name && f.verdict !== 'unexpanded'), text);
			assert.deepEqual(a.findings, [], text);
		});
	}
});

describe('a glossary term that is a count before a magnitude (三百, 三十工程): N things of it where the gloss lists them, each carrying it', () => {
	const formulaFindings = (text: string): string[] => analyze(text).findings.filter((x) => x.ruleId.startsWith('formula.')).map((x) => x.ruleId);
	// [what, entry, name, verdict, items]: read as N things of the magnitude, judged as any formula is.
	const read: [string, string, string, string, string[]][] = [
		['three items each carrying 100 (建设100个…): three of 百, not three hundred', '（9）服务业“三百工程”：建设100个重大项目、培育100个重点企业、打造100个重点品牌。', '三百工程', 'ok', ['建设100个重大项目', '培育100个重点企业', '打造100个重点品牌']],
		['the same, the count one more: flagged', '（9）服务业“四百工程”：建设100个重大项目、培育100个重点企业、打造100个重点品牌。', '四百工程', 'mismatch', ['建设100个重大项目', '培育100个重点企业', '打造100个重点品牌']],
		['two items each carrying 100 for a count of three, after ，即 (the figure written with a space): flagged', '“三百”招商：市委市政府于2013 年探索推行的招商新模式，即，在域外聘请100 名各界人士任驻外信息员，派出100 名优秀干部到经济发达地区挂职招商。', '三百', 'mismatch', ['在域外聘请100 名各界人士任驻外信息员', '派出100 名优秀干部到经济发达地区挂职']],
		['what the items lead to is no item, whatever the count (it made three for 三百)', '8.“三百”城市：中心城市建成区面积超过100平方公里、常住人口超过100万人、从中等城市迈入大城市行列。', '三百', 'mismatch', ['中心城市建成区面积超过100平方公里', '常住人口超过100万人']],
		['items carrying 十 as a count’s numeral (十大标志性战役) for a count of three: flagged', '长江大保护 “三十工程”：长江大保护十大标志性战役、长江经济带绿色发展十大战略性举措。', '三十工程', 'mismatch', ['长江大保护十大标志性战役', '长江经济带绿色发展十大战略性举措']],
		['two of 百 written 一百 (一百个, 一百家): ok', '“两百”工程：建设一百个重点项目、引进一百家企业。', '两百', 'ok', ['建设一百个重点项目', '引进一百家企业']],
		['two of 千 written 1000: ok', '“两千”工程：培训1000名村干部、建设1000个村级服务站。', '两千', 'ok', ['培训1000名村干部', '建设1000个村级服务站']],
		['the gloss counts a time by another numeral (两年) than the name’s (三): still flagged', '“三百”工程：利用两年时间，建设100个美丽乡村、培育100个家庭农场。', '三百', 'mismatch', ['建设100个美丽乡村', '培育100个家庭农场']],
	];
	for (const [what, entry, name, verdict, items] of read) {
		test(what, () => {
			const a = analyze(`名词解释\n\n${entry}`);
			const f = a.formulas.find((x) => x.text === name);
			assert.ok(f, name);
			assert.equal(f.verdict, verdict);
			assert.deepEqual([...f.parts[0]!.items], items);
			assert.equal(a.findings.some((x) => x.ruleId === 'formula.count-mismatch'), verdict === 'mismatch');
		});
	}
	// Silent: the magnitude is a number (or a name) where the gloss does not list N things of it, or the name is in running text.
	const silent: [string, string][] = [
		['a gloss whose items do not carry the magnitude', '名词解释\n\n“三百”工程：建设重大项目、培育重点企业、打造重点品牌。'],
		['a magnitude inside words (百姓, 百业), not a count’s', '名词解释\n\n“三百”行动：百姓安居、百业兴旺、百花齐放。'],
		['a number of things, one item', '名词解释\n\n“三百”工程：建设三百个村级综合服务站。'],
		['one item of the two carrying 100: no list of the magnitude', '名词解释\n\n“三百”城市：中心城市建成区面积超过100平方公里、从中等城市迈入大城市行列。'],
		['two magnitudes in the name (五千五百): not read so', '名词解释\n\n“五千五百”上市行动计划：在全省完成改制的5000家企业中，重点培育100家创业板企业、100家中小板企业。'],
		['a name in running text, not a glossary term', '今年深入实施服务业“三百工程”，建设100个重大项目、培育100个重点企业。'],
		// Near misses (review rvR8): the name's numeral counts years, or its noun is the unit of the number.
		['the gloss counts years by the name’s numeral (利用三年时间，每年…100个…): the items are a year’s', '名词解释\n\n“三百”工程：利用三年时间，每年建设100个美丽乡村、培育100个家庭农场。'],
		['the magnitude inside a larger numeral (三百个, 二百名): the name is the number of the first item', '名词解释\n\n“三百”工程：建设三百个村卫生室、培训二百名乡村医生。'],
		['the same of 十 (五十所, 二十所)', '名词解释\n\n“五十”工程：新建五十所幼儿园、改扩建二十所中小学。'],
		['a noun opening with a measure word (三十条: 30 articles, 10条 a group)', '名词解释\n\n“三十条”：围绕稳增长出台10条措施、围绕促消费出台10条措施。'],
	];
	for (const [what, text] of silent) {
		test(what, () => {
			assert.deepEqual(formulaFindings(text), []);
			assert.ok(!analyze(text).formulas.some((f) => /^[两三四五六七八九][十百千]/.test(f.text) && f.verdict !== 'unexpanded'), text);
		});
	}
});

describe('a count after 这 pointing back to items named in the clauses before its own', () => {
	test('items closed by the noun counted, or a 、-list closing the sentence before: read when exactly the count', () => {
		// The noun counted is the head of each item, in the sentence before (…事业和…事业 → 这两种事业) or in clauses of its own
		// sentence (一方面是…的发展，另一方面是…的发展，这两种发展), or shared after 的 (…A和B的改革 → 这两大改革).
		assert.deepEqual(formula('我国的科学事业和文化艺术事业都有了发展。在今后，政府必须大大加强对这两种事业的领导。', '两种'), { verdict: 'ok', source: 'before', parts: [[2, ['我国的科学事业', '文化艺术事业']]] });
		assert.deepEqual(formula('一方面是计划收购和计划供应工作的发展，另一方面是加工订货的发展，这两种发展改变了商业的地位。', '两种').parts, [[2, ['计划收购和计划供应工作的发展', '加工订货的发展']]]);
		const reforms = '今年经济体制改革的重要任务，就是要在价格体系和工资制度的改革上迈出一步。这两大改革，关系全局。我们要搞好这两项改革工作。';
		assert.deepEqual(formula(reforms, '两大').parts, [[2, ['价格体系', '工资制度']]]);
		assert.deepEqual(formula(reforms, '两项').parts, [[2, ['价格体系', '工资制度']]]);
		// A 、-list of three or more closing the sentence before.
		assert.deepEqual(formula('邓小平同志指出，要教育全国人民做到有理想、有道德、有文化、有纪律。这四条里面，理想和纪律特别重要。', '四条').parts, [[4, ['有理想', '有道德', '有文化', '有纪律']]]);
		// Items bound by the noun counted are judged: one off the count is flagged (formula.enumeration-count).
		for (const [text, name] of [
			['我国的科学事业和文化艺术事业都有了发展。政府必须加强对这三种事业的领导。', '三种'],
			['一方面是计划收购的发展，另一方面是加工订货的发展，这三种发展改变了商业的地位。', '三种'],
			['就是要在价格体系和工资制度的改革上迈出一步。这三大改革，关系全局。', '三大'],
			['一方面是工业的发展，另一方面是农业的发展，还有交通运输业的发展，这两种发展必须互相协调。', '两种'],
			['国营工业将由百分之五十上升为百分之六十，合作社营工业将由百分之三上升为百分之四，这三类工业产值合计占百分之七十。', '三类'],
			// A 、-list of three or more closing the sentence before, one short of the count, nothing before 这 in its own sentence
			// that could add to it (no part of the list makes the count).
			['邓小平同志指出，要做到有理想、有道德、有文化、有纪律。这五条里面，理想和纪律特别重要。', '五条'],
			['印度、印度尼西亚、缅甸和锡兰都拒绝参加会议。中华人民共和国政府完全支持这五个国家的正义立场。', '五个'],
		] as const) {
			assert.equal(formula(text, name).verdict, 'mismatch', text);
			assert.deepEqual(analyze(text).findings.map((f) => f.ruleId), ['formula.enumeration-count'], text);
		}
		// Silent — never flagged, never read: a 、-list that misses the count (the text may point to some of it), items that
		// hold counts of their own (a sum of parts, a subset), a list of two (a pair joined by 和 is too common to bind), a
		// list in the count's own sentence, the head qualifying another noun (改革的重要任务), a count of something else.
		for (const text of [
			// A 、-list one longer than the count (the text may point to some of it), or one shorter where the count's own
			// sentence may add to it before 这 (加上…, 和, a mark).
			'邓小平同志指出，要做到有理想、有道德、有文化、有纪律。这三条里面，理想和纪律特别重要。',
			'邓小平同志指出，要做到有理想、有道德、有文化。加上有纪律，这四条里面，理想和纪律特别重要。',
			// …or one shorter that the sentence before leaves open (…、有纪律等。这五条: 等 may stand for the fifth).
			'邓小平同志指出，要做到有理想、有道德、有文化、有纪律等。这五条里面，理想和纪律特别重要。',
			'印度、印度尼西亚和缅甸都拒绝参加会议。锡兰和这四个国家站在一起。',
			'在华北、中南各新建一个印染厂，在西北新建二个印染厂，这四个厂的全部设备由国内供应。',
			'将在东北、华东、西北和西南新建五个氮肥厂。在这五个氮肥厂中，现代化的氮肥厂有二个。这两个氮肥厂全部投产。',
			'老挝和柬埔寨已经独立。这就为我国同这两个王国建立正常关系提供了可能性。',
			'经济体制改革的重要任务已经明确，科技体制改革的重要任务正在部署。这两项改革工作要抓紧。',
			'全省完成投资、消费、出口三项任务，这三项任务都超额完成。',
			'我们看到了成绩。这两个月来，工业、农业、商业都有发展。',
			// A coordination and a mention of the noun elsewhere are not one set (a whole, a part, another thing).
			'国有企业和民营企业都有较快发展，各类企业要依法诚信经营。这两类企业要公平竞争。',
			'我们支持城市改革和农村改革，深化各项改革。这两项改革要统筹推进。',
			'钢铁企业和煤炭企业合并组建了新的能源企业。这两个企业的职工得到妥善安置。',
			'国家级开发区和省级开发区发展良好，其中省级开发区12个。这两类开发区要错位发展。',
			'全省规划建设高新技术产业园区和现代农业产业园区，其中省级园区两个。这两个园区要加快建设。',
			'社会主义物质文明和精神文明都取得了新进展。其他文明也要发展。这两个文明要一起抓。',
			// Parallel clauses with a whole or the rest beside them; the noun read on into a verb (企业要).
			'国有企业要深化改革，民营企业要加快发展，各类企业要依法经营。这两类企业要公平竞争。',
			'城市学校要扩容提质，农村学校要改善条件，其他学校也要规范办学。这两类学校要均衡发展。',
		]) {
			const a = analyze(text);
			assert.deepEqual(a.findings.filter((f) => f.ruleId.startsWith('formula.')), [], text);
			assert.equal(a.formulas.find((f) => /^这?[两三四五]/.test(f.text) && f.verdict !== 'unexpanded' && f.expansion?.source === 'before' && f.parts[0]!.items.length !== f.parts[0]!.count), undefined, text);
		}
		assert.equal(analyze('邓小平同志指出，要做到有理想、有道德、有文化、有纪律。这三条里面，理想和纪律特别重要。').formulas.find((f) => f.text === '三条'), undefined);
		assert.equal(analyze('老挝和柬埔寨已经独立。这就为我国同这两个王国建立正常关系提供了可能性。').formulas.find((f) => f.text === '两个'), undefined);
		assert.equal(analyze('经济体制改革的重要任务已经明确，科技体制改革的重要任务正在部署。这两项改革工作要抓紧。').formulas.find((f) => f.text === '两项'), undefined);
		assert.equal(analyze('在华北、中南各新建一个印染厂，在西北新建二个印染厂，这四个厂的全部设备由国内供应。').formulas.find((f) => f.text === '四个'), undefined);
	});
});

describe('a dash after a quoted formula and its noun (“三个一”工程——A、B、C), as a colon after them', () => {
	test('words longer than a noun between the name and the dash: no gloss', () => {
		unreadAndSilent('推进“三个一”工程建设全面提速并完成——甲博览园、乙山庄、丙酒店。', '三个一');
	});
	test('a dash after the noun before what the work did (a figure in the first item): no gloss', () => {
		unreadAndSilent('推进“三个一”工程——全年完成投资5亿元、新增就业2000人。', '三个一');
		unreadAndSilent('打造“五个一”品牌 ——2024年新建景区3个、新增床位800张。', '五个一');
	});
	test('a dash after a figure, not after the noun: no gloss', () => {
		unreadAndSilent('推进“三个一”工程5项——甲博览园、乙山庄、丙酒店。', '三个一');
	});
	test('an item dropped after the noun and the dash is caught', () => {
		const a = analyze('推进旅游产业“三个一”工程——甲博览园、乙山庄，全年完成投资5亿元。');
		assert.ok(a.findings.some((x) => x.ruleId === 'formula.count-mismatch'));
	});
});

describe('an unquoted glossary term whose key is a word ending in 一 (三统一制度)', () => {
	test('a gloss one item short: a cut that is a guess, no reading and nothing flagged', () => {
		const a = analyze('注释\n\n规范性文件三统一制度：是指对各部门制定的规范性文件，实行统一登记、统一编号。');
		assert.equal(a.formulas.find((f) => f.text.startsWith('三统') && f.verdict !== 'unexpanded'), undefined);
		assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
	});
	test('a key ending in 一 before another count (三统一四规范制度): no 三统 read from the term into its gloss', () => {
		const a = analyze('注释\n\n三统一四规范制度：统一登记、统一编号、统一公布，规范流程、规范标准、规范服务、规范考核。');
		assert.equal(a.formulas.find((f) => f.text === '三统'), undefined);
		assert.deepEqual(a.findings.filter((x) => x.ruleId.startsWith('formula.')), []);
	});
	test('two parts that are counts each (五横六纵生态水网) still read as two', () => {
		const f = analyze('注释\n\n五横六纵生态水网：“五横”指甲河、乙河、丙河、丁河、戊河，“六纵”指一渠、二渠、三渠、四渠、五渠、六渠。').formulas.find((x) => x.text === '五横六纵');
		assert.equal(f?.verdict, 'ok');
	});
});

describe('a dash after a quoted formula in running text before a sentence (今年“两会”——代表委员热议…): a headline’s dash, no gloss', () => {
	const silent: [string, string, string][] = [
		['a subject and a verb before the first 、-item', '今年“两会”——代表委员热议民生、就业、教育。', '两会'],
		['the same, the list closed by a comma, two items', '今年全国“两会”——代表委员热议就业、教育，共话发展。', '两会'],
		['the same after a place', '省“两会”——代表委员建言乡村振兴、城市更新、产业升级。', '两会'],
	];
	for (const [what, text, name] of silent) test(what, () => unreadAndSilent(text, name));
	const read: [string, string, string, string, string[]][] = [
		['items of a kind after the dash, exactly the count', '实施“三大工程”——保障性住房建设、城中村改造、平急两用设施建设。', '三大工程', 'ok', ['保障性住房建设', '城中村改造', '平急两用设施建设']],
		['a first item a little longer than the others is an item', '推进“三项改革”——农村集体产权制度改革、户籍改革、医药改革。', '三项改革', 'ok', ['农村集体产权制度改革', '户籍改革', '医药改革']],
		['items of a kind, one short: flagged', '推进“三大工程”——保障性住房建设、城中村改造，加快项目落地。', '三大工程', 'mismatch', ['保障性住房建设', '城中村改造']],
		['a long first item before others that each end with the key: a gloss', '推进“两个融合”——以数字技术赋能传统制造业转型升级、数实融合。', '两个融合', 'ok', ['数字技术赋能传统制造业转型升级', '数实融合']],
		['the same one short: flagged', '推进“三个融合”——以数字技术赋能传统制造业转型升级、数实融合。', '三个融合', 'mismatch', ['数字技术赋能传统制造业转型升级', '数实融合']],
	];
	for (const [what, text, name, verdict, items] of read) {
		test(what, () => {
			const f = formula(text, name);
			assert.equal(f.verdict, verdict);
			assert.deepEqual(f.parts[0]![1], items);
		});
	}
});

describe('clauses after a gloss’s list that hold its key only inside a word and state a figure (定岗、定编、定员，全市共核定编制1200名): what was done, no items', () => {
	const read: [string, string, string, string, string[]][] = [
		['a figure clause after the comma, the key inside 核定', '“三定”：定岗、定编、定员，全市共核定编制1200名、岗位300个。', '三定', 'ok', ['定岗', '定编', '定员']],
		['the same after 指', '“三定”：指定岗、定编、定员，全市共核定编制1200名。', '三定', 'ok', ['定岗', '定编', '定员']],
		['the same, the items written between commas', '“三定”：定岗，定编，定员，全市共核定编制1200名。', '三定', 'ok', ['定岗', '定编', '定员']],
		['one item short before the figure clause: still flagged', '“三定”：定岗、定编，全市共核定编制1200名、岗位300个。', '三定', 'mismatch', ['定岗', '定编']],
		['a clause without a figure that carries the key inside stays an item (全力保障运转 of 四保)', '“四保”：保基本民生、保工资、保运转，全力保障重点项目。', '四保', 'ok', ['保基本民生', '保工资', '保运转', '保障重点项目']],
		['the figure written in characters', '“三定”：定岗、定编、定员，全市共核定编制一千二百名、岗位三百个。', '三定', 'ok', ['定岗', '定编', '定员']],
		['a figure clause that names nothing an item names stays an item (保障重点项目 of 四保)', '“四保”：保基本民生、保工资、保运转，全力保障重点项目资金20亿元。', '四保', 'ok', ['保基本民生', '保工资', '保运转', '保障重点项目资金20亿元']],
		['the same with the key at the end of its word (确保运转 of 三保)', '“三保”：保基本民生、保工资，确保运转资金5亿元。', '三保', 'ok', ['保基本民生', '保工资', '保运转资金5亿元']],
	];
	for (const [what, text, name, verdict, items] of read) {
		test(what, () => {
			const f = formula(text, name);
			assert.equal(f.verdict, verdict, text);
			assert.deepEqual(f.parts[0]![1], items);
		});
	}
});
