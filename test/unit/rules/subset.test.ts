import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { findingMessage } from '../../../server/src/features/messages';
import { ruleCases } from '../../helpers/findings';

/** A whole, a paragraph on another statistic, then a block opened by the whole's noun that lists its parts. */
const PROFIT_WHOLE = '全市规模以上工业企业实现利润1436亿元，比上年增长22.6%。\n\n全年规模以上工业增加值增长10.2%。';
const PROFIT_KINDS = '全年规模以上工业企业中，国有控股企业实现利润644亿元，增长17.4%；集体企业实现利润155亿元，增长3.0%；股份制企业实现利润742亿元，增长8.7%；外商及港澳台商投资企业实现利润497亿元，增长6.9%；私营企业实现利润197亿元，增长7.3%。';

/** A review of five years that sums an indicator over them, and the last year of them in a block of its own. */
const YEARS_REVIEW = '五年来，全市经济实力大幅提升。全社会固定资产投资累计完成3650亿元，年均增长16.1%。';
const LAST_YEAR = '刚刚过去的2022年，全市完成固定资产投资980亿元，增长12%。';
/** A report's head with its date, then its review, whose blocks may speak of the year before that date. */
const DATED_REVIEW = '政府工作报告\n\n——2023年1月10日在市第十六届人民代表大会第三次会议上\n\n一、过去一年和五年工作回顾';
const PLAN = '二、今年工作安排\n\n今年要抓好以下工作。';

/** An overview that states the sectors, then a section on services, two paragraphs on: the lexicon's containment. */
const SERVICES_SPREAD = '全年地区生产总值5000亿元，比上年增长5.0%。其中，第三产业增加值2600亿元，增长5.5%。\n\n全年规模以上工业增加值增长6.0%。\n\n全年批发和零售业增加值520亿元，比上年增长6.2%；金融业增加值410亿元，增长6.8%。';

