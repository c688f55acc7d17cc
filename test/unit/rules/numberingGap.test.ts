import { ruleCases } from '../../helpers/findings';
import { joinLines } from '../../helpers/text';

const ARTICLES = joinLines(
	'第一章　总则', '', '第一条　为了规范工作，制定本条例。', '', '（一）企业；', '', '（二）个体经济组织。', '',
	'第二条　本条例适用于下列单位：', '', '（一）机关；', '', '第二章　附则', '', '第三条　本条例自公布之日起施行。',
);

/** Paragraphs one per line, as a web page copied as text gives them. */
const WEB = (...lines: string[]): string => joinLines(...lines);

/** A glossary as Markdown list items: entries 1 and 8 open with a lead sentence (headings), 2–7 are one sentence each. */
const GLOSSARY = joinLines(
	'**名词解释**',
	'',
	...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [
		k === 1 || k === 8
			? `- ${k}.“链式改造”：包括“供应链改造”和“产业链改造”。“供应链改造”是指由龙头企业建设数字化供应链平台，带动上下游企业协同改造。`
			: `- ${k}.分线管理：货物“一线”放开、“二线”管住，人员进出高度便利。`,
		'',
	]),
);

ruleCases('structure.numbering-gap', {
	fires: [
		['a skipped number among sibling headings', joinLines('一、总体要求', '', '正文。', '', '二、主要任务', '', '正文。', '', '四、组织保障', '', '正文。'), [{ at: '四、', related: ['二、'] }]],
		['entries skipped in a glossary are missing when they are not written', GLOSSARY.replace(/- [2-7]\.分线管理：[^\n]*\n\n/g, ''), [{ at: '8.', related: ['1.'] }]],
		['a run that starts again with its first numbers nowhere is a gap', joinLines('一、农业', '', '- （4）各地应该甲。乙。', '', '- （5）各地应该丙。丁。', '', '- 第二，在工业方面：', '', '- （3）各省应该庚。辛。'), [{ at: '（3）', related: ['（5）'] }]],
		['a repeated number', joinLines('（一）指导思想。坚持党的领导。', '', '（一）工作原则。坚持人民至上。'), [{ at: '（一）', related: ['（一）'] }]],
		['articles run on across chapters', ARTICLES.replace('第三条', '第五条'), [{ at: '第五条', related: ['第二条'] }]],
		['a table of contents then the body: a part skipped in the body is still missing', WEB('目录', '第一篇　开启新征程', '第二篇　坚持创新驱动发展', '第三篇　加快发展现代产业体系', '第一篇　开启新征程', '“十四五”时期是我国全面建成小康社会之后的第一个五年。', '第三篇　加快发展现代产业体系', '坚持把发展经济着力点放在实体经济上。'), [{ at: '第三篇', related: ['第一篇'] }]],
		['a skipped number that appears only inside a sentence is missing', joinLines('一、总体要求', '', '正文提到二、三季度。', '', '三、组织保障', '', '正文。'), [{ at: '三、', related: ['一、'] }]],
		['a paragraph opening with the skipped number and no mark (三季度…) is no heading: missing', joinLines('一、回顾', '', '正文。', '', '二、任务', '', '正文。', '', '三季度经济回升，正文。', '', '四、保障', '', '正文。'), [{ at: '四、', related: ['二、'] }]],
		['a heading whose title opens with a counted noun (二、三大攻坚战) is a heading', joinLines('一、回顾', '', '正文。', '', '二、三大攻坚战取得成效', '', '正文。', '', '四、保障', '', '正文。'), [{ at: '四、', related: ['二、'] }]],
	],
	silent: [
		['a glossary whose entries between two headings are written, however many (1. … 8.)', GLOSSARY],
		[
			'a run that starts again whose first items are one-sentence list items, no headings (（5） then - （1）…。 - （2）…。 then （3）)',
			joinLines('一、农业', '', '- （4）各地应该甲。乙。', '', '- （5）各地应该丙。丁。', '', '- 第二，在工业方面：', '', '- （1）各省应该戊。', '', '- （2）各省应该己。', '', '- （3）各省应该庚。辛。'),
		],
		['consecutive siblings', joinLines('一、总体要求', '', '正文。', '', '二、主要任务', '', '正文。')],
		['items restart under each parent; articles run on across chapters', ARTICLES],
		[
			'web text: a table of contents of parts (第一篇…第三篇) then the body starting again at 第一篇 is a new run',
			WEB('目录', '第一篇　开启新征程', '第二篇　坚持创新驱动发展', '第三篇　加快发展现代产业体系', '第一篇　开启新征程', '“十四五”时期是我国全面建成小康社会之后的第一个五年。', '第二篇　坚持创新驱动发展', '坚持创新在现代化建设全局中的核心地位。', '第三篇　加快发展现代产业体系', '坚持把发展经济着力点放在实体经济上。'),
		],
		['an annex whose articles start again at 第一条 after the body’s', ARTICLES + '\n\n附件\n\n第一条　本办法所称单位，指机关和企业。\n\n第二条　本办法自公布之日起施行。'],
		['a document that starts mid-way (an excerpt) is not flagged for its first number', joinLines('三、工业。正文。', '', '四、服务业。正文。')],
		[
			'web text, one paragraph per line: every numbered line is a sibling',
			WEB('一、2025年工作回顾', '过去一年，我们坚持稳中求进，经济社会发展取得新成效，完成了全年目标任务。', '二、“十四五”时期发展成就和“十五五”时期主要目标任务', '这五年，我们锐意改革、矢志创新，经济高质量发展取得新进展。', '三、2026年重点工作', '今年是“十五五”开局之年。'),
		],
		[
			'hard-wrapped: a heading whose paragraph break is only inferred still counts as the previous sibling',
			joinLines(
				'一、总体要求',
				'',
				'过去一年，是全面贯彻党的二十大精',
				'神的开局之年，是本届政府依法履职',
				'的第一年，我们迈出了坚实的步伐。',
				'二、主要任务。面对异常复杂的国际',
				'环境和艰巨繁重的改革发展稳定任务',
				'，全年主要目标任务圆满完成。',
				'',
				'三、组织保障',
				'',
				'高质量发展扎实推进，社会大局保持',
				'稳定，全面建设社会主义现代化国家',
				'迈出坚实步伐。',
			),
		],
		['the skipped heading starts mid-line after a paragraph', joinLines('一、总体要求', '', '正文。二、主要任务', '', '正文。', '', '三、组织保障', '', '正文。')],
		['the skipped heading lost a bracket', joinLines('（一）指导思想。坚持党的领导。', '', '二）工作原则。坚持人民至上。', '', '（三）主要目标。到2035年基本实现。')],
		['a space before the mark (2 、)', joinLines('1、加强领导。正文。', '', '2 、完善机制。正文。', '', '3、强化保障。正文。')],
		['an item number followed by digits (11.41条)', joinLines('10.优化营商环境。正文。', '', '11.41条措施落地见效。正文。', '', '12.强化要素保障。正文。')],
		['a paragraph opening with numerals in a list (五、六月份, 二、三季度) is no heading', joinLines('一、回顾', '', '正文。', '', '二、任务', '', '正文。', '', '五、六月份开展专项行动，正文。', '', '二、三季度经济回升，正文。', '', '三、保障', '', '正文。')],
		['the skipped heading written with a comma for its mark (三，加强保障)', joinLines('一、回顾', '', '二、任务', '', '三，加强保障', '', '正文。', '', '四、政府建设', '', '正文。')],
		['the same with a space (三 加强保障)', joinLines('一、回顾', '', '二、任务', '', '三 加强保障', '', '正文。', '', '四、政府建设', '', '正文。')],
		['an item in digits written without its mark (3惠民生)', joinLines('1.稳增长', '', '正文。', '', '2.促改革', '', '正文。', '', '3惠民生', '', '正文。', '', '4.保安全', '', '正文。')],
	],
});
