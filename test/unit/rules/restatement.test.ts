import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

const SUMMARY = '一、种植业\n\n全县粮食播种面积52.3万亩，比上年增加1.2万亩，增幅为2.3%。其中，玉米播种面积30.1万亩。\n\n---\n\n- 粮食播种面积: 全县粮食播种面积52.3万亩，比上年增加1.2万亩，增幅为2.3%';

/** Key figures listed after the text, each under the label of its statistic. */
const KEY_FIGURES = '一、党的组织\n\n全省共有基层党组织12.5万个。其中，基层党委0.8万个，总支部0.9万个，支部10.8万个。\n\n二、主要数据\n\n- 基层党委: 0.8万个\n- 总支部: 0.9万个\n- 支部: 10.8万个';

/** The same, the list's first item the text's statement repeated word for word (a summary of that part). */
const KEY_SUMMARY = '一、党的组织\n\n全省现有基层党组织12.5万个，比上年底净增0.4万个。其中，基层党委0.8万个，总支部0.9万个，支部10.8万个。\n\n二、主要数据\n\n- 基层组织: 全省现有基层党组织12.5万个，比上年底净增0.4万个\n- 基层党委: 0.8万个\n- 总支部: 0.9万个\n- 支部: 10.8万个';

/** A report's review of the year, then of the five years that end with it (its from–to ends on the year's figure). */
const FIVE_YEARS = '一、2015年工作回顾\n\n2015年，预计实现地区生产总值2900亿元，增长8%左右；地方一般公共预算收入373.7亿元，增长10%。\n\n五年来，我们坚定推进转型发展。地区生产总值从2010年的1690亿元增加到2900亿元，年均增长9.9%；地方一般公共预算收入从154亿元增加到373.7亿元，年均增长19.4%。';

/** A review of the year, then a block on the past year whose from–to reaches back five years and ends on the year's figures, rounded. */
const PAST_YEAR = '一、2015年工作回顾\n\n全市地区生产总值达到2912.36亿元，增长8.1%；地方一般公共预算收入373.7亿元，增长10%。\n\n过去的一年，极不平凡。与2010年相比，全市地区生产总值由1690亿元增加到2912亿元，地方一般公共预算收入由154亿元增加到374亿元。';

/** A bulletin of one named year: its summary states indicators the later sections state again under other names. */
const BULLETIN = '中华人民共和国2000年国民经济和社会发展统计公报\n\n一、综合\n\n全年实际利用外商直接投资407亿美元，比上年增加4亿美元。外贸顺差有所缩小，全年进出口顺差241亿美元。\n\n八、对外经济\n\n全年新批外商投资项目22347个，增长32.1%；实际利用外商直接投资额407亿美元，增长1.0%。进出口相抵，顺差241亿美元。';

/** A bulletin's summary states the whole of an investment, a later part the figure of a narrower scope its aside names. */
const BULLETIN_2023 = '中华人民共和国2023年国民经济和社会发展统计公报\n\n一、综合\n\n全年全社会固定资产投资509708亿元，比上年增长2.8%。\n\n五、固定资产投资\n\n全年固定资产投资（不含农户）503036亿元。\n\n六、对外经济\n\n全年货物进出口总额417568亿元。';

/** A review that issues policies and a plan that carries one out. */
/** A set the review counts and the plan holds, the plan's noun read on into what is said of it (盟会长单位发起设立…). */
const READ_ON = '一、2023年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n支持7个先进制造业集群盟会长单位发起设立产业基金。';

const POLICIES = '一、2019年工作回顾\n\n出台促进基础教育高质量发展16条措施和加快推进绿色金融改革创新7条措施。\n\n二、2020年工作安排\n\n落实促进基础教育高质量发展16条措施，办好人民满意的教育。';

/** An annex of the year's works: each title counts before its figure, its content after it. */
const ANNEX =
	'一、2023年为民办实事\n\n（一）建设标准化村卫生室33个及老年人日间照料中心10个\n\n主要内容：建设33个标准化村卫生室；建设10个老年人日间照料中心。\n\n实施部门：市卫生局\n\n（二）建设标准化菜市场10个\n\n主要内容：在市辖三区建设10个标准化菜市场。\n\n实施部门：市商务局';

/** The same annex in Markdown: its titles marked `#` (## 一、…, ### （一）建设…10个), their figures read as the titles' are. */
const MARKDOWN_ANNEX = ANNEX.replace('一、2023年', '## 一、2023年').replace(/（([一二])）建设/g, '### （$1）建设');

