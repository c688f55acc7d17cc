/**
 * A total distributed over items one a paragraph (relations/distributions.ts): a lead with the total that announces the
 * list (其分配和百分比如下：), then each item's amount and its share of the total. Invented figures in the style of the
 * planned-economy documents (1st-fyp-1953, 第一节 基本建设投资的分配).
 */
import { ruleCases } from '../../helpers/findings';

const LIST = [
	'五年内国家对于交通和文化事业的支出总数为三〇〇·〇亿元，其分配和百分比如下：',
	'交通部门为一二〇亿元，占百分之四〇；',
	'文化、教育部门为九〇亿元，占，百分之三〇；',
	'卫生部门（包括地方医院）为六〇亿元，占百分之二〇；',
	'其他支出为三〇亿元，占百分之一〇。',
].join('\n\n');

/** The same in digits, the total in 亿元 and the items in 万元. */
const DIGITS = ['全年用于水利建设的投资为12.5亿元，按用途划分，其分配情况如下列：', '灌溉工程为50000万元，占40%；', '防洪工程为62500万元，占50%；', '其他为12500万元，占10%。'].join('\n\n');

/** The total in the sentence before the one that announces the list, after a sentence with a figure of its own. */
const BEFORE = LIST.replace('五年内国家对于交通和文化事业的支出总数为三〇〇·〇亿元，其分配和百分比如下：', '交通是一个重要部门。五年内国家对于交通和文化事业的支出总数为三〇〇·〇亿元。支出的分配如下列：');

/** A lead that does not say the total is divided: its items need not make it (主要项目如下). */
const NOT_DIVIDED = ['五年内工业投资为二〇〇亿元，其中主要项目如下：', '钢铁工业为六〇亿元，占百分之三〇；', '煤炭工业为四〇亿元，占百分之二〇。'].join('\n\n');

ruleCases('claim.ratio', {
	fires: [
		['an item’s share against its amount over the lead’s total', LIST.replace('百分之四〇', '百分之四五'), [{ at: '百分之四五', related: ['一二〇亿元', '三〇〇·〇亿元'] }]],
		['in digits, amounts of another scale than the total', DIGITS.replace('占50%', '占55%'), [{ at: '55%', fix: '50%' }]],
		['a list whose lead does not say it is divided: still each item’s share', NOT_DIVIDED.replace('百分之二〇', '百分之二五'), [{ at: '百分之二五' }]],
	],
	silent: [
		['as printed', `${LIST}\n\n${DIGITS}\n\n${NOT_DIVIDED}`],
		['a lead that announces no list (no 如下)', LIST.replace('其分配和百分比如下：', '分配到各部门。').replace('百分之四〇', '百分之四五')],
		['a lead with two amounts: which is the total is not said', LIST.replace('支出总数为', '基本建设投资为二〇〇亿元，支出总数为').replace('百分之四〇', '百分之四五')],
		['a paragraph between the lead and the items ends the list', LIST.replace('如下：', '如下：\n\n这是按照国家的需要规定的。').replace('百分之四〇', '百分之四五')],
		['an item of another unit (万吨) is no item of the total', LIST.replace('一二〇亿元', '一二〇万吨').replace('百分之四〇', '百分之四五')],
		['the next list’s lead is no item of this one', `${LIST.replace('支出为三〇亿元，占百分之一〇。', '支出为三〇亿元，占百分之一〇；')}\n\n${DIGITS.replace('占50%', '占55%')}`.replace('占55%', '占50%')],
		['an item of two sentences is no item', LIST.replace('交通部门为一二〇亿元，占百分之四〇；', '交通部门的投资很大。交通部门为一二〇亿元，占百分之四五；')],
		['a share that is a change (增长百分之四〇), not a share of the total', LIST.replace('占百分之四〇', '增长百分之四五')],
		['a lead that distributes a part of its total (其中工业部门投资的分配如下): shares of the part', LIST.replace('其分配和百分比如下', '其中交通部门投资的分配如下').replace('百分之四〇', '百分之四五')],
		['a lead that distributes a selection (其中主要部门)', LIST.replace('其分配和百分比如下', '其中主要部门的分配如下').replace('百分之四〇', '百分之四五')],
		['a lead whose list is of another year (到一九五七年各部门的支出如下)', LIST.replace('其分配和百分比如下', '到一九五七年各部门的支出如下').replace('百分之四〇', '百分之四五')],
		['a lead that distributes another noun than its total’s (（其中中央…），地方支出的分配如下)', LIST.replace('，其分配和百分比如下', '（其中中央支出为二〇〇亿元），地方支出的分配如下').replace('百分之四〇', '百分之四五')],
		['a lead whose list is of what was done against the total planned (计划为…，实际完成情况如下)', LIST.replace('支出总数为', '支出总数计划为').replace('其分配和百分比如下', '实际完成情况如下').replace('百分之四〇', '百分之四五')],
		['an item that opens with 其中 is a part of the item before it', LIST.replace('文化、教育部门为九〇亿元，占，百分之三〇；', '其中，铁路为九〇亿元，占百分之四〇；')],
	],
});

