import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { findingMessage } from '../../../server/src/features/messages';
import { ruleCases } from '../../helpers/findings';

/** The rest of a whole stated as such after its shares (其他的…, 其他…约为…, X的其他…). */
const REST = '在上述二〇〇亿元的零售额中，国营商业的零售额约占百分之五五·二，其他的百分之四四·八则为私营商业的零售额。';
const REST_TREES = '在用材林中，按照树木的种类划分：杉树约为百分之三〇，其他松、柏等树约为百分之七〇。';
const REST_NEXT = '两项合计，即占支出总数的百分之六〇·五。支出总数的其他百分之三九·五，将用作其他支出。';

ruleCases('claim.share-sum', {
	fires: [
		['a share and the rest stated as such (其他的百分之…) make 100%', REST.replace('四四·八', '四二·八'), [{ at: '百分之四二·八' }]],
		['…the rest named after 其他 (其他松、柏等树约为…)', REST_TREES.replace('百分之七〇', '百分之六〇'), [{ at: '百分之六〇' }]],
		['…the rest of the whole the sentence before named (支出总数的其他百分之…)', REST_NEXT.replace('三九·五', '三七·五'), [{ at: '百分之三七·五' }]],
		['two shares and the rest: all of them', '全年投资中，工业占百分之四〇，农业占百分之二〇，其他占百分之三〇。', [{ at: '百分之三〇' }]],
	],
	silent: [
		['as printed', `${REST}\n\n${REST_TREES}\n\n${REST_NEXT}`],
		['the rest as a change (其他行业增长…) is no share', '批发零售业零售额占百分之六〇，其他行业增长百分之八。'],
		['other places’ rate (其他省份城镇化率为…) is another statistic', '全省城镇人口占百分之六〇，其他省份城镇化率为百分之五五。'],
		['a change among the shares: which shares the rest completes is not said', '工业占百分之四〇，增长百分之五，其他占百分之三〇。'],
		// 其他/其余 with a noun of its own: other places, other things, not the rest of these shares.
		['other places’ level with the rate’s name left out (其余地区为…)', '全省城镇化率为百分之六〇，其余地区为百分之四五。'],
		['other products’ fulfilment of their plan (其他主要产品完成计划的…)', '钢产量完成年度计划的百分之一一〇，其他主要产品完成计划的百分之九八。'],
		['other countries’ share in the next sentence (其他国家的…约占…)', '农业人口约占全国人口的百分之八〇。其他国家的农业人口约占百分之五〇。'],
		['one of the others named (其他的合营工业产值占…): the rest may hold more', '国营工业产值占百分之六〇，其他的合营工业产值占百分之一〇。'],
		['a share of the others (其余的青年中…)', '全国的文盲约占百分之八〇，其余的青年中百分之三〇已经入学。'],
		['a bound (百分之三〇以上) is no share of the rest', '重工业占百分之四〇，其他的百分之三〇以上为轻工业。'],
		['a share of a share among them (其中…): which whole the rest completes is not said', '国营商业约占百分之五三·二，其中合作社占百分之二〇，其他的百分之四六·八则为私营商业的零售额。'],
		['the rest in the next sentence not naming the whole (到一九五七年，其他的…): another time', '在一九五二年，国营经济占百分之四〇。到一九五七年，其他的百分之五〇为私营经济。'],
	],
});

