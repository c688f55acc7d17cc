import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

const GDP = '全年国内生产总值1000亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。';
const TRADE = '全年货物进出口总额4000亿元。其中，出口2500亿元，进口1500亿元。货物进出口顺差1000亿元。';
const FOREIGN = '在全国进出口总额中，外商投资企业的进出口额为8317亿美元，比上年增长25.4%。其中，出口额4442亿美元，增长31.2%；进口额3875亿美元，增长19.4%。';
const AGES = '党员总数为10027.1万名。\n\n党员的年龄。30岁及以下党员1227.2万名，31至45岁党员3192.6万名，46至60岁党员2710.0万名，61岁及以上党员2897.3万名。';
const RAISED = '全年上市公司通过境内市场累计筹资10275亿元，比上年增加5666亿元。其中，首次公开发行A股347只，筹资4883亿元，增加3004亿元；A股再筹资4072亿元，增加2057亿元；发行公司债筹资1320亿元，增加605亿元。';
const RETAIL = '全年社会消费品零售总额达到67177亿元，比上年增长12.9%。分城乡看，城市消费品零售额45095亿元，增长13.6%；县及县以下消费品零售额22082亿元，增长11.5%。分行业看，批发零售业零售额56589亿元，增长12.6%；餐饮业零售额8887亿元，增长17.7%；其他行业零售额1701亿元，增长0.4%。';
const INSURED = '年末全国参加城镇基本养老保险人数为17444万人，比上年末增加1091万人。其中参保职工13082万人，参保的离退休人员4362万人。';
const LOANS = '全部金融机构人民币消费贷款余额7.5万亿元，增加18866亿元。其中，个人短期消费贷款余额1.0万亿元，增加2935亿元；个人中长期消费贷款余额6.5万亿元，增加15931亿元。';
const PHONES = '固定电话年末用户29438万户。其中，城市电话用户19662万户，农村电话用户9776万户。';
const EXPO = '上海世博会历时184天，共有246个国家和国际组织参展，其中国家190个，国际组织56个。';
/** A 其中 list whose parts are named by their own words alone (铁路 for 铁路旅客周转量). */
const MODES = '完成旅客运输周转量12188亿人公里，比上年增长7.9%。其中：铁路4488亿人公里，增长8.5%；公路6600亿人公里，增长6.5%；水运104亿人公里，下降3.1%；民航996亿人公里，增长16.2%。';
const FREIGHT = '全年货物运输周转量43359亿吨公里，比上年增长7.1%。其中：铁路13624亿吨公里，增长6.1%；公路5973亿吨公里，增长4.4%；水运23061亿吨公里，增长8.5%；民航48.5亿吨公里，增长14.6%。';
/** A total, a breakdown of it by ownership (在…中), then the parts of its lexicon partition (分轻重工业看). */
const TWO_BREAKDOWNS = '规模以上工业企业增加值23685亿元，增长11.4%。在规模以上工业企业中，国有及国有控股企业增加值14032亿元，增长10.1%；集体企业3301亿元，增长7.4%；股份制企业4954亿元，增长14.5%。分轻重工业看，全年轻工业增加值9506亿元，增长9.5%；重工业增加值14179亿元，增长13%。';
/** Each part of a stock's partition after its increment (新增…，年末达到…), the whole and its increase after them. */
const INCREMENTS = '新增固定电话用户3868万户，年末达到35043万户。其中，城市电话用户23977万户，农村电话用户11066万户。新增移动电话用户5860万户，年末达到39343万户。年末全国固定及移动电话用户总数达到74386万户，比上年末增加9728万户。';
const PULLS = '全年国内生产总值比上年增长5.2%。最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动国内生产总值增长1.5个百分点，货物和服务净出口向下拉动国内生产总值0.6个百分点。';

/** Sentences that classify the total just stated, each by one criterion (按…划分): the classes partition it. */
const CLASSIFIED = '全年全社会完成固定资产投资32619亿元，比上年增长9.3%。按经济类型划分，国有及其他经济类型投资23284亿元，增长9.2%；集体经济投资4739亿元，增长9.2%；城乡居民个人投资4596亿元，增长9.5%。按投资管理渠道划分，基本建设投资13215亿元，比上年增长6.1%；更新改造投资5077亿元，增长13.2%；房地产开发投资4902亿元，增长19.5%；城镇投资9425亿元，增长7%。';

const TELEPHONES = '固定电话年末用户29438万户。其中，城市电话用户19662万户，农村电话用户9776万户。新增移动电话用户11179万户，年末达到85900万户。其中，3G移动电话用户4705万户。年末全国固定及移动电话用户总数达到115339万户，比上年末增加9244万户。';

/** A paragraph of from–tos (由A增加到B): the total's and each part's start and end. */
const FROM_TO = '2012年，全市地区生产总值由2007年的1128.7亿元增加到2460亿元，第一产业增加值由62.1亿元增加到125亿元，第二产业增加值由415.5亿元增加到886亿元，第三产业增加值由651.1亿元增加到1449亿元。';

/** A total and its parts in paragraphs apart (the overview, then the section on investment). */
const SPREAD = '全年城镇固定资产投资241415亿元，比上年增长24.5%。\n\n全年房地产开发投资48267亿元，比上年增长33.2%。\n\n在城镇投资中，第一产业投资3966亿元，第二产业投资101048亿元，第三产业投资136401亿元。';

/** The text as users have it: half-width comma, semicolon, colon and brackets inside Chinese text. */
const halfWidth = (t: string): string => t.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')');

/** The cities of a set counted by the way their prices went: up, unchanged, down — all of them (a communiqué's wording). */
const CITIES = '12月份，70个大中城市中，新建商品住宅销售价格同比上涨的城市个数为16个，持平的为1个，下降的为53个；二手住宅销售价格同比上涨的城市个数为6个，下降的为64个。';

/** The products of a plan counted by whether they met it: those that did and those that did not — all of them. */
const PLAN_MET = '全年工业总产值比上年增长8.5%。在六十种主要产品产量中，钢、原煤、水泥、化肥等四十五种完成和超额完成了计划，呢绒、手表等十五种没有完成计划。';
const PLAN_MET_BEFORE = '在120种主要产品产量中，完成和超额完成计划的有97种；纯碱、农药、彩色电视机等23种没有完成计划。';

/** A count of the mainland's provinces, and a note that defines the four regions by theirs. */
const REGIONS_NOTE = '东部地区是指沿海10省（市）；中部地区是指中部6省；西部地区是指西部12省（区、市）；东北地区是指东北3省。';
const PROVINCES = `全国31个省（区、市）均组织了专场活动。\n\n[9]${REGIONS_NOTE}`;

/** The country's population, its change over the year and its births and deaths (a national communiqué). */
const NATION = '年末全国人口140967万人，比上年末减少208万人，其中城镇常住人口93267万人。全年出生人口902万人，出生率为6.39‰；死亡人口1110万人，死亡率为7.87‰；自然增长率为-1.48‰。';

/** Trade in services, its sides named without 服务 in the 其中 list (出口, 进口: not the goods' 出口额), and its deficit. */
const SERVICES_TRADE = '全年服务进出口总额65754亿元，比上年增长10.0%。其中，出口26857亿元，下降5.8%；进口38898亿元，增长24.4%。服务进出口逆差12041亿元。';

/** Investment by ownership of the investing unit, the planned-economy classification (全民所有制, 集体所有制, 个人). */
const OWNERSHIP = '全年全社会固定资产投资完成3000亿元，比上年增长8.0%。其中，全民所有制单位投资2000亿元，增长9.0%；集体所有制单位投资400亿元，下降2.0%；个人投资600亿元，增长5.0%。';

/** A total, then 计 opening the list that itemizes it (the older plans' style): every item, so they add up to it. */
const ITEMIZED = '由地方建设的共有六个厂。计华北二个厂，中南三个厂，东北一个厂，共装备纺锭二一·六万枚，布机〇·三五万台。另在华北建设一个针织厂。';
const ITEMIZED_BY_REGION = '上述六四个建设单位，按地区划分，计：华北各省一一个；东北各省一四个；西北各省八个；华东各省六个；中南各省一二个；西南各省一三个。';