ruleCases('claim.subset', {
	fires: [
		['an indicator within another (金融业 in 第三产业), each stated once, in parts of the document far apart', SERVICES_SPREAD.replace('金融业增加值410亿元', '金融业增加值4100亿元'), [{ at: '4100亿元', related: ['2600亿元'] }]],
		['trade both ways under a qualifier (跨境电商进出口) within the total', '全年货物进出口总额320亿元，其中出口30亿元，进口290亿元；跨境电商进出口450亿元。', [{ at: '450亿元', related: ['320亿元'] }]],
		['N项…中M项 with M > N', '全区11项对标指标中12项指标增幅超过全省平均水平。', [{ at: '12项', related: ['11项'] }]],
		['N个…中 with the region and 有 after it, counted with two classifiers (29个单项中我市有36项)', '省20项民生工程可量化的29个单项中我市有36项位列全省第一。', [{ at: '36项', related: ['29个'] }]],
		['在X中，: the clause names its whole', '全民所有制单位固定资产投资1652亿元。在全民所有制单位固定资产投资中，基本建设投资1861亿元。', [{ at: '1861亿元', related: ['1652亿元'] }]],
		['an indicator under a restricting qualifier is within it', '全年货物出口2500亿元，增长5.0%。机电产品出口2600亿元。', [{ at: '2600亿元', related: ['2500亿元'] }]],
		['an area within another by the lexicon (谷物面积 within 粮食播种面积)', '全年粮食播种面积17.5亿亩，谷物面积18.5亿亩。', [{ at: '18.5亿亩', related: ['17.5亿亩'] }]],
		['an indicator within another by the lexicon', '全年货物进出口总额14221亿美元。外商投资企业进出口额15317亿美元。', [{ at: '15317亿美元' }]],
		['an increment is at most the stock stated after it at year end (新增…，年末达到…), whose parts are the whole’s', '新增固定电话用户3868万户，年末达到3504万户。其中，城市电话用户2397万户，农村电话用户1106万户。', [{ at: '3868万户', related: ['3504万户'] }]],
		['amounts in brackets are parts of the amounts of their units before the bracket', '新建改扩建幼儿园80所、新增学位2万个（中心城区91所、新增学位0.36万个）。', [{ at: '91所', related: ['80所'] }]],
		['kinds of a division that do not overlap, together more than their total (猪肉 + 牛肉 + 羊肉)', '全年肉类总产量5925万吨。其中，猪肉产量5070万吨，增长3.7%；牛肉产量653万吨，增长2.7%；羊肉产量398万吨，增长2.2%。', [{ at: '5925万吨', related: ['5070万吨', '653万吨', '398万吨'] }]],
		['kinds of health institutions do not overlap (医院、卫生院, 诊所, 村卫生室 …), of two magnitudes, together more than their total', '年末全市共有卫生机构2.1万个，其中医院、卫生院0.3万个，诊所（卫生所、医务室）9000个，村卫生室1.2万个，疾病预防控制中心15个。', [{ at: '2.1万个', related: ['0.3万个', '9000个', '1.2万个', '15个'] }]],
		['医生 and 护师、护士 do not overlap: together more than their total', '年末全县卫生技术人员3200人，其中医生1800人，护师、护士1600人。', [{ at: '3200人', related: ['1800人', '1600人'] }]],
		['a whole that joins names (医院、卫生院) holds one of them under a qualifier (乡镇卫生院)', '全县医院、卫生院60个，医院和卫生院床位3070张。乡镇卫生院65个，床位653张。', [{ at: '65个', related: ['60个'] }]],
		['an attribute after such a part (乡镇卫生院…，床位…) is within the whole’s, the head noun after the joined names (医院和卫生院床位)', '全县医院、卫生院60个，医院和卫生院床位3070张。乡镇卫生院45个，床位3530张。', [{ at: '3530张', related: ['3070张'] }]],
		['a block opened by the noun of a whole stated in another part of the document (…规模以上工业企业中，…实现利润)', `${PROFIT_WHOLE}\n\n${PROFIT_KINDS.replace('644亿元', '1644亿元')}`, [{ at: '1644亿元', related: ['1436亿元'] }]],
		['…also in the paragraph right before, named by the noun and the parts’ measure (规模以上工业企业 + 利润)', `全年规模以上工业企业实现利润1436亿元。\n\n${PROFIT_KINDS.replace('644亿元', '1644亿元')}`, [{ at: '1644亿元', related: ['1436亿元'] }]],
		['kinds side by side in such a block that divide (集体, 股份制, 外商及港澳台商投资企业), together more than the whole', `${PROFIT_WHOLE}\n\n${PROFIT_KINDS.replace('742亿元', '842亿元')}`, [{ at: '1436亿元', related: ['155亿元', '842亿元', '497亿元'] }]],
		['kinds side by side under 其中 that divide, in a list with other kinds, together more than the total', '全年规模以上工业企业实现利润1436亿元。其中，国有控股企业实现利润644亿元，集体企业实现利润155亿元，股份制企业实现利润842亿元，外商及港澳台商投资企业实现利润497亿元，私营企业实现利润197亿元。', [{ at: '1436亿元', related: ['155亿元', '842亿元', '497亿元'] }]],
		['a qualifier inserted into the whole’s name (有线电视用户 → 有线数字电视用户)', '有线电视用户18730万户，有线数字电视用户19798万户。', [{ at: '19798万户', related: ['18730万户'] }]],
		['a paragraph opened by the noun of the total stated in the paragraph before (在城镇投资中，…)', '全年全社会固定资产投资88604亿元。其中，城镇投资75096亿元，农村投资13508亿元。\n\n在城镇投资中，国有及国有控股投资80047亿元，比上年增长17.5%。', [{ at: '80047亿元', related: ['75096亿元'] }]],
		['an indicator the lexicon puts within another, the whole stated after it; a bound by its bound (突破80万户)', '全市企业总量首次突破80万户，市场主体达到75.41万户。', [{ at: '突破80万户', related: ['75.41万户'] }]],
		['the stock, then what was added to it in words of their own alone (商事主体达…，新登记…)', '全市商事主体达422.6万户，新登记456.5万户。', [{ at: '456.5万户', related: ['422.6万户'] }]],
		['an increment and its stock counted with two generic classifiers (新增…2家，总量达到9个)', '新增国家级质检中心12家，总量达到9个。', [{ at: '12家', related: ['9个'] }]],
		['a figure right after 其中, counted with no words of its own (共N项，其中M项已…)', '已取得成果共3896项，其中4165项已在国民经济中发挥了作用。', [{ at: '4165项', related: ['3896项'] }]],
		['其中, a stricter threshold of another unit, then a count with no words of its own (…18家，其中超100亿元的21家)', '主营业务收入超50亿元的企业18家，其中超100亿元的21家。', [{ at: '21家', related: ['18家'] }]],
		['…the threshold a bound by 以上, a measure named after 其中 (其中营业收入10亿元以上的)', '财政收入超亿元的乡镇45个，其中营业收入10亿元以上的52个。', [{ at: '52个', related: ['45个'] }]],
		['capital paid in more than what was subscribed, in the same words (认缴规模…、实缴规模…)', '设立产业基金6支，认缴规模32.06亿元、实缴规模39.87亿元。', [{ at: '39.87亿元', related: ['32.06亿元'] }]],
		['value added more than the gross output it is made of, in its own words or the output’s (总产值…、增加值…; 工业总产值…，工业增加值…)', '园区完成规上工业总产值1916亿元、增加值2544亿元，分别增长31%和28%。全县工业总产值516亿元，工业增加值544亿元。', [{ at: '2544亿元', related: ['1916亿元'] }, { at: '544亿元', related: ['516亿元'] }]],
		['areas of land named after their figures, one within the other by the lexicon (耕地红线, 永久基本农田红线)', '守牢707.04万亩耕地红线和802.23万亩永久基本农田红线。', [{ at: '802.23万亩', related: ['707.04万亩'] }]],
		['…in two sentences of a block, the part under a qualifier (集中连片高标准农田)', '严守180万亩耕地红线。建成200万亩集中连片高标准农田。', [{ at: '200万亩', related: ['180万亩'] }]],
		['其中M项 with an adverb after it (其中1项首次获得…)', '13项重大科技成果获得国家科技奖，其中15项首次获得国际科学技术合作奖。', [{ at: '15项', related: ['13项'] }]],
		['parts across ； each with its change, a bracketed aside between a part and its change', '专业卫生技术人员共有341.3万人，增长2.1%。其中，医生140.9万人（含中、西医师72.5万人），增长2%；药剂人员363.5万人，增长3.1%。', [{ at: '363.5万人', related: ['341.3万人'] }]],
		['a part’s attribute named as its total’s (床位, 总投资) more than the total’s', '共有收养性社会服务机构4.0万个，床位312.3万张。其中，农村养老服务机构3.1万个，床位313.9万张。重点推进产业项目62个，总投资181亿元，年度投资44亿元。其中，非煤产业项目57个，总投资188亿元，年度投资36亿元。', [{ at: '313.9万张', related: ['312.3万张'] }, { at: '188亿元', related: ['181亿元'] }]],
		['what the past five years summed (累计) is at least what the last year of them did, stated in a block that year opens', `${YEARS_REVIEW}\n\n${LAST_YEAR.replace('980亿元', '3980亿元')}`, [{ at: '3980亿元', related: ['3650亿元'] }]],
		['…in a block the year before the report’s date opens (2022年，…)', `${DATED_REVIEW}\n\n2022年，全市完成固定资产投资3980亿元，增长12%。\n\n${YEARS_REVIEW}\n\n${PLAN}`, [{ at: '3980亿元', related: ['3650亿元'] }]],
		['…in the numbered items a lead of the year announces (一年来，…以下工作：（一）…)', `${DATED_REVIEW}\n\n一年来，我们主要做了以下工作：\n\n（一）稳增长。全市完成固定资产投资3980亿元，增长12%。\n\n（二）惠民生。城镇新增就业5万人。\n\n${YEARS_REVIEW}\n\n${PLAN}`, [{ at: '3980亿元', related: ['3650亿元'] }]],
		['…a count under a short name (累计减贫…, 减贫…)', '五年来，全区累计减贫43万人。\n\n过去的一年，全区减贫45万人。', [{ at: '45万人', related: ['43万人'] }]],
		['…the subject bare of the period words (五年累计完成…), in a count', '五年来，全市五年累计完成道路改造43条。\n\n过去的一年，全市完成道路改造45条。', [{ at: '45条', related: ['43条'] }]],
		['an increment after the name it adds to (廉租住房新增…), then 累计有 or 累计 and the increment’s own name: at most that stock', '廉租住房新增受益家庭9.1万户，累计有8.6万户住房困难家庭受益。公租房新增受益家庭9.9万户，累计受益家庭达到7.5万户。', [{ at: '9.1万户', related: ['8.6万户'] }, { at: '9.9万户', related: ['7.5万户'] }]],
		['what was done in the year, then 累计 and a verb alone (搬迁…、累计达…): at most the sum over the years', '狠抓扶贫攻坚，生态移民搬迁35万人、累计达32.9万人。', [{ at: '35万人', related: ['32.9万人'] }]],
		['the projects of a set at a stage (已开工) at most the set, their investment at most its total investment', '签订合作项目60个、总投资900亿元，已开工项目65个、投资额950亿元。', [{ at: '65个', related: ['60个'] }, { at: '950亿元', related: ['900亿元'] }]],
		['the year’s investment in a set of projects at most its total investment', '安排市重点项目120个，总投资1500亿元，年度投资1600亿元。', [{ at: '1600亿元', related: ['1500亿元'] }]],
		['gold medals among all a contest’s medals (金牌N枚、奖牌M枚; N枚金牌，奖牌总数M枚)', '我市运动员在全省赛事中斩获金牌12枚、奖牌10枚。在全运会上共获得16枚金牌，奖牌总数15枚。', [{ at: '12枚', related: ['10枚'] }, { at: '16枚', related: ['15枚'] }]],
		['under 由A提高到B, 其中…由C提高到D: C is held against A, D against B', '财政支出由500亿元提高到1000亿元，其中民生支出由600亿元提高到800亿元。', [{ at: '600亿元', related: ['500亿元'] }]],
		['a target whose verb opens its name (确保…) holds what the lexicon puts within it in its sentence', '确保粮食播种面积稳定在17.5亿亩、谷物面积19.5亿亩。', [{ at: '19.5亿亩', related: ['17.5亿亩'] }]],
		['a part after 其中 larger than its total', '全市共有党员3200名，其中农村党员3500名、机关党员2100名。', [{ at: '3500名' }]],
		['things new in the year, then with 分别 as many stocks, in order: each new count at most its stock', '新评中国驰名商标14件、中国名牌产品95个、国家免检产品133个，总数分别达49件、76个和228个。', [{ at: '95个', related: ['76个'] }]],
		['…rises (高速公路新增…、铁路新增…), then 总里程分别达到…', '高速公路新增153公里、铁路新增195公里，总里程分别达到1229公里、176公里。', [{ at: '195公里', related: ['176公里'] }]],
		['a sentence opened by the set’s words and 中 (重点建设中工业项目), its attributes named as the set’s', '今年安排省重点项目499个，总投资7367亿元，年度投资938亿元。重点建设中工业项目567个，总投资8491亿元，年度投资310亿元。', [{ at: '567个', related: ['499个'] }, { at: '8491亿元', related: ['7367亿元'] }]],
		['names listed before as many amounts joined without 分别, one within the other by the lexicon (地方级 within 全口径财政收入)', '地方级财政收入、一般预算全口径财政收入达到545亿元和507.8亿元，分别增长18.3%和21.3%。', [{ at: '545亿元', related: ['507.8亿元'] }]],
	],
	silent: [
		['indicators within another stated far apart, as printed', SERVICES_SPREAD],
		['a part far apart of a half year (上半年，…) is not the whole’s year', SERVICES_SPREAD.replace('全年批发和零售业增加值520亿元', '上半年，批发和零售业增加值520亿元').replace('金融业增加值410亿元', '金融业增加值4100亿元')],
		['a part far apart of a year its sentence names (2019年，…)', SERVICES_SPREAD.replace('全年批发和零售业增加值520亿元', '2019年，批发和零售业增加值520亿元').replace('金融业增加值410亿元', '金融业增加值4100亿元')],
		['a part far apart of another region (全省…) than the document’s whole', SERVICES_SPREAD.replace('全年地区生产总值', '全市地区生产总值').replace('全年规模以上工业', '全市规模以上工业').replace('全年批发和零售业增加值520亿元，比上年增长6.2%；金融业增加值410亿元', '全省金融业增加值4100亿元')],
		['高技术产业 is not held within 规模以上工业 across sections (it may hold services)', '全年规模以上工业增加值2000亿元，增长6.0%。\n\n全年地区生产总值5000亿元。\n\n全年高技术产业增加值2200亿元，增长8.0%。'],
		['the whole stated twice (two years): which one is the part’s is not known', SERVICES_SPREAD.replace('金融业增加值410亿元', '金融业增加值4100亿元') + '\n\n2015年，第三产业增加值1800亿元。'],
		['a part under a heading of another year than the whole’s', '一、2023年回顾\n\n' + SERVICES_SPREAD.replace('\n\n全年批发和零售业', '\n\n二、2024年目标\n\n全年批发和零售业').replace('金融业增加值410亿元', '金融业增加值4100亿元')],
		['an increment, then 累计 and another name (转移劳动力): not its stock', '新增就业12万人，累计转移劳动力5万人。'],
		['累计 and a name other than the increment’s own (新开工…，累计建成…): another stage', '新开工保障性住房1.5万套、累计建成0.8万套。'],
		['a daily average (日均新登记…) is no increment, nor a word’s 新 (创新增加值); a target is not held against 累计', '日均新登记企业2.4万户，年末市场主体总数达1.7万户。科技创新增加值120亿元，总量达100亿元。计划搬迁35万人、累计达32.9万人。'],
		['money under a short name the lexicon does not know (累计投资…, 投资…) names no one total', '五年来，全区累计投资500亿元。\n\n过去的一年，全区投资800亿元。'],
		['a block opened by the report’s own year (its plan), or by a year before the one before', `${DATED_REVIEW}\n\n${YEARS_REVIEW}\n\n2023年，全市完成固定资产投资3980亿元。\n\n2021年，全市完成固定资产投资3980亿元。\n\n${PLAN}`],
		['numbered items after a lead of years to come, or past a block that is no item', `${DATED_REVIEW}\n\n${YEARS_REVIEW}\n\n今后五年，要在以下方面取得突破：\n\n（一）全市完成固定资产投资3980亿元。\n\n一年来，我们主要做了以下工作：\n\n在看到成绩的同时，我们也认识到不足。\n\n（二）全市完成固定资产投资3980亿元。\n\n${PLAN}`],
		['分别 with more stocks than increments, or a target (力争总数分别达到…): none paired', '新评中国驰名商标54件、中国名牌产品95个，总数分别达49件、76个和228个。新评中国驰名商标54件、中国名牌产品95个，力争总数分别达到49件、76个。'],
		['a sentence opened by the set’s words and 中 after a stage of the set (新开工重点项目) or with another level’s (市县重点建设中)', '今年新开工重点项目200个。重点建设中工业项目267个。全省安排重点项目499个。市县重点建设中工业项目600个。'],
		['a sentence opened by a sibling (续建项目中), by a word with 中 (普通高中), by a year, or naming another noun (工业企业)', '安排省重点项目499个。续建项目中工业项目567个。全年普通高等教育招生505万人。普通高中招生878万人。安排省重点项目499个。2007年重点建设中工业项目567个。安排省重点项目499个。重点建设中工业企业567个。'],
		['more amounts than names listed: the names’ together, none of them alone', '地方级财政收入、一般预算全口径财政收入达到545亿元、507.8亿元和300亿元。'],
		['a set a verb makes (新建N所), then lists done otherwise (改扩建…, 迁建…): others, not its members', '新建10所学校，改扩建一中、二中、三中等5所，迁建四中、五中等8所。'],
		['cases opened, then those passed on to prosecution: not read (the latter may include earlier years\' cases)', '全省立案审查调查行贿人员1200人，移送检察机关1300人。'],
		['a set done as a whole, then lists closed by counts: not read (a list may be of items taken off or added to another set)', '实施12项民生工程，新增校舍安全工程、福利中心和留守儿童之家5项，提标扩面低保、医疗救助、合作医疗等9项。'],
		['an increment, then 累计 and a name of its own: another statistic (capacity, throughput)', '港口吞吐能力新增25000万吨、累计吞吐量2.3亿吨。'],
		['lists in the sentence after the set: not read as its members', '实施12项民生工程。新增校舍安全工程、福利中心和留守儿童之家5项，提标扩面低保、医疗救助、合作医疗等9项。'],
		['people punished (处分) are no set of cases opened that prosecution takes from', '全省处分违纪人员1200人，移送检察机关1300人。'],
		['another stage between (留置): what is passed on is not read against the cases opened two clauses before', '全省立案审查调查1200人，留置300人，移送检察机关1300人。'],
		['the two in separate sentences', '全省立案审查调查1200人。移送检察机关1300人。'],
		['其中…由C提高到D under 由A提高到B: C within A, D within B (C is not held against B)', '财政支出由500亿元提高到1000亿元，其中民生支出由400亿元提高到800亿元。'],
		['a standard per person (由每人每月A提高到B): its 其中 items are other groups’ standards, not parts', '低保标准由每人每月300元提高到400元，其中特困人员由每人每月450元提高到520元。筹资标准由每人每年50元提高到100元，其中财政补助标准由60元提高到80元。'],
		['其中…由C提高到D whose start is of another year than A’s', '全省财政支出由2010年的800亿元提高到2015年的1500亿元，其中民生支出由2012年的900亿元提高到1200亿元。'],
		['a target (确保…) and an actual figure in another sentence: no whole of it', '确保粮食播种面积稳定在17.5亿亩。全年谷物面积19.5亿亩。'],
		['an actual whole and a target part (力争…) in the next sentence', '全年粮食播种面积17.5亿亩。力争谷物面积达到19.5亿亩。'],
		['a block of the year that states the name twice (the year’s and a target’s): neither is taken', '五年来，全社会固定资产投资累计完成3650亿元。\n\n一年来，全市完成固定资产投资980亿元。到2025年，固定资产投资达到4000亿元。'],
		['projects named by examples that reached a stage (…等N个项目建成投用) are not tied to the set before', '实施城市更新项目40个，奥体中心、第二人民医院等45个项目建成投用。'],
		['another span of time (“十四五”以来) is no part of the year’s figure', '全年完成固定资产投资980亿元，“十四五”以来完成固定资产投资3980亿元。'],
		['the province’s figure in the year’s paragraph is none of the report’s own multi-year total', '五年来，全社会固定资产投资累计完成3650亿元。\n\n过去的一年，全省完成固定资产投资4000亿元，全市完成固定资产投资980亿元。'],
		['medals of two contests after 分别', '我市运动员在省运会和省残运会上分别获得金牌56枚、奖牌38枚。'],
		['the year’s target (今年要完成全社会…) after a cumulative total: no part of it', '过去五年，全市固定资产投资累计完成3650亿元。\n\n今年要完成全社会固定资产投资3980亿元。'],
		['a whole that is an action on the kinds (改扩建中小学、幼儿园) is no count of a stock of one of them', '全年改扩建中小学、幼儿园15所，全县农村幼儿园达到86所。'],
		['跨境电商进出口 is trade both ways, not exports under a qualifier', '全年货物进出口总额320亿元，其中出口30亿元，进口290亿元；跨境电商进出口45亿元。'],
		['a project’s planned total investment is no part of the year’s investment', '全年固定资产投资850亿元。\n\n全年社会消费品零售总额620亿元。\n\n在固定资产投资中，亿元以上项目完成投资560亿元，计划总投资2800亿元。'],
		['bracketed parts after a figure of another unit: their whole is not past a comma or colon', '建设“健康小屋”20所及日间照料中心10个，主要内容：建设33个标准化村卫生室（兴庆区22所、金凤区4所、西夏区7所）。'],
		['N个…中我市有M项 within it', '省20项民生工程可量化的29个单项中我市有16项位列全省第一。'],
		['after 有 the part may count another noun (12个工业园区中有1500家企业)', '全市12个工业园区中有1500家企业入驻。'],
		['parts within their whole', '全区11项对标指标中10项指标增幅超过全省平均水平。全市共有党员3200名，其中农村党员1200名、机关党员2100名。'],
		['kinds of a division within their total', '全年肉类总产量7925万吨。其中，猪肉产量5070万吨，增长3.7%；牛肉产量653万吨，增长2.7%；羊肉产量398万吨，增长2.2%。'],
		['kinds of health institutions and 医生, 护师、护士 within their totals', '年末全市共有卫生机构2.6万个，其中医院、卫生院0.3万个，诊所（卫生所、医务室）9000个，村卫生室1.2万个，疾病预防控制中心15个。年末全县卫生技术人员3600人，其中医生1800人，护师、护士1600人。'],
		['a kind the division does not name is not summed with the others (民营医院: 医院 are split otherwise)', '年末全市共有医疗卫生机构2.1万个，其中社区卫生服务中心（站）800个，民营医院1.5万个，诊所1.2万个。'],
		['one of the names a whole joins under a qualifier, and its attribute, within the whole', '全县医院、卫生院60个，医院和卫生院床位3070张。乡镇卫生院45个，床位653张。'],
		['names joined in a clause are no kinds of one whole (新改扩建中小学、幼儿园 … 新认定普惠性民办幼儿园)', '全市新改扩建中小学、幼儿园86所，新认定普惠性民办幼儿园126所。'],
		['a qualifier that is a verb makes another count (改扩建卫生院)', '全县医院、卫生院60个，改扩建卫生院75个。'],
		['an attribute named otherwise than the whole’s (实有床位, not 床位)', '全县医院和卫生院床位3070张。乡镇卫生院45个，实有床位3530张。'],
		['a block opened by the noun of a whole stated elsewhere, its parts within it', `${PROFIT_WHOLE}\n\n${PROFIT_KINDS}`],
		['a noun that names two amounts of the document names no one whole', `${PROFIT_WHOLE}\n\n2020年规模以上工业企业实现利润1236亿元。\n\n${PROFIT_KINDS.replace('644亿元', '1644亿元')}`],
		['a part that measures something else than the whole (营业收入 under 利润)', `${PROFIT_WHOLE}\n\n${PROFIT_KINDS.replace('国有控股企业实现利润644亿元', '国有控股企业实现营业收入6440亿元')}`],
		['kinds side by side that divide, within their total', '全年规模以上工业企业实现利润1436亿元。其中，国有控股企业实现利润644亿元，集体企业实现利润155亿元，股份制企业实现利润742亿元，外商及港澳台商投资企业实现利润497亿元，私营企业实现利润197亿元。'],
		['kinds that may overlap are not summed (机电产品, 高新技术产品)', '全年货物出口2500亿元。其中，机电产品出口1500亿元，高新技术产品出口1200亿元。'],
		['a qualifier inserted into the whole’s name, within it', '有线电视用户18730万户，有线数字电视用户8798万户。'],
		['bands of time are no qualifiers (新中国成立前入党的 … 新中国成立后至…前入党的)', '党员的入党时间。新中国成立前入党的5.4万名，新中国成立后至党的十一届三中全会前入党的1230.9万名。'],
		['parts after 其中 may overlap (two breakdowns)', '内地居民出境16792万人次，其中因私出境16166万人次，赴港澳台出境11271万人次。'],
		['a figure right after 其中 within its total; the total restated after 其中 with words of its own is no part', '已取得成果共3896项，其中3165项已在国民经济中发挥了作用。13项重大科技成果获得国家科技奖，其中1项首次获得国际科学技术合作奖。专业卫生技术人员共有341.3万人，增长2.1%。其中，医生140.9万人（含中、西医师72.5万人），增长2%；护师、护士63.5万人，增长3.1%。'],
		['an area within another by the lexicon, as printed', '全年粮食播种面积17.5亿亩，谷物面积14.5亿亩。'],
		['the attributes of a part within its total’s; an attribute the total does not state, or a rate, is not held', '共有收养性社会服务机构4.0万个，床位312.3万张。其中，农村养老服务机构3.1万个，床位213.9万张，收养各类人员270.4万人。重点推进产业项目62个，总投资181亿元。其中，非煤产业项目57个，总投资138亿元，平均投资12亿元。'],
		['a part’s attribute named otherwise than the total’s (累计完成投资, not 完成投资), or a rate (每千名…床位), is not held', '全年实施重点项目62个，完成投资44亿元。其中，续建项目35个，累计完成投资138亿元。全市共有养老机构40个，床位3120张，每千名老年人拥有养老床位35张。其中，公办养老机构12个，床位1500张，每千名老年人拥有养老床位40张。'],
		['a count over a threshold within its total (其中超100亿元的6家)', '主营业务收入超50亿元的企业18家，其中超100亿元的6家。一般预算收入超亿元的县市81个，其中6亿元以上的12个。'],
		['a threshold with no 其中, of another year, or counting another noun is no part', '主营业务收入超50亿元的企业18家，带动超10亿元的配套企业21家。超亿元的企业18家，其中2020年超100亿元的21家。主营业务收入超亿元的企业18家，其中超10亿元的项目21个。'],
		['paid in within subscribed; of another year, another sentence, another statistic (出资, not 规模), or approximate, nothing is held', '子基金认缴规模32.06亿元、实缴规模19.87亿元。2023年子基金认缴规模32.06亿元，2024年实缴规模39.87亿元。子基金认缴规模32.06亿元。母基金实缴规模39.87亿元。子基金认缴规模32.06亿元、实缴出资39.87亿元。子基金认缴规模32.06亿元、实缴规模约39.87亿元。'],
		['value added within gross output; another year, sentence, scope or sector, an approximation or a rate holds nothing', '园区完成规上工业总产值1916亿元、增加值544亿元。2023年园区工业总产值516亿元，2024年增加值544亿元。园区工业总产值516亿元。全市规上工业增加值544亿元。全部工业总产值516亿元，规模以上工业增加值544亿元。园区工业总产值516亿元，增加值约544亿元。农业总产值516亿元，工业增加值544亿元。'],
		['land within land; of other years, other regions, an increment of 耕地 (not the red line), approximate, or another noun after the land', '守牢707.04万亩耕地红线和602.23万亩永久基本农田红线。\n\n到2020年守住180万亩耕地红线，到2035年建成200万亩高标准农田。\n\n恢复12万亩耕地，建成20万亩高标准农田。\n\n我市守住180万亩耕地红线，全省建成2000万亩高标准农田。\n\n严守180万亩耕地红线，建成约200万亩高标准农田。\n\n严守180万亩耕地红线，建成200万亩高标准农田示范区。'],
		['an average is no total', '平均预期寿命70.80岁，其中女性73.04岁。'],
		['a count of another noun', '全市共有学校120所，其中在校学生3500名。'],
		['在这N个X中 restates its whole', '限额以上的建设单位共一九四个，其中煤矿采掘的建设单位为一七九个，油母页岩的建设单位二个。在这一九四个建设单位中，苏联帮助设计的有二七个。'],
		['a head noun carried over names a sibling, not a whole', '成人高等学校招收本、专科学生49.2万人，在校学生174万人。成人技术培训学校在校学生1282万人。'],
		['国际国内… is no qualified 国内…', '国内旅游总收入5286亿元。全年国际国内旅游总收入7686亿元。'],
		['brackets of another period, a comparison or a unit of their own', '新建幼儿园80所（2022年为95所），新增学位2万个（比上年增加3万个）；建设33个卫生室（兴庆区22所、金凤区4所）。选择20所社区卫生服务机构。'],
		['a threshold is no whole (超过10亿元的项目)', '全年新开工项目120个，总投资500亿元，其中超过10亿元的项目15个。'],
		['an indicator within another, the whole after it, as printed', '全市企业总量首次突破20万户，市场主体达到75.41万户。'],
		['a stock and what was added to it, as printed', '全市商事主体达422.6万户，新登记56.5万户。新增国家级质检中心2家，总量达到9个。'],
		['what was added in another unit is not added to the stock', '全市商事主体达422.6万户，新登记456.5万个。'],
		['a past five-year sum and its last year, within it', `${YEARS_REVIEW}\n\n${LAST_YEAR}`],
		['five years to come (今后五年…累计) hold no past year', `今后五年，全社会固定资产投资累计完成3650亿元。\n\n${LAST_YEAR.replace('980亿元', '3980亿元')}`],
		['a year’s target is no year of the past (今年要…), nor a year the block does not open on', `${YEARS_REVIEW}\n\n各位代表！\n\n今年要完成全社会固定资产投资3980亿元。\n\n全市完成全社会固定资产投资3980亿元。`],
		['a subject summed twice over the years names no one total', `${YEARS_REVIEW}\n\n“十二五”以来，全社会固定资产投资累计完成3150亿元。\n\n${LAST_YEAR.replace('980亿元', '3380亿元')}`],
		['a set at a stage within it; the year’s investment within the total', '签订合作项目60个、总投资900亿元，已开工项目35个、投资额500亿元。实施老城更新项目40个，滨河公园、东城菜市场等25个项目建成投用。安排市重点项目120个，总投资1500亿元，年度投资300亿元。'],
		['new starts are no stage of the projects signed, nor their investment of the signed total', '签约项目60个、总投资900亿元，新开工项目80个、投资额1000亿元。'],
		['what was newly brought in is no part of the projects under way', '实施老城更新项目40个，新引进滨河文旅、东城物流等45个项目开工。'],
		['investment summed over the years (累计完成投资) is no year’s', '实施重点项目62个，总投资181亿元，累计完成投资200亿元。'],
		['gold medals within all; gold of one contest is not held against the medals of another', '我市运动员在全省赛事中斩获金牌3枚、奖牌10枚。在全运会上获得金牌12枚，在省运会上获得奖牌9枚。'],
		['a target is no whole', '全年粮食产量60万吨，目标为65万吨，其中小麦产量30万吨。'],
	],
});

test('kinds of a division summed against their total: the message shows the sum', () => {
	const f = analyze('全年肉类总产量5925万吨。其中，猪肉产量5070万吨，增长3.7%；牛肉产量653万吨，增长2.7%；羊肉产量398万吨，增长2.2%。').findings.find((x) => x.ruleId === 'claim.subset');
	assert.ok(f);
	assert.equal(findingMessage(f, 'zh'), '各部分合计多于总数（5925万吨）：5070 + 653 + 398 = 6121 > 5925万吨。');
	// Parts of other magnitudes than the total's, summed in its unit to two more decimals.
	const g = analyze('年末全市共有卫生机构2.1万个，其中医院、卫生院0.3万个，诊所9000个，村卫生室1.2万个。').findings.find((x) => x.ruleId === 'claim.subset');
	assert.ok(g);
	assert.equal(findingMessage(g, 'zh'), '各部分合计多于总数（2.1万个）：0.3万个 + 9000个 + 1.2万个 = 2.4 > 2.1万个。');
});