ruleCases('claim.share-sum', {
	fires: [
		// A sentence opened by the whole (在X中，), the shares of sides of one division (invented, in the plan's style).
		['shares in a sentence opened by their whole (在X中，), all the sides of a complete division (生产资料, 消费资料)', '在轻重工业基本建设投资中，制造生产资料工业的投资占百分之八〇·〇；制造消费资料工业的投资占百分之一五·〇。', [{ at: '百分之一五·〇' }]],
		['…sides of a division not complete (sectors of ownership) over 100%', '在一九六五年全省水泥的总产量中，国营企业的产量约占百分之七〇，公私合营企业的产量约占百分之二五，私营企业的产量约占百分之一〇。', [{ at: '百分之一〇' }]],
		['…the shares of a second sentence opened by its own whole (each sentence its run)', '在工业总产值中，国营占百分之七〇，私营占百分之二〇。在商业零售额中，国营占百分之七〇，私营占百分之四〇。', [{ at: '百分之四〇' }]],
		['…a figure in the opening (在…一二〇万吨中，)', '在一九六五年全省煤产量一二〇万吨中，中央国营占百分之七〇，地方国营占百分之二五，私营占百分之一〇。', [{ at: '百分之一〇' }]],
		['shares under 其中 of all the sides of a complete division make 100%, the head noun left out after the first (现房销售额 … 期房)', '全年商品房销售额2080亿元。其中，现房销售额占35.5%，期房占62.5%。', [{ at: '62.5%' }]],
		['shares under 其中 by urban and rural make 100%', '全年社会消费品零售总额900亿元。其中，城镇消费品零售额占78.0%，乡村消费品零售额占20.0%。', [{ at: '20.0%' }]],
		['shares by grades from the best to the worse-than-worst make 100% (二级以上…三级…劣三级); the share its part and total disagree with is the one to correct', '在监测的330个城市中，有273个城市空气质量达到二级以上（含二级）标准，占监测城市数的82.7%；有53个城市为三级，占18.1%；有4个城市为劣三级，占1.2%。', [{ at: '18.1%', fix: '16.1%' }]],
		['shares by every grade of a scale named in words (好、较好、一般、较差、差) make 100%', '在监测的320个城市中，全年声环境质量好的城市占5.0%，较好的占66.3%，一般的占37.2%，较差的占1.2%，差的占0.3%。', [{ at: '0.3%' }]],
		['shares by some grades of a scale named in words (好 … 轻度污染、中度污染) at most 100%', '在监测的331个城市中，城市区域声环境质量好的城市占16.3%，较好的占67.4%，轻度污染的占25.4%，中度污染的占0.9%。', [{ at: '0.9%' }]],
		['…达标 and 未达标 make 100%', '在监测的339个地级及以上城市中，空气质量达标的城市占62.8%，未达标的城市占47.2%。', [{ at: '47.2%' }]],
		['grades named as runs (一、二类 … 三类 … 四类、劣四类)', '近岸海域298个海水水质监测点中，达到国家一、二类海水水质标准的监测点占62.8%，比上年下降10.1个百分点；三类海水占15.1%，上升8.1个百分点；四类、劣四类海水占23.2%。', [{ at: '23.2%' }]],
		['grades in Roman numerals, a run (Ⅰ～Ⅲ类) then each grade to the worse-than-worst (劣Ⅴ类), make 100%', '3641个国家地表水考核断面中，全年水质优良（Ⅰ～Ⅲ类）断面比例为87.9%，Ⅳ类断面比例为9.7%，Ⅴ类断面比例为2.7%，劣Ⅴ类断面比例为0.7%。', [{ at: '0.7%' }]],
		['the three industries’ shares make 100%', '第一产业增加值占国内生产总值比重为7.1%，第二产业增加值比重为38.3%，第三产业增加值比重为56.6%。', [{ at: '56.6%' }]],
		['contribution rates to growth make 100%', '全年最终消费支出对国内生产总值增长的贡献率为57.8%，资本形成总额的贡献率为31.2%，货物和服务净出口的贡献率为13.0%。', [{ at: '13.0%' }]],
		['分别 contribution rates of 第一、二、三产业', '第一、二、三产业对经济增长的贡献率分别为9.4%、57.6%、35.0%。', [{ at: '35.0%' }]],
		['a structure a∶b∶c in percent', '全年三次产业结构为7.1∶38.3∶56.6。', [{ at: '56.6' }]],
		['a structure aimed at still makes 100 (力争到2027年，…优化为a∶b∶c)', '2023年，全市地区生产总值1000亿元。力争到2027年，三次产业结构优化为4.5∶35.0∶61.5。', [{ at: '61.5' }]],
		['a structure named by its shares (比重为a∶b∶c)', '三次产业比重为12.3∶44.0∶44.7。', [{ at: '44.7' }]],
		['two parts of a partition that pass 100%', '第一产业增加值占国内生产总值比重为60.0%，第二产业增加值比重为50.0%。', [{ at: '50.0%' }]],
		['the sectors\' structure a change starts from', '三次产业比例由5.5：36.8：79.0演进为5.1：36.1：58.8。', [{ at: '79.0' }]],
		// Shares of one whole from one year to another, the parts all the sides of a complete division (invented, in the style of the bulletins and the plan).
		['shares changing between two years of a name and its negation (生产性, 非生产性): the ends make 100%', '全年基本建设投资500亿元。其中生产性建设投资350亿元，投资比重由65.0%上升到70.0%；非生产性建设投资150亿元，比重由35.0%下降为20.0%。', [{ at: '20.0%' }]],
		['…the lexicon’s complete division (生产资料, 消费资料), in Chinese numerals with their years', '在全省工业总产值中，生产资料的产值所占的比重将由一九六〇年的百分之四二·五上升到一九六五年的百分之四八·〇，消费资料的产值所占的比重将由一九六〇年的百分之五七·五下降为一九六五年的百分之五〇·〇。', [{ at: '百分之五〇·〇' }]],
		['…the starts that do not make 100% (物质生产部门, 非物质生产部门)', '在全省职工总人数中，属于物质生产部门的职工人数所占的比重将由一九六〇年的百分之七〇·〇上升为一九六五年的百分之七二·〇；属于非物质生产部门的职工人数所占的比重将由一九六〇年的百分之三二·〇下降为一九六五年的百分之二八·〇。', [{ at: '百分之三二·〇' }]],
		['…each naming the same whole (占全省投资的比重)', '城镇投资占全省投资的比重由60.0%上升到70.0%，农村投资占全省投资的比重由40.0%下降到20.0%。', [{ at: '20.0%' }]],
	],
	silent: [
		['shares changing between two years of all the sides of a complete division, as printed', '全年基本建设投资500亿元。其中生产性建设投资350亿元，投资比重由65.0%上升到70.0%；非生产性建设投资150亿元，比重由35.0%下降为30.0%。在全省工业总产值中，生产资料的产值所占的比重将由一九六〇年的百分之四二·五上升到一九六五年的百分之四八·〇，消费资料的产值所占的比重将由一九六〇年的百分之五七·五下降为一九六五年的百分之五二·〇。'],
		['changing rates of each side (恩格尔系数): each of a whole of its own', '城镇居民恩格尔系数由35.0%下降到30.0%，农村居民恩格尔系数由40.0%下降到36.0%。'],
		['changing shares of other years (由2019年… / 由2018年…)', '生产性建设投资比重由2019年的65.0%上升到2020年的70.0%；非生产性建设投资比重由2018年的30.0%下降为2021年的25.0%。'],
		['changing shares of a name and its negation qualified alike (城镇): shares of the town’s part only', '城镇生产性投资占全部投资的比重由40.0%上升到45.0%，城镇非生产性投资比重由20.0%下降为15.0%。'],
		['changing shares of a name and its negation in two places (全省, 全国)', '全省国有企业数占比由6.0%上升到8.0%，全国非国有企业数占比由9.0%下降为7.0%。'],
		['changing shares of wholes of two places (全省投资, 全国投资)', '城镇投资占全省投资的比重由60.0%上升到70.0%，农村投资占全国投资的比重由50.0%下降到40.0%。'],
		['changing shares of sides of a division that is not complete (火电, 水电; 金属矿产, 非金属矿产 among four kinds)', '全年发电量中，火电比重由70.0%下降到60.0%，水电比重由20.0%上升到25.0%。金属矿产地比重由40.0%上升到45.0%，非金属矿产地比重由50.0%下降到45.0%。'],
		['在X中，: sides of a division, as printed', '在一九六五年全省水泥的总产量中，国营企业的产量约占百分之六八，公私合营企业的产量约占百分之三二。'],
		['在X中，: some sectors of ownership, under 100% (the division is not complete)', '在一九六五年全省水泥的总产量中，国营企业的产量占百分之七〇，公私合营企业的产量占百分之二〇。'],
		['no whole opening the sentence: shares of what', '国营企业的产量占百分之七〇，公私合营企业的产量占百分之四〇。'],
		['在X中，: names that are no sides of one division (they may overlap)', '在全省出口总额中，机电产品占百分之六〇，高新技术产品占百分之四五。'],
		['在X中，: a share under 其中 is of the part before it', '在工业总产值中，国营占百分之七〇，其中地方国营占百分之四〇。'],
		['在X中，: shares of wholes of their own', '在工业总产值中，国营占轻工业产值的百分之七〇，私营占重工业产值的百分之四〇。'],
		['在X中，…；在Y中，: a share of another whole after ； (retail sales, not output)', '在全省工业总产值中，国营占百分之七〇；在全省商业零售额中，私营占百分之四〇。'],
		['在X中，…，在Y中，: sides of a complete division, each of its own whole (重工业, 轻工业)', '在重工业产值中，生产资料占百分之九〇，在轻工业产值中，消费资料占百分之八〇。'],
		['在X中，…；在Y中，: the same noun of another place (全国, 上海)', '在全国工业总产值中，国营占百分之六〇；在上海工业总产值中，私营占百分之五〇。'],
		['在X中，: the same sides again for another year (sides repeated: no one set)', '在社会商品零售额中，一九六〇年国营占百分之四〇，私营占百分之五〇；一九六五年国营占百分之六〇，私营占百分之三〇。'],
		['在X中，: the ends of a change of each side (由…上升到…): no listed shares', '在工业总产值中，国营工业的比重由百分之四〇上升到百分之七〇，私营工业由百分之五〇下降到百分之二〇。'],
		['the sides of a complete division under 其中 after a rate: each side’s rate, not shares', '全市卫生厕所普及率90%。其中，城市占99%，农村占85%。'],
		['shares under 其中 of all the sides of a complete division, as printed', '全年商品房销售额2080亿元。其中，现房销售额占35.5%，期房占64.5%。'],
		['shares of some sides of a division that is not complete are not summed (火电, 水电)', '全年发电量8000亿千瓦小时。其中，火电占70.5%，水电占35.5%。'],
		['shares not listed under 其中 may be of other wholes', '城镇居民恩格尔系数占30.5%，农村居民占40.5%。'],
		['shares by grades that make 100%', '在监测的330个城市中，有273个城市空气质量达到二级以上（含二级）标准，占监测城市数的82.7%；有53个城市为三级，占16.1%；有4个城市为劣三级，占1.2%。近岸海域298个海水水质监测点中，达到国家一、二类海水水质标准的监测点占62.8%，比上年下降10.1个百分点；三类海水占14.1%，上升8.1个百分点；四类、劣四类海水占23.2%。'],
		['shares by grades named in words, all of a scale or some of it', '在监测的320个城市中，全年声环境质量好的城市占5.0%，较好的占66.3%，一般的占27.2%，较差的占1.2%，差的占0.3%。在监测的331个城市中，城市区域声环境质量好的城市占6.3%，较好的占67.4%，轻度污染的占25.4%，中度污染的占0.9%。空气质量达标的城市占59.9%，未达标的城市占40.1%。'],
		['a grade named twice (昼间 and 夜间: two wholes), a grade after words of another whole (夜间较好的), shares of other wholes between grades, or a grade’s share after a rate are not summed', '全年昼间声环境质量好的城市占45.0%，较好的占36.3%；夜间好的城市占45.0%，较好的占46.3%。昼间声环境质量好的城市占45.0%，夜间较好的城市占66.3%。空气质量达标的城市占59.9%，优良天数比例为87.5%，未达标的城市占70.1%。全市一般公共预算收入占地区生产总值的比重为60.5%，好的城市占50.2%。'],
		['a share of grades joined (好和较好的城市) covers a union of grades: not summed with a grade of it', '城市声环境质量好和较好的城市占72.5%，好的占4.0%，一般的占26.2%。空气质量好、较好的城市占80.5%，一般的占19.5%，较差的占3.0%。'],
		['grades in Roman numerals that make 100% (Ⅰ～Ⅲ类, Ⅳ类, Ⅴ类, 劣Ⅴ类)', '3641个国家地表水考核断面中，全年水质优良（Ⅰ～Ⅲ类）断面比例为87.9%，Ⅳ类断面比例为9.7%，Ⅴ类断面比例为1.7%，劣Ⅴ类断面比例为0.7%。'],
		['Roman grades that skip one (Ⅰ～Ⅲ类 then 劣Ⅴ类), a grade named twice, or a grade another year’s are no complete set', '700个水质监测断面中，Ⅰ～Ⅲ类水质断面比例占72.1%，劣Ⅴ类水质断面比例占8.9%。Ⅰ～Ⅲ类断面比例为80.5%，Ⅲ类断面比例为30.5%，Ⅳ类断面比例为10.5%，Ⅴ类断面比例为2.0%，劣Ⅴ类断面比例为0.5%。上年Ⅰ～Ⅲ类断面比例为84.9%，Ⅳ类断面比例为12.7%。'],
		['Roman grades of different wholes (长江流域…Ⅰ～Ⅲ类, 黄河流域Ⅳ类…) or a target among them (目标为Ⅳ类…) are no scale of one whole', '长江流域水质优良（Ⅰ～Ⅲ类）断面比例为96.7%，黄河流域Ⅳ类断面比例为9.7%，珠江流域Ⅴ类断面比例为2.7%，海河流域劣Ⅴ类断面比例为0.7%。全年水质优良（Ⅰ～Ⅲ类）断面比例为87.9%，目标为Ⅳ类断面比例控制在9.7%，Ⅴ类断面比例为2.7%，劣Ⅴ类断面比例为0.7%。'],
		['rates of each grade (达标率, 改善率), not proportions of one whole, are not summed though they pass 100%', '全年Ⅰ～Ⅲ类断面达标率为60.5%，Ⅳ类断面达标率为20.5%，Ⅴ类断面达标率为12.5%，劣Ⅴ类断面达标率为10.5%。Ⅰ～Ⅲ类断面改善率为60.5%，Ⅳ类断面改善率为40.5%，Ⅴ类断面改善率为2.0%，劣Ⅴ类断面改善率为0.5%。'],
		['grades that do not reach the worse-than-worst are no complete set', '有273个城市达到二级以上标准，占82.7%；有53个城市为三级，占19.1%。'],
		['shares that make 100%', '第一产业增加值占国内生产总值比重为7.1%，第二产业增加值比重为38.3%，第三产业增加值比重为54.6%。'],
		['a structure that makes 100', '全年三次产业结构为7.1∶38.3∶54.6。'],
		['shares named 比重 that make 100', '三次产业比重为13.2：46.8：40.0。'],
		['an incomplete set of a partition under 100%', '第一产业增加值占国内生产总值比重为7.1%，第二产业增加值比重为38.3%。'],
		['categories not known to be disjoint are not summed', '民营企业进出口额占进出口总额比重为55.5%，外商投资企业进出口额占进出口总额比重为45.0%。'],
		['shares of different wholes (分别占总计划的…)', '生态保护修复工程完成投资105.8亿元，开工项目65个、子项目315个，分别占总计划的97%和96.6%。'],
		['shares of the city of different statistics', '粮食、油料和蔬菜产量分别占全市的30%、50%和70%。'],
		['nested parts are not summed', '工业增加值占国内生产总值比重为31.7%，规模以上工业增加值占国内生产总值比重为80.0%。'],
		['a ratio of counts is no structure in percent', '党员与入党积极分子的比例为3∶1。'],
		['shares of the parts of different wholes (A、B和C分别占全市的…)', '全市高新技术企业、专精特新企业和上市企业分别占全市同类企业的45.2%、38.1%和30.5%。'],
	],
});

