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
});
