import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, type Section } from '../../server/src/analysis/index';
import { joinLines, spanText } from '../helpers/text';

/** The outline as indented lines `kind title`, two spaces a level. */
function outline(text: string): string[] {
	const out: string[] = [];
	const visit = (list: readonly Section[], depth: number): void => {
		for (const s of list) {
			out.push(`${'  '.repeat(depth)}${s.kind} ${s.title}${s.byline ? ` | ${s.byline}` : ''}`);
			visit(s.children, depth + 1);
		}
	};
	visit(analyze(text).sections, 0);
	return out;
}

/** A small newspaper page in the seed's layout, written for this test. */
const PAGE = joinLines(
	'福建省某市某区：',
	'党建引领跑出发展加速度',
	'',
	'■福建省某市某区委书记 张 三',
	'',
	'近年来，某区坚持以新时代党的建设总要',
	'求为指导，推动各项工作争先进位。',
	'',
	'夯实基层组织基础，构建基层治理新',
	'',
	'格局。某区始终坚持把一切工作落到支',
	'部上，不断增强基层党组织的组织力。',
	'',
	'织密组织网。某区构建“大党工委”格局，',
	'落实党建联席会议制度，实现组织共建。',
	'',
	'配强带头人。某区建立村居干部履职清',
	'单，全面提高村居“两委”成员报酬待遇。',
	'',
	'党员示范带动，变“小打小闹”为集中',
	'推广。长期以来，稻田养鱼在农村并不少见。',
	'',
	'项目一线高扬党旗，切实解决疑难杂',
	'',
	'症。作为主战场，某区创新推行新模式。',
	'',
	'攻坚力量下沉。某区抽调137名干部下沉一',
	'线，充实攻坚力量，取得明显成效。',
);