test('shares by grades: the message names the scale and shows the sum', () => {
	const f = analyze('近岸海域298个海水水质监测点中，达到国家一、二类海水水质标准的监测点占62.8%，比上年下降10.1个百分点；三类海水占15.1%，上升8.1个百分点；四类、劣四类海水占23.2%。').findings.find((x) => x.ruleId === 'claim.share-sum');
	assert.ok(f);
	assert.equal(findingMessage(f, 'zh'), '一类至劣四类各部分比重合计62.8 + 15.1 + 23.2 = 101.1%，不等于100%。');
});

test('the sum a message shows has the decimals of its terms (101.0%, not 101%; 99.99%, not 100%)', () => {
	const message = (text: string): string[] => analyze(text).findings.filter((f) => f.ruleId === 'claim.share-sum').map((f) => findingMessage(f, 'en'));
	assert.deepEqual(message('三次产业比重为12.3∶44.0∶44.7。'), ['The shares of 三次产业比重 add up to 12.3 + 44.0 + 44.7 = 101.0%, not 100%.']);
	assert.deepEqual(message('三次产业结构为33.33∶33.33∶33.34。'), []);
	assert.deepEqual(message('三次产业结构为33.33∶33.33∶33.30。'), ['The shares of 三次产业结构 add up to 33.33 + 33.33 + 33.30 = 99.96%, not 100%.']);
});