ruleCases('claim.part-sum', {
	fires: [
		['the items’ amounts against the total', LIST.replace('为九〇亿元，占，百分之三〇', '为九〇亿元，占，百分之三〇').replace('三〇〇·〇亿元', '三一〇·〇亿元'), [{ at: '三一〇·〇亿元' }]],
		['the total in the sentence before the announcement (…为三〇〇·〇亿元。支出的分配如下列：)', BEFORE.replace('三〇〇·〇亿元', '三一〇·〇亿元'), [{ at: '三一〇·〇亿元' }]],
	],
	silent: [
		['as printed', `${LIST}\n\n${DIGITS}\n\n${BEFORE}`],
		['the sentence before it states two amounts', BEFORE.replace('支出总数为', '基本建设投资为二〇〇亿元，支出总数为').replace('三〇〇·〇亿元', '三一〇·〇亿元')],
		['the announcing sentence distributes a part of the total before it (其中…的分配如下列)', BEFORE.replace('支出的分配如下列', '其中文化部门支出的分配如下列').replace('三〇〇·〇亿元', '六〇〇·〇亿元')],
		['the sentence before it is of another noun than the list distributes', BEFORE.replace('支出的分配如下列', '投资的分配如下列').replace('三〇〇·〇亿元', '三一〇·〇亿元')],
		['a lead that does not say the total is divided', NOT_DIVIDED],
		['a list cut short by a paragraph that is no item (its sentence not ended): no sum', LIST.replace('卫生部门（包括地方医院）为六〇亿元，占百分之二〇；', '卫生部门的支出另行安排。').replace('三〇〇·〇亿元', '三一〇·〇亿元')],
		['a lead whose 构成 is said before its total, not of the list (…构成更加合理，全年…为…，各项目情况如下)', LIST.replace('五年内', '支出结构更加合理，构成不断优化，五年内').replace('其分配和百分比如下', '各部门情况如下').replace('三〇〇·〇亿元', '三一〇·〇亿元')],
		['an item that opens with 其中 ends the list: no sum', LIST.replace('卫生部门（包括地方医院）为六〇亿元，占百分之二〇；', '其中，卫生部门为六〇亿元，占百分之二〇；').replace('三〇〇·〇亿元', '三一〇·〇亿元')],
		['an item whose amount is not read: no sum', LIST.replace('为九〇亿元，占，', '为若干，占，').replace('三〇〇·〇亿元', '三一〇·〇亿元')],
	],
});

ruleCases('claim.share-sum', {
	fires: [['the items’ shares make 100%', DIGITS.replace('占10%', '占15%'), [{ at: '15%' }]]],
	silent: [
		['as printed', `${LIST}\n\n${DIGITS}`],
		['a lead that does not say the total is divided (the items need not be all)', NOT_DIVIDED],
		['an item without its share: no sum', DIGITS.replace('，占10%', '')],
	],
});