describe('sections', () => {
	test('newspaper page: title with byline, part headings and lead sentences nested by the document’s cues', () => {
		assert.deepEqual(outline(PAGE), [
			'title 福建省某市某区：党建引领跑出发展加速度 | 福建省某市某区委书记 张三',
			'  partHeading 夯实基层组织基础，构建基层治理新格局',
			'    leadSentence 织密组织网',
			'    leadSentence 配强带头人',
			'    leadSentence 党员示范带动，变“小打小闹”为集中推广',
			'  partHeading 项目一线高扬党旗，切实解决疑难杂症',
			'    leadSentence 攻坚力量下沉',
		]);
	});

	test('the heading span covers the first sentence only; the body runs to the next sibling', () => {
		const a = analyze(PAGE);
		const part = a.sections[0]!.children[0]!;
		assert.equal(spanText(PAGE, part.headingSpan), '夯实基层组织基础，构建基层治理新\n\n格局');
		const lead = part.children[0]!;
		assert.equal(spanText(PAGE, lead.headingSpan), '织密组织网');
		assert.ok(spanText(PAGE, lead.bodySpan).endsWith('实现组织共建。'));
		assert.ok(spanText(PAGE, part.bodySpan).endsWith('稻田养鱼在农村并不少见。'));
	});

	test('numbered headings of a report: 一、 （一） 1. （1） nest by rank, the name is the first sentence', () => {
		const text = joinLines(
			'## 一、总体要求',
			'',
			'（一）指导思想。坚持以新时代中国特色社会主义思想为指导。',
			'',
			'1．加强组织领导。各地区要高度重视。',
			'',
			'（1）健全机制。建立联席会议制度。',
			'',
			'（二）工作原则。坚持党的全面领导。',
			'',
			'## 二、主要任务',
			'',
			'一是加强基层党组织建设。这不是标题。',
		);
		assert.deepEqual(outline(text), [
			'markdown 一、总体要求',
			'  cnParenEnum （一）指导思想',
			'    arabicEnum 1．加强组织领导',
			'      arabicParenEnum （1）健全机制',
			'  cnParenEnum （二）工作原则',
			'markdown 二、主要任务',
		]);
	});

	test('a regulation: 章 and 条, with the items of an article nested under it', () => {
		const text = joinLines(
			'# 某某条例',
			'',
			'## 第一章　总则',
			'',
			'第一条 为了规范工资支付行为，制定本条例。',
			'',
			'第二条 本条例所称用人单位包括：',
			'',
			'（一）企业；',
			'',
			'（二）个体经济组织。',
			'',
			'第三条 农民工有按时足额获得工资的权利。',
			'',
			'## 第二章　工资支付形式与周期',
			'',
			'第四条 工资应当以货币形式支付。',
		);
		assert.deepEqual(outline(text), [
			'markdown 某某条例',
			'  markdown 第一章　总则',
			'    article 第一条 为了规范工资支付行为，制定本条例',
			'    article 第二条 本条例所称用人单位包括',
			'      cnParenEnum （一）企业',
			'      cnParenEnum （二）个体经济组织',
			'    article 第三条 农民工有按时足额获得工资的权利',
			'  markdown 第二章　工资支付形式与周期',
			'    article 第四条 工资应当以货币形式支付',
		]);
	});

	test('not headings: a question, a long first sentence, an enumeration (一是), a one-sentence paragraph, a dated sentence, a salutation', () => {
		const text = joinLines(
			'如何推动基层党建与社会治理相融合？是做好新时代基层党建的必答题。',
			'',
			'2002年6月，时任福建省委副书记、省长的习近平同志深入厦门调研，提出了战略构想。此后发展迅速。',
			'',
			'一是加大宏观调控力度。针对严峻挑战精准施策。',
			'',
			'就业是最基本的民生。',
			'',
			'2025年是“十四五”规划收官之年。做好今年工作意义重大。',
			'',
			'**各位代表：**',
		);
		assert.deepEqual(outline(text), []);
	});

	test('第X部分 is a part of a report, above its 一、 headings', () => {
		const text = joinLines('第一部分　工作回顾', '', '一、经济运行。正文。', '', '第二部分　工作安排', '', '一、总体要求。正文。');
		assert.deepEqual(outline(text), ['volume 第一部分　工作回顾', '  cnEnum 一、经济运行', 'volume 第二部分　工作安排', '  cnEnum 一、总体要求']);
	});

	test('bold lead sentences and bold labels', () => {
		const text = joinLines('**加快发展新质生产力。**充分发挥创新主导作用。', '', '正文。', '', '**注释：**', '', '[1]本公报中数据均为初步统计数。');
		assert.deepEqual(outline(text), ['boldLead 加快发展新质生产力', 'boldLead 注释']);
	});

	test('document title: the line before the date and author lines, a heading of rank 0 over the document', () => {
		const text = joinLines(
			'**政府工作报告**',
			'',
			'——2024年3月5日在第十四届全国人民代表大会第二次会议上',
			'',
			'国务院总理　李强',
			'',
			'各位代表：',
			'',
			'## 一、2023年工作回顾',
			'',
			'过去一年，是全面贯彻党的二十大精神的开局之年。',
		);
		assert.deepEqual(outline(text), ['title 政府工作报告 | 国务院总理 李强', '  markdown 一、2023年工作回顾']);
	});

	test('titles: an author line before the date (国家统计局⏎2024年2月29日), a web page’s source lines', () => {
		assert.deepEqual(outline(joinLines('**中华人民共和国2023年国民经济和社会发展统计公报[1]**', '', '国家统计局', '', '2024年2月29日', '', '2023年是全面贯彻党的二十大精神的开局之年。')), [
			'title 中华人民共和国2023年国民经济和社会发展统计公报 | 国家统计局',
		]);
		assert.deepEqual(outline(joinLines('下载', '打印', '2026年北京市政府工作报告', '——2026年1月25日在北京市第十六届人民代表大会第四次会议上', '来源：北京日报', '时间：2026-02-02', '北京市市长 殷勇', '各位代表：', '现在，我代表北京市人民政府，向大会报告政府工作。')), [
			'title 2026年北京市政府工作报告 | 北京市市长 殷勇',
		]);
	});

	test('a file of several articles: one title per article, a dateline before a title, a thematic break ends an article', () => {
		const text = joinLines(
			'新华社北京3月10日电',
			'',
			'国务院机构改革方案',
			'',
			'党的二十届二中全会通过了《党和国家机构改革方案》，其中涉及国务院机构改革的内容。',
			'',
			'一、重新组建科学技术部。加强科学技术部推动健全新型举国体制。',
			'',
			'二、组建国家数据局。负责协调推进数据基础制度建设。',
			'',
			'---',
			'',
			'关于国务院机构改革方案的说明',
			'——2023年3月7日在第十四届全国人民代表大会第一次会议上',
			'国务委员兼国务院秘书长 肖捷',
			'',
			'各位代表：',
			'',
			'一、重新组建科学技术部。科技创新在我国现代化建设全局中居于核心地位。',
			'',
			'---',
			'',
			'三、深化国务院机构改革',
		);
		assert.deepEqual(outline(text), [
			'title 国务院机构改革方案',
			'  cnEnum 一、重新组建科学技术部',
			'  cnEnum 二、组建国家数据局',
			'title 关于国务院机构改革方案的说明 | 国务委员兼国务院秘书长 肖捷',
			'  cnEnum 一、重新组建科学技术部',
			'cnEnum 三、深化国务院机构改革',
		]);
	});

	test('no title: the signature of a notice at its end, a table cell before a month', () => {
		assert.deepEqual(outline(joinLines('各地区要抓好落实。', '', '国务院办公厅', '', '2021年5月10日')), []);
		assert.deepEqual(outline(joinLines('规模以上工业增加值', '2024年1-12月', '增长5.8%')), []);
	});

	test('Markdown list markers before numbering marks (- （一）…, * 1.…, - **第一条**…) hide no heading', () => {
		const text = joinLines(
			'#### 第一章　总体要求和适用范围',
			'',
			'- **第一条**　　为了维护党章和其他党内法规，制定本条例。',
			'',
			'- **第二条**　　党的纪律处分工作遵循下列原则：',
			'',
			'  - （一）坚持党要管党、全面从严治党。把严的基调贯彻始终。',
			'',
			'  - （二）党纪面前一律平等。对违犯党纪的党组织和党员必须严肃处理。',
			'',
			'* 1. 加强组织领导。各地区要高度重视。',
			'',
			'- 时间：2024年',
		);
		assert.deepEqual(outline(text), [
			'markdown 第一章　总体要求和适用范围',
			'  article 第一条　　为了维护党章和其他党内法规，制定本条例',
			'  article 第二条　　党的纪律处分工作遵循下列原则',
			'    cnParenEnum （一）坚持党要管党、全面从严治党',
			'    cnParenEnum （二）党纪面前一律平等',
			'      arabicEnum 1. 加强组织领导',
		]);
	});

	test('numbered headings in bold and inside # headings with an editor’s extra numbering', () => {
		const text = joinLines('## 1. 一、总体要求', '', '**（一）指导思想。**坚持党的领导。', '', '### 2.1 （二）工作原则', '', '坚持人民至上。');
		assert.deepEqual(outline(text), ['markdown 一、总体要求', '  cnParenEnum （一）指导思想', '  markdown （二）工作原则']);
	});

	test('numbered headings of the text among # headings: placed by their numbering, not below every # level', () => {
		// The text's 一、 in bold, its （一） marked ###: 一、 holds them (as written without the marks), and 二、 is none of theirs.
		const report = joinLines('**一、2006年工作回顾**', '', '### （一）经济转型迈出新步伐', '', '全省生产总值增长14.1%。', '', '### （二）投资结构进一步优化', '', '投资增长30%。', '', '**二、2007年工作总体要求**', '', '### （一）扎实推进新农村建设', '', '粮食增产。');
		assert.deepEqual(outline(report), [
			'cnEnum 一、2006年工作回顾',
			'  markdown （一）经济转型迈出新步伐',
			'  markdown （二）投资结构进一步优化',
			'cnEnum 二、2007年工作总体要求',
			'  markdown （一）扎实推进新农村建设',
		]);
		// Some chapters marked ###, others in bold: a bold chapter is the marked chapters' sibling, not a child of a 第X节.
		const outline2 = joinLines('## 第三篇　科技创新', '', '### 第十章　企业创新', '', '#### 第一节　创新资源', '', '推动创新资源向企业集聚。', '', '**第十一章　教育科技人才**', '', '**第一节　协调机制**', '', '建立健全协调机制。', '', '## 第四篇　数字中国', '', '**第十二章　算力算法**', '', '加强算力设施支撑。');
		assert.deepEqual(outline(outline2), [
			'markdown 第三篇　科技创新',
			'  markdown 第十章　企业创新',
			'    markdown 第一节　创新资源',
			'  chapter 第十一章　教育科技人才',
			'    section 第一节　协调机制',
			'markdown 第四篇　数字中国',
			'  chapter 第十二章　算力算法',
		]);
		// Every heading above the text's numbering marked: an unnumbered # heading keeps its level, the text's 第一条 and
		// （一） stay under the marked chapter, （一） under 第一条.
		const law = joinLines('### 总纲', '', '党的最高理想是实现共产主义。', '', '### 第一章　党员', '', '第一条　年满十八岁的先进分子，可以申请入党。', '', '（一）认真学习马克思列宁主义。坚持学习。', '', '### 第二章　组织制度', '', '第十条　党是统一整体。');
		assert.deepEqual(outline(law), [
			'markdown 总纲',
			'markdown 第一章　党员',
			'  article 第一条　年满十八岁的先进分子，可以申请入党',
			'    cnParenEnum （一）认真学习马克思列宁主义',
			'markdown 第二章　组织制度',
			'  article 第十条　党是统一整体',
		]);
		// An editor's own numbering on the # headings (## 1. …), the text's （一） met only inside them, restarting in each:
		// the （一） stay under the marked parts (## 2. is none of theirs), though （一） ranks above 1. among numberings.
		const edited = joinLines('# 某市2024年政府工作报告', '', '## 1. 2023年工作回顾', '', '（一）经济运行稳中向好', '', '全市生产总值5123亿元，增长5.2%。', '', '（二）改革开放持续深化', '', '全年实际使用外资10亿美元。', '', '## 2. 2024年工作安排', '', '（一）扩大有效需求', '', '全年完成投资1000亿元。');
		assert.deepEqual(outline(edited), [
			'markdown 某市2024年政府工作报告',
			'  markdown 1. 2023年工作回顾',
			'    cnParenEnum （一）经济运行稳中向好',
			'    cnParenEnum （二）改革开放持续深化',
			'  markdown 2. 2024年工作安排',
			'    cnParenEnum （一）扩大有效需求',
		]);
	});

	test('Markdown that makes every paragraph a list item: an item’s lead sentence is read as a paragraph’s is', () => {
		const paragraphs = [
			'三、坚定把推动“四化同步”作为着力重点',
			'加快推进新型工业化。实施优势资源开发突破行动，做强资源能源大文章。',
			'加快推进新型信息化。加快5G网络建设，推动数字经济发展。',
			'加快推进新型城镇化。推进以县城为重要载体的城镇化建设。',
		];
		const asList = (ps: string[]): string => joinLines(...ps.flatMap((p, i) => [i === 0 ? `## ${p}` : `- ${p}`, '']));
		const expected = [
			'markdown 三、坚定把推动“四化同步”作为着力重点',
			'  leadSentence 加快推进新型工业化',
			'  leadSentence 加快推进新型信息化',
			'  leadSentence 加快推进新型城镇化',
		];
		assert.deepEqual(outline(asList(paragraphs)), expected);
		assert.deepEqual(outline(joinLines(...paragraphs.flatMap((p, i) => [i === 0 ? `## ${p}` : p, '']))), expected);
		// Near misses: items that are one sentence each, items without a lead sentence, a single item among sentences.
		assert.deepEqual(outline(asList([paragraphs[0]!, '加快推进新型工业化。', '加快推进新型信息化。', '加快推进新型城镇化。'])), [expected[0]]);
		assert.deepEqual(outline(asList([paragraphs[0]!, '全年工业增加值增长6.5%。规上工业企业达到1200户。', '全年建筑业增加值增长3.1%。资质企业达到300户。'])), [expected[0]]);
		assert.deepEqual(outline(asList([paragraphs[0]!, '加快推进新型工业化。实施优势资源开发突破行动。', '今年要做好以下工作，确保各项任务落到实处，推动全州经济社会高质量发展。'])), [expected[0]]);
	});

	test('lead sentences: a heading when its siblings parallel it, not a single opener nor a statistical sentence', () => {
		const web = joinLines(
			'三、2026年重点工作',
			'今年是“十五五”开局之年，做好各项工作意义重大。我们要坚持稳中求进工作总基调。',
			'（一）深入落实城市总体规划，推动京津冀协同发展走深走实',
			'坚持首都城市战略定位，发挥“一核”辐射带动作用，推动京津冀协同发展。',
			'充分发挥规划统筹引领作用。完善首都规划体系，加强规划实施监督。',
			'接续实施疏解整治促提升。疏解提质一般制造业企业，腾退土地用于公共服务。',
			'打造现代化首都都市圈。促进通勤圈一体发展，推进交通基础设施互联互通。',
		);
		assert.deepEqual(outline(web), [
			'cnEnum 三、2026年重点工作',
			'  cnParenEnum （一）深入落实城市总体规划，推动京津冀协同发展走深走实',
			'    leadSentence 充分发挥规划统筹引领作用',
			'    leadSentence 接续实施疏解整治促提升',
			'    leadSentence 打造现代化首都都市圈',
		]);
		const communique = joinLines(
			'## 三、工业和建筑业',
			'',
			'全年全部工业增加值399103亿元，比上年增长4.2%。规模以上工业增加值增长4.6%。',
			'',
			'全年建筑业增加值85691亿元，比上年增长7.1%。全国具有资质等级的总承包和专业承包建筑业企业利润8326亿元。',
			'',
			'[27]建筑业企业利润增速按可比口径计算。本公报中数据均为初步统计数。',
			'',
			'[28]全社会固定资产投资为不含农户的固定资产投资。统计口径有调整。',
		);
		assert.deepEqual(outline(communique), ['markdown 三、工业和建筑业']);
	});

	test('a sentence that opens on its time opens a section, a heading only beside siblings that open the same way', () => {
		const text = joinLines(
			'一、过去五年工作回顾',
			'',
			'过去五年，是我市发展历程中极不平凡的五年。我们团结带领全市人民砥砺奋进。',
			'',
			'综合实力显著增强。全市生产总值年均增长百分之六以上。',
			'',
			'改革开放纵深推进。重点领域和关键环节改革取得突破。',
			'',
			'刚刚过去的2025年，是“十四五”规划收官之年。全市经济运行稳中有进。',
			'',
			'在肯定成绩的同时，我们也清醒看到存在的问题。主要是发展不够充分。',
			'',
			'二、今年的工作安排',
			'',
			'今年是“十五五”开局之年。做好政府工作意义重大。',
			'',
			'一年来，我们聚焦创新发展，科技实力迈上新台阶。全年新增高新技术企业。',
			'',
			'一年来，我们聚焦绿色发展，生态环境明显改善。全年空气质量持续向好。',
			'',
			'去年以来，我们着力扩大开放。全年进出口总额稳步增长。',
			'',
			'扩大有效投资。加快重大项目建设，发挥政府投资带动作用。',
		);
		assert.deepEqual(outline(text), [
			'cnEnum 一、过去五年工作回顾',
			'  leadSentence 综合实力显著增强',
			'  leadSentence 改革开放纵深推进',
			'cnEnum 二、今年的工作安排',
			'  leadSentence 一年来，我们聚焦创新发展，科技实力迈上新台阶',
			'  leadSentence 一年来，我们聚焦绿色发展，生态环境明显改善',
			'  leadSentence 扩大有效投资',
		]);
	});

	test('a review lead sentence may be long, in a run of three opening on the same span of years', () => {
		const review = (opener: string, n: number): string[] =>
			['深化改革扩大开放，高质量发展活力更加强劲', '推动创新驱动转型升级，高质量发展支撑更加有力', '保护生态优化城乡环境，高质量发展优势更加凸显']
				.slice(0, n)
				.flatMap((s) => [`${opener}我们着力${s}。全年新开工重大项目一批，完成年度目标。`, '']);
		const cases: [string, number, number][] = [
			// opener, siblings, headings kept
			['五年来，', 3, 3],
			['过去五年，', 3, 3],
			['这五年，', 3, 3],
			['一年来，', 3, 3],
			['五年来，', 2, 0], // two long sentences: no run
			['一九八四年，', 3, 0], // a year's name, not a span reviewed: long sentences stay paragraphs
		];
		// Reflections opening on the span reviewed (一年来，我们深刻体会到，…) are no leads of parts reviewed.
		const reflections = joinLines('一、2024年工作回顾', '', '一年来，我们深刻体会到，做好政府工作必须坚持党的全面领导。全市上下共同努力，各项工作取得新的进展。', '', '一年来，我们也清醒看到，经济社会发展中还存在一些困难和问题。全市上下共同努力，各项工作取得新的进展。', '', '一年来，我们深切感受到，人民群众的小事就是政府的大事。全市上下共同努力，各项工作取得新的进展。', '');
		assert.deepEqual(outline(reflections), ['cnEnum 一、2024年工作回顾']);
		for (const [opener, n, kept] of cases) {
			const text = joinLines('一、过去五年工作回顾', '', ...review(opener, n));
			assert.equal(outline(text).length - 1, kept, `${opener} × ${n}`);
		}
		// A short sentence two paragraphs after a review run parallels none of it: a run is of one sort.
		const after = joinLines('一、过去五年工作回顾', '', ...review('五年来，', 3), '各位代表，五年来的成就来之不易，是全市人民共同奋斗的结果。', '', '居安更须思危，知忧方能克难。我们清醒地认识到，发展中还存在不少困难。', '', '二、今后五年的主要任务', '');
		assert.ok(!outline(after).some((l) => l.includes('居安更须思危')), outline(after).join('\n'));
	});

	test('lead sentences scattered over a speech that no heading structures are no headings; a run of them is', () => {
		const para = (first: string): string[] => [`${first}。这方面的工作还需要继续努力，各部门要认真研究。`, ''];
		const filler = (k: number): string[] => Array.from({ length: k }, (_, i) => para(`我们在第${'一二三四五六七八九'[i]}个方面还有很多的工作要做，要按照中央的部署逐步推进并且加以改进`)).flat();
		const scattered = joinLines('关于政府工作的报告', '', ...para('但是我们没有任何理由可以自满'), ...filler(6), ...para('目前我们的国家机关的工作还有缺点'), ...filler(6), ...para('我国的农业有了新的发展'));
		assert.deepEqual(outline(scattered), []);
		const run = joinLines('关于政府工作的报告', '', ...para('加强计划工作'), ...para('加强技术管理'), ...para('厉行节约'), ...filler(6));
		assert.deepEqual(outline(run), ['leadSentence 加强计划工作', 'leadSentence 加强技术管理', 'leadSentence 厉行节约']);
	});

	test('a lead sentence alone under its heading counts when the headings beside it have lead sentences', () => {
		const text = joinLines(
			'（一）加快发展现代农业，扎实推进新农村建设。',
			'',
			'大力推进农业产业化经营。充分发挥龙头企业的带动作用。',
			'',
			'（二）继续实施投资拉动，加强基础设施建设。作为后发省份，投资仍是关键。',
			'',
			'重点加强能源基础设施建设。开工建设一批电源项目。',
			'',
			'加快水利基础设施建设。推进重点水源工程。',
		);
		assert.deepEqual(outline(text), [
			'cnParenEnum （一）加快发展现代农业，扎实推进新农村建设',
			'  leadSentence 大力推进农业产业化经营',
			'cnParenEnum （二）继续实施投资拉动，加强基础设施建设',
			'  leadSentence 重点加强能源基础设施建设',
			'  leadSentence 加快水利基础设施建设',
		]);
	});

	test('hard-wrapped: a numbered heading on its own line stays apart from the paragraph joined after a blank line', () => {
		const text = joinLines(
			'更大的决心和力度深化改革开放，促',
			'进有效市场和有为政府更好结合，持',
			'续激发和增强社会活力，推动高质量',
			'发展取得新的更大成效。',
			'',
			'三、2024年政府工作任务',
			'',
			'党中央对今年工作作出了全面部署，',
			'我们要深入贯彻落实，紧紧抓住主要',
			'矛盾，着力突破瓶颈制约，扎实做好',
			'各项工作。',
		);
		const a = analyze(text);
		assert.equal(a.hardWrapped, true);
		assert.deepEqual(outline(text), ['cnEnum 三、2024年政府工作任务']);
		assert.equal(spanText(text, a.sections[0]!.headingSpan), '三、2024年政府工作任务');
	});
	// A column of 15 characters: a heading whose last line fills the column runs on across the blank line after it into
	// the paragraph under it (the unwrapper joins a full line that ends no sentence with the next).
	const WRAPPED_OPENING = ['我们要坚持稳中求进工作总基调，', '完整准确全面贯彻新发展理念，加', '快构建新发展格局，着力推动高质', '量发展，更好统筹发展和安全。', ''];
	const wrappedParagraph = (lead: string): string[] => [`${lead}进一步激发`, '消费潜力，培育壮大新型消费，推', '动消费从恢复转向持续扩大。', ''];

	test('hard-wrapped: the lead sentence of the paragraph a numbered heading ran on into is a heading under it', () => {
		const text = joinLines(
			...WRAPPED_OPENING,
			// The first sentence, heading and lead sentence, is longer than a heading (cut at the blank line before).
			'（一）扩大有效需求，巩固和增强', '经济回升向好的势头不断持续巩固', '', ...wrappedParagraph('提振和扩大居民消费。'), ...wrappedParagraph('扩大有效投资。'),
			// A heading alone on its line, not run on.
			'（二）加快建设现代化产业体系，', '推进新型工业化', '', ...wrappedParagraph('做强实体经济。'), ...wrappedParagraph('培育新兴产业。'),
			// Short enough to be one heading: cut where the lead sentence starts, as its siblings stand alone.
			'（三）深入实施乡村振兴战略，在', '乡村振兴中建设农业强省和美乡村', '', ...wrappedParagraph('扛牢粮食安全。'), ...wrappedParagraph('发展特色产业。'),
		);
		const a = analyze(text);
		assert.equal(a.hardWrapped, true);
		assert.deepEqual(outline(text), [
			'cnParenEnum （一）扩大有效需求，巩固和增强经济回升向好的势头不断持续巩固',
			'  leadSentence 提振和扩大居民消费',
			'  leadSentence 扩大有效投资',
			'cnParenEnum （二）加快建设现代化产业体系，推进新型工业化',
			'  leadSentence 做强实体经济',
			'  leadSentence 培育新兴产业',
			'cnParenEnum （三）深入实施乡村振兴战略，在乡村振兴中建设农业强省和美乡村',
			'  leadSentence 扛牢粮食安全',
			'  leadSentence 发展特色产业',
		]);
		const lead = a.sections[2]!.children[0]!;
		assert.equal(spanText(text, lead.headingSpan), '扛牢粮食安全');
		assert.equal(spanText(text, a.sections[2]!.headingSpan).replace(/\n/g, ''), '（三）深入实施乡村振兴战略，在乡村振兴中建设农业强省和美乡村');
	});

	test('hard-wrapped: a blank line inside a heading that opens its paragraph is no cut where its siblings do too', () => {
		const text = joinLines(
			...WRAPPED_OPENING,
			'（一）扩大有效需求，巩固和增强', '', '经济回升向好的势头。进一步激发', '消费潜力，培育壮大新型消费，推', '动消费从恢复转向持续扩大。', '',
			'（二）加快建设现代化产业体系。推', '进新型工业化，做强实体经济，培', '育壮大新兴产业和未来产业。', '',
			'（三）着力扩大高水平对外开放。稳', '住外贸外资基本盘，推动货物贸易', '优化升级，扩大服务贸易规模。', '',
			'（四）深入实施乡村振兴战略，在', '', '乡村振兴中建设农业强省。稳定粮', '食播种面积，推进高标准农田建设', '，确保粮食产量保持稳定增长。', '',
		);
		assert.equal(analyze(text).hardWrapped, true);
		assert.deepEqual(outline(text), [
			'cnParenEnum （一）扩大有效需求，巩固和增强经济回升向好的势头',
			'cnParenEnum （二）加快建设现代化产业体系',
			'cnParenEnum （三）着力扩大高水平对外开放',
			'cnParenEnum （四）深入实施乡村振兴战略，在乡村振兴中建设农业强省',
		]);
	});

	test('hard-wrapped: a blank line inside an item whose siblings are one sentence each (an article\'s items) is no cut', () => {
		const text = joinLines(
			...WRAPPED_OPENING,
			'（一）宣传贯彻党的路线方针政策', '和决议。', '',
			'（二）讨论决定本村经济建设和社', '会发展中的重要问题。', '',
			'（三）领导和推进村级民主选举、', '民主决策、民主管理。', '',
			'（四）组织党员群众学习农业科学', '', '技术知识。运用科技发展经济，吸', '引各类人才到农村创业创新。', '',
		);
		assert.equal(analyze(text).hardWrapped, true);
		assert.deepEqual(outline(text).slice(-1), ['cnParenEnum （四）组织党员群众学习农业科学技术知识']);
	});

	test('hard-wrapped: numbering that starts again is another list — sentences in the review, headings alone in the plan', () => {
		const text = joinLines(
			...WRAPPED_OPENING,
			'一、经济运行稳中向好。全年地区', '生产总值增长百分之五，居民收入', '持续增加，就业形势总体稳定。', '',
			'二、改革开放深入推进。重点领域', '改革取得新突破，营商环境持续优', '化，开放型经济水平不断提升。', '',
			'三、民生福祉持续增进。教育医疗', '养老等公共服务水平不断提高，群', '众获得感幸福感安全感增强。', '',
			'一、坚定把扩大内需作为战略基点，', '加快构建新发展格局的有力支撑点', '', ...wrappedParagraph('提振居民消费。'), ...wrappedParagraph('扩大有效投资。'),
			'二、坚定把科技创新作为核心动力，', '加快建设现代化产业体系', '', ...wrappedParagraph('做强实体经济。'), ...wrappedParagraph('培育新兴产业。'),
			'三、增进民生福祉', '', ...wrappedParagraph('稳定扩大就业。'), ...wrappedParagraph('办好人民教育。'),
		);
		assert.equal(analyze(text).hardWrapped, true);
		assert.deepEqual(outline(text).slice(3), [
			'cnEnum 一、坚定把扩大内需作为战略基点，加快构建新发展格局的有力支撑点',
			'  leadSentence 提振居民消费',
			'  leadSentence 扩大有效投资',
			'cnEnum 二、坚定把科技创新作为核心动力，加快建设现代化产业体系',
			'  leadSentence 做强实体经济',
			'  leadSentence 培育新兴产业',
			'cnEnum 三、增进民生福祉',
			'  leadSentence 稳定扩大就业',
			'  leadSentence 办好人民教育',
		]);
	});
	test("a report's unnumbered part titles: short lines alone, the numbering starting again under them", () => {
		const text = joinLines(
			'各位代表：',
			'',
			'现在，我代表市人民政府，向大会报告政府工作，请予审议。',
			'',
			'“十四五”时期工作回顾',
			'',
			'过去五年，我们坚持稳中求进，推动经济社会发展取得新成效。',
			'',
			'一、经济实力持续增强。全市生产总值年均增长百分之六。',
			'',
			'二、改革开放深入推进。营商环境持续优化。',
			'',
			'**2026年重点工作安排**',
			'',
			'今年是“十五五”开局之年，做好政府工作意义重大。',
			'',
			'一、扩大有效需求',
			'',
			'提振居民消费。开展消费提振行动，培育新型消费。',
			'',
			'扩大有效投资。加快重大项目建设，发挥政府投资带动作用。',
			'',
			'二、加强政府自身建设',
			'',
			'我们将坚持依法行政，建设人民满意的服务型政府。',
		);
		assert.deepEqual(outline(text), [
			'part “十四五”时期工作回顾',
			'  cnEnum 一、经济实力持续增强',
			'  cnEnum 二、改革开放深入推进',
			'part 2026年重点工作安排',
			'  cnEnum 一、扩大有效需求',
			'    leadSentence 提振居民消费',
			'    leadSentence 扩大有效投资',
			'  cnEnum 二、加强政府自身建设',
		]);
	});

	test('no part titles: a line alone across which the numbering goes on, a caption, an author line, a piece of a paragraph', () => {
		const opening = ['现在，我代表市人民政府，向大会报告政府工作，请予审议。', ''];
		// The numbering goes on across the short line (3. ⏎ a line ⏎ 4.): a piece of a wrapped item.
		const goesOn = joinLines(...opening, '1. 甲项目建设工程', '', '2. 乙项目建设工程', '', '3. “互联网+安全生产”', '', '信息化综合管理服务平台项目', '', '4. 丙项目建设工程', '', '5. 丁项目建设工程', '', '全年重点项目清单', '', '1. 戊项目建设工程');
		assert.deepEqual(outline(goesOn).filter((l) => l.startsWith('part')), []);
		// Only one short line alone, a caption and a label: no parts.
		const one = joinLines(...opening, '2025年工作回顾', '', '一、经济运行稳中向好。全年生产总值增长百分之五。', '', '表1 主要经济指标', '', '单位：亿元', '', '一、扩大内需。提振消费，扩大投资。');
		assert.deepEqual(outline(one).filter((l) => l.startsWith('part')), []);
		// Charts' captions between a heading's paragraph and its first sub-heading: the numbering above goes on across them.
		const captions = joinLines(...opening, '一、农业', '', '全年粮食产量六千万吨，比上年增长百分之一。', '', '2020—2024年粮食产量及增速', '', '（一）种植业', '', '全年种植面积稳定。', '', '二、工业和建筑业', '', '全年全部工业增加值增长百分之五。', '', '2020—2024年工业增加值及增速', '', '（一）规模以上工业', '', '规模以上工业增加值增长。');
		assert.deepEqual(outline(captions), ['cnEnum 一、农业', '  cnParenEnum （一）种植业', 'cnEnum 二、工业和建筑业', '  cnParenEnum （一）规模以上工业']);
		// Lines that state a figure (a box of key figures), each before a numbering that starts again: no parts.
		const figures = joinLines(...opening, '一、经济运行稳中向好。全年生产总值增长。', '', '二、民生持续改善。就业稳定。', '', '地区生产总值增长6.5%', '', '一、扩大内需。提振消费。', '', '二、产业升级。做强实体经济。', '', '城镇新增就业5.2万人', '', '（一）稳定就业。落实就业优先政策。');
		assert.deepEqual(outline(figures).filter((l) => l.includes('part')), []);
		// A line that ends no sentence before it (a paragraph a blank line cut), an author line with a space.
		const pieces = joinLines('市长 张三', '', ...opening, '为着使南北交通的主要干线', '', '——京汉线和粤汉线连结起来，开始新建大桥。', '', '2025年工作回顾', '', '一、经济运行稳中向好。全年生产总值增长。');
		assert.deepEqual(outline(pieces).filter((l) => l.startsWith('part')), []);
	});

	test('a table of contents is no outline; a list of headings the document ends with (an annex) is', () => {
		const body = ['一、发展环境', '', '经济运行总体平稳，发展质量稳步提升。', '', '二、主要任务', '', '着力扩大有效需求，推动高质量发展。', '', '三、保障措施', '', '加强组织领导，确保各项任务落实。'];
		const toc = joinLines('目录', '', '一、发展环境', '', '二、主要任务', '', '三、保障措施', '', ...body);
		assert.deepEqual(outline(toc), ['cnEnum 一、发展环境', 'cnEnum 二、主要任务', 'cnEnum 三、保障措施']);
		const annex = joinLines(...body, '', '一、三大工业项目', '', '1. 甲项目', '', '2. 乙项目', '', '3. 丙项目', '', '二、两大文旅项目', '', '1. 丁项目', '', '2. 戊项目');
		assert.deepEqual(outline(annex).slice(3), ['cnEnum 一、三大工业项目', '  arabicEnum 1. 甲项目', '  arabicEnum 2. 乙项目', '  arabicEnum 3. 丙项目', 'cnEnum 二、两大文旅项目', '  arabicEnum 1. 丁项目', '  arabicEnum 2. 戊项目']);
	});
});