ruleCases('claim.part-sum', {
	fires: [
		['a list 计 opens after a total itemizes it: counts in characters add up exactly (2 + 3 + 2 is no 6)', ITEMIZED.replace('东北一个厂', '东北二个厂'), [{ at: '六个', related: ['二个', '三个', '二个'] }]],
		['…an item ends in the total’s noun, other units’ figures after it (共装备纺锭…); a count one off', '全年共有十二个厂竣工，计华北三个厂，华东四个厂，西南四个厂，共装备纺锭二八·八万枚。', [{ at: '十二个', related: ['三个', '四个', '四个'] }]],
		['…items after ； with 按地区划分，计：, and figures in digits', `${ITEMIZED_BY_REGION.replace('一三个', '一四个')}\n\n全市新建学校12所。计城区5所，县区8所。`, [{ at: '六四个' }, { at: '12所', fix: '13所' }]],
		['investment by ownership of the investing unit (全民所有制单位, 集体所有制单位, 个人): all three make the total', OWNERSHIP.replace('3000亿元', '3100亿元'), [{ at: '3100亿元', fix: '3000亿元' }]],
		['the postal industry’s volume by its longer name (邮政行业业务总量) and telecoms against 邮电业务总量', '全年完成邮电业务总量30000亿元，比上年增长25.0%。其中，邮政行业业务总量5000亿元，增长30.0%；电信业务总量26000亿元，增长24.0%。', [{ at: '30000亿元', fix: '31000亿元' }]],
		['a total and its parts in characters (三百六十五亿元 against 一百六十七亿六千万元 + 一百八十七亿四千万元)', '全年进出口贸易总额三百六十五亿元，其中出口一百六十七亿六千万元，进口一百八十七亿四千万元。', [{ at: '三百六十五亿元' }]],
		['a paragraph that is a Markdown list item (- 全年…): its marker is no part of the total’s name (both breakdowns)', `- ${RETAIL.replace('67177', '68177')}`, [{ at: '68177亿元', fix: '67177亿元' }, { at: '68177亿元', fix: '67177亿元' }]],
		['…a web bullet (• …) and a marker before an item’s number (- 1.全年…)', `• ${RETAIL.replace('67177', '68177')}\n\n- 1.${RETAIL.replace('67177', '66177')}`, [{ at: '68177亿元' }, { at: '68177亿元' }, { at: '66177亿元' }, { at: '66177亿元' }]],
		['a paragraph on one dimension of a total, each paragraph a list item (- 党员的年龄。…): the lead opens the item', AGES.replace('10027.1', '10127.1').split('\n\n').map((p) => `- ${p}`).join('\n\n'), [{ at: '10127.1万名', fix: '10027.1万名' }]],
		['half-width punctuation in Chinese text ends clauses and sentences as full-width does (按…划分,…;…)', halfWidth(CLASSIFIED.replace('32619', '33619')), [{ at: '33619亿元', fix: '32619亿元' }]],
		['the sides of a division named with the noun they qualify (城镇居民游客 / 农村居民游客 under 国内游客)', '全年国内游客28.8亿人次，比上年下降52.1%。其中，城镇居民游客20.7亿人次，下降53.8%；农村居民游客9.1亿人次，下降47.0%。', [{ at: '28.8亿人次', fix: '29.8亿人次' }]],
		['the members of a set counted by the way each went (上涨的城市个数为…，持平的为…，下降的为…) are all of it', CITIES.replace('53个', '63个'), [{ at: '70个', related: ['16个', '1个', '63个'] }]],
		['…a second run that names its noun again (二手住宅…上涨的城市个数为…), with no 持平: up and down are all of the set', CITIES.replace('64个', '54个'), [{ at: '70个', related: ['6个', '54个'] }]],
		['the members of a set counted by whether they met their plan (…等四十五种完成和超额完成了计划，…等十五种没有完成计划) are all of it', PLAN_MET.replace('十五种没有', '十八种没有'), [{ at: '六十种', related: ['四十五种', '十八种'] }]],
		['…the side that met it named before its count (完成和超额完成计划的有97种；…23种没有完成计划)', PLAN_MET_BEFORE.replace('97种', '87种'), [{ at: '120种', fix: '110种', related: ['87种', '23种'] }]],
		['…a count of a kind among a side’s items (八种有色金属矿采选) is no side', '四十种主要产品新增生产能力中，炼铁、炼钢、原油开采等十四种完成或超额完成计划；轧钢、八种有色金属矿采选、纯碱等三十二种没有完成计划。', [{ at: '四十种', related: ['十四种', '三十二种'] }]],
		['the four regions a document defines by their provinces divide all the mainland’s (全国31个省（区、市）… / 东部地区是指…10省…)', PROVINCES.replace('12省', '13省'), [{ at: '31个', related: ['10省', '6省', '13省', '3省'] }]],
		['…the count of the mainland’s provinces in a note after the regions’ (我国大陆31个省、自治区、直辖市)', `[3]${REGIONS_NOTE.replace('6省', '5省')}\n\n[5]全国人口是指我国大陆31个省、自治区、直辖市和现役军人的人口。`, [{ at: '31个', related: ['10省', '5省', '12省', '3省'] }]],
		['the whole country’s population changes by its births less its deaths (比上年末减少…；出生人口…；死亡人口…)', NATION.replace('1110万人', '1210万人'), [{ at: '1210万人', related: ['208万人', '902万人'] }]],
		['…an increase the wrong way: births less deaths is negative', NATION.replace('减少208万人', '增加208万人'), [{ at: '208万人' }]],
		['the sides of a qualified total named without its qualifier in its 其中 list (出口, 进口 under 服务进出口总额)', SERVICES_TRADE.replace('65754亿元', '75754亿元'), [{ at: '75754亿元', fix: '65755亿元' }]],
		['…and its deficit after them (服务进出口逆差 = 服务进口 − 服务出口)', SERVICES_TRADE.replace('12041亿元', '13041亿元'), [{ at: '13041亿元', fix: '12041亿元' }]],
		['a contest’s gold, silver and bronze medals make all its medals (…枚金牌、…枚银牌、…枚铜牌，奖牌总数…枚)', '在省第十届运动会上，我市代表团共获得31枚金牌、24枚银牌、19枚铜牌，奖牌总数64枚。', [{ at: '64枚', fix: '74枚' }]],
		['the changes of a lexicon partition’s total and parts, all one way, add up too', LOANS.replace('增加18866亿元', '增加19866亿元'), [{ at: '19866亿元', fix: '18866亿元' }]],
		['a from–to paragraph: the ending parts against the ending total (由A增加到B，第一产业…由a增加到b…)', FROM_TO.replace('增加到2460亿元', '增加到2560亿元'), [{ at: '2560亿元', fix: '2460亿元' }]],
		['parts in a sentence of the total’s year (2023年… 2023年，轻工业…重工业…)', '2023年规模以上工业企业增加值900亿元。2023年，轻工业增加值400亿元，重工业增加值600亿元。', [{ at: '900亿元', fix: '1000亿元' }]],
		['parts in a sentence of a year after a total of none named', '规模以上工业企业增加值900亿元。2023年，轻工业增加值400亿元，重工业增加值600亿元。', [{ at: '900亿元', fix: '1000亿元' }]],
		['GDP = 一产 + 二产 + 三产', GDP.replace('1000亿元', '1100亿元'), [{ at: '1100亿元', fix: '1000亿元', related: ['100亿元', '400亿元', '500亿元'] }]],
		['进出口 = 出口 + 进口', TRADE.replace('4000亿元', '4200亿元'), [{ at: '4200亿元', fix: '4000亿元' }]],
		['a total and the parts of its partition in paragraphs apart, each the one figure of its indicator', SPREAD.replace('241415亿元', '251415亿元'), [{ at: '251415亿元', fix: '241415亿元' }]],
		['parts of the lexicon with a date inside a name and a kind of a part between them (固定电话年末用户…3G移动电话用户…总数)', TELEPHONES.replace('115339万户', '125339万户'), [{ at: '125339万户', fix: '115338万户' }]],
		['a total under a qualifier keeps its indicator\'s partition (外商投资企业…其中出口…进口)', FOREIGN.replace('8317', '8517'), [{ at: '8517亿美元', fix: '8317亿美元' }]],
		['顺差 = 出口 − 进口', TRADE.replace('1000亿元', '1200亿元'), [{ at: '1200亿元', fix: '1000亿元' }]],
		['拉动 contributions add up to the growth; 向下拉动 is negative', PULLS.replace('向下拉动', '拉动'), [{ at: '5.2%', fix: '6.4%' }]],
		['a paragraph on one dimension of a total stated before: bands that name everything', AGES.replace('10027.1', '10127.1'), [{ at: '10127.1万名', fix: '10027.1万名' }]],
		['parts whose changes add up to the total\'s change name everything: their amounts must add up too', RAISED.replace('10275', '10257'), [{ at: '10257亿元', fix: '10275亿元' }]],
		['parts whose amounts add up: their changes must add up too', RAISED.replace('5666', '5866'), [{ at: '5866亿元', fix: '5666亿元' }]],
		// The total agrees with its other breakdown: no fix that would break it.
		['each of a total\'s breakdowns adds up (分城乡看… 分行业看…)', RETAIL.replace('1701亿元', '1901亿元'), [{ at: '67177亿元' }]],
		['two parts split by the qualifiers of a complement (参保职工 / 参保的离退休人员)', INSURED.replace('4362', '4462'), [{ at: '17444万人', fix: '17544万人', related: ['13082万人', '4462万人'] }]],
		['the same with 城市 / 农村 before a shared noun (城市电话用户 / 农村电话用户)', PHONES.replace('29438', '29538'), [{ at: '29538万户', fix: '29438万户' }]],
		['parts the total\'s name lists (246个国家和国际组织…其中国家190个，国际组织56个)', EXPO.replace('246个', '256个'), [{ at: '256个', fix: '246个' }]],
		['things counted one by one, printed in full, have no rounding: parts one more than the total miss it (190 + 57 = 247 ≠ 246), a warning', EXPO.replace('56个', '57个'), [{ at: '246个', fix: '247个' }]],
		['a total under a generic name its indicator ends with, the parts of its partition (周转量 … 铁路、公路、水运、空运旅客周转量)', '各种运输工具完成旅客，周转量4348亿人公里。其中，铁路旅客周转量2416亿人公里，公路旅客周转量1543亿人公里，水运旅客周转量172亿人公里，空运旅客周转量117亿人公里。', [{ at: '4348亿人公里', fix: '4248亿人公里' }]],
		['counts by grades that cover the whole (在监测的330个城市中，…二级以上…三级…劣三级)', '在监测的340个城市中，有273个城市空气质量达到二级以上（含二级）标准，占监测城市数的82.7%；有53个城市为三级，占16.1%；有4个城市为劣三级，占1.2%。', [{ at: '340个', fix: '330个' }]],
		['parts stated before their total, increments and parts of parts between (新增…，年末达到…。其中，城市…农村…。…电话用户总数)', '新增固定电话用户3868万户，年末达到35043万户。其中，城市电话用户23977万户，农村电话用户11066万户。新增移动电话用户5860万户，年末达到39343万户。年末全国固定及移动电话用户总数达到75386万户。', [{ at: '75386万户', fix: '74386万户' }]],
		['classes closed by a catch-all (其他投资) partition the total', '全市固定资产投资1000亿元，增长5.0%。按经济类型分，国有投资300亿元，民间投资500亿元，其他投资150亿元。', [{ at: '1000亿元', fix: '950亿元' }]],
		['classes closed by a catch-all anywhere in the list (国有及其他经济类型投资; the other criterion’s classes, with no catch-all, block no fix)', CLASSIFIED.replace('4739亿元', '4839亿元'), [{ at: '32619亿元', fix: '32719亿元' }]],
		['the classes of a second criterion closed by a catch-all classify the same total (…。按投资管理渠道划分，…其他投资)', CLASSIFIED.replace('城镇投资9425亿元', '其他投资9525亿元'), [{ at: '32619亿元' }]],
		['a 其中 list of the lexicon\'s partition alone (外国人, 港澳台同胞 under 入境游客)', '全年接待入境游客1000万人次，其中外国人300万人次，港澳台同胞650万人次。', [{ at: '1000万人次', fix: '950万人次' }]],
		['parts of a 其中 list named by their own words alone (其中：铁路…，公路…，水运…，民航… under 旅客运输周转量)', MODES.replace('996亿人公里', '896亿人公里'), [{ at: '12188亿人公里', fix: '12088亿人公里' }]],
		['the same, the total changed', MODES.replace('12188', '12288'), [{ at: '12288亿人公里', fix: '12188亿人公里' }]],
		['the same under a total with a qualifier (各种运输工具完成旅客周转量…其中，铁路…)', '各种运输工具完成旅客周转量4348亿人公里。其中，铁路2416亿人公里，公路1543亿人公里，水运172亿人公里，空运117亿人公里。', [{ at: '4348亿人公里', fix: '4248亿人公里' }]],
		['the parts of a lexicon partition after another breakdown of the same total (在…中，国有…，集体企业…。分轻重工业看，轻工业…，重工业…)', TWO_BREAKDOWNS.replace('14179亿元', '15179亿元'), [{ at: '23685亿元', fix: '24685亿元' }]],
		['the increments of a stock\'s parts (新增…，年末达到…) add up to the increase of the whole (比上年末增加…)', INCREMENTS.replace('增加9728万户', '增加9928万户'), [{ at: '9928万户', fix: '9728万户' }]],
		['the same, an increment changed', INCREMENTS.replace('新增移动电话用户5860万户', '新增移动电话用户5660万户'), [{ at: '9728万户', fix: '9528万户' }]],
		['parts named by their own words alone right after 其中 under a qualified total (各种运输工具完成旅客周转量…，其中，铁路…)', '各种运输工具完成旅客周转量12188亿人公里，其中，铁路4488亿人公里，公路6600亿人公里，水运104亿人公里，民航1000亿人公里。', [{ at: '12188亿人公里', fix: '12192亿人公里' }]],
		['the year\'s increments (全年新增…) against the increase over last year-end', '年末电话用户总数达到74386万户，比上年末增加9728万户。全年新增固定电话用户3868万户，年末达到35043万户；新增移动电话用户5800万户，年末达到39343万户。', [{ at: '9728万户', fix: '9668万户' }]],
		['a 其中 list of the three industries named without their measure (其中：第一产业…，第二产业…，第三产业…: 增加值 left out)', '完成生产总值3380亿元，增长10%，其中：第一产业486亿元，增长4.9%；第二产业1508亿元，增长10.5%；第三产业1486亿元，增长11.1%。', [{ at: '3380亿元', fix: '3480亿元' }]],
		['indicators expected and binding (其中预期性指标…、约束性指标…) partition the indicators', '提出主要指标21个，其中预期性指标13个、约束性指标9个。', [{ at: '21个', fix: '22个' }]],
		['the three sectors named at once before 分别 (三次产业增加值分别为…)', '全年地区生产总值1000亿元。三次产业增加值分别为100亿元、400亿元和600亿元。', [{ at: '1000亿元', fix: '1100亿元' }]],
		['the sectors’ ordinals without 第, the measure after 分别 (一、二、三产业分别实现增加值…)', '全省生产总值1000亿元。一、二、三产业分别实现增加值100亿元、400亿元和600亿元。', [{ at: '1000亿元', fix: '1100亿元' }]],
		['the parts in the paragraph right after the total’s, other statistics of its unit between (the paragraph finder stops at them)', '全省生产总值达到1000亿元，比上年增长7%；地方财政一般预算收入67.8亿元，增长26%。\n\n一、二、三产业分别实现增加值100亿元、400亿元和600亿元。', [{ at: '1000亿元', fix: '1100亿元' }]],
		['公立 and 民营 make all of a kind, listed after 在X中有 under the part just stated (医院3.5万个，在医院中有公立医院…，民营医院…)', '年末全国共有医疗卫生机构102.3万个，其中医院3.5万个，在医院中有公立医院1.2万个，民营医院2.9万个；基层医疗卫生机构97.1万个。', [{ at: '3.5万个', fix: '4.1万个' }]],
		['the three sections of industry under a view (分门类看，采矿业…；制造业…；电力、热力、燃气及水生产和供应业…) make a total of industry', '全年规模以上工业企业利润64516亿元，比上年增长4.1%。分门类看，采矿业利润3553亿元，比上年下降31.5%；制造业55795亿元，增长7.6%；电力、热力、燃气及水生产和供应业6168亿元，增长4.9%。', [{ at: '64516亿元', fix: '65516亿元' }]],
		['…a verb between a section and the measure (采矿业实现利润)', '全年规模以上工业企业实现利润63554亿元。分门类看，采矿业实现利润2604亿元，比上年下降58.2%；制造业55609亿元，增长2.6%；电力、热力、燃气及水生产和供应业5441亿元，增长13.5%。', [{ at: '63554亿元', fix: '63654亿元' }]],
		['a total with its change, then every amount of its unit in the next sentence with its change (no 其中): the amounts add up, so the changes must (2252 − 370 = 1882, not 1983)', '全年沪深交易所A股累计筹资[43]15417亿元，比上年增加1983亿元。首次公开发行上市A股394只，筹资4742亿元，比上年增加2252亿元，其中科创板股票145只，筹资2226亿元；A股再融资（包括公开增发、定向增发、配股、优先股、可转债转股）10674亿元，减少370亿元。', [{ at: '1983亿元', fix: '1882亿元' }]],
		['…and the changes add up (4375 = 2286 + 2089, printed finely), so the amounts must (3418 + 8316 = 11734, not 10734)', '全年沪深交易所A股累计筹资10734亿元，比上年减少4375亿元。沪深交易所首次公开发行上市A股236只，筹资3418亿元，比上年减少2286亿元，其中科创板股票67只，筹资1439亿元；沪深交易所A股再融资8316亿元，减少2089亿元。', [{ at: '10734亿元', fix: '11734亿元' }]],
		['…the changes going opposite ways (1883 = 2252 − 370)', '全年沪深交易所A股累计筹资15417亿元，比上年增加1883亿元。首次公开发行上市A股394只，筹资4742亿元，比上年增加2252亿元；A股再融资11674亿元，减少370亿元。', [{ at: '15417亿元', fix: '16416亿元' }]],
		['the changes of a partition’s parts that go opposite ways make the total’s as a difference (11613 − 90)', '全部金融机构人民币消费贷款余额560361亿元，增加11722亿元。其中，住户短期消费贷款余额93473亿元，减少90亿元；住户中长期消费贷款余额466888亿元，增加11613亿元。', [{ at: '11722亿元', fix: '11523亿元' }]],
		['the changes of exports and imports that go opposite ways make the change of their total as a difference (2000 − 500 = 1500, not 1234)', '全年货物进出口总额42067亿元，增加1234亿元。其中，出口24990亿元，增加2000亿元；进口17077亿元，减少500亿元；货物贸易顺差7913亿元，增加2500亿元。', [{ at: '1234亿元', fix: '1500亿元' }]],
		['自然增长率 = 出生率 − 死亡率', '全年出生率为6.39‰，死亡率为7.87‰，自然增长率为-1.28‰。', [{ at: '-1.28‰', fix: '-1.48‰' }]],
		['a name and its negation by 非 (生产性, 非生产性) make up the total', '全年基本建设投资1800亿元，比上年增长10.5%。其中生产性建设投资1250亿元，非生产性建设投资450亿元。', [{ at: '1800亿元', fix: '1700亿元' }]],
		['…qualified alike as the total is (规模以上)', '规模以上工业增加值1000亿元，其中规模以上国有企业增加值300亿元，规模以上非国有企业增加值600亿元。', [{ at: '1000亿元', fix: '900亿元' }]],
	],
	silent: [
		['lists 计 opens, as printed (items in characters and in digits; another unit’s figures between the items)', `${ITEMIZED}\n\n${ITEMIZED_BY_REGION}\n\n全市新建学校13所。计城区5所，县区8所。`],
		['…an item left unread (一回个, a damaged figure): the list’s sum is unknown', ITEMIZED_BY_REGION.replace('一四个', '一回个')],
		['…something besides in the list (另, 其中 an item’s own list) or after it in the sentence', '共有六个厂。计华北二个厂，中南三个厂，另在东北建设二个厂。\n\n共有六个厂。计华北二个厂，其中一个针织厂，中南三个厂。\n\n共有六个厂。计华北二个厂，中南三个厂，此外东北二个厂。'],
		['…共计, 合计 or 统计 after a total is no list 计 opens; nor 计 after a total of another unit', '全市建成学校12所，共计城区5所、县区8所。全市建成学校12所，合计城区5所、县区8所。共装备纺锭二一·六万枚。计华北二个厂，中南三个厂。'],
		['…a list left open (…十所等), the rest named with no figure (其余在东北, 其他各区), or a figure still to come (还需)', '全省共有高等学校二十所。计本科院校八所，专科学校十所等。\n\n共有六个厂。计华北二个厂，中南三个厂，其余在东北。\n\n五年内共新建九个厂。计第一年开工二个厂，第二年开工三个厂，第三年开工二个厂，其余两年开工。\n\n全市新建项目十二个。计华北三个，华东四个，至少还需三个。'],
		['…an item of something else in the unit (三个车间 among 六个厂), an approximate item (一个厂左右), one joined with no figure (和东北的一部分), a part of an item (中的一个)', '共有六个厂。计华北二个厂，附设三个车间，中南三个厂，东北一个厂。\n\n共有六个厂。计华北二个厂，中南三个厂，东北一个厂左右。\n\n全年共有十二个厂竣工。计华北三个厂，华东四个厂，西南四个厂和东北的一部分。\n\n共新建十二个厂。计华北三个厂，华东四个厂，西南四个厂，东北二个厂中的一个。'],
		['…nor a word 计 opens after a total (计生服务站, 计分考核)', '全县共有乡镇卫生院12个，计生服务站10个，村卫生室200个。\n\n全年共完成项目12个，计分考核优秀项目5个，良好项目6个。'],
		['…计划 after a total (计划总投资277亿元的…，计划总投资166亿元的…、计划总投资84亿元的…), nor 计 far past the total’s noun', '计划总投资277亿元的高速公路加快建设，计划总投资166亿元的铁路、计划总投资84亿元的铁路顺利推进。全市新建学校12所，分布在城区和各县区的乡镇、街道和社区，计城区5所，县区8所。'],
		['investment by ownership, as printed; two of its three kinds need not make the total', `${OWNERSHIP}\n\n${OWNERSHIP.replace('；个人投资600亿元，增长5.0%', '')}`],
		['a name and its negation by 非, as printed', '全年基本建设投资1700亿元，比上年增长10.5%。其中生产性建设投资1250亿元，非生产性建设投资450亿元。'],
		['a negated name that is one side of a division of more kinds (金属矿产, 非金属矿产 among four) need not make the total', '全年新发现矿产地180处，其中金属矿产地58处，非金属矿产地64处。'],
		['a name and its negation by 非 qualified alike (规模以上, 城镇) where the total is not: all of the qualified only', '全部工业增加值1000亿元，其中规模以上国有企业增加值300亿元，规模以上非国有企业增加值600亿元。全年固定资产投资8000亿元。其中城镇生产性建设投资3000亿元，城镇非生产性建设投资1500亿元。'],
		['the same in characters, as printed (the older official style)', '全年进出口贸易总额三百五十五亿元，其中出口一百六十七亿六千万元，进口一百八十七亿四千万元。'],
		['公立 and 民营 that make their kind, as printed, and a list after 在X中有 of another unit or of a kind not named before', '年末全国共有医疗卫生机构102.3万个，其中医院3.5万个，在医院中有公立医院1.2万个，民营医院2.4万个。全国共有医院床位713万张，在医院中有公立医院1.2万个，民营医院2.9万个。全国共有学校3.5万个，在医院中有公立医院1.2万个，民营医院2.9万个。'],
		['公立 and a kind of another division (三级医院) under 在X中有 are not summed', '年末全国共有医疗卫生机构102.3万个，其中医院3.5万个，在医院中有公立医院1.2万个，三级医院0.3万个。'],
		['the three sections of industry that make its total, as printed', '全年规模以上工业企业利润64516亿元，比上年增长4.1%。分门类看，采矿业利润3553亿元，比上年下降31.5%；制造业55795亿元，增长7.6%；电力、热力、燃气及水生产和供应业5168亿元，增长4.9%。'],
		['sections of industry under a total of more than industry (全国企业), of a kind of industry (轻工业), or two sections only, are not summed', '全年全国企业利润94516亿元。分门类看，采矿业利润3553亿元；制造业55795亿元；电力、热力、燃气及水生产和供应业5168亿元。全年轻工业企业利润4516亿元。分门类看，采矿业利润3553亿元；制造业55795亿元；电力、热力、燃气及水生产和供应业5168亿元。全年规模以上工业企业利润64516亿元。分门类看，采矿业利润3553亿元；制造业55795亿元。'],
		['sections of another measure (营业收入) or a section named twice are not the total’s parts', '全年规模以上工业企业利润64516亿元。分门类看，采矿业营业收入3553亿元；制造业营业收入55795亿元；电力、热力、燃气及水生产和供应业营业收入5168亿元。全年规模以上工业企业利润64516亿元。分门类看，采矿业利润3553亿元；采矿业利润55795亿元；制造业5168亿元。'],
		['a total and the amounts with their changes in the next sentence, as printed (a 其中 part of a part left out)', '全年沪深交易所A股累计筹资[43]15417亿元，比上年增加1883亿元。首次公开发行上市A股394只，筹资4742亿元，比上年增加2252亿元，其中科创板股票145只，筹资2226亿元；A股再融资（包括公开增发、定向增发、配股、优先股、可转债转股）10674亿元，减少370亿元。全年沪深交易所A股累计筹资15109亿元，比上年减少1634亿元。沪深交易所首次公开发行上市A股341只，筹资5704亿元，比上年增加353亿元；沪深交易所A股再融资9405亿元，减少1986亿元。'],
		['amounts with changes in the next sentence whose changes add up by chance but not their amounts are no parts (areas of three crops under 粮食)', '全年粮食种植面积11932万公顷，比上年增加35万公顷。稻谷种植面积2900万公顷，减少10万公顷；小麦种植面积2350万公顷，增加15万公顷；玉米种植面积4430万公顷，增加30万公顷。'],
		['…nor when the parts’ changes meet the total’s only within their coarser rounding (0.2万亿元 + 0.2万亿元, 2.3千亿元 + 2.1千亿元 against 4375亿元)', '全年沪深交易所A股累计筹资10734亿元，比上年减少4375亿元。首次公开发行上市A股236只，筹资3418亿元，比上年减少0.2万亿元；A股再融资8316亿元，减少0.2万亿元。全年沪深交易所A股累计筹资10734亿元，比上年减少4375亿元。首次公开发行上市A股236只，筹资3418亿元，比上年减少2.3千亿元；A股再融资8316亿元，减少2.1千亿元。'],
		['…nor when their changes add up but the total’s is coarse (a few 万公顷 of crops that make 粮食’s by chance; 1.5万亿元)', '全年粮食种植面积11932万公顷，比上年增加35万公顷。稻谷种植面积2900万公顷，减少10万公顷；小麦种植面积2350万公顷，增加15万公顷；玉米种植面积4430万公顷，增加30万公顷。年末人民币贷款余额75万亿元，比上年末增加1.5万亿元。住户贷款余额30万亿元，增加0.7万亿元；企（事）业单位贷款余额40万亿元，增加0.8万亿元。'],
		['amounts with changes in the next sentence that make neither sum are no parts (other statistics after a total)', '全年沪深交易所A股累计筹资15417亿元，比上年增加1883亿元。全年各类主体发行债券筹资84777亿元，比上年增加12791亿元；全国中小企业股份转让系统挂牌公司累计股票筹资339亿元，增加50亿元。'],
		['…nor when one amount of the next sentence states no change, the sentence after the next holds them, or the total states none', '全年沪深交易所A股累计筹资15417亿元，比上年增加1883亿元。首次公开发行上市A股394只，筹资4742亿元；A股再融资11674亿元，减少370亿元。全年沪深交易所A股累计筹资15417亿元，比上年增加1883亿元。全年发行债券84777亿元。首次公开发行上市A股394只，筹资4742亿元，比上年增加2252亿元；A股再融资11674亿元，减少370亿元。全年沪深交易所A股累计筹资15417亿元。首次公开发行上市A股394只，筹资4742亿元，比上年增加2252亿元；A股再融资11674亿元，减少370亿元。'],
		['coarse or round totals: amounts of other things in the next sentence add up to them by chance (存款 under 贷款, 7.5万亿元; 支出 and 基金收入 under 收入, 8000亿元; 夏粮 and 秋粮, 6.9亿吨)', '年末人民币贷款余额7.5万亿元，比上年末增加1.9万亿元。人民币存款余额3.2万亿元，增加0.5万亿元；外币存款余额4.3万亿元，增加1.0万亿元。全年一般公共预算收入8000亿元，比上年增加300亿元。一般公共预算支出5000亿元，增加200亿元；政府性基金收入3000亿元，增加200亿元。全年粮食产量6.9亿吨，比上年增加0.1亿吨。夏粮产量1.5亿吨，增加0.1亿吨；秋粮产量5.4亿吨，增加0.2亿吨。'],
		['the sides of a complete division (公立, 民营) of one kind among others (医院) make that kind, not a total of all kinds (医疗卫生机构)', '年末全市共有医疗卫生机构5000个，其中公立医院30个，民营医院50个。'],
		['the changes of a partition’s parts that go opposite ways, as printed; two parts that go the same way against the total’s are not read as a difference', '全部金融机构人民币消费贷款余额560361亿元，增加11522亿元。其中，住户短期消费贷款余额93473亿元，减少90亿元；住户中长期消费贷款余额466888亿元，增加11613亿元。全年货物进出口总额1000亿元，增加10亿元。其中，出口600亿元，减少30亿元；进口400亿元，减少20亿元。'],
		['a list item, a bullet and half-width punctuation that add up', `- ${RETAIL}\n\n• ${RETAIL}\n\n- 1.${GDP}\n\n${halfWidth(CLASSIFIED)}\n\n${halfWidth(INSURED)}`],
		['a minus sign is no list marker: no total named by what follows it', '- -3.5%的社会消费品零售总额67177亿元，城市消费品零售额45095亿元。'],
		['the sides of a division under a total that lacks a qualifier the parts share (重点项目 / 续建亿元以上项目、新建亿元以上项目)', '全年实施重点项目550个，其中续建亿元以上项目285个、新建亿元以上项目200个。'],
		['…a qualifier before the sides (工业续建项目、工业新建项目)', '全年实施重点项目550个，其中工业续建项目285个、工业新建项目200个。'],
		['…a plan’s indicators of one class (民生类预期性指标、民生类约束性指标)', '提出主要指标21个，其中民生类预期性指标8个、民生类约束性指标5个。'],
		['…employment of the towns and the country in non-private units only', '全市就业人员500万人，其中城镇非私营单位就业人员200万人、农村非私营单位就业人员100万人。'],
		['projects continued and new measured by the year’s investment under the projects’ total investment (总投资 / 完成投资): no partition', '重点项目总投资3200亿元，其中续建项目完成投资500亿元、新建项目完成投资300亿元。'],
		['…and by their total investment under the year’s investment (完成投资 / 总投资)', '全年完成重点项目投资800亿元，其中续建项目总投资1500亿元、新建项目总投资900亿元。'],
		['the sectors in the next paragraph in a sentence of another year (2020年，一、二、三产业…): not the total’s parts', '全省生产总值达到1000亿元，比上年增长7%；地方财政一般预算收入67.8亿元。\n\n2020年，一、二、三产业分别实现增加值90亿元、380亿元和500亿元。'],
		['…of a part of the year (上半年，一、二、三产业…)', '全省生产总值达到1000亿元；地方财政一般预算收入67.8亿元。\n\n上半年，一、二、三产业分别实现增加值50亿元、200亿元和200亿元。'],
		['parts in the next paragraph when the total’s statistic is stated again between (县域生产总值: the parts may be its)', '全省生产总值达到1000亿元；县域生产总值600亿元。\n\n一、二、三产业分别实现增加值100亿元、400亿元和600亿元。'],
		['the sectors’ investment after 分别 (分别完成投资) is no part of GDP', '全省生产总值达到1000亿元；地方财政一般预算收入67.8亿元。\n\n第一、二、三产业分别完成投资100亿元、400亿元和600亿元。'],
		['projects continued and new that do not make the total (续建/新建 is no complete division: a plan also has 前期, 储备 or 预备 projects a list may leave out)', '谋划实施重点项目550个，其中续建项目285个、新建项目235个。'],
		['continued and new projects with a third kind listed (储备项目): no partition by the two', '谋划实施重点项目550个，其中续建项目285个、新建项目200个、储备项目65个。'],
		['continued projects and projects begun (新开工 is no side of the division 续建/新建)', '谋划实施重点项目550个，其中续建项目285个、新开工项目100个。'],
		['the three industries without their measure and no 其中: not read as parts (第一产业… after the total, a new sentence)', '完成生产总值3380亿元，增长10%。第一产业486亿元，第二产业1508亿元，第三产业1486亿元。'],
		['the industries without their measure under a total of another year', '2022年完成生产总值3380亿元。2023年，其中：第一产业486亿元，第二产业1508亿元，第三产业1486亿元。'],
		['the industries named by their investment under GDP (第一产业投资: not the part 第一产业增加值)', '完成生产总值3380亿元，其中：第一产业投资486亿元，第二产业投资1508亿元，第三产业投资1486亿元。'],
		['counts in 万 are rounded: parts within the rounding of the total (1.90万 + 0.57万 = 2.47万 against 2.46万)', '共有2.46万个国家和国际组织参展，其中国家1.90万个，国际组织0.57万个。'],
		['the cities counted by the way their prices went, as printed', CITIES],
		['directions of a noun the set does not name (品种 among 70个大中城市) are not its members', CITIES.replace('上涨的城市个数为16个', '上涨的品种个数为16个').replace('53个', '63个')],
		['directions that name no noun (价格上涨的为…) are not bound to the count before them', '全市70个监测点中，价格上涨的为16个，下降的为63个。'],
		['up and down of a set with no 持平 named: the unchanged may be left out (…上涨的城市个数为21个，比年初增加20个；下降的为39个)', '年末70个大中城市新建商品住宅销售价格月同比上涨的城市个数为21个，比年初增加20个；下降的为39个，减少20个。'],
		['…a county’s townships, the unchanged left out (全县18个乡镇中，…上升的乡镇个数为10个，下降的为6个)', '全县18个乡镇中，人均可支配收入增速同比上升的乡镇个数为10个，下降的为6个。'],
		['…the unchanged named outside the run (另有1个城市与上年持平)', '在全省监测的11个城市中，居民消费价格同比上涨的城市个数为8个，下降的为2个，另有1个城市与上年持平。'],
		['…a second set in the sentence (在35个重点城市中): 持平 named for the first set says nothing of it', '70个大中城市中，新建商品住宅销售价格同比上涨的城市个数为16个，持平的为1个，下降的为53个；在35个重点城市中，二手住宅销售价格同比上涨的城市个数为6个，下降的为28个。'],
		['a direction alone (二手住宅…下降的城市个数为70个) is no run: the next noun opens another', '70个大中城市中，二手住宅销售价格环比下降的城市个数为70个；新建商品住宅销售价格同比上涨的城市个数为5个，下降的为65个。'],
		['the country’s population, its change, births and deaths, as printed', NATION],
		['the products counted by whether they met their plan, as printed', PLAN_MET],
		['the regions’ provinces against the mainland’s, as printed', PROVINCES],
		['three of the four regions defined: not all the provinces', PROVINCES.replace('；东北地区是指东北3省', '')],
		['the provinces that did something (全国25个省份居民人均…增速超过…): not all the mainland’s', `全国25个省份居民人均可支配收入增速超过全国平均水平。\n\n[9]${REGIONS_NOTE}`],
		['…nor those that issued a plan (全国20个省（区、市）出台了…), against regions that sum to another count', `全国20个省（区、市）出台了实施方案。\n\n[9]${REGIONS_NOTE.replace('12省', '13省')}`],
		['a count of provinces that is not the country’s (不包括居住在31个省…的): no whole', `居民是指不包括居住在31个省、自治区、直辖市的外籍人员。\n\n${REGIONS_NOTE.replace('12省', '13省')}`],
		['a region defined twice (two notes): which is the parts’ is not read', `${PROVINCES.replace('12省', '13省')}\n\n[10]${REGIONS_NOTE}`],
		['the mainland’s provinces counted with two values in the document: no whole', `${PROVINCES.replace('12省', '13省')}\n\n全国32个省份均参加了活动。`],
		['…the side that met it named before its count, as printed', PLAN_MET_BEFORE],
		['…a count of a kind among a side’s items (八种有色金属矿采选), as printed', '四十种主要产品新增生产能力中，炼铁、炼钢、原油开采等十四种完成或超额完成计划；轧钢、八种有色金属矿采选、纯碱等二十六种没有完成计划。'],
		['one side alone (…等四十五种完成了计划): the others may have met it or not, no sum', '在六十种主要产品产量中，钢、原煤、水泥等四十五种完成了计划，呢绒、手表等产量下降。'],
		['sides of no plan (完成投资的有…，未开工的有…): not read as fulfilment', '在120个重点项目中，完成投资的有97个；未开工的有13个。'],
		['a set stated in the sentence before (…中 not opening the clause): not the parts’ whole', '全年安排六十种主要产品。钢、原煤、水泥等四十五种完成了计划，呢绒、手表等十八种没有完成计划。'],
		['two counts of one side (…十种超额完成计划，…三十五种完成计划): the sides are not one each, no sum', '在六十种主要产品产量中，钢、原煤等十种超额完成计划，水泥、化肥等三十五种完成计划，呢绒、手表等十八种没有完成计划。'],
		['a third group beside the two sides (…五种基本完成计划): met and missed are not all the set', '在六十种主要产品产量中，钢、原煤等四十种超额完成了计划，水泥等五种基本完成计划，呢绒、手表等十八种没有完成计划。'],
		['…a third group named before its count (基本完成计划的有5种)', '在100种主要产品产量中，超额完成计划的有70种，基本完成计划的有5种；粮食、棉花等19种没有完成计划。'],
		['…projects finished on time (5个按期完成计划) beside those ahead and behind', '在20个重点项目中，12个超额完成计划，5个按期完成计划，2个没有完成计划。'],
		['sides of a subset the set lists (轻工业产品四十种，其中…): not the set’s', '在八十种主要产品产量中，轻工业产品四十种，其中三十种完成计划，十种没有完成计划。'],
		['…kinds each with one side (工业品七十种，其中完成计划的有…；农产品三十种，没有完成计划的有…)', '在一百种主要产品产量中，工业品七十种，其中完成计划的有五十种；农产品三十种，没有完成计划的有十种。'],
		['a share of the plan (完成计划的90%以上) is no side', '在八十种主要产品产量中，六十种完成计划的90%以上，十二种没有完成计划。'],
		['sides of different periods (上半年有…，下半年有…)', '在八十种主要产品产量中，上半年有六十种完成了计划，下半年有十二种没有完成计划。'],
		['parts of another unit than the set’s (项 under 种)', '在六十种主要产品产量中，钢、原煤、水泥、化肥等四十五项完成和超额完成了计划，呢绒、手表等十八项没有完成计划。'],
		['a province’s population moves in and out: its change is not its births less its deaths', NATION.replace('全国', '全省').replace('1110万人', '1210万人')],
		['people who moved in or out stated with the births and deaths (净迁入人口…): the change is not births less deaths alone', '年末全国总人口13000万人，比上年末增加120万人。全年出生人口300万人，死亡人口200万人，净迁入人口20万人。'],
		['births and deaths of a year the population’s words do not name (2022年出生人口…) are not its change’s', '年末全国人口140967万人，比上年末减少208万人。2022年出生人口956万人，死亡人口1041万人。'],
		['trade in services, its sides named without 服务, and its deficit, as printed', SERVICES_TRADE],
		['sides named without the qualifier outside a 其中 list are not read as the total’s', SERVICES_TRADE.replace('其中，', '').replace('65754亿元', '75754亿元')],
		['a contest’s medals, as printed; medals of two contests are not summed', '在省第十届运动会上，我市代表团共获得31枚金牌、24枚银牌、19枚铜牌，奖牌总数74枚。在全运会上获得金牌3枚、银牌2枚，在亚运会上获得铜牌4枚，奖牌总数12枚。'],
		['a fifth part under a name the lexicon does not know (农林牧渔专业及辅助性活动)', '全年农林牧渔业总产值420.5亿元，增长4.1%。其中，农业产值230.1亿元，林业产值20.3亿元，畜牧业产值120.2亿元，渔业产值25.6亿元，农林牧渔专业及辅助性活动产值24.3亿元。'],
		['four of the five parts of 农林牧渔业总产值 (the services left out)', '全年农林牧渔业总产值37.42亿元。其中，农业产值29.24亿元，林业产值0.34亿元，畜牧业产值6.76亿元，渔业产值0.04亿元。'],
		['the changes of an increase (同比多增) are not summed as changes of the amount', '年末人民币消费贷款余额7.5万亿元，比年初增加18866亿元。其中，住户短期消费贷款余额1.0万亿元，同比多增2935亿元；住户中长期消费贷款余额6.5万亿元，同比多增12931亿元。'],
		['the changes of a partition on another base than the total’s are not summed', '人民币消费贷款余额7.5万亿元，比年初增加18866亿元。其中，住户短期消费贷款余额1.0万亿元，比上年同期增加1935亿元；住户中长期消费贷款余额6.5万亿元，比上年同期增加12931亿元。'],
		['the changes of a partition as printed; two that go opposite ways make the total’s as a difference (15931 − 2935 = 12996)', LOANS + LOANS.replace('增加2935亿元', '减少2935亿元').replace('增加18866亿元', '增加12996亿元')],
		['parts with a date inside a name, as printed', TELEPHONES],
		['a total and its parts in paragraphs apart, as printed', SPREAD],
		['a part stated twice in the document is no part for sure', SPREAD.replace('241415亿元', '251415亿元') + '\n\n一季度，第一产业投资500亿元。'],
		['the identities that hold', GDP + TRADE + FOREIGN],
		['the classes of two criteria that hold', CLASSIFIED],
		['classes with no catch-all are not summed as a partition (a class less than printed)', CLASSIFIED.replace('国有及其他经济类型投资', '国有经济投资').replace('4739亿元', '4639亿元').replace('9425亿元', '9325亿元')],
		['the classes of a criterion need not be all (国有, 民间 under 固定资产投资; 一般贸易, 加工贸易 under 进出口): together at most the total', '全年全市固定资产投资1000亿元，增长5.0%。按经济类型分，国有投资300亿元，增长3.0%；民间投资600亿元，增长6.0%。全年全市进出口总额1000亿元。按贸易方式分，一般贸易进出口600亿元，加工贸易进出口300亿元。'],
		['one class alone, a class with 其中, classes closed by 等', '全年全市一般公共预算收入500亿元。按收入类型分，税收收入400亿元，增长5%。全市固定资产投资1000亿元。按登记注册类型分，内资企业投资800亿元，其中国有企业投资300亿元；港澳台商投资50亿元。全市固定资产投资1000亿元。按行业分，制造业投资300亿元，基础设施投资250亿元，房地产开发投资200亿元等。'],
		['classes of another measure (投资 under 地区生产总值), of another year, of time (按季度分: running totals)', '全年全市地区生产总值3000亿元，增长6.0%。按产业分，第一产业投资50亿元，第二产业投资400亿元，第三产业投资600亿元。全市固定资产投资1000亿元，增长5.0%。按经济类型分，2022年国有投资280亿元，民间投资500亿元。全市固定资产投资1000亿元，增长5%。按季度分，一季度完成投资200亿元，上半年完成投资450亿元，前三季度完成投资700亿元。'],
		['a measure (按…计算) or parts each of its own (按…分别) is no classification', '全年全社会完成固定资产投资32619亿元。按可比价格计算，国有投资23284亿元，集体投资4739亿元。按地区分别统计，东部投资14015亿元，中部投资5432亿元。'],
		['a qualified total without 其中 does not take the bare figures around it', '全年出口2500亿元，进口1500亿元。外商投资企业进出口额5000亿元。'],
		['contributions that hold', PULLS],
		['the bands of a dimension that hold', AGES],
		['two breakdowns of one total that hold', RETAIL],
		['parts and changes that both add up', RAISED],
		['a list that neither sum shows complete', RAISED.replace('10275', '10900').replace('5666', '5900')],
		['a paragraph on several dimensions lists no partition', '党员总数为10027.1万名。\n\n党员的性别和学历。女党员3099.5万名，大专及以上学历党员5778.6万名。'],
		['bands that do not name everything', '党员总数为10027.1万名。\n\n党员的年龄。31至45岁党员3192.6万名，46至60岁党员2710.0万名。'],
		['parts may each be off by half a unit of their last digit', '货物进出口总额417568亿元，其中出口237726亿元，进口179842亿元。货物进出口顺差57883亿元。'],
		['a run of parts that belongs to another total (对共建国家…)', '全年货物进出口总额4000亿元。对共建国家进出口额2000亿元，其中出口1200亿元，进口800亿元。'],
		['totals of another period are not compared', '2022年国内生产总值900亿元。2023年第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。'],
		['parts split by a complement, and parts the total names, that add up', INSURED + PHONES + EXPO],
		['two parts that are not a complement\'s two sides (参保职工 / 参保农民工)', '年末全国参加城镇基本养老保险人数为17444万人。其中参保职工13082万人，参保农民工5362万人。'],
		['a total whose name lists other things than its parts', '共有246个国家和国际组织参展，其中亚洲国家40个，欧洲国家45个。'],
		['parts named by their own words alone, as printed', MODES],
		['parts named by their own words alone without 其中 are not taken as the total\'s', MODES.replace('其中：', '').replace('996亿人公里', '896亿人公里')],
		['parts named by their own words alone of a partition a longer one holds (铁路、公路、水运、民航 without 管道): a 其中 list need not be complete', FREIGHT],
		['the same under a total with a qualifier (全年各种运输方式完成货物运输周转量…其中：铁路…)', FREIGHT.replace('全年货物运输周转量', '全年各种运输方式完成货物运输周转量')],
		['parts named by their own words alone that are some of a partition only', MODES.replace('；水运104亿人公里，下降3.1%；民航996亿人公里，增长16.2%', '').replace('12188', '11088')],
		['words that name no part of the total\'s partition with its name (其中：高铁…，城际…)', '完成旅客运输周转量12188亿人公里。其中：高铁4488亿人公里，城际6600亿人公里。'],
		['parts named by their own words alone under a total of another year', '2022年完成旅客运输周转量12188亿人公里。2023年，其中：铁路4488亿人公里，公路6600亿人公里，水运104亿人公里，民航1996亿人公里。'],
		['a lexicon partition after another breakdown of the same total, as printed', TWO_BREAKDOWNS],
		['a 其中 list holding an item outside the lexicon\'s partition (华侨 besides 外国人 and 港澳台同胞), between its parts or last: no part-sum', '全年接待入境游客1000万人次，其中外国人300万人次，华侨50万人次，港澳台同胞650万人次。全年接待入境游客2000万人次，其中外国人600万人次，港澳台同胞1300万人次，华侨100万人次。'],
		['the list of another total between a total and the parts of its partition still belongs to that one (全市固定资产投资…，其中…)', '规模以上工业企业增加值900亿元，增长6%。全市固定资产投资500亿元，其中国有投资200亿元，民间投资250亿元。轻工业增加值400亿元，重工业增加值600亿元。'],
		['a breakdown of another total (在固定资产投资中) does not let the walk pass', '规模以上工业企业增加值900亿元，增长6%。全市固定资产投资500亿元。在固定资产投资中，国有投资200亿元，民间投资250亿元。轻工业增加值400亿元，重工业增加值600亿元。'],
		['parts named by their own words alone in another unit (旅客运输量 in 万人次 under 周转量 in 亿人公里)', '完成旅客运输周转量12188亿人公里。其中：铁路4488万人次，公路6600万人次，水运104万人次，民航1096万人次。'],
		['parts named by their own words alone of the year before (上年…)', '完成旅客运输周转量12188亿人公里。其中：铁路4488亿人公里，公路6600亿人公里，水运104亿人公里。上年民航1096亿人公里。'],
		['a lexicon partition after another breakdown of the same total, of another year than the total’s (2023年… 2022年，轻工业…)', TWO_BREAKDOWNS.replace('规模以上工业企业增加值23685', '2023年规模以上工业企业增加值23685').replace('分轻重工业看，全年', '分轻重工业看，2022年').replace('14179亿元', '15179亿元')],
		['the increments of a stock\'s parts, as printed', INCREMENTS],
		['an increment of another statistic before a part (新增宽带用户) is not the part\'s', INCREMENTS.replace('新增移动电话用户5860万户', '新增宽带用户5660万户')],
		['a part with no increment before it: no sum of increments', INCREMENTS.replace('新增移动电话用户5860万户，年末达到39343万户', '年末移动电话用户达到39343万户').replace('增加9728万户', '增加9928万户')],
		['a whole that went down (比上年末减少) is not the sum of increments', INCREMENTS.replace('增加9728万户', '减少9928万户')],
		['a change of the increase (同比多增) is no increase of the whole', INCREMENTS.replace('比上年末增加9728万户', '同比多增1728万户')],
		// Parts named by their own words: changes are no parts of a level; the parts of a smaller whole nested in the total.
		['changes named by their own words after 其中 (城镇增加…，乡村减少…) are no parts of the level', '年末常住人口1000万人。其中：城镇增加10万人，乡村减少4万人。'],
		['the same after the total\'s own change', '年末常住人口1000万人，比上年末增加6万人，其中：城镇增加10万人，乡村减少4万人。'],
		['changes of all four modes after the total\'s change (其中：铁路增加…)', '全年旅客运输周转量12188亿人公里，比上年增加500亿人公里。其中：铁路增加200亿人公里，公路增加250亿人公里，水运增加10亿人公里，民航增加40亿人公里。'],
		['changes of some modes, levels of the others', '全年旅客运输周转量12188亿人公里。其中：铁路减少448亿人公里，公路减少660亿人公里，水运10亿人公里，民航1096亿人公里。'],
		['the parts of a smaller whole in the total (营业性旅客周转量中：铁路…)', '全年旅客运输周转量12188亿人公里，其中营业性旅客周转量11000亿人公里。营业性旅客周转量中：铁路4488亿人公里，公路5312亿人公里，水运104亿人公里，民航1096亿人公里。'],
		['the same in the smaller whole\'s own 其中 list', '全年旅客运输周转量12188亿人公里，其中营业性旅客周转量11000亿人公里，其中：铁路4488亿人公里，公路5312亿人公里，水运104亿人公里，民航1096亿人公里。'],
		['the parts of a whole opened after another part of the total (其中：市内交通…；城际交通中，铁路…)', '全年旅客运输周转量12188亿人公里，其中：市内交通2000亿人公里；城际交通中，铁路4488亿人公里，公路4600亿人公里，水运104亿人公里，民航996亿人公里。'],
		// A breakdown of the same total passed over: a part's own split, another period.
		['a listed part\'s own split (国有企业中，轻工业…) is not the total\'s partition', '规模以上工业增加值900亿元，增长6%。其中：国有企业300亿元，股份制企业500亿元。国有企业中，轻工业增加值100亿元，重工业增加值200亿元。'],
		['the same with no list before it', '规模以上工业增加值900亿元，增长6%。国有企业中，轻工业增加值100亿元，重工业增加值200亿元。'],
		['parts of another period (一季度，轻工业…) after a breakdown of the year\'s total', '2023年规模以上工业增加值900亿元，增长6%。其中：国有企业300亿元，股份制企业500亿元。一季度，轻工业增加值80亿元，重工业增加值150亿元。'],
		['the same with no list before it', '2023年规模以上工业增加值900亿元，增长6%。一季度，轻工业增加值80亿元，重工业增加值150亿元。'],
		// Increments of a stock's parts against the whole's change over another span.
		['increments of the year against the increase over another base (比2020年末)', '年末电话用户总数达到74386万户，比2020年末增加19728万户。全年新增固定电话用户3868万户，年末达到35043万户；新增移动电话用户5860万户，年末达到39343万户。'],
		['increments of part of the year (1-6月新增…)', '年末电话用户总数达到74386万户，比上年末增加9728万户。1-6月新增固定电话用户1868万户，年末达到35043万户；新增移动电话用户2860万户，年末达到39343万户。'],
		['increments of a month (12月份新增…) against the increase over the same period (比上年同期)', '年末电话用户总数达到74386万户，比上年同期增加9728万户。12月份新增固定电话用户368万户，年末达到35043万户；新增移动电话用户560万户，年末达到39343万户。'],
		['a generic total with some parts of a partition only', '各种运输工具完成旅客，周转量4348亿人公里。其中，铁路旅客周转量2416亿人公里，公路旅客周转量1543亿人公里。'],
		['counts by grades that cover the whole and add up', '在监测的330个城市中，有273个城市空气质量达到二级以上（含二级）标准，占监测城市数的82.7%；有53个城市为三级，占16.1%；有4个城市为劣三级，占1.2%。'],
		['counts by grades that leave the worst out are not summed', '在监测的340个城市中，有273个城市空气质量达到二级以上（含二级）标准；有53个城市为三级。'],
		['overlapping categories are not summed', '全市出口总额300亿元，其中机电产品出口200亿元，高新技术产品出口150亿元。'],
		['nested categories are not summed', '全市一般公共预算收入100亿元，其中税收收入80亿元，非税收入30亿元，政府性基金收入50亿元。'],
		['a from–to paragraph: the starting parts are not held against the ending total', FROM_TO],
		['parts in a sentence of another year than the total’s (2022年… 2023年，轻工业…重工业…)', '2022年规模以上工业企业增加值900亿元。2023年，轻工业增加值400亿元，重工业增加值600亿元。'],
		['the same under 在X中', '2022年规模以上工业企业增加值900亿元。2023年，在规模以上工业企业中，轻工业增加值400亿元，重工业增加值600亿元。'],
		['a total of another year after this year\'s parts', '2023年全市地区生产总值500亿元，第一产业增加值50亿元，第二产业增加值200亿元，第三产业增加值250亿元。2022年全市地区生产总值480亿元。'],
	],
});

test('a list shown complete by one of its sums relates both, the one that shows it too', () => {
	const sums = (text: string): string[] => analyze(text).relations.filter((r) => r.kind === 'part-sum').map((r) => `${r.ok ? 'ok' : 'not'} ${r.expression}`);
	// The changes add up, the amounts do not (10257 for 10275): both sums are stated, the amounts' one fails.
	assert.deepEqual(sums(RAISED.replace('10275', '10257')), ['not 4883 + 4072 + 1320 = 10275', 'ok 3004 + 2057 + 605 = 5666']);
	// Neither adds up: no list is known complete.
	assert.deepEqual(sums(RAISED.replace('10275', '10900').replace('5666', '5900')), []);
});

test('a count printed in full that misses the sum of its parts by one is a warning, not borderline', () => {
	const f = analyze('上海世博会历时184天，共有246个国家和国际组织参展，其中国家190个，国际组织57个。').findings.find((x) => x.ruleId === 'claim.part-sum');
	assert.ok(f);
	assert.equal(f.severity, 'warning');
});
