/**
 * An amount with others added to it and the total the sentence says they make (relations/addedTotals.ts): `A，加上B，共为C`
 * is a part-sum, `A，加上（no amount），全部…为C` a subset. Invented sentences in the style of the planned-economy documents
 * (1st-fyp-1953: 增加复线…，加上原有的复线…，共为…; …设计能力为…，加上限额以下的建设单位，全部设计能力为…).
 */
import { ruleCases } from '../../helpers/findings';

const SUM = '五年内增加复线一、二〇〇公里，加上原有的复线八〇〇公里，共为二、〇〇〇公里。';
const TWO = '五年内对农业的投资为二〇亿元，加上水利支出一〇亿元，林业支出五亿元，共达三五亿元。';
const PART = '这些电站的设计能力为三〇〇万千瓦，加上限额以下的建设单位，全部设计能力为三五〇万千瓦，为一九五二年底的二倍。';
const NOUN = '上述五〇个电站加上一二个自备电站，五年内建设的电站共有六二个。';

ruleCases('claim.part-sum', {
	fires: [
		['the amount and what is added against the total (共为)', SUM.replace('共为二、〇〇〇公里', '共为二、一〇〇公里'), [{ at: '二、一〇〇公里' }]],
		['two amounts added (共达)', TWO.replace('共达三五亿元', '共达四〇亿元'), [{ at: '四〇亿元' }]],
		['the amount with its noun and then 加上', NOUN.replace('共有六二个', '共有七〇个'), [{ at: '七〇个' }]],
	],
	silent: [
		['as printed', `${SUM}\n\n${TWO}\n\n${NOUN}`],
		['no word that says all (使复线达到…): no total', SUM.replace('共为二、〇〇〇公里', '使复线达到二、一〇〇公里')],
		['a figure of another unit between them: the sentence has moved on', SUM.replace('，共为二、〇〇〇公里', '，提高百分之二〇，全部线路共为九、〇〇〇公里')],
		['the total in the next sentence: not bound', SUM.replace('，共为二、〇〇〇公里。', '。全国铁路共为九、〇〇〇公里。')],
		['an amount of another unit added (万吨 to 公里): no sum', SUM.replace('八〇〇公里', '八〇〇万吨').replace('共为二、〇〇〇公里', '共为五、〇〇〇公里')],
		['加上 with no amount before it (a cause: 加上气候适宜)', '由于增加投入，加上气候适宜，粮食产量共为三〇〇〇万吨。'],
		['共 inside another word (公共建筑面积为…) says no total', '新建住宅三〇〇万平方米，加上学校一〇〇万平方米，公共建筑面积为二〇〇万平方米。'],
		['…(共产党领导的…)', '本年完成投资三〇亿元，加上上年结转的五亿元，共产党领导的地方工业投资一〇亿元。'],
		['a part of the sum (其中共有…) is no total', '新建铁路二〇〇公里，加上改建铁路一〇〇公里，其中共有双线五〇公里。'],
		['an amount per year (每年共可供应…) is no total of the amounts', '增产粮食二〇〇万吨，加上库存一〇〇万吨，每年共可供应五〇万吨。'],
		['an amount per year added to (每年生产…) against a total of five years', '每年生产三〇〇万吨，加上进口一〇〇万吨，五年共为二、〇〇〇万吨。'],
		['a count of one character added (六个: a phrase’s count in words) is no figure to sum', NOUN.replace('一二个', '六个').replace('共有六二个', '共有七〇个')],
	],
});

ruleCases('claim.subset', {
	fires: [['what is added states no amount: the amount is a part of the total', PART.replace('三五〇万千瓦', '二五〇万千瓦'), [{ at: '三〇〇万千瓦' }]]],
	silent: [
		['as printed', PART],
		['a total of another unit (a multiple) is none', PART.replace('全部设计能力为三五〇万千瓦', '全部设计能力提高二倍')],
	],
});