ruleCases('claim.restatement', {
	fires: [
		['…the value followed by an aside in brackets or by its growth', '全市工业总产值突破3000亿元大关，达到2890亿元（现价），增长8%。全县农村居民人均可支配收入突破2万元，达到19800元，增长7%。', [{ at: '2890亿元', related: ['突破3000亿元'] }, { at: '19800元', related: ['突破2万元'] }]],
		['one statistic stated as the bound it passed, then as its value (突破…、达到…; 突破…大关，达到…): a value below the bound', '全省地区生产总值突破2万亿元、达到19562亿元。一般公共预算收入突破一千亿元大关，达到998.6亿元，增长5%。', [{ at: '19562亿元', related: ['突破2万亿元'] }, { at: '998.6亿元', related: ['突破一千亿元'] }]],
		['the same subject stated of its own in another part of the named year, the document’s region on both sides (全市… / no region)', '一、2023年居民收入\n\n全市居民人均可支配收入39218元。全市地区生产总值500亿元，全市一般公共预算收入50亿元。\n\n二、2023年全市主要数据\n\n居民人均可支配收入41218元。城镇居民人均可支配收入52000元，增长5.5%。', [{ at: '41218元', related: ['39218元'] }]],
		['an amount of the year with an approximation word on one side only (以上 in the plan), the annex\'s below it', '一、2023年重点工作\n\n新建新能源汽车充电桩6万个以上。\n\n二、2023年民生实事\n\n新建新能源汽车充电桩4万个。', [{ at: '4万个', related: ['6万个以上'] }]],
		['a counted set with 以上 on one side only, named again below it', '一、2023年重点工作\n\n推进100个以上重大项目建设。\n\n二、2023年重大项目安排\n\n80个重大项目清单如下。', [{ at: '80个', related: ['100个以上'] }]],
		['a review of five years ends on the figure the review of the year gave (从2010年的…增加到…), one changed', FIVE_YEARS.replace('增加到373.7亿元', '增加到376.7亿元'), [{ at: '376.7亿元', related: ['373.7亿元'] }]],
		['a block on the past year (过去的一年) whose from–to reaches back further ends on the year\'s figure, printed rounded: one not rounding to it', PAST_YEAR.replace('增加到2912亿元', '增加到2922亿元'), [{ at: '2922亿元', related: ['2912.36亿元'] }]],
		['the same, a statistic named two ways (规模以上工业企业实现利润 … 规模以上工业实现利润)', PAST_YEAR.replace('增长10%。', '增长10%；规模以上工业企业实现利润845.31亿元。') + '规模以上工业实现利润由184亿元增加到855亿元。', [{ at: '855亿元', related: ['845.31亿元'] }]],
		[
			'the same, the year’s figure named by its counterpart alone (收入…，支出…) and the from–to by another name of the statistic (一般预算支出)',
			PAST_YEAR.replace('增长10%。', '增长10%，支出500.2亿元。') + '一般预算支出由254亿元增加到510亿元。',
			[{ at: '510亿元', related: ['500.2亿元'] }],
		],
		[
			'the same, the counterpart named after a 其中 part of the statistic (…收入…，其中税收收入…，支出…): the whole’s counterpart',
			PAST_YEAR.replace('增长10%。', '其中税收收入250亿元，增长10%，支出500.2亿元。') + '一般预算支出由254亿元增加到510亿元。',
			[{ at: '510亿元', related: ['500.2亿元'] }],
		],
		['the same, a level rounded the other way (373.7亿元 … 373亿元)', PAST_YEAR.replace('增加到374亿元', '增加到373亿元'), [{ at: '373亿元', related: ['373.7亿元'] }]],
		['the same, the year\'s figure changed', FIVE_YEARS.replace('预计实现地区生产总值2900亿元', '预计实现地区生产总值2800亿元'), [{ at: '2900亿元', related: ['2800亿元'] }]],
		['a list of key figures after the text, both of one named year: the label names the statistic the text states once', KEY_FIGURES.replace('一、党的组织', '一、2024年党的组织').replace('全省共有', '共有').replace('二、主要数据', '二、2024年主要数据').replace('- 支部: 10.8万个', '- 支部: 11.8万个'), [{ at: '11.8万个', related: ['10.8万个'] }]],
		['a list of key figures of no named period whose first item repeats the text word for word: its other items are of that part', KEY_SUMMARY.replace('- 支部: 10.8万个', '- 支部: 11.8万个'), [{ at: '11.8万个', related: ['10.8万个'] }]],
		[
			'the same, the lead of the list naming the year of that part (2024年主要数据：)',
			KEY_SUMMARY.replace('一、党的组织', '一、2024年党的组织').replace('- 基层党委', '2024年主要数据：\n\n- 基层党委').replace('- 支部: 10.8万个', '- 支部: 11.8万个'),
			[{ at: '11.8万个', related: ['10.8万个'] }],
		],
		['the same, the lead naming the document’s own region (全省主要数据：)', KEY_SUMMARY.replace('- 基层党委', '全省主要数据：\n\n- 基层党委').replace('- 支部: 10.8万个', '- 支部: 11.8万个'), [{ at: '11.8万个', related: ['10.8万个'] }]],
		['a statement repeated word for word goes on: its last figure, with words too few to name it alone (增幅为), changed', SUMMARY.replace(/增幅为2\.3%$/, '增幅为2.5%'), [{ at: '2.5%', related: ['2.3%'] }]],
		[
			'a statement repeated with its neighbours in a summary after the text',
			'一、党员队伍\n\n截至2024年12月31日，中国共产党党员总数为10027.1万名，比2023年底净增108.6万名，增幅为1.1%。\n\n---\n\n- 党员总数: 中国共产党党员总数为10037.1万名，比2023年底净增108.6万名，增幅为1.1%',
			[{ at: '10037.1万名', related: ['10027.1万名'] }],
		],
		[
			'a clause printed again word for word in another part (a compilation), one figure changed',
			'一、人民银行机构改革\n\n撤销人民银行大区分行及分行营业管理部、总行直属营业管理部和省会城市中心支行，在31个省（自治区、直辖市）设立省级分行。\n\n二、附件\n\n撤销人民银行大区分行及分行营业管理部、总行直属营业管理部和省会城市中心支行，在32个省（自治区、直辖市）设立省级分行。',
			[{ at: '32个', related: ['31个'] }],
		],
		[
			'a target of the year restated in the paragraph that explains it',
			'二、2008年经济社会发展的总体要求和主要任务\n\n今年国民经济和社会发展的预期目标是：国内生产总值增长8%左右；居民消费价格总水平涨幅控制在4.8%左右。\n\n这里要着重说明，提出国内生产总值增长9%左右，主要是综合考虑了国内和国际多种因素。',
			[{ at: '9%左右', related: ['8%左右'] }],
		],
		[
			'the growth target of the list named as the target in the paragraph after it (经济增长预期目标为), another figure',
			'二、2024年工作安排\n\n今年发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业5万人以上。\n\n提出上述预期目标，兼顾了需要和可能。经济增长预期目标为7%左右，考虑了促进就业增收等需要。',
			[{ at: '7%左右', related: ['6%左右'] }],
		],
		[
			'the same, both exact: the later statement names it the target of this year (今年…目标确定为)',
			'二、2024年工作安排\n\n主要预期目标是：经济增长5.5%，固定资产投资增长7%。\n\n今年经济增长目标确定为6.5%，充分考虑了保障改善民生的需要。',
			[{ at: '6.5%', related: ['5.5%'] }],
		],
		[
			'a verb of building shared by the list after it (新建改扩建幼儿园80所、中小学73所), the object restated with the verb in the annex of the same year',
			'一、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所。\n\n二、2023年民生实事\n\n年度目标：新建改扩建中小学75所。',
			[{ at: '75所', related: ['73所'] }],
		],
		[
			'a name in quotes whose count is part of it (“50项具体措施”), named in the review and again in the plan, its count changed',
			'一、2022年工作回顾\n\n认真落实国务院安全生产“15条硬措施”和省“50项具体措施”，开展安全生产大检查。\n\n二、2023年工作安排\n\n深入贯彻国务院安全生产“15条硬措施”、省“51项具体措施”，加强安全监管。',
			[{ at: '51项', related: ['50项'] }],
		],
		[
			'the same, other verbs and adverbs before the words that name the set (出台 … 深化落实) and a noun of three characters (“15条硬措施”)',
			'一、2023年工作回顾\n\n出台安全生产“15条硬措施”。\n\n二、2024年工作安排\n\n深化落实安全生产“16条硬措施”。',
			[{ at: '16条', related: ['15条'] }],
		],
		[
			'the same, the owner and the topic before the name (认真落实国务院安全生产 … 深入贯彻国务院安全生产)',
			'一、2023年工作回顾\n\n认真落实国务院安全生产“15条硬措施”。\n\n二、2024年工作安排\n\n深入贯彻国务院安全生产“16条硬措施”。',
			[{ at: '16条', related: ['15条'] }],
		],
		['one statistic stated twice with two figures', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6500万吨，再创新高。', [{ at: '6500万吨', related: ['6000万吨'] }]],
		[
			'a target restated in a part of the document of the same year',
			'一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学73所，新增学位2万个。\n\n二、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所，新增学位2万个。\n\n三、2023年十件民生实事\n\n5.新建改扩建幼儿园90所，新建停车场30个。',
			[{ at: '90所', related: ['80所'] }],
		],
		[
			'an annex (附件1 over its title) restates the targets of the year the report is dated, whatever the words around them',
			'政府工作报告\n\n——2023年1月30日在市第五届人民代表大会第二次会议上\n\n一、2022年工作回顾\n\n完成农村危房改造1.1万户。\n\n二、2023年重点工作\n\n完成城镇老旧小区改造100个、农村危房改造2.7万户。\n\n附件1\n\n10件民生实事\n\n一、住房安全\n\n年度目标：农村危房改造3.2万户。',
			[{ at: '3.2万户', related: ['2.7万户'] }],
		],
		[
			'a counted set named again in another part of the same year (the plan and its list of projects)',
			'一、2023年重点工作\n\n推进10个领域100个重大项目建设，办好民生实事。\n\n二、2023年重大项目安排\n\n10个领域120个重大项目清单如下。',
			[{ at: '120个', related: ['100个'] }],
		],
		[
			'the same deed and noun counted after the figure in a title and before it in its content (建设标准化菜市场10个 ⏎ 主要内容：建设12个标准化菜市场)',
			ANNEX.replace('在市辖三区建设10个标准化菜市场', '在市辖三区建设12个标准化菜市场'),
			[{ at: '12个', related: ['10个'] }],
		],
		[
			'the same, a later item of the title\'s list taking its verb (建设标准化村卫生室33个、老年人日间照料中心10个)',
			ANNEX.replace('建设10个老年人日间照料中心', '建设11个老年人日间照料中心'),
			[{ at: '11个', related: ['10个'] }],
		],
		[
			'the same annex in Markdown, the figure of a `###` title (### （二）建设标准化菜市场10个 ⏎ 主要内容：建设12个…)',
			MARKDOWN_ANNEX.replace('在市辖三区建设10个标准化菜市场', '在市辖三区建设12个标准化菜市场'),
			[{ at: '12个', related: ['10个'] }],
		],
		[
			'the same, the plan counting after the figure and its annex of the same year before it',
			'一、2023年重点工作\n\n鼓励社会力量兴办养老服务业，建设10个老年人日间照料中心。\n\n二、2023年为民办实事\n\n（一）建设标准化村卫生室33个及老年人日间照料中心12个。',
			[{ at: '12个', related: ['10个'] }],
		],
		['the same, a title line (no sentence\'s end) and its content in the block right after it, one part', '一、2023年为民办实事\n\n（一）改造老旧小区30个\n\n主要内容：改造32个老旧小区。', [{ at: '32个', related: ['30个'] }]],
		['the same, the content\'s sentence opening on a clause of purpose (为方便群众就医，建设35个…)', '一、2023年重点工作\n\n建设标准化村卫生室33个。\n\n二、2023年民生实事\n\n为方便群众就医，建设35个标准化村卫生室。', [{ at: '35个', related: ['33个'] }]],
		[
			'a set the review counts as a given (its count opening the clause) and the plan holds (壮大), its count changed',
			'一、2023年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n壮大8个先进制造业集群，推动高质量发展。',
			[{ at: '8个', related: ['7个'] }],
		],
		[
			'the same, the review of the past five years, the plan improving the set (提质增效)',
			'一、2025年工作回顾\n\n五年来，5个国家区域医疗中心开诊运营。\n\n二、2026年工作安排\n\n提质增效6个国家区域医疗中心。',
			[{ at: '6个', related: ['5个'] }],
		],
		[
			'the same, a plan of no named year after the review, the set supported on (继续支持…发展), the review\'s the first of a list',
			'一、2006年工作回顾\n\n对24个产粮大县和40个畜牧重点县集中扶持。\n\n二、今年工作安排\n\n继续支持25个产粮大县发展。',
			[{ at: '25个', related: ['24个'] }],
		],
		['an indicator of a bulletin of one named year stated again in its own section under another name (实际利用外商直接投资 … 实际利用外商直接投资额)', BULLETIN.replace('直接投资额407亿美元', '直接投资额417亿美元'), [{ at: '417亿美元', related: ['407亿美元'] }]],
		['the same, the balance named alone after what it balances (全年进出口顺差 … 进出口相抵，顺差)', BULLETIN.replace('进出口相抵，顺差241亿美元', '进出口相抵，顺差251亿美元'), [{ at: '251亿美元', related: ['241亿美元'] }]],
		['an indicator the lexicon names with its aside (固定资产投资（不含农户）) stated again so in another part, one figure changed', BULLETIN_2023.replace('全年全社会固定资产投资509708亿元', '全年固定资产投资（不含农户）503036亿元').replace('503036亿元。\n\n六', '513036亿元。\n\n六'), [{ at: '513036亿元', related: ['503036亿元'] }]],
		// The people a document speaks for, named by their count twice (relations/peopleCounts.ts): one figure.
		['the people named by their count twice, the second count changed (拥有14亿人口 … 19亿中国人的饭碗)', '对我们这样一个拥有14亿人口的发展中国家来说，就业是最大的民生。\n\n落实“米袋子”省长责任制。19亿中国人的饭碗，我们有能力也务必牢牢端在自己手中。', [{ at: '19亿', related: ['14亿人'] }]],
		['the same, the nation named before the second in words (我国十一亿多人口), below the first’s bounds', '十四亿多人的粮食安全得到有效保障。\n\n我国十一亿多人口整体迈进现代化社会。', [{ at: '十一亿多人', related: ['十四亿多'] }]],
		['the same in words, a count no prose claim reads (十四亿多人的…) against one past its bounds (十六亿多人口)', '谷物总产量稳居世界首位，十四亿多人的粮食安全得到有效保障。\n\n中国式现代化是人口规模巨大的现代化。我国十六亿多人口整体迈进现代化社会。', [{ at: '十六亿多人', related: ['十四亿多'] }]],
		['a statistic of a year at a stated price basis restated at the same basis, changed', '按一九五二年不变价格计算，一九五七年工业总产值为五〇二亿元。\n\n按一九五二年不变价格计算，一九五七年工业总产值为五〇六亿元。', [{ at: '五〇六亿元', related: ['五〇二亿元'] }]],
		['the year\'s figure at current prices (按现价计算) and with no basis stated are one figure: changed', '按现价计算，2023年全市工业总产值为520亿元。\n\n2023年全市工业总产值为525亿元。', [{ at: '525亿元', related: ['520亿元'] }]],
		['months of a year (2023年1-10月) restated, changed', '2023年1-10月全市工业总产值为430亿元。\n\n2023年1-10月全市工业总产值为433亿元。', [{ at: '433亿元', related: ['430亿元'] }]],
		['a quarter of a year (2023年一季度) restated, changed', '2023年一季度全市工业总产值为130亿元。\n\n2023年一季度全市工业总产值为133亿元。', [{ at: '133亿元', related: ['130亿元'] }]],
		['the year\'s figure stated twice after the figure of its months, changed: the year\'s two held to each other', '2023年1-10月全市工业总产值为430亿元。\n\n2023年全市工业总产值为520亿元。\n\n2023年全市工业总产值为530亿元。', [{ at: '530亿元', related: ['520亿元'] }]],
		['the prices of a named year (按2015年价格计算) restated at them, changed; a basis in brackets after the figure (（不变价）) against the same basis before one', '按2015年价格计算，2023年全市工业总产值为500亿元。\n\n按2015年价格计算，2023年全市工业总产值为505亿元。\n\n2022年全市工业总产值为400亿元（不变价）。\n\n按不变价计算，2022年全市工业总产值为405亿元。', [{ at: '505亿元', related: ['500亿元'] }, { at: '405亿元', related: ['400亿元'] }]],
		['current prices as 按当年价格计算 against no basis stated, changed', '按当年价格计算，2023年全市工业总产值为520亿元。\n\n2023年全市工业总产值为525亿元。', [{ at: '525亿元', related: ['520亿元'] }]],
		['an estimate of a year restated as an estimate, changed', '预计2020年全市工业总产值为530亿元。\n\n预计2020年全市工业总产值为520亿元。', [{ at: '520亿元', related: ['530亿元'] }]],
		['the older writing of 亿 (六万万人民 … 九万万人民)', '美国侵略集团的阴谋活动，显然是同中国六万万人民为敌。\n\n这表现了我国九万万人民的不可动摇的共同意志。', [{ at: '九万万人', related: ['六万万人'] }]],
	],
	silent: [
		['a statistic of a year at a stated price basis (按一九五二年不变价格计算) against the year\'s figure', '按一九五二年不变价格计算，一九五七年工业总产值为五〇二亿元。\n\n一九五七年工业总产值达到五三五·六亿元。'],
		['constant prices named by their year alone (按2015年价格计算, 按照一九五二年的价格计算) against the year\'s figure', '按2015年价格计算，2023年全市工业总产值为500亿元。\n\n2023年全市工业总产值为520亿元。\n\n按照一九五二年的价格计算，一九五七年工业总产值为五〇二亿元。\n\n一九五七年工业总产值达到五三五·六亿元。'],
		['a price basis in brackets right after the figure (500亿元（不变价）, （按可比价格计算）) against the year\'s figure', '2023年全市工业总产值为500亿元（不变价）。\n\n2023年全市工业总产值为520亿元。\n\n2022年全市工业总产值为400亿元（按可比价格计算）。\n\n2022年全市工业总产值为420亿元。'],
		['the constant prices of two years (按1980年不变价格, 按1990年不变价格)', '按1980年不变价格计算，2023年全市工业总产值为300亿元。\n\n按1990年不变价格计算，2023年全市工业总产值为320亿元。'],
		['…at comparable prices against current prices (按现价计算)', '按可比价格计算，2023年全市工业总产值为500亿元。\n\n按现价计算，2023年全市工业总产值为520亿元。'],
		['months of a year (2023年1-10月, 2023年1—10月) against the year', '2023年1-10月全市工业总产值为430亿元。\n\n2023年全市工业总产值为520亿元。\n\n2022年1—10月全市工业总产值为400亿元。\n\n2022年全市工业总产值为500亿元。'],
		['a quarter, a half and three quarters of a year (一季度, 上半年, 前三季度) against the year', '2023年一季度全市工业总产值为130亿元。2023年上半年全市工业总产值为250亿元。2023年前三季度全市工业总产值为390亿元。\n\n2023年全市工业总产值为520亿元。'],
		['an estimate of a year (预计2020年) against the figure its own words date to the year', '预计2020年全市工业总产值为530亿元。\n\n2020年全市工业总产值为520亿元。'],
		['a bound passed, then a value that qualifies a noun after it (为900亿元的1.1倍; 为1800亿元目标的1.2倍): another figure', '全市税收收入超过1000亿元，为900亿元的1.1倍。全市社会消费品零售总额超过2000亿元，为1800亿元目标的1.2倍。'],
		['a bound passed, then its value past it (突破…、达到…; 超过…，达到…); another subject’s value after a bound, a rate, another unit, a threshold of a count', '全省地区生产总值突破2万亿元、达到23562亿元。一般公共预算收入超过一千亿元，达到1011.86亿元。工业产值突破100亿元，营业收入达到80亿元。销售额突破5亿元、增长12%。营业收入超过10亿元的企业达到8家。'],
		['…but the nation’s in the text is not the city’s own in its key figures (全国居民人均可支配收入 / 居民人均可支配收入)', '一、2023年居民收入\n\n全国居民人均可支配收入39218元。全市地区生产总值500亿元，全市一般公共预算收入50亿元。\n\n二、2023年全市主要数据\n\n居民人均可支配收入41218元。城镇居民人均可支配收入52000元，增长5.5%。'],
		['a block on the past year whose from–to ends on the year\'s figures, rounded (2912.36亿元 … 2912亿元; 373.7亿元 … 374亿元)', PAST_YEAR],
		['the same, a statistic named two ways, rounded', PAST_YEAR.replace('增长10%。', '增长10%；规模以上工业企业实现利润845.31亿元。') + '规模以上工业实现利润由184亿元增加到845亿元。'],
		['the same, the end of a from–to of another year (增加到2014年的…)', PAST_YEAR.replace('增加到2912亿元', '增加到2014年的2700亿元')],
		['the same, a from–to in a sentence on the year to come (2016年，…由…提高到…)', PAST_YEAR + '2016年，全市地区生产总值由2912亿元提高到3150亿元。'],
		['the same, a from–to of another region (全省, the year\'s figures 全市\'s)', PAST_YEAR.replace('增长10%。', '增长10%；全市粮食产量102万吨。').replace('全市地区生产总值由1690亿元增加到2912亿元', '全省地区生产总值由1690亿元增加到2900亿元')],
		['the same, a from–to in a sentence opening on the year to come (今年，…由…增加到…)', PAST_YEAR + '今年，全市地区生产总值由2912亿元增加到3150亿元。'],
		['the same, a from–to in a sentence opening on a year ahead (到2020年，…)', PAST_YEAR + '到2020年，全市地区生产总值由2912亿元增加到5000亿元。'],
		['a review of five years, then a sentence on the year to come in the same block (今年，…由…提高到…)', FIVE_YEARS + '今年，地区生产总值由2900亿元提高到3150亿元。'],
		['a review of five years, then a from–to of a part of the year (上半年，…)', FIVE_YEARS + '上半年，地区生产总值由1400亿元增加到1500亿元。'],
		['the same, an aim (力争…由…增加到…)', PAST_YEAR.replace('全市地区生产总值由1690亿元增加到2912亿元', '力争全市地区生产总值由2912亿元增加到3150亿元')],
		['the same, another statistic of the same noun (支出, not 收入)', PAST_YEAR.replace('地方一般公共预算收入由154亿元增加到374亿元', '地方一般公共预算支出由254亿元增加到474亿元')],
		['the same, an end with an approximation word (左右)', PAST_YEAR.replace('增加到2912亿元', '增加到2900亿元左右')],
		['a from–to aimed at in the past-year block (我们的目标是：…由…增加到…) is no figure of the year', PAST_YEAR.replace('过去的一年，极不平凡。', '过去的一年，极不平凡。我们的目标是：全市地区生产总值由2912亿元增加到3150亿元。')],
		['a five-year plan period’s from–to (“十三五”时期，…) is no figure of the year', PAST_YEAR.replace('过去的一年，极不平凡。', '过去的一年，极不平凡。“十三五”时期，全市地区生产总值由2912亿元增加到4500亿元。')],
		['a from–to of a year its clause names (其中2013年由…) is no figure of the year', FIVE_YEARS.replace('增加到2900亿元，年均增长9.9%', '增加到2900亿元，其中2013年由2100亿元增加到2400亿元')],
		['a from–to in a block that reviews no past (no 过去的一年) is not read as the year\'s', PAST_YEAR.replace('过去的一年，极不平凡。', '').replace('增加到2912亿元', '增加到3150亿元')],
		['a block on the past year in another part than the year\'s figures', PAST_YEAR.replace('\n\n过去的一年', '\n\n二、“十二五”回顾\n\n过去的一年').replace('增加到2912亿元', '增加到3150亿元')],
		['an approximation word on one side only, as printed', '一、2023年重点工作\n\n新建新能源汽车充电桩6万个以上。\n\n二、2023年民生实事\n\n新建新能源汽车充电桩6万个。'],
		['an approximation word on one side only, the other figure within its bound', '一、2023年重点工作\n\n新建新能源汽车充电桩6万个以上。\n\n二、2023年民生实事\n\n新建新能源汽车充电桩7万个。'],
		['an approximation word on one side only, in a part of another year', '一、2022年工作回顾\n\n新建新能源汽车充电桩6万个以上。\n\n二、2023年民生实事\n\n新建新能源汽车充电桩4万个。'],
		['a counterpart named alone in a sentence on a part of the year (1-11月，…收入…，支出…) is no figure of the year', PAST_YEAR.replace('增长10%。', '增长10%。1-11月，地方一般公共预算收入340亿元，支出480.2亿元。') + '一般预算支出由254亿元增加到510亿元。'],
		['a counterpart of a statistic of the year before (上年…收入…，支出…) is no figure of the year', PAST_YEAR.replace('增长10%。', '增长10%。上年地方一般公共预算收入340亿元，支出480.2亿元。') + '一般预算支出由254亿元增加到510亿元。'],
		['a counterpart named with what is said of it (支出累计…) is no figure of the year', PAST_YEAR.replace('增长10%。', '增长10%，支出累计1480.2亿元。') + '一般预算支出由254亿元增加到510亿元。'],
		['a counterpart named alone in another segment than the statistic (收入…；支出…) is not read as its counterpart', PAST_YEAR.replace('增长10%。', '增长10%；支出500.2亿元。') + '一般预算支出由254亿元增加到510亿元。'],
		['a review of five years ending on the year\'s figures, as printed', FIVE_YEARS],
		['a review of five years ending on the year\'s figure printed rounded (373.7亿元 … 374亿元)', FIVE_YEARS.replace('增加到373.7亿元', '增加到374亿元')],
		[
			'a plan of five years after the review of them names its period to come (今后五年): its from–to starts on the year, it does not end on it',
			FIVE_YEARS + '\n\n今后五年，地区生产总值从2015年的2900亿元增加到4500亿元。',
		],
		['an amount of a review of years that is no from–to may be their sum (五年来…新增就业)', '一、2015年工作回顾\n\n全年城镇新增就业7.7万人。\n\n五年来，我们坚持就业优先，城镇新增就业38万人。'],
		['the end of a from–to dated another year than the year\'s figure (增加到2014年的…)', FIVE_YEARS.replace('从2010年的1690亿元增加到2900亿元', '从2010年的1690亿元增加到2014年的2700亿元')],
		['the year\'s figure of a part of the year (上半年)', '一、2015年工作回顾\n\n上半年地区生产总值1400亿元。\n\n五年来，地区生产总值从2010年的1690亿元增加到2900亿元。'],
		['the year\'s figure stated twice with two values (the region and a city of it): neither is held', '一、2015年工作回顾\n\n地区生产总值2900亿元；地区生产总值2800亿元。\n\n五年来，地区生产总值从2010年的1690亿元增加到3000亿元。'],
		[
			'a target stated after a review of five years (主要预期目标是：地区生产总值达到…) is no figure of the year it ends on',
			'五年来，地区生产总值从2010年的1690亿元增加到2900亿元。\n\n各位代表！\n\n今年主要预期目标是：地区生产总值达到3100亿元。',
		],
		['a review of five years in another part than the year\'s', '一、2015年工作回顾\n\n地区生产总值2900亿元。\n\n二、“十二五”回顾\n\n五年来，地区生产总值从2010年的1690亿元增加到3000亿元。'],
		['key figures as printed', KEY_FIGURES],
		['key figures of no named period: not held against the text (the list may be of another year or place: 2021年主要数据：, 全国主要数据)', KEY_FIGURES.replace('- 支部: 10.8万个', '- 支部: 11.8万个')],
		['a list of key figures that repeats the text word for word, as printed', KEY_SUMMARY],
		[
			'a list whose lead names another year, after a part that restated the year’s (2018年主要指标：)',
			'一、2023年工作回顾\n\n全年城镇新增就业12.3万人，粮食产量650万吨。全省共有国家级高新技术企业3500家，比上年增加420家。\n\n二、五年来主要成就\n\n全省共有国家级高新技术企业3500家，比上年增加420家。\n\n2018年主要指标：\n\n- 城镇新增就业: 10.1万人\n- 粮食产量: 610万吨',
		],
		['the same, a lead of another year within the summary (2019年主要数据：)', KEY_SUMMARY.replace('- 基层党委', '2019年主要数据：\n\n- 基层党委').replace('- 支部: 10.8万个', '- 支部: 11.8万个')],
		['the same, a heading of another year over the list (### 2019年主要数据)', KEY_SUMMARY.replace('- 基层党委', '### 2019年主要数据\n\n- 基层党委').replace('- 支部: 10.8万个', '- 支部: 11.8万个')],
		['the same, a lead of a part of a year (上半年主要数据：)', KEY_SUMMARY.replace('- 基层党委', '上半年主要数据：\n\n- 基层党委').replace('- 支部: 10.8万个', '- 支部: 11.8万个')],
		['the same, a lead naming another region (全国主要数据：)', KEY_SUMMARY.replace('- 基层党委', '全国主要数据：\n\n- 基层党委').replace('- 支部: 10.8万个', '- 支部: 11.8万个')],
		['the same, an item whose label names another year (- 支部（2020年）:)', KEY_SUMMARY.replace('- 支部: 10.8万个', '- 支部（2020年）: 9.6万个')],
		[
			'a list that repeats another part word for word than the one stating the key figure',
			KEY_SUMMARY.replace('。其中，基层党委0.8万个，总支部0.9万个，支部10.8万个。', '。\n\n二、组织设置\n\n其中，基层党委0.8万个，总支部0.9万个，支部10.8万个。').replace('二、主要数据', '三、主要数据').replace('- 支部: 10.8万个', '- 支部: 11.8万个'),
		],
		['a key figure whose statistic the text states twice (two years) is held against neither', KEY_FIGURES.replace('支部10.8万个。', '支部10.8万个。2023年末支部10.1万个。').replace('- 支部: 10.8万个', '- 支部: 11.8万个')],
		['a statement repeated word for word, as printed', SUMMARY],
		['the figure after a repeated one said in other words is another statement (增长 of what, not 增幅为)', SUMMARY.replace(/增幅为2\.3%$/, '播种面积增长2.5%')],
		['two parts stating the same words of other figures are no repetition (回顾, 展望)', '一、回顾\n\n全县粮食播种面积52.3万亩，比上年增加1.2万亩，增幅为2.3%。\n\n二、展望\n\n全县粮食播种面积55.0万亩，比上年增加2.7万亩，增幅为5.2%。'],
		['a plan that speeds up a larger set than the review started (启动9个 … 加快建设12个)', '一、2023年工作回顾\n\n开工建设4座污水处理厂，启动9个乡村振兴示范区建设。\n\n二、2024年工作安排\n\n加快建设6座污水处理厂，加快建设12个乡村振兴示范区。'],
		[
			'a counted set of the review that the plan goes on with (持续开展), named with its members before — a plan may take on more of a set or what is left of it: never related',
			'一、2021年工作回顾\n\n实施创新驱动、工业设计、品牌建设等12项赋能行动。\n\n二、2022年重点工作\n\n持续开展13项赋能行动，推进产业基础高级化。',
		],
		[
			'a counted set of the review carried on by the plan (加快打造), its count changed — a plan may take on more of a set or what is left of it: never related',
			'一、2022年工作回顾\n\n8个高原特色农业示范园区加快建设，带动农户增收。\n\n二、2023年重点工作\n\n加快打造9个高原特色农业示范园区，带动群众就业。',
		],
		[
			'a five-year target over years and the year’s target',
			'二、2026年工作安排\n\n“十五五”时期，全社会研发经费投入年均增长10%左右。\n\n今年，全社会研发经费投入增长12%左右。',
		],
		[
			'a target restated far from its list, in another part of the year',
			'二、2026年工作安排\n\n主要预期目标是：城镇调查失业率控制在5%以内。\n\n一段。\n\n二段。\n\n三段。\n\n四段。\n\n城镇调查失业率控制在5.5%以内。',
		],
		[
			'parallel lists of two statistics share the words next to each figure, not the other figures',
			'一、党员队伍\n\n党员的职业。工人（工勤技能人员）639.6万名，农牧渔民2584.5万名，企事业单位、社会组织专业技术人员1639.4万名，企事业单位、社会组织管理人员1140.1万名。\n\n二、发展党员\n\n发展党员的职业。工人（工勤技能人员）14.9万名，农牧渔民34.6万名，企事业单位、社会组织专业技术人员29.9万名，企事业单位、社会组织管理人员22.1万名。',
		],
		[
			'a statement of the same words and neighbours under another year',
			'一、2023年\n\n全年新建5G基站1.2万个，新增充电桩5000个。\n\n二、2024年\n\n全年新建5G基站1.5万个，新增充电桩5000个。',
		],
		['the same without a scope', '一、2023年\n\n新建5G基站1.2万个，新增充电桩5000个。\n\n二、2024年\n\n新建5G基站1.5万个，新增充电桩5000个。'],
		[
			'a statement of the same words in another part whose neighbours differ',
			'一、回顾\n\n中国共产党党员总数为10027.1万名，比上年底净增108.6万名。\n\n二、展望\n\n中国共产党党员总数为10127.1万名，比上年底净增100.0万名。',
		],
		[
			'a part that names no year is not of the year the report is dated (the review of five years)',
			'政府工作报告\n\n——2016年1月20日在自治区第十一届人民代表大会第五次会议上\n\n一、过去五年工作回顾\n\n城镇新增就业7.7万人。\n\n二、2016年主要工作\n\n城镇新增就业7.3万人。',
		],
		['the same words in a part of another year', '一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学73所，新增学位2万个。\n\n二、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所，新增学位2万个。'],
		[
			'a counted set carried on, its count the same',
			'一、2022年工作回顾\n\n9个高原特色农业示范园区加快建设。\n\n二、2023年重点工作\n\n加快打造9个高原特色农业示范园区。',
		],
		['a new batch each year (新建)', '一、2023年工作回顾\n\n新建50个区域养老服务中心。\n\n二、2024年工作安排\n\n新建20个区域养老服务中心。'],
		[
			'each year’s list of projects: the plan does not say it carries the review’s on',
			'一、2020年工作回顾\n\n773个省重点项目加快推进。\n\n二、2021年工作安排\n\n扎实抓好700个省重点项目。',
		],
		[
			'a first batch (首批) and the whole the plan carries on',
			'一、2023年工作回顾\n\n首批20个城市立面改造提升试点项目完工。\n\n二、2024年工作安排\n\n加快实施30个城市立面改造提升试点项目。',
		],
		[
			'a program’s gloss and the year’s figure of the same noun (words before the figures differ)',
			'一、2020年重点工作\n\n突出抓好160个重大产业项目、30个重大科技创新项目。\n\n二、2020年名词解释\n\n“5个10”工程：指全市抓好10个重大产业建设项目、10个重大科技创新项目。',
		],
		[
			'each year’s list of projects, even when the plan speeds it up (加快推进)',
			'一、2023年工作回顾\n\n256个亿元以上项目加快建设。\n\n二、2024年工作安排\n\n加快推进300个亿元以上项目。',
		],
		[
			'the plan names its own examples of the set (等)',
			'一、2013年工作回顾\n\n开展了5个小城镇试点建设工作。\n\n二、2014年工作安排\n\n加快推进万宝河镇、双河镇等7个小城镇试点建设。',
		],
		['a set the review counts and the plan holds, the plan\'s noun read on, as printed', READ_ON],
		// A count before a noun read on may count the noun's head (ten firms): counts that differ are not held to each other.
		['the plan\'s noun read on, its count changed (支持8个…集群盟会长单位…): maybe a count of the units', READ_ON.replace('支持7个', '支持8个')],
		['the plan\'s noun read on into a head it may count (支持10个先进制造业集群龙头企业…)', READ_ON.replace('支持7个先进制造业集群盟会长单位', '支持10个先进制造业集群龙头企业')],
		['a noun with a word inserted (…产业链 … …重点产业链): maybe a part of the set', '一、2023年工作回顾\n\n优选25条制造业产业链，出台专项政策。\n\n二、2024年工作安排\n\n围绕10条制造业重点产业链，实施延链补链。'],
		['the plan\'s noun read on into a batch it makes (…集群新建研发中心)', READ_ON.replace('支持7个先进制造业集群盟会长单位发起设立产业基金', '支持9个先进制造业集群新建研发中心')],
		['the plan builds on the set, its noun read on (加快建设9个…集群盟会长单位…): the set may have grown', READ_ON.replace('支持7个', '加快建设9个')],
		['the review\'s noun read on, the plan\'s an aim (力争…)', '一、2023年工作回顾\n\n7个先进制造业集群盟会长单位牵头组建联盟。\n\n二、2024年工作安排\n\n力争壮大10个先进制造业集群。'],
		['a set the review counts as a given and the plan holds, as printed', '一、2023年工作回顾\n\n7个先进制造业集群加快构建，310条河流按河长计算水体优良比例达73.9%。\n\n二、2024年工作安排\n\n壮大7个先进制造业集群，310条河流按河长计算水体优良比例提升至75.0%以上。'],
		['each year\'s batch given (为…引入): not a set held', '一、2025年工作回顾\n\n为380个老旧小区引入物业服务。\n\n二、2026年工作安排\n\n为800个老旧小区引入物业服务。'],
		['each year\'s batch done (完成…改造)', '一、2011年工作回顾\n\n完成118个村庄改造。\n\n二、2012年工作安排\n\n完成100个村庄改造。'],
		['a set the review made that year (新创建), the plan holding more', '一、2023年工作回顾\n\n新创建5个国家区域医疗中心。\n\n二、2024年工作安排\n\n提质增效8个国家区域医疗中心。'],
		['a plan that holds the set in words but builds it (推动…建设)', '一、2023年工作回顾\n\n4个省级百强中心镇加快发展。\n\n二、2024年工作安排\n\n推动6个省级百强中心镇建设。'],
		['a plan whose verb does not say it holds the set (抓好)', '一、2023年工作回顾\n\n9个万人安置点示范区稳步推进。\n\n二、2024年工作安排\n\n抓好12个万人安置点示范区。'],
		['a threshold in a noun, a figure right before it (1131个20户以上自然村)', '一、2022年工作回顾\n\n1131个20户以上自然村通广播电视。\n\n二、2023年工作安排\n\n3600个30户以上自然村通广播电视。'],
		['a plan of a later period (到2027年) holding a larger set', '一、2023年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n到2027年，壮大10个先进制造业集群。'],
		// Near misses of a set the review counts and the plan holds (review of relQ3's reading): the plan's words name
		// another whole, an aim, another year, or the review's words say the year finished its batch.
		['the review\'s batch finished that year (全面完工), the plan working on the next', '一、2023年工作回顾\n\n30个老旧小区全面完工。\n\n二、2024年工作安排\n\n整治45个老旧小区。'],
		['the plan\'s set of a wider region (支持全省8个… in a report of the city)', '一、2023年工作回顾\n\n全市5个国家区域医疗中心开诊运营。\n\n二、2024年工作安排\n\n支持全省8个国家区域医疗中心。'],
		['the plan\'s set named with words of its own between the verb and the count (支持省内8个…, 推动县域3个…)', '一、2023年工作回顾\n\n5个国家区域医疗中心开诊运营，7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n支持省内8个国家区域医疗中心，推动县域3个先进制造业集群。'],
		['an aim of the plan (力争壮大10个…)', '一、2023年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n力争壮大10个先进制造业集群。'],
		['a year named in the plan\'s sentence before the count (…，到2027年，壮大10个…)', '一、2023年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n壮大先进制造业，到2027年，壮大10个先进制造业集群。'],
		['another year opening the plan\'s sentence (2025年， in the plan of 2024)', '一、2023年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n2025年，壮大9个先进制造业集群。'],
		['a verb that drives others rather than holds the set (带动8个…, 推动10个县进入…)', '一、2023年工作回顾\n\n5个国家级农业产业园加快发展，8个县进入全省百强县。\n\n二、2024年工作安排\n\n带动6个国家级农业产业园，推动10个县进入全省百强县。'],
		['the review\'s count of another year (2022年，… in the review of 2023)', '一、2023年工作回顾\n\n2022年，7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n壮大10个先进制造业集群。'],
		['the review\'s count bound to a part (县域经济方面，…)', '一、2023年工作回顾\n\n县域经济方面，7个先进制造业集群加快构建。\n\n二、2024年工作安排\n\n壮大10个先进制造业集群。'],
		['fields of work, each plan naming its own (围绕8个重点领域)', '一、2023年工作回顾\n\n5个重点领域加快发展。\n\n二、2024年工作安排\n\n围绕8个重点领域，推进补短板。'],
		['a part that plans years to come (二、“十五五”时期…) after the review: the set may grow over them', '合肥市2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n\n5个国家区域医疗中心开诊运营。\n\n二、“十五五”时期经济社会发展主要目标任务\n\n提质增效8个国家区域医疗中心。\n\n三、2026年重点工作\n\n提质增效5个国家区域医疗中心。'],
		['the same, a part of no named year (二、今后五年主要任务)', '一、2022年工作回顾\n\n7个先进制造业集群加快构建。\n\n二、今后五年主要任务\n\n壮大10个先进制造业集群。'],
		['the plan before the review (a report that plans first)', '一、2024年工作安排\n\n壮大8个先进制造业集群。\n\n二、2023年工作回顾\n\n7个先进制造业集群加快构建。'],
		['what is left of a set the review closed (建成)', '一、2023年工作回顾\n\n建成3个城市口袋公园。\n\n二、2024年工作安排\n\n加快建设5个城市口袋公园。'],
		['a new batch under a word that carries on (加快新建)', '一、2023年工作回顾\n\n3个口袋公园加快建设。\n\n二、2024年工作安排\n\n加快新建5个口袋公园。'],
		[
			'a longer noun names another set (集中连片先进制造业园区, 改造提升项目 and 改造提升试点项目)',
			'一、2023年工作回顾\n\n加快建设20个先进制造业园区，30个城市立面改造提升试点项目完工。\n\n二、2024年工作安排\n\n加快建设25个集中连片先进制造业园区，加快实施40个城市立面改造提升项目。',
		],
		['a policy issued in the review and carried out in the plan, as printed', POLICIES],
		// A policy named by its owner and articles is no set the text binds across parts: a later one of the same owner may have other
		// articles (出台优化营商环境20条举措 in the review, 落实优化营商环境25条举措 in the next year's plan).
		['a policy of the same owner carried out in the plan with other articles', POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实促进基础教育高质量发展18条措施')],
		['the same, both carried out (全面落实 … 落实落细)', '一、2024年工作回顾\n\n全面落实民营经济32条政策。\n\n二、2025年工作安排\n\n落实落细民营经济31条政策。'],
		['the same, the next year\'s measures of a generic owner', '一、2023年工作回顾\n\n出台优化营商环境20条举措。\n\n二、2024年工作安排\n\n落实优化营商环境25条举措。'],
		['policies of two owners (促进民营经济发展壮大 … 省级开发区管理制度改革)', '一、2025年工作回顾\n\n实施促进民营经济发展壮大36条政策措施。\n\n二、2026年工作安排\n\n全面落实省级开发区管理制度改革30条政策措施。'],
		['a policy of the same owner issued again (出台 in the plan: a new one)', POLICIES.replace('落实促进基础教育高质量发展16条措施', '出台促进基础教育高质量发展18条措施')],
		['a new policy of the same owner carried out (新一轮)', POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实新一轮促进基础教育高质量发展18条措施')],
		['policies of the same owner under two nouns (措施 … 政策)', POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实促进基础教育高质量发展18条政策')],
		['policies of two levels (省… … 市…)', '一、2024年工作回顾\n\n落实省促进民营经济32条政策。\n\n二、2025年工作安排\n\n落实市促进民营经济20条政策。'],
		['a policy of a generic owner named in a review of five years, a count of the same owner carried out in the plan (a later one may have replaced it)', '一、过去五年工作回顾\n\n出台支持企业发展10条措施，减税降费累计200亿元。\n\n二、2024年工作安排\n\n全面落实支持企业发展12条措施，优化营商环境。'],
		['the same, the review\'s sentence opening on a span of years (五年来，…)', '一、2023年工作回顾\n\n五年来，出台支持企业发展10条措施。\n\n二、2024年工作安排\n\n全面落实支持企业发展12条措施。'],
		['the same, the parts two years apart', '一、2021年工作回顾\n\n出台支持企业发展10条措施。\n\n二、2023年工作安排\n\n全面落实支持企业发展12条措施。'],
		['policies of one owner dated two years in their sentences', '一、工作回顾\n\n2023年，落实促进民营经济发展32条政策。\n\n二、工作安排\n\n2024年，落实促进民营经济发展20条政策。'],
		['an annex of the year\'s works whose titles count before the figure and contents after it, as printed', ANNEX],
		['the same annex in Markdown (## and ### titles), as printed', MARKDOWN_ANNEX],
		['the same noun after another verb (新建 … 改造): two sets', '一、2023年重点工作\n\n新建公办幼儿园教室30个。\n\n二、2023年民生实事\n\n改造32个公办幼儿园教室。'],
		['a stock listed (全市共有…), no deed, then a deed of the same noun', '一、2023年重点工作\n\n全市共有标准化村卫生室33个、老年人日间照料中心10个。\n\n二、2023年民生实事\n\n建设12个老年人日间照料中心。'],
		['the same deed and noun in two units (个 … 所)', '一、2023年重点工作\n\n建设标准化村卫生室33个。\n\n二、2023年民生实事\n\n建设35所标准化村卫生室。'],
		['the same deed and noun in the review and the plan (two years): two batches', '一、2022年工作回顾\n\n建设标准化菜市场10个。\n\n二、2023年重点工作\n\n建设12个标准化菜市场。'],
		['the same deed and noun, a part of the title\'s set in its content (其中)', ANNEX.replace('在市辖三区建设10个标准化菜市场。', '在市辖三区建设10个标准化菜市场，其中城区建设6个标准化菜市场。')],
		['the same deed and noun, a first batch (首批)', ANNEX.replace('在市辖三区建设10个标准化菜市场。', '首批建设4个标准化菜市场。')],
		['the same deed and noun in one part, blocks apart (two batches of one year)', '一、2023年工作回顾\n\n建设标准化菜市场10个，方便居民生活。\n\n优化营商环境。\n\n建设6个标准化菜市场，改造农贸市场。'],
		['the same deed and noun, the whole\'s and a part\'s (全市 … 城区)', '一、2023年重点工作\n\n全市建设标准化菜市场10个。\n\n二、2023年民生实事\n\n城区建设6个标准化菜市场。'],
		['the same deed and noun, the verb alone in its clause but a clause before it naming a part (其中，建设6个…)', '一、2023年重点工作\n\n建设标准化菜市场10个。\n\n二、2023年民生实事\n\n改造农贸市场5个。其中，建设6个标准化菜市场。'],
		['the same, a clause before it naming more (另外，…)', '一、2023年重点工作\n\n建设标准化菜市场10个。\n\n二、2023年民生实事\n\n改造农贸市场5个。另外，建设6个标准化菜市场。'],
		['the same, a place alone before it (在城区，…; 城区方面，…)', '一、2023年重点工作\n\n建设标准化菜市场10个。\n\n二、2023年民生实事\n\n在城区，建设6个标准化菜市场。城区方面，建设6个标准化菜市场。'],
		['the same, a count per place before it (每个乡镇，…)', '一、2023年重点工作\n\n建设标准化村卫生室33个。\n\n二、2023年民生实事\n\n每个乡镇，建设2个标准化村卫生室。'],
		['the same, a clause with a figure of its own before it (选择3个县开展试点，…): a pilot\'s', '一、2023年重点工作\n\n建设标准化村卫生室33个。\n\n二、2023年民生实事\n\n选择3个县开展试点，建设12个标准化村卫生室。'],
		['the same deed and noun in two paragraphs next to each other, each of its own area (城区方面，… ⏎ 农村方面，…): no title and its content', '一、2023年民生实事\n\n城区方面，建设标准化菜市场10个。\n\n农村方面，建设6个标准化菜市场。'],
		['the same, each paragraph opened by a district (兴庆区：… ⏎ 金凤区：…)', '一、2023年民生实事\n\n兴庆区：建设标准化菜市场10个。\n\n金凤区：建设6个标准化菜市场。'],
		['the same deed and noun, the next paragraph of a half-year (上半年，…): a part of the year', '一、2023年重点工作\n\n建设标准化菜市场10个，改造农贸市场5个。\n\n上半年，建设6个标准化菜市场。'],
		['the same deed and noun, one of a later target year (到2025年，…) in a part of the year', '一、2023年重点工作\n\n到2025年，建设标准化村卫生室100个。\n\n二、2023年民生实事\n\n建设33个标准化村卫生室。'],
		['the same deed and noun, one of a span of years (五年来，…) in a part of the year', '一、2023年工作回顾\n\n五年来，建设标准化村卫生室100个。\n\n二、2023年民生实事\n\n建设33个标准化村卫生室。'],
		['two counts of one noun in one part (two stages of projects)', '一、2023年工作回顾\n\n谦信化工等256个亿元以上项目开工建设，弘诺光伏等298个亿元以上项目竣工投产。'],
		['a part of a counted set (其中)', '一、2023年重点工作\n\n加快打造9个高原特色农业示范园区。\n\n二、2023年民生实事\n\n其中3个高原特色农业示范园区。'],
		['a growth target named as such after its list, as printed', '二、2024年工作安排\n\n主要预期目标是：经济增长5.5%，固定资产投资增长7%。\n\n今年经济增长目标确定为5.5%，充分考虑了保障改善民生的需要。'],
		[
			'a target set at the start of the year under review (年初确定的…目标) and the growth achieved',
			'一、2023年工作回顾\n\n全市地区生产总值增长5.2%，固定资产投资增长4%。\n\n年初确定的经济增长预期目标为6%，实际完成情况低于预期。',
		],
		[
			'a block on the past year: its target is the past year’s, its growth done (过去一年)',
			'二、2024年工作安排\n\n过去一年，地区生产总值增长5.2%。\n\n今年经济增长预期目标为6%，高于上年实际增速。',
		],
		[
			'last year’s target (去年) in the explanation of this year’s',
			'二、2024年工作安排\n\n主要预期目标是：经济增长5.5%，固定资产投资增长7%。\n\n去年经济增长目标为7%，今年有所调低。',
		],
		[
			'a growth done (实现) before the target, exact',
			'二、2024年工作安排\n\n一季度实现经济增长5.1%，态势良好。\n\n今年经济增长目标确定为5.5%，充分考虑了各方面因素。',
		],
		[
			'a target of the five years (年均) and the year’s target',
			'二、2024年工作安排\n\n“十五五”时期，经济年均增长5%左右。\n\n今年经济增长预期目标为7%左右。',
		],
		[
			'an exact growth of the list and a target named far from it (beyond the paragraphs that explain it)',
			'二、2024年工作安排\n\n主要预期目标是：经济增长5.5%。\n\n一段。\n\n二段。\n\n三段。\n\n四段。\n\n今年经济增长目标确定为7%。',
		],
		['a verb shared by a list, the object restated in a part of another year', '一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学70所。\n\n二、2023年重点工作\n\n新建改扩建中小学73所。'],
		['an object of the list with a verb of its own (改造) is no object of the verb before', '一、2023年重点工作\n\n新建幼儿园80所、改造中小学73所。\n\n二、2023年民生实事\n\n新建中小学75所。'],
		['a list whose first item opens with no verb of building or adding', '一、2023年重点工作\n\n全市幼儿园80所、中小学73所。\n\n二、2023年民生实事\n\n新建中小学75所。'],
		[
			'a target of another year in the explanation (a sentence that opens on 2023年)',
			'二、2024年工作安排\n\n主要预期目标是：经济增长5.5%，固定资产投资增长7%。\n\n2023年，经济增长目标为7%，实际增长5.2%。',
		],
		[
			'the target of the past year named in a block on it, after this year’s list (过去一年，…目标)',
			'二、2024年工作安排\n\n主要预期目标是：经济增长5.5%，固定资产投资增长7%。\n\n过去一年，经济增长目标为7%，实际增长5.2%。',
		],
		[
			'a growth achieved (实现) in the plan before the target named after it',
			'二、2024年工作安排\n\n一季度以来，实现经济增长5.2%，好于预期。\n\n今年经济增长目标确定为7%，充分考虑了各方面因素。',
		],
		['names in quotes as printed', '一、2022年工作回顾\n\n认真落实国务院安全生产“15条硬措施”和省“50项具体措施”。\n\n二、2023年工作安排\n\n深入贯彻国务院安全生产“15条硬措施”、省“50项具体措施”。'],
		['two quoted names with no words naming the set before them (以…为具体抓手 … 深化实施): two sets may bear one name', '一、2023年工作回顾\n\n以“15个专项行动”为具体抓手。\n\n二、2024年工作安排\n\n深化实施“16个专项行动”。'],
		['the same, verbs alone (扎实开展 … 部署开展)', '一、2023年工作回顾\n\n扎实开展“5个专项行动”。\n\n二、2024年工作安排\n\n部署开展“3个专项行动”，即：一是…。'],
		['the same (建成 … 加快建设)', '一、2023年工作回顾\n\n建成“4个中心”。\n\n二、2024年工作安排\n\n加快建设“2个中心”。'],
		['the same (建立 … 健全)', '一、2023年工作回顾\n\n建立“4个机制”。\n\n二、2024年工作安排\n\n健全“2个机制”。'],
		['the same, a year opening each sentence (2023年，全面完成 … 2024年，着力办好)', '一、2023年工作回顾\n\n2023年，全面完成“10项民生实事”。\n\n二、2024年工作安排\n\n2024年，着力办好“12项民生实事”。'],
		['quoted names after other topics (稳经济 … 促进民营经济发展)', '一、2023年工作回顾\n\n出台稳经济“20条措施”。\n\n二、2024年工作安排\n\n制定促进民营经济发展“15条措施”。'],
		['quoted names of other owners (我省 … 国家促进民营经济发展)', '一、2023年工作回顾\n\n出台我省“20条措施”。\n\n二、2024年工作安排\n\n全面落实国家促进民营经济发展“31条措施”。'],
		['quoted names of other owners (省 … 我市)', '一、2023年工作回顾\n\n落实省“50项具体措施”。\n\n二、2024年工作安排\n\n制定我市“30项具体措施”。'],
		['quoted names of two cities (福州市出台 … 厦门市出台)', '一、2023年工作回顾\n\n福州市出台“12条措施”。\n\n二、2024年工作安排\n\n厦门市出台“15条措施”。'],
		['a new set marked (新组建)', '一、2023年工作回顾\n\n组建“8个产业链专班”。\n\n二、2024年工作安排\n\n新组建“4个产业链专班”。'],
		['a new batch marked (第二批)', '一、2023年工作回顾\n\n启动“5个专项行动”。\n\n二、2024年工作安排\n\n启动第二批“6个专项行动”。'],
		['a new round marked before the words that name the set (新一轮)', '一、2023年工作回顾\n\n启动安全生产“5个专项行动”。\n\n二、2024年工作安排\n\n启动新一轮安全生产“6个专项行动”。'],
		['the same words before the name, each sentence opening on another year', '一、2023年工作回顾\n\n2023年，落实省“50项具体措施”。\n\n二、2024年工作安排\n\n2024年，落实省“55项具体措施”。'],
		['a name in quotes and a count of its noun without quotes (a new batch of actions)', '一、2022年工作回顾\n\n以“15个专项行动”为具体抓手，抓项目攻坚。\n\n二、2023年工作安排\n\n开展16个专项行动，推动经济运行。'],
		['a formula in quotes with a figure after its count (“3个100”工程) names no counted set', '一、2022年工作回顾\n\n实施“3个100”工程，成效明显。\n\n二、2023年工作安排\n\n实施“4个100”工程，扩大成效。'],
		['one part names two quoted sets of one noun with two counts: no one set', '一、2022年工作回顾\n\n完成“10个专项行动”，启动“12个专项行动”。\n\n二、2023年工作安排\n\n深化实施“11个专项行动”。'],
		['a part of a set named in quotes (其中)', '一、2022年工作回顾\n\n实施“15个专项行动”，成效明显。\n\n二、2023年工作安排\n\n其中“3个专项行动”提前完成。'],
		['stated twice alike', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6000万吨，再创新高。'],
		['no scope: another year or region may be meant', '粮食产量6000万吨。……粮食产量6500万吨。'],
		['an action, not a statistic', '全年新增投资300亿元。……全年新增投资500亿元。'],
		['an indicator of a bulletin stated again alike', BULLETIN],
		['the same indicator in a part of another named year (2001年)', BULLETIN.replace('八、对外经济', '八、2001年对外经济').replace('直接投资额407亿美元', '直接投资额417亿美元')],
		['the same indicator of the year before (去年) in another part', BULLETIN.replace('实际利用外商直接投资额407亿美元，增长1.0%', '去年实际利用外商直接投资额403亿美元')],
		['the same indicator of a part of the year (上半年) in another part', BULLETIN.replace('全年新批外商投资项目22347个，增长32.1%；实际利用外商直接投资额407亿美元', '上半年实际利用外商直接投资额207亿美元')],
		['the same indicator as a target (力争) in another part of the named year', BULLETIN.replace('实际利用外商直接投资额407亿美元', '力争实际利用外商直接投资额450亿美元')],
		['the same indicator of another region (全国) in another part', BULLETIN.replace('实际利用外商直接投资额407亿美元', '全国实际利用外商直接投资额607亿美元')],
		['the same indicator in another unit (亿元 of 亿美元) in another part', BULLETIN.replace('实际利用外商直接投资额407亿美元', '实际利用外商直接投资额3370亿元')],
		['a part (其中) of the indicator under another whole in another part', BULLETIN.replace('实际利用外商直接投资额407亿美元，增长1.0%', '全年服务业实际利用外资500亿美元，其中实际利用外商直接投资额307亿美元')],
		['the whole (全社会固定资产投资) and the figure of a narrower scope its aside names (固定资产投资（不含农户）) in two parts', BULLETIN_2023],
		['an aside the lexicon does not name narrows the statistic (社会消费品零售总额（限额以上）)', BULLETIN_2023.replace('全年全社会固定资产投资509708亿元', '全年社会消费品零售总额471495亿元').replace('全年固定资产投资（不含农户）503036亿元', '全年社会消费品零售总额（限额以上）188000亿元')],
		['a balance named alone after a clause that balances another trade (对美国货物进出口相抵，顺差) is not the year\'s balance', BULLETIN.replace('进出口相抵，顺差241亿美元', '对美国货物进出口相抵，顺差297亿美元')],
		['the indicator of a month (12月份，…) in another part is not the year\'s', BULLETIN_2023.replace('全年固定资产投资（不含农户）503036亿元', '12月份，全社会固定资产投资50970亿元')],
		['the indicator of a quarter (四季度…) in another part is not the year\'s', BULLETIN_2023.replace('全年固定资产投资（不含农户）503036亿元', '四季度全社会固定资产投资140000亿元')],
		['a part on the past five years after the year\'s review: its amount is the years\' sum, not restated', '2023年政府工作报告\n\n一、2023年工作回顾\n\n全市实际利用外资10亿美元。\n\n二、过去五年\n\n实际利用外资45亿美元。'],
		['a review headed by the past year (过去一年) under a title of the year the report plans: the plan\'s figure is no restatement', '2023年某市政府工作报告\n\n一、过去一年工作回顾\n\n全市城镇新增就业5.6万人。\n\n二、今年主要目标\n\n城镇新增就业5万人。'],
		['a review of a named year, then a plan of no named year (今年) with the indicator\'s target', '一、2023年工作回顾\n\n全年城镇新增就业5.6万人，实际利用外商直接投资10亿美元。\n\n二、今年工作安排\n\n城镇新增就业5万人，实际利用外商直接投资12亿美元。'],
		['a note restating the year\'s figure, then the figure computed another way (如改用…计算，则…为)', '中华人民共和国1990年国民经济和社会发展统计公报\n\n七、人民生活\n\n农民人均纯收入为630元，比上年增长4.7%。\n\n注释\n\n（4）1990年农民人均纯收入630元，其自产自用产品价格是按原定的国家牌价计算的；如改用合同定购综合平均价计算，则农民人均纯收入为683元。'],
		// Near misses of the people named twice (relations/peopleCounts.ts): counts that agree within their bounds, another
		// whole, another time, an amount of a subject, a count of another order.
		['the people named twice, in digits and in words, within the bounds of 多 (十四亿多人 … 14.1亿人口)', '十四亿多人的粮食安全得到有效保障。\n\n我国14.1亿人口整体迈进现代化社会。'],
		['the nation’s people and a province’s (全国14亿人口 … 全省1.3亿人口)', '全国14亿人口的饭碗要端牢。\n\n全省1.3亿人口的就业是最大的民生。'],
		['the nation’s people and the world’s (世界80亿人口 … 我国14亿人口): another whole, another order', '世界80亿人口面临共同挑战。\n\n我国14亿人口整体迈进现代化社会。'],
		['the people of another time (到2035年，…15亿人口) against today’s', '我国14亿人口整体迈进现代化社会。\n\n预计到2035年，我国15亿人口的需求将进一步增长。'],
		['an amount of a subject in people (覆盖十亿四千万人, 近3亿人领取养老金), not the people as a noun', '基本养老保险覆盖十亿四千万人。\n\n十四亿多人的粮食安全得到有效保障。全国近3亿人领取养老金。'],
		['a count of people in a change (由5.4亿人口增加到14亿人口)', '新中国成立以来，我国由5.4亿人口增加到14亿人口。\n\n十四亿多人的粮食安全得到有效保障。'],
		['the people of a time past (改革开放初期，十亿人民…) against today’s', '改革开放初期，十亿人民中八亿是农民。\n\n现在，14亿人口的大国实现了全面小康。'],
		['a part of the land named right before the count (沿海地区7亿人口, 农村有8亿人口) against the nation’s', '我国14亿人口整体迈进现代化社会。\n\n沿海地区7亿人口集聚，农村有8亿人口。'],
	],
});

test('a set the review counts and the plan holds, the noun read on, is one restatement when the counts agree', () => {
	const a = analyze(READ_ON);
	const rel = a.relations.filter((r) => r.kind === 'restatement');
	assert.deepEqual(rel.map((r) => r.claims.map((c) => a.claims[c]!.text)), [['7个', '7个']]);
	assert.equal(analyze(READ_ON.replace('支持7个', '支持8个')).relations.filter((r) => r.kind === 'restatement').length, 0);
});

/** A set counted the same under one name in the review and the plan: the review says it goes on, or the plan carries it on. */
const GOES_ON = '一、2020年工作回顾\n\n新能源汽车、新材料等8个新兴产业集群不断壮大。\n\n二、2021年工作安排\n\n重点培育打造8个新兴产业集群。';
const CARRIED_ON = '一、2021年工作回顾\n\n实施创新驱动、工业设计等12项赋能行动。\n\n二、2022年工作安排\n\n持续开展12项赋能行动。';

/** The restatements of a text, as the texts of their figures. */
function restatedFigures(text: string): string[][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.kind === 'restatement').map((r) => r.claims.map((c) => a.claims[c]!.text));
}

test('a set counted the same in the review and the plan, said to go on or carried on, is one restatement', () => {
	assert.deepEqual(restatedFigures(GOES_ON), [['8个', '8个']]);
	assert.deepEqual(restatedFigures(CARRIED_ON), [['12项', '12项']]);
	// Two counts that differ: the plan may build the set on; neither related nor warned.
	assert.deepEqual(restatedFigures(GOES_ON.replace('打造8个', '打造10个')), []);
	assert.deepEqual(restatedFigures(CARRIED_ON.replace('开展12项', '开展15项')), []);
});

test('a count of what each year did, or of a new batch, is no set carried on even when the counts agree', () => {
	// Each year's batch (完成…改造), a new batch (新建), a first batch (首批), a part (其中).
	assert.deepEqual(restatedFigures('一、2010年工作回顾\n\n完成114个村庄改造、4万户农村生活污水处理设施改造。\n\n二、2011年工作安排\n\n完成100个村庄改造、4万户农村生活污水处理设施改造。'), []);
	assert.deepEqual(restatedFigures(GOES_ON.replace('重点培育打造8个', '继续新建8个')), []);
	assert.deepEqual(restatedFigures(GOES_ON.replace('等8个', '等首批8个')), []);
	assert.deepEqual(restatedFigures(GOES_ON.replace('重点培育打造8个', '其中，重点培育打造8个')), []);
	// A plan's words that neither carry the set on nor follow a review that says it goes on (高标准建设…等15个 … 加快建设…等15个).
	assert.deepEqual(restatedFigures('一、2023年工作回顾\n\n加快建设13号线等15个地铁项目。\n\n二、2024年工作安排\n\n高标准建设15号线等15个地铁项目。'), []);
	// A count bound to a place by the clause before it (城区方面，…), and a review's count after the plan's.
	assert.deepEqual(restatedFigures(CARRIED_ON.replace('持续开展', '城区方面，持续开展')), []);
	assert.deepEqual(restatedFigures('一、2022年工作安排\n\n持续开展12项赋能行动。\n\n二、过去五年回顾\n\n五年来，持续实施创新驱动、工业设计等12项赋能行动。'), []);
});

test('near misses of a set carried on: a new batch, a bound, each year\'s list, a part of the region, another year', () => {
	// A new batch by 新 and a verb of building (新培育), a bound on one side (8个以上: an aim).
	assert.deepEqual(restatedFigures(GOES_ON.replace('重点培育打造8个', '新培育8个')), []);
	assert.deepEqual(restatedFigures(GOES_ON.replace('重点培育打造8个', '培育8个以上')), []);
	// Each year's list: the plan's 12项民生实事 or 8个重点项目 are next year's, though carried on (继续办好, 加快建设).
	assert.deepEqual(restatedFigures('一、2022年工作回顾\n\n完成12项民生实事。\n\n二、2023年工作安排\n\n继续办好12项民生实事。'), []);
	assert.deepEqual(restatedFigures('一、2022年工作回顾\n\n8个重点项目加快建设。\n\n二、2023年工作安排\n\n继续推进8个重点项目。'), []);
	// A part of the region right before one count (县域8个…, 市区8个…).
	assert.deepEqual(restatedFigures(GOES_ON.replace('打造8个', '打造县域8个')), []);
	assert.deepEqual(restatedFigures(GOES_ON.replace('等8个', '等县域8个').replace('打造8个', '打造市区8个')), []);
	// A review's count dated another year than its part (2019年，8个… in the review of 2020).
	assert.deepEqual(restatedFigures(GOES_ON.replace('新能源汽车、新材料等8个', '2019年，8个')), []);
	// Still one set: the plan carries it on in other words (持续推进), or finishes it (完成…建设) after a review that says it goes on.
	assert.deepEqual(restatedFigures('一、2022年工作回顾\n\n5个省级农业产业园加快建设。\n\n二、2023年工作安排\n\n持续推进5个省级农业产业园。'), [['5个', '5个']]);
	assert.deepEqual(restatedFigures('一、2022年工作回顾\n\n11个农旅融合示范工程加速推进。\n\n二、2023年工作安排\n\n完成11个农旅融合示范工程建设。'), [['11个', '11个']]);
});

/** A set the review counts and the plan names again, whatever the plan does with it (推进…高效运行). */
const NAMED_AGAIN = '一、2025年工作回顾\n\n五年来，5个国家区域医疗中心、6个省级区域医疗中心开诊运营。\n\n二、2026年工作安排\n\n推进5个国家区域医疗中心和6个省级区域医疗中心高效运行。';
/** The same, the plan's noun written with one character more (畜牧业重点县) and read on (…和优势区域). */
const ONE_MORE = '一、2006年工作回顾\n\n对24个产粮大县和40个畜牧重点县，集中资金打造粮食生产核心区。\n\n二、2007年工作安排\n\n集中支持40个畜牧业重点县和优势区域发展。';

test('a set the review counts, named again in the plan with the same count and noun, is one restatement', () => {
	assert.deepEqual(restatedFigures(NAMED_AGAIN).sort(), [['5个', '5个'], ['6个', '6个']]);
	assert.deepEqual(restatedFigures(ONE_MORE), [['40个', '40个']]);
	assert.deepEqual(restatedFigures(ONE_MORE.replace('集中支持', '加快')), [['40个', '40个']]);
	// Building said after the noun on both sides: the set held (加强…园区建设 … 推进…园区建设).
	assert.deepEqual(restatedFigures('一、2019年工作回顾\n\n加强9个专业特色工业园区建设。\n\n二、2020年工作安排\n\n推进9个专业特色工业园区建设。'), [['9个', '9个']]);
	// A review's set the year finished (全面完工): the plan's may be the next batch.
	assert.deepEqual(restatedFigures('一、2019年工作回顾\n\n30个城镇老旧小区全面完工。\n\n二、2020年工作安排\n\n整治30个城镇老旧小区。'), []);
});

/** A set the review counts and the plan names again, one of them with a qualifier of two characters (重点, 特色) the other drops. */
const QUALIFIED = '一、2021年工作回顾\n\n在46个产业集群中优选25条制造业产业链和51家头部企业，出台专项政策重点支持。\n\n二、2022年工作安排\n\n围绕25条制造业重点产业链，实施延链补链强链专项行动。';

test('a set named again with a word of two characters more or less in its noun is one restatement when the counts agree', () => {
	assert.deepEqual(restatedFigures(QUALIFIED), [['25条', '25条']]);
	// The word dropped on the plan's side (农业特色优势产业 … 农业优势产业), carried on (持续培育).
	assert.deepEqual(restatedFigures('一、2019年工作回顾\n\n集中培育10个产值过10亿元的农业特色优势产业，总产值达到147亿元。\n\n二、2020年工作安排\n\n持续培育10个产值过10亿元的农业优势产业。'), [['10个', '10个']]);
	// Counts that differ: the qualifier may name a part of the set (25 chains, 20 of them key ones); neither related nor warned.
	assert.deepEqual(restatedFigures(QUALIFIED.replace('围绕25条', '围绕20条')), []);
	// A word of three characters more (集中连片…), a second noun joined by 和, a new batch (引进): not read as one set.
	assert.deepEqual(restatedFigures(QUALIFIED.replace('制造业重点产业链', '制造业数字化产业链')), []);
	assert.deepEqual(restatedFigures(QUALIFIED.replace('制造业重点产业链', '制造业和产业链')), []);
	assert.deepEqual(restatedFigures('一、2023年工作回顾\n\n开业运营10家国际品牌酒店。\n\n二、2024年工作安排\n\n引进10家国际高端品牌酒店，发展主题酒店。'), []);
});

test('a count of a set after a verb read as a change (提升9个…园区) is found named again as a count of the set', () => {
	const review = '一、2019年工作回顾\n\n加强9个专业特色工业园区建设，151个重点项目有76个开工建设。\n\n二、2020年工作安排\n\n';
	assert.deepEqual(restatedFigures(`${review}提升9个专业特色工业园区和两个共建园区建设水平。`), [['9个', '9个']]);
	// A change of a rate or a rank counts no set (提高2个百分点, 提升5个位次): not a count of the review's.
	assert.deepEqual(restatedFigures(`${review}工业园区产值占比提高9个百分点。`), []);
	// A new batch of the same noun (新建): not the set held.
	assert.deepEqual(restatedFigures(`${review}新建9个专业特色工业园区。`), []);
});

/** A report pasted from a PDF: one paragraph a line, no blank lines, part headings of their own lines (as guizhou-2026-csv). */
const NAMED_AGAIN_REPORT =
	'一、2025年和“十四五”时期工作回顾\n五年来，5个国家区域医疗中心、6个省级区域医疗中心开诊运营，城乡居民收入稳步增长，基础设施持续完善，生态环境质量保持全国前列。\n二、“十五五”时期主要目标任务\n“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，要坚持稳中求进工作总基调。\n三、2026年工作安排\n今年是实施“十五五”规划的开局之年。推进5个国家区域医疗中心和6个省级区域医疗中心高效运行，全面提升医疗服务能力。';
/** The text hard-wrapped every `width` characters, as a PDF's column cuts it (the eval's wrapped layouts). */
const hardWrapped = (text: string, width: number): string => text.split('\n').map((l) => (l.match(new RegExp(`.{1,${width}}`, 'gu')) ?? ['']).join('\n')).join('\n');

test('a set named again is found in the text hard-wrapped as in the text as written: the part headings stay titles', () => {
	const expected = [['5个', '5个'], ['6个', '6个']];
	assert.deepEqual(restatedFigures(NAMED_AGAIN_REPORT).sort(), expected);
	// Cut at 15 characters, the plan's heading (三、2026年工作安排) is a short line and the review's (一、…时期工 ⏎ 作回顾) ends
	// on one: read as titles, not run on into the paragraph after them (whose “十五五” made the plan's part one of years ahead).
	assert.deepEqual(restatedFigures(hardWrapped(NAMED_AGAIN_REPORT, 15)).sort(), expected);
	assert.deepEqual(restatedFigures(hardWrapped(NAMED_AGAIN_REPORT, 30)).sort(), expected);
	// And still not when the plan's part, wrapped, is one of years ahead.
	assert.deepEqual(restatedFigures(hardWrapped(NAMED_AGAIN_REPORT.replace('三、2026年工作安排\n今年是实施“十五五”规划的开局之年。', ''), 15)), []);
});

test('near misses of a set named again: an aim, a new batch, another year, a noun of two words more or too short, the plan first', () => {
	assert.deepEqual(restatedFigures(NAMED_AGAIN.replace('推进5个', '力争建成5个').replace('和6个', '，推进7个')), []);
	assert.deepEqual(restatedFigures(NAMED_AGAIN.replace('推进5个', '新增5个').replace('和6个', '，推进7个')), []);
	assert.deepEqual(restatedFigures(NAMED_AGAIN.replace('推进5个', '到2028年，推进5个').replace('和6个', '，推进7个')), []);
	assert.deepEqual(restatedFigures(NAMED_AGAIN.replace('推进5个', '完成5个').replace('和6个', '，推进7个')), []);
	assert.deepEqual(restatedFigures(ONE_MORE.replace('畜牧业重点县', '畜牧业特色重点县')), []);
	assert.deepEqual(restatedFigures('一、2025年工作回顾\n\n五年来，5个中心开诊运营。\n\n二、2026年工作安排\n\n推进5个中心高效运行。'), []);
	assert.deepEqual(restatedFigures('一、2026年工作安排\n\n推进5个国家区域医疗中心高效运行。\n\n二、2025年工作回顾\n\n五年来，5个国家区域医疗中心开诊运营。'), []);
});

test('a set named again with another count is neither related nor warned: the plan\'s verb may drive or build on (带动, 支持全省)', () => {
	assert.deepEqual(restatedFigures(NAMED_AGAIN.replace('推进5个', '推进4个')), [['6个', '6个']]);
	assert.equal(analyze(NAMED_AGAIN.replace('推进5个', '推进4个')).findings.filter((f) => f.ruleId === 'claim.restatement').length, 0);
	assert.deepEqual(restatedFigures(ONE_MORE.replace('支持40个', '支持45个')), []);
	// Counts that agree, a plan that drives the set on (带动…): related, never warned.
	assert.deepEqual(restatedFigures(NAMED_AGAIN.replace('推进5个', '带动5个').replace('和6个', '，带动7个')), [['5个', '5个']]);
});

/** A composed count in characters named again by its count and noun, as the older official style writes a set. */
const WORD_COUNT = '我国新建和改建的重大工业建设项目约有六百个，苏联协助我国建设的一百四十一个项目就是其中的骨干。\n\n我们必须学习苏联的先进经验，特别是苏联帮助我国建设的一百四十一个项目从设计、施工直到开工生产的经验。';

test('a composed count in characters named again by its count and noun is one restatement; parallel items, phrases, ordinals are not', () => {
	assert.deepEqual(restatedFigures(WORD_COUNT), [['一百四十一个', '一百四十一个']]);
	// Positional digits (一五六个) are a composed count too.
	assert.deepEqual(restatedFigures(WORD_COUNT.replace(/一百四十一个/g, '一五六个')), [['一五六个', '一五六个']]);
	// Counts that differ: maybe two sets of one short noun; neither related nor warned.
	assert.deepEqual(restatedFigures(WORD_COUNT.replace('建设的一百四十一个项目从', '建设的一百五十六个项目从')), []);
	// Items of one numbered list, each on its own part of the whole (二、在华北各省 … 三、在西南各省).
	assert.deepEqual(restatedFigures('二、在华北各省：新建和改建一四个电站，五年内新增加发电能力。\n\n三、在西南各省，新建和改建一四个电站，五年内新增加发电能力。'), []);
	// An ordinal (第十二个五年计划), a part (其中十五个), a noun opening with no noun (十五个中).
	assert.deepEqual(restatedFigures('在第十二个五年计划期间，工业增长。\n\n第十二个五年计划完成后，工业增长。'), []);
	assert.deepEqual(restatedFigures('全省共有项目三十个，其中十五个项目已经开工。\n\n全市共有项目四十个，其中十五个项目已经开工。'), []);
	assert.deepEqual(restatedFigures('在十五个中，有的已经完成。\n\n在十五个中，有的正在施工。'), []);
});

test('a count of one character named again with the same words on both sides is one restatement; other words, 一个, differing counts are not', () => {
	// The same words before (中央, 和平共处的) and the same noun (规定, 原则): one set named twice.
	assert.deepEqual(restatedFigures('出台中央八项规定，严厉整治形式主义。\n\n巩固拓展落实中央八项规定精神成果。'), [['八项', '八项']]);
	assert.deepEqual(restatedFigures('同年中央五个工业部的产品成本平均降低。\n\n根据中央的五个工业部门的统计，平均工资增加了。'), [['五个', '五个']]);
	// Counts that differ (中央五个工业部 of one year, 中央六个工业部 of another): maybe two sets; neither related nor warned.
	assert.deepEqual(restatedFigures('同年中央五个工业部的产品成本平均降低。\n\n一九五三年中央六个工业部的基本建设计划只完成了一部分。'), []);
	// Other words before (新建五个 … 改建五个), what the clause says it has (主要有三个方面), 一个 (an article).
	assert.deepEqual(restatedFigures('上半年新建五个村级卫生室。\n\n下半年改建五个村级卫生室。'), []);
	assert.deepEqual(restatedFigures('主要有三个方面的问题。\n\n主要有三个方面的经验。'), []);
	assert.deepEqual(restatedFigures('坚持以经济建设为中心，抓住一个中心工作。\n\n抓住一个中心工作，推动发展。'), []);
});

test('near misses of a count in characters named again: a word with 零, a batch made in the review and another in the plan', () => {
	// 零部件 is no count: 东风零部件产业园 twice relates nothing.
	assert.deepEqual(restatedFigures('一、过去一年工作回顾\n\n英菲尼迪产业园和东风零部件产业园加快建设。\n\n二、今年工作安排\n\n突出抓好东风零部件产业园建设。'), []);
	// 新建三个 in the review and in the plan: each year's batch.
	assert.deepEqual(restatedFigures('一、过去一年工作回顾\n\n全市新建三个产业园区。\n\n二、今年工作安排\n\n全市新建三个产业园区。'), []);
	// A set named by a clause (建设的一百四十一个项目) in two parts is still one set.
	assert.deepEqual(restatedFigures('一、过去一年工作回顾\n\n苏联帮助我国建设的一百四十一个项目进展顺利。\n\n二、今年工作安排\n\n苏联帮助我国建设的一百四十一个项目要加快施工。'), [['一百四十一个', '一百四十一个']]);
});

test('the people named by their count twice are one restatement, in digits or in words, read or not by a prose claim', () => {
	assert.deepEqual(restatedFigures('对我们这样一个拥有14亿人口的发展中国家来说，就业是最大的民生。\n\n14亿中国人的饭碗，我们有能力也务必牢牢端在自己手中。'), [['14亿人', '14亿']]);
	assert.deepEqual(restatedFigures('领导十三亿多人的社会主义大国，我们党既要政治过硬。\n\n拥有十三亿多中国人民聚合的磅礴之力。'), [['十三亿多', '十三亿多']]);
	// Near misses: another whole, a count of another order, a change.
	assert.deepEqual(restatedFigures('全国14亿人口的饭碗要端牢。\n\n全省1.3亿人口的就业是最大的民生。'), []);
	assert.deepEqual(restatedFigures('我国14亿人口整体迈进现代化社会。\n\n1.3亿人口的就业是最大的民生。'), []);
	assert.deepEqual(restatedFigures('我国由5.4亿人口增加到14亿人口。\n\n十四亿多人的粮食安全得到有效保障。'), []);
});

/** A standard raised in the review, raised again in the plan from where the review left it (relations/restatement.ts periodStarts). */
const RAISED_AGAIN = '一、2022年工作回顾\n\n城乡居民医保财政补助标准由每人每年580元提高到610元。\n\n二、2023年工作安排\n\n城乡居民医保政府补助标准由每人每年610元提高到640元。';
/** A count of the review, the start of the plan's from–to (从…增加到…). */
const COUNT_RAISED = '一、2022年工作回顾\n\n公开教育发展资金等25项财政专项资金。\n\n二、2023年工作安排\n\n今年财政专项资金公开从25项增加到40项。';
/** The start named last year's (由去年的…覆盖到…), after a review of the past year. */
const LAST_YEARS = '一、过去一年工作回顾\n\n长期护理保险试点扩大到12个县（市）。\n\n二、新的一年工作安排\n\n长期护理保险制度由去年的12个县（市）覆盖到全市。';

test('a plan\'s from–to that starts from the level the review stated restates it', () => {
	assert.deepEqual(restatedFigures(RAISED_AGAIN), [['610元', '610元']]);
	assert.deepEqual(restatedFigures(COUNT_RAISED), [['25项', '25项']]);
	assert.deepEqual(restatedFigures(LAST_YEARS), [['12个', '12个']]);
});

test('near misses of a from–to starting from the review\'s level: another value, other words, the plan first, one part, a date, an aim', () => {
	// Another start: the plan may raise another group's standard; neither related nor warned.
	assert.deepEqual(restatedFigures(RAISED_AGAIN.replace('由每人每年610元提高到640元', '由每人每年600元提高到640元')), []);
	// Another statistic of the same value and unit, no name shared (基本公共卫生服务经费由人均…).
	assert.deepEqual(restatedFigures(RAISED_AGAIN.replace('城乡居民医保政府补助标准由每人每年610元', '基本公共卫生服务经费由人均610元')), []);
	// The plan before the review, and both in one part (a chain within the review).
	assert.deepEqual(restatedFigures('一、2023年工作安排\n\n财政专项资金公开从25项增加到40项。\n\n二、2022年工作回顾\n\n公开教育发展资金等25项财政专项资金。'), []);
	assert.deepEqual(restatedFigures('一、2022年工作回顾\n\n公开教育发展资金等25项财政专项资金。财政专项资金公开从25项增加到40项。'), []);
	// A start dated another year than the review's (由2021年的…), the years' review of a past block (五年来), an aim of the review.
	assert.deepEqual(restatedFigures(COUNT_RAISED.replace('今年财政专项资金公开从25项', '财政专项资金公开从2021年的25项')), []);
	assert.deepEqual(restatedFigures(COUNT_RAISED.replace('今年财政专项资金公开从', '五年来，财政专项资金公开从')), []);
	assert.deepEqual(restatedFigures(COUNT_RAISED.replace('公开教育发展资金等25项', '力争公开教育发展资金等25项')), []);
	// A share of two parts in words of a year (一九五二年的…) is no name shared.
	assert.deepEqual(restatedFigures('一、1952年的情况\n\n新增生产能力为一九五二年原有生产能力的66%。\n\n二、1953年的计划\n\n小商业所占的比重将由一九五二年的66%下降为45%。'), []);
});

test('a policy of articles named again by its topic and count, unquoted, is one restatement when the counts agree', () => {
	assert.deepEqual(restatedFigures(POLICIES), [['16条', '16条']]);
	assert.deepEqual(restatedFigures('一、2024年工作回顾\n\n全面落实民营经济32条政策，民营企业活力增强。\n\n二、2025年工作安排\n\n落实落细民营经济32条政策，推动民营经济高质量发展。'), [['32条', '32条']]);
	// Another count (the policy revised), another noun (措施 … 政策), other words, a new one (新一轮), a part (其中), a longer noun.
	assert.deepEqual(restatedFigures(POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实促进基础教育高质量发展18条措施')), []);
	assert.deepEqual(restatedFigures(POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实促进基础教育高质量发展16条政策')), []);
	assert.deepEqual(restatedFigures(POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实促进职业教育高质量发展16条措施')), []);
	assert.deepEqual(restatedFigures(POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实新一轮促进基础教育高质量发展16条措施')), []);
	assert.deepEqual(restatedFigures(POLICIES.replace('落实促进基础教育高质量发展16条措施', '其中促进基础教育高质量发展16条措施')), []);
	assert.deepEqual(restatedFigures(POLICIES.replace('落实促进基础教育高质量发展16条措施', '落实促进基础教育高质量发展16条措施办法')), []);
	// Words too few to name a policy (出台16条措施 … 落实16条措施), and two policies of two years (2023年… 2024年…).
	assert.deepEqual(restatedFigures('一、2019年工作回顾\n\n出台16条措施。\n\n二、2020年工作安排\n\n落实16条措施。'), []);
	assert.deepEqual(restatedFigures('2023年出台民营经济32条政策。2024年再出台民营经济32条政策。'), []);
});

test('a round hundred (百户, 百所) named again with its whole noun is one restatement; two sets of one opening (百个重大建设项目, 百个重大前期项目) are not', () => {
	assert.deepEqual(restatedFigures('一、过去一年工作回顾\n\n重点支持百户重点企业和50户高成长性企业。\n\n二、今年工作安排\n\n加快百户重点企业和50户高成长性企业发展。'), [['百户', '百户']]);
	assert.deepEqual(restatedFigures('一、过去一年工作回顾\n\n百所乡镇卫生院改造提升工程顺利推进。\n\n二、今年工作安排\n\n继续推进百所乡镇卫生院改造提升。'), [['百所', '百所']]);
	// Two programs that open alike, side by side: no one set.
	assert.deepEqual(restatedFigures('百个重大建设项目97个开工，百个重大前期项目34个提前开工。'), []);
	// A rough number (数百个, 上百户) is no count of a set.
	assert.deepEqual(restatedFigures('一、过去一年工作回顾\n\n重点支持上百户重点企业。\n\n二、今年工作安排\n\n加快上百户重点企业发展。'), []);
	// Counts in characters of one noun stated of two years or two scopes are two batches (去年实施… 今年新启动…; 2022年… 2023年…).
	assert.deepEqual(restatedFigures('去年实施百个乡村振兴示范村建设。今年新启动百个乡村振兴示范村建设。'), []);
	assert.deepEqual(restatedFigures('2022年实施百个重大项目，完成投资300亿元。2023年实施百个重大项目，完成投资350亿元。'), []);
});
