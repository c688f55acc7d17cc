import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { repeatedItem } from '../../../server/src/analysis/rules/formulaEnumerationCount';
import { ruleCases } from '../../helpers/findings';
import { joinLines } from '../../helpers/text';

ruleCases('formula.enumeration-count', {
	fires: [
		['a pair joined by 和, the whole clause past its verb, before a count of three glued to a verb of things done together (三轮驱动 for 双轮驱动)', '坚持文化事业和文化产业三轮驱动，推动发展。', [{ at: '三轮' }]],
		['the same with two written with 、 (投资、消费三轮驱动)', '保持投资、消费三轮驱动经济增长的良好势头。', [{ at: '三轮' }]],
		['the same with two words side by side sharing a character (国内国际三轮并进)', '推动国内国际三轮并进，拓展市场。', [{ at: '三轮' }]],
		['things counted by a class of size (两个万亩基地: bases of ten thousand mu), one over', '建设甲镇、乙镇、丙镇两个万亩基地。', [{ at: '两个' }]],
		['lines named by their places’ abbreviations (昌九、昌景黄、赣深) before a count of lines, one over', '加快推进昌九、昌景黄、赣深两条高铁线路建设。', [{ at: '两条' }]],
		['a counted list after a heading’s numbering, one over (三、A、B、C两大片区: the numbering is no item)', '三、城东、城西、城南两大片区建设全面提速\n全年完成投资120亿元。', [{ at: '两大' }]],
		['a list counted with 件 one short', '办好就业、教育三件大事。', [{ at: '三件' }]],
		['a count of kinds (项) that closes its clause right after a whole 、-list of three or more, one short', '今年实施校舍安全工程、福利中心（站）、留守儿童之家和清洁工程5项，继续提标扩面。', [{ at: '5项' }]],
		['the same with 类', '今年新增校舍安全、福利中心、留守儿童之家4类，继续提标扩面。', [{ at: '4类' }]],
		['the same with three campaigns of four characters each', '今年开展春季攻势、夏季会战、秋冬冲刺4项，确保完成全年任务。', [{ at: '4项' }]],
		['a count of things borne together (N重) after a whole list of three, one short', '宏观经济面临需求收缩、供给冲击、预期转弱四重压力，外部环境更趋复杂。', [{ at: '四重' }]],
		['a list of three 、-items or more whose last, two joined by 和, counted apart still leaves it one short', '包括内蒙古、广西、重庆、四川、宁夏和新疆7省区。', [{ at: '7省' }]],
		['a count above a dozen after a 、-list one short of it (…、宁夏和新疆13省)', '西部地区是指内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏和新疆13省（区、市）。', [{ at: '13省' }]],
		['a count above a dozen of kinds after a list of them one short (…、乙烯、集成电路13种主要产品)', '全年钢材、水泥、平板玻璃、原铝、汽车、发电量、原油、天然气、化肥、化纤、乙烯和集成电路13种主要产品产量增长。', [{ at: '13种' }]],
		['the same one item over (14 names for 13)', '西部地区是指内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆、海南和黑龙江13省（区、市）。', [{ at: '13省' }]],
		['three names, four levels', '卫东区建立区、街道、社区四级党组织联动体系。', [{ at: '四级', related: ['区、街道、社区'] }]],
		['three names one short after a verb, nothing named before them (健全区、街道、社区四级; 加强…四级…建设)', '健全区、街道、社区四级党组织。加强区、街道、社区四级党组织建设。', [{ at: '四级', related: ['区、街道、社区'] }, { at: '四级', related: ['区、街道、社区'] }]],
		['a pair before 三大 kinds that qualifies no other noun after them (三大产业。) still one short', '着力发展制造业和服务业三大产业。', [{ at: '三大', related: ['制造业和服务业'] }]],
		['places counted after their list, one more than their count', '加强与汕头、河源、汕尾、潮州3市帮扶协作。', [{ at: '3市' }]],
		['a list with one more item', '抓好万江、石排、茶山两个综合试点探索。', [{ at: '两个' }]],
		['a long first item read after what it belongs to closed by 的 (…较好基础的A、B、C四大), one short', '围绕全市已经形成较好基础的机械科学研究总院海西分院、氟化工研究院、石墨烯研究院四大科技研发平台。', [{ at: '四大' }]],
		['the same one more', '提升我市特色的机械科学研究总院海西分院、氟化工研究院、石墨烯研究院、三明农科院三大科技研发平台建设成效。', [{ at: '三大' }]],
		['a list after another counted list and its joiner (…4个产业链和A、B、C4个…), one short', '围绕生物医药、电子信息、新型材料、文化旅游4个产业链和能源电力、现代物流、现代金融4个基础配套产业，全力抓好招商。', [{ at: '4个', related: ['能源电力、现代物流、现代金融'] }]],
		['the same after a count of roads (…三条高速和A、B、C四条铁路), one short', '加快广深、莞深、常虎三条高速和广深、赣深、广深港四条铁路沿线的土地综合整治。', [{ at: '四条' }]],
		['the count after the noun of a list closed by 等 (…等国家先进制造业集群4个), one item more', '新增工业母机、现代纺织服装、农机装备、大飞机、磁性材料等国家先进制造业集群4个，居全国前列。', [{ at: '4个' }]],
		['quoted items side by side before the count (“山城”、“江城”两大)', '做靓“山城”、“江城”、“桥都”两大城市名片。', [{ at: '两大' }]],
		['a quoted noun after the count (四级“林长制”)', '建立市、县、乡、村、组四级“林长制”体系。', [{ at: '四级' }]],
		['N者 counts the things just named (三者)', '必须打通不敢腐、不能腐、不想腐、不愿腐三者内在联系。', [{ at: '三者' }]],
		['long quoted items joined by 和, one short of the count', '扎实开展“主动对标沿海发达地区学经验找差距”和“联系服务重大项目重点企业”三项行动。', [{ at: '三项' }]],
		['a list before N部 and what 部 counts (规章), one short', '在全国率先出台法治政府建设指标体系、行政程序规定、重大行政决策规则四部规章。', [{ at: '四部', related: ['指标体系、行政程序规定、重大行政决策规则'] }]],
		['a list before N部 and what 部 counts (条例), one more', '审议城市管理、物业管理、养犬管理两部条例。', [{ at: '两部' }]],
		['a second counted list of 部 after 和, one short', '出台城市管理、物业管理两部法规和养犬、停车、扬尘四部规章。', [{ at: '四部' }]],
		['quoted items whose first holds no clause’s verb (“我为…”), one short: the quote is read whole', '深入推进“我为群众办实事”、“我为基层减负担”三项实践活动。', [{ at: '三项', related: ['“我为群众办实事”、“我为基层减负担”'] }]],
		['a short quote holding 、 that fits the count neither way (3 whole, 4 in parts, of two)', '深入推进“群众办实事、企业解难题”、“基层减负担”、“民生增福祉”两项实践活动。', [{ at: '两项' }]],
		['a list before N篇 (五篇大文章), one more', '做好科技金融、绿色金融、普惠金融、养老金融、数字金融、开放金融五篇大文章。', [{ at: '五篇' }]],
		['levels after the clause’s words (由各级人大产生国家、省、市、县四级), one more than the count', '由各级人大产生国家、省、市、县、乡五级监察委员会，同党的纪律检查委员会合署办公。'.replace('五级', '四级'), [{ at: '四级' }]],
		['two quoted items joined by 和 are two whatever the count (“A”和“B”三种), one short', '新设按“商品零售额”和“餐饮收入额”三种消费形态的分组。', [{ at: '三种' }]],
		['quoted items joined by 、 and 和, one more than the count', '新设按“商品零售额”、“服务零售额”和“餐饮收入额”两种消费形态的分组。', [{ at: '两种' }]],
		['titles side by side before their count (《望道》、《问天》和《觉醒》2部作品), one more', '《望道》、《问天》和《觉醒》2部作品获全国“五个一工程”奖。', [{ at: '2部' }]],
		['a list opening with a quoted item that holds a comma, before N大, one short', '深入实施“控尘治理,全城清扫”、工地围挡、秸秆禁烧、夜间巡查五大行动，空气质量持续改善。', [{ at: '五大' }]],
		['a list before N大 and its noun (五大工程), one short', '实施城市更新、新区拓展、生态连绵、交通通达、安全韧性六大工程。', [{ at: '六大' }]],
		['one-character levels right after the clause’s verb, one fewer than the count (健全县乡村四级)', '加快健全县乡村四级物流体系。', [{ at: '四级' }]],
		['one-character levels with a level written twice (市县县两级)', '充分发挥市县县两级项目专班作用。', [{ at: '两级' }]],
		['the same after a verb that takes levels (盘活), before what levels of government have (政府资产)', '盘活市区区两级政府资产超100亿元。', [{ at: '两级' }]],
		// The two sides of one thing side by side (国内国际) before a count of kinds each names one of (大局, 市场) — not before
		// things they are scopes of (线上线下三个平台, 市内市外三个园区: silent rows below).
		['the two sides of one thing side by side before a count of three kinds (统筹国内国际三个大局), one short', '统筹国内国际三个大局，全年经济社会发展主要目标顺利完成。', [{ at: '三个' }]],
		['the same, a third side before a count of two', '增强国内国际国外两个市场两种资源联动效应。', [{ at: '两个' }]],
		['the same after 开拓, a verb that takes the sides (开拓省内省外三个市场), one short', '积极开拓省内省外三个市场。', [{ at: '三个' }]],
		['a place abbreviation written twice before N地 (川渝渝两地)', '推动川渝渝两地市场主体加强合作。', [{ at: '两地' }]],
		['one level right after the clause’s verb before a count of two (明确县两级)', '进一步明确县两级事权划分。', [{ at: '两级' }]],
		['one-character levels one fewer than the count after 进行', '进行县乡三级农技推广体系改革。', [{ at: '三级' }]],
		['a region’s wings listed before N翼 (闽东北、闽西南两翼), one more', '壮大甲东北、甲西南、甲中部两翼，促进连片发展。', [{ at: '两翼' }]],
		['the list a frame 以…为 names before its count, one more', '以甲港、乙港、丙港为两翼，建设现代化港口群。', [{ at: '两翼' }]],
		['the frame after a gloss’s 是指, one more', '“两横”战略：是指以甲通道、乙通道、丙通道为两条横轴的布局。', [{ at: '两条' }]],
		['levels listed with 、 and their brackets before N级 and a figure (省、县（市）三级51个), one short', '省、县（区）三级36个疾控机构实验室全部达标。', [{ at: '三级' }]],
		['one-character levels one fewer than the count after a verb that takes levels and is no lead (盘活县乡三级)', '全年盘活县乡三级闲置资产5亿元。', [{ at: '三级' }]],
		['the same after two verbs, the second no lead (健全优化市县乡村五级)', '持续健全优化市县乡村五级养老服务网络。', [{ at: '五级' }]],
		['the same after 确保 (确保市县三级财政资金)', '确保市县三级财政专项资金足额到位。', [{ at: '三级' }]],
		['the same after two verbs joined by 并, the second no lead (完善并公布市区镇四级)', '完善并公布市区镇四级政府权责清单，明晰职能边界。', [{ at: '四级' }]],
		['place abbreviations one fewer than their count, opening their clause (，闽台三地)', '深化两岸合作，闽台三地经贸交流持续扩大。', [{ at: '三地' }]],
		['place abbreviations one fewer than their count after a verb (支持浙闽三地)', '支持浙闽三地市场主体加强合作。', [{ at: '三地' }]],
		['two joined by 和 before a count of three kinds (A和B三大类), one short', '考核目标划分为发展性和约束性三大类。', [{ at: '三大' }]],
		['two joined by 和 before 三方面, one short', '要从扩大有效投资和稳定居民消费三方面发力。', [{ at: '三方面' }]],
		['the same after a clause that holds a list of its own (…不想腐…，严防A和B三大风险): the pair is its clause’s', '把不推、不拖、不等贯穿始终，严防推诿扯皮和敷衍塞责三大风险。', [{ at: '三大' }]],
		['a list of three written A和B after an item was dropped (电子和石化三大), one short', '纺织和食品三大传统产业产值占比提高。', [{ at: '三大' }]],
		['two joined by 和 before 三个 and a noun of kinds (三个体系), one short', '完善城市规划和城市管理三个体系。', [{ at: '三个' }]],
		['the same after a date and a verb (…1月1日将A和B三个行业): the date opens the clause, no qualifier of the pair', '2025年1月1日起将餐饮住宿和交通运输三个行业纳入监测。', [{ at: '三个' }]],
		['two joined by 和 before 三个方面, one short', '重点抓好园区提质和企业培育三个方面。', [{ at: '三个' }]],
		['two joined by 和 before 三个 and campaigns each half names one of (三个攻坚战), one short', '打好煤矿瓦斯治理和整顿关闭三个攻坚战。', [{ at: '三个' }]],
		['the same before 三个全覆盖', '实现县（市、区）和基础教育各学段三个全覆盖，受益学生约8万人。', [{ at: '三个' }]],
		['two joined by 和 before 三大核心, one short', '围绕疾病预防和健康促进三大核心，开展专项行动。', [{ at: '三大' }]],
		['one-character levels opening their clause, one fewer than the count, a figure after it (，市县三级2.6万个)', '在全省率先启动改革，市县三级2.6万个政务服务事项实现网上办。', [{ at: '三级', related: ['市县'] }]],
		['levels opening their clause one fewer than the count after a sentence naming a level not next to them (中央单位…，市县三级)', '中央单位共巡视7836个党组织，市县三级共巡察88.2万个党组织。', [{ at: '三级' }]],
		['the same before a noun (。县乡三级公共文化服务体系)', '全年经济平稳运行。县乡三级公共文化服务体系更加健全。', [{ at: '三级' }]],
		['two joined by 和 before 三类 (类 counts kinds), one short', '加快建设交通枢纽型和商贸集散型三类物流聚集区。', [{ at: '三类' }]],
		['the same in digits', '重点培育交通枢纽型和商贸集散型3类物流园区。', [{ at: '3类' }]],
		['the same, one more in all', '主要内容：在兴庆区甲学校、乙小学、丙小学，金凤区丁中学、戊学校、癸学校、子学校，西夏区己中学、庚中学、辛中学、壬小学等10所学校，新建标准化操场。', [{ at: '10所' }]],
		['places before a generic noun of areas (两个片区), one more', '新建江北、江南、城东两个片区。', [{ at: '两个' }]],
		['items after the count’s clause, each with its figure after one indicator, the sentence holding them all: one short', '做强四大交易平台，全年甲交易中心交易额150亿元、乙数据交易所交易额80亿元、丙商品交易市场交易额20亿元以上。', [{ at: '四大' }]],
		['the same with a change (增长), one item more, all kinds ending as the counted noun does (业 of 产业)', '三大支柱产业增加值增长9.1%，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%，医药制造业增长4.1%。', [{ at: '三大' }]],
		['the same, one item short', '四大支柱产业增加值增长9.1%，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%。', [{ at: '四大' }]],
		['items one short, each reaching a figure of its own (达): values, not one bar', '做强四大交易平台，全年甲交易中心交易额达150亿元、乙数据交易所交易额达80亿元、丙商品交易市场交易额达20亿元。', [{ at: '四大' }]],
		['a count closing its sentence, the sentences after it opening with subjects and 要, three of them for a count of four, the whole rest of the paragraph', '力争四大主导产业产值突破900亿元。电子信息产业要加快项目投产，实现产值500亿元。装备制造产业要推动技改，实现产值300亿元。食品加工产业要扩大规模，实现产值100亿元。', [{ at: '四大' }]],
		['the same with topics a comma closes and a count in digits', '今年重点培育壮大4个新兴产业集群。新能源汽车产业集群，以吉利汽车为带动，加快项目建设。高端装备制造产业集群，以经纬纺机为带动，推动升级。现代食品产业集群，以功能食品园为带动，做强功能食品。', [{ at: '4个' }]],
		['a count glued to a word of joining (四所合一) after a list whose items carry its key (派出所、司法所、财政所), one short', '推进派出所、司法所、财政所四所合一改革。', [{ at: '四所' }]],
		['a count of 字 after a quote counts its characters (“文件”三字: two)', '由发文机关全称加“文件”三字组成。', [{ at: '三字', related: ['文件'] }]],
		['the same, the marks between the quote’s words no characters (“巩固、增强、提升、畅通”七字: eight)', '坚决贯彻落实“巩固、增强、提升、畅通”七字方针。', [{ at: '七字' }]],
		['…a count of 十 beyond 十字 (“稳中求进、守正创新、勇毅前行”十二字: twelve is right, 十一字 one short)', '坚持“稳中求进、守正创新、勇毅前行”十一字要求。', [{ at: '十一字' }]],
		['the same with 个字 (“实事求是”三个字: four)', '始终牢记“实事求是”三个字。', [{ at: '三个字' }]],
		['a list that fits its count only with its joiner read as one item, the item written twice (A、B和B两大)', '建好用好东湖、南湖和南湖两大湿地公园。', [{ at: '两大', related: ['东湖、南湖和南湖'] }]],
		['the same with quoted items (“A”、“B”、“B”三项 read as fitting)', '深入开展“清河”、“护林”和“护林”两项行动。', [{ at: '两项' }]],
		// A word written twice right after words side by side that make the count (a copy left by an edit): one more.
		['words sharing a character, one written twice (省内省外省外两个)', '积极开拓省内省外省外两个市场。', [{ at: '两个' }]],
		['one-character items of a family, one written twice (收支支两条线)', '严格执行收支支两条线管理。', [{ at: '两条' }]],
		['China and another country, the other written twice (中俄俄两国)', '中俄俄两国元首举行会谈。', [{ at: '两国' }]],
		['levels side by side, one written twice after a verb that takes no levels (加大市县县两级)', '加大市县县两级财政投入。', [{ at: '两级' }]],
		['directions, one written twice (东西西两翼)', '促进东西西两翼协调发展。', [{ at: '两翼' }]],
		['one-character items packed in a quote, one written twice (“人财财物”三统筹)', '建立“人财财物”三统筹机制。', [{ at: '三' }]],
		['one-character items of a family packed before the count, one written twice inside the run (陆海天天网)', '推进陆海天天网四位一体建设。', [{ at: '四位' }]],
		// A list that is the subject of 是 (the object of 把…作为), its count in the predicate: the words between (我省的, 全国) are
		// no part of the last item.
		['a pair subject of 是 before a count of three in its predicate (A和B是我省的三项…)', '节约用水和土地保护是我省的三项基本方针。', [{ at: '三项', related: ['节约用水和土地保护'] }]],
		['a degree’s modifier after the count is read past (A和B是世界上三个最大的发展中国家)', '甲国和乙国是世界上三个最大的发展中国家。', [{ at: '三个' }]],
		['the same after 仍然 (A与B仍然是…面临的三大…)', '稳定与增长仍然是当前经济工作面临的三大课题。', [{ at: '三大' }]],
		['three items before a count of two in the predicate (A、B和C是…的两个)', '粮食生产、畜牧养殖和林果种植是全县的两个支柱产业。', [{ at: '两个' }]],
		['a scope closed by 上 between 是 and the count (甲市和乙市是全省上…)', '甲市和乙市是西部地区历史上三个最早开放的口岸城市。', [{ at: '三个' }]],
		['the object of 把…作为 before a count in the predicate, one short', '市政府把依法决策、阳光理政作为政府工作的三项基本准则。', [{ at: '三项' }]],
		['a pair of phrases and 这 before a count of three (A和B这三件大事)', '着重抓好科技体制改革和对外开放合作这三件大事。', [{ at: '三件' }]],
		['China and another country by their one-character names before a count of three countries (中越三国)', '双方表示，中越三国友好关系源远流长。', [{ at: '三国', related: ['中越'] }]],
		['the same before 三国 and a word of persons (和中俄三国领导人)', '和中俄三国领导人会晤。', [{ at: '三国' }]],
		['a pair of phrases, neither a body nor a subject, before 三大 and its task (打好A和B三大攻坚战)', '坚决打好污染防治攻坚战和防范化解重大风险三大攻坚战。', [{ at: '三大' }]],
		['levels listed with 、 before N级联动, one short: the levels are what is linked (国家、省、市、县五级联动)', '健全国家、省、市、县五级联动的应急指挥网络。', [{ at: '五级' }]],
		['a pair of phrases joined by 和 before a count of three things, the whole clause (两大创新 written 三大)', '各类展览精彩纷呈，生态宜居示范区和数字博览会三大创新影响深远。', [{ at: '三大', related: ['生态宜居示范区和数字博览会'] }]],
		['the same after a verb (书写了A和B三大奇迹)', '我们书写了农业稳定增产和农民持续增收三大奇迹。', [{ at: '三大' }]],
		['the same before a quoted noun (三个“三年行动”)', '深入开展河道综合治理和城区亮化提升三个“三年行动”。', [{ at: '三个' }]],
		['the same before 三条 and a plain noun', '牢牢守住安全生产底线和生态环境保护三条红线。', [{ at: '三条' }]],
		['the same after a clause of its own whose 、-list is another’s (展示、演艺、论坛…，A和B三大)', '各类展示、演艺、论坛精彩纷呈，生态宜居示范区和数字博览会三大创新影响深远。', [{ at: '三大' }]],
	],
	silent: [
		['words sharing a character that make the count, none written twice (省内省外两个)', '积极开拓省内省外两个市场。'],
		['a doubled word that is no item of a run (县县: every county) before a count', '实现县县两个全覆盖，加大县县两级投入。'],
		['levels that make the count (加大市县两级)', '加大市县两级财政投入。'],
		['a figure’s digits written twice (三三七公里) are no word', '新建公路全长三三七公里，其中两条为高速公路。'],
		['one-character items packed in a quote, one written again apart (“人财人”), no count of them', '建立“人财人”三统筹机制。'],
		['a quoted word of two before 双 (a name)', '打造“天都”双星品牌。'],
		['a pair subject of 是, exactly its count in the predicate', '节约用水和土地保护是我省的两项基本方针。'],
		['a pair subject of 都是 before a count of three: each is one of the three', '甲县和乙县都是全省的三个改革试点县。'],
		['a pair subject of 也是 before a count of three: one more besides them', '甲县和乙县也是全省的三个改革试点县。'],
		['a pair that is some of the things counted (…三个试点县之二, 中的两个)', '甲县和乙县是全省的三个改革试点县之二。'],
		['a pair subject of 是 before a count of three whose noun is followed by what the pair is of it (三大攻坚战的重要内容, 三大产业的基础, 三件大事的核心)', '精准脱贫和污染防治是三大攻坚战的重要内容。农业和工业是三大产业的基础。教育和医疗是群众最关心的三件大事的核心。'],
		['…or by where among them the pair stands (三大攻坚战中难度最大的, 三个重点领域里投入最多的, 四个一线城市中的两个)', '防范化解重大风险和污染防治是三大攻坚战中难度最大的。教育和卫生是三个重点领域里投入最多的。上海和深圳是全国四个一线城市中的两个。'],
		['a pair subject of 作为 without 把 (an adverbial of its own)', '甲县和乙县作为全省的三个改革试点县，先行先试。'],
		['a predicate not closed by 的 or 上 between 是 and the count', '甲县和乙县是全省三个改革试点县。'],
		['one subject before a count of two in the predicate (the list may be told elsewhere)', '节约用水是我省的两项基本方针。'],
		['items that share words but are not the same item (科技创新、产业创新两大引擎)', '推进科技创新、产业创新两大引擎协同发力。'],
		['figures written twice in a list are no items of it (5.2%、5.2%)', '两项指标分别增长5.2%、5.2%。'],
		['a pair of phrases and 这 before its own count of two', '着重抓好科技体制改革和对外开放合作这两件大事。'],
		['two named bodies each holding several of the things counted (医院, 中学, 大学, 中心, 产业, 合作社)', '甲市人民医院和乙县中医医院三个科室获评省级重点专科。市第一中学和市实验小学三个校区同步开工。中国科学院和清华大学三个科研团队入驻园区。龙头企业集团和农民专业合作社三个示范社获评国家级。'],
		['a pair before a count of persons, bodies or structures (三位专家, 三家分院, 三座泵站)', '省农业科学院和市农技推广中心三位专家驻村指导。城东污水处理厂和城西污水处理厂三座提升泵站建成投用。'],
		['a pair before a count of things of a class of size (三个千亿级产业集群, 三个千亿元级重点产业链)', '做强电子信息产业和装备制造产业三个千亿级产业集群。打造先进制造业基地和现代服务业中心三个千亿元级重点产业链。'],
		['a pair before an approximate count (三个多月)', '统筹疫情防控和经济社会发展三个多月来，经济持续恢复。'],
		['a pair and 这 before a count of characters (这三个字)', '围绕稳定经济增长和防范金融风险这三个字做文章。'],
		['a pair that is the subject of a verb before the count (构成, 纳入, 实现)', '科技创新引领和产业转型升级构成三大支柱之一。把生态环境保护和污染防治攻坚纳入三项考核。产业转型升级和城市品质提升实现三大突破。'],
		['a pair joined into one thing by a word of joining before the count (A和B融合三大行动)', '深入推进新型工业化和信息化融合三大行动计划全面完成。推动数字经济和实体经济深度融合三大工程。'],
		['a pair before 三者, its things run together without a mark (改革发展和社会稳定这三者)', '处理好改革发展和社会稳定这三者的关系。坚持党的领导和人民当家作主依法治国三者有机统一。'],
		['中 and a word before 三国 of the Three Kingdoms (中原三国文化, 中牟三国文化, 中江三国遗迹)', '打造中原三国文化旅游品牌。建设中牟三国文化产业园。依托中江三国遗迹发展旅游。和中华三国文化研究会签约。'],
		['three countries by their one-character names before their count (中日韩三国, 中老越三国), and 中 with a region (中东三国)', '推进中日韩三国合作。中老越三国签署协议。中东三国代表出席。'],
		['levels listed with 、 before their own count and 联动', '健全国家、省、市、县四级联动的应急指挥网络。'],
		['a list of other things before N级联动 (the count is of levels they do not name)', '推动教育、卫生、文化四级联动。'],
		['a pair of phrases before its own count of two (两大创新)', '生态宜居示范区和数字博览会两大创新影响深远。'],
		['a pair of short words before 三大: each may hold several (长江和黄河三大, 国企和民企三大)', '推进长江和黄河三大生态工程。深化国企和民企三大改革。'],
		['a pair of phrases before a count of things they may hold (三个项目, 三大产业园区, 三条生产线)', '推进甲市开发公司和乙市投资集团三个项目建设。支持电子信息制造和高端装备制造三大产业园区发展。支持甲省钢铁集团和乙省化工集团三条生产线改造。'],
		['a pair of phrases joined by 与 or 及 before 三大 (two sides of one task)', '完成维护地区安全稳定与促进共同繁荣发展三大任务。'],
		['a pair of phrases with 等 in a half, or after 等', '推进重点领域补短板等和新型基础设施建设三个行动。推进重点领域补短板和新型基础设施建设等三个行动。'],
		['a pair of phrases before a count of places, levels or times (三市, 三级, 三批)', '推进合肥等市县与皖北三市结对合作。推动产业转移承接和园区共建共享三批项目。'],
		['a pair of phrases before a count whose items follow it (三件大事：一是…)', '抓好稳定经济增长和防范金融风险三件大事：一是稳增长，二是防风险，三是惠民生。'],
		['a pair of phrases before a count followed by another count (三市六县: a formula’s part)', '推进产业协作发展和城乡统筹发展三区两园建设。'],
		['a pair of phrases whose second is a predicate’s (A和B是…三个)', '计划生育工作和环境保护工作是我国三项基本国策之一。'],
		['a pair before its own count of two (双轮驱动)', '坚持文化事业和文化产业双轮驱动，推动发展。'],
		['a count of three after three items (A、B和C三轮驱动)', '坚持科技创新、制度创新和管理创新三轮驱动。'],
		['a numeral after a pair that opens a place’s name, no verb of joining after it (做优做特六盘水、安顺; 平安四川)', '进一步做优做特六盘水、安顺。建设更高水平的平安四川。'],
		['an item of a 、-list that opens with its numeral (景村融合、产村融合、三治融合)', '“四融一共”和美乡村：景村融合、产村融合、三治融合、城乡融合、共同富裕。'],
		['a pair before a measure word (国资国企三项改革联动): the pair may qualify what is counted', '推进国资国企三项改革联动。'],
		['a pair that is not the whole clause (a 、 before it: A、B和C三轮驱动 read as three)', '推动投资、消费和出口三轮驱动。'],
		['a pair whose item holds a count of its own (南北两线和东线三线并行): the pair holds three', '推动南北两线和东线三线并行，全年完成投资50亿元。'],
		['the same, an item closed by its own count (国企和民企两翼三轮驱动)', '坚持国企和民企两翼三轮驱动。'],
		['a pair before 三个方面 that a verb’s preposition takes (…主要集中在三个方面): the count is not the pair’s', '我们也清醒看到，困难和挑战主要集中在三个方面。'],
		['a number of hundred millions said aloud (两个亿) after a list: an amount, not its count', '新增专项债、一般债、国债两个亿。'],
		['the same with a bound after it (3个亿以上)', '争取专项债、一般债、国债3个亿以上。'],
		['places listed before a count of lines (九江、景德镇和上饶两条高铁线路): the lines run through them, places are no lines', '加快推进九江、景德镇和上饶两条高铁线路建设。'],
		['the same, the places by 、 alone before 三条高速', '加快建设城东区、城西区、城南区、城北区三条高速。'],
		['a list closed by 的 qualifies the counted noun, its items after the colon (具有A、B的三件大事：一是…)', '这是具有重大现实意义、深远历史意义的三件大事：一是全面建成小康社会；二是打赢脱贫攻坚战；三是开启新征程。'],
		['the same with three qualities before a count of four', '建设开放、包容、普惠的四大平台：一是A平台；二是B平台；三是C平台；四是D平台。'],
		['a heading’s numbering before a counted list is no item (三、城东、城西两大片区)', '三、城东、城西两大片区建设全面提速\n全年完成投资120亿元。'],
		['nor an Arabic one (3、城东、城西两大片区)', '3、城东、城西两大片区建设全面提速\n全年完成投资120亿元。'],
		['a long first item read after what it belongs to closed by 的, an item with a joiner (…的A、B和C四大): read only when it fits', '围绕全市已经形成较好基础的机械科学研究总院海西分院、氟化工研究院和石墨烯研究院四大科技研发平台。'],
		['the same two items short of the count', '围绕全市已经形成较好基础的机械科学研究总院海西分院、氟化工研究院、石墨烯研究院五大科技研发平台。'],
		['a list after another counted list and its joiner, closed by 等 (…8个产业链和A、B等4个…)', '围绕生物医药、电子信息、新型材料、文化旅游4个产业链和能源电力、现代物流等3个基础配套产业，全力抓好招商。'],
		['the same two items short of the count', '围绕生物医药、电子信息、新型材料、文化旅游4个产业链和能源电力、现代物流、现代金融5个基础配套产业，全力抓好招商。'],
		['a long first phrase closed by 的 before a 、 that joins two phrases, the count inside the second (…中心的辐射带动作用、A和B两大片区的支撑作用)', '充分发挥主城区作为全市政治经济文化中心的辐射带动作用、东部新城和西部新城两大片区的支撑作用。'],
		['the first item the 的 leaves and one other fitting a count of two: no reading (…中心的辐射带动作用、城东新区两大…)', '充分发挥主城区作为全市政治经济文化中心的辐射带动作用、城东新区两大片区的支撑作用。'],
		['a first item still too long after the 的 that ends what it belongs to: no reading', '全市已经形成的国家级机械工业科学研究总院海西分院东区实验室、氟化工研究院、石墨烯研究院四大科技研发平台。'],
		['a second list after 和 and a counted phrase, far from its own count (八项规定和省委、市委九项规定)', '认真落实中央八项规定和省委、市委九项规定精神。'],
		['a second counted list after 和 one off its count: resolved only when it fits (9个专业特色工业园区和A、B、C两个)', '提升9个专业特色工业园区和甲园区、乙园区、丙园区两个共建园区建设水平。'],
		['items with figures after 其中, one more than the count: the list may go on to another whole', '三大支柱产业增加值增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%，高技术制造业增长14.1%。'],
		['items with figures given as examples (如), one short', '四大支柱产业加快发展，如电子信息业增长12.3%、装备制造业增长8.2%、食品加工业增长5.6%。'],
		['items with figures after 主要是, one short', '四大支柱产业增加值增长8.5%，主要是电子信息业增长12.3%、装备制造业增长8.2%、食品加工业增长5.6%。'],
		['items with figures heading a ranking (增速前三位分别为), one short', '四大支柱产业增加值增长8.5%，增速前三位分别为电子信息业增长12.3%、装备制造业增长8.2%、食品加工业增长5.6%。'],
		['items with a shared indicator given as examples (如), one short', '五大交易平台加快发展，如甲交易中心交易额150亿元、乙数据交易所交易额80亿元、丙商品交易市场交易额20亿元、丁中心交易额10亿元。'],
		['indicators of other wholes growing after a count’s clause, one more: no kinds of it', '三大产业协调发展，规模以上工业增加值增长8%，全社会固定资产投资增长10%，社会消费品零售总额增长9%，进出口总额增长5%。'],
		['indicators after a count of tasks, one short: no kinds of it', '五大任务全面完成，粮食产量增长3.1%，农民收入增长7.5%，农业产值增长4.2%，渔业产值增长2.0%。'],
		['places growing after a count of blocks, the first with its indicator, one short', '四大板块协同发展，东部地区生产总值增长8.1%，西部增长7.5%，南部增长6.9%。'],
		['a part of an item among the items after 其中, one more', '两大支柱产业增加值增长9.1%，其中，电子信息业增长12.3%，集成电路增长25.2%，装备制造业增长8.2%。'],
		['the demands and one of their parts, one more', '三大需求中，消费增长8.1%，投资增长7.5%，出口增长6.9%，净出口增长2.0%。'],
		['subjects one short after a count whose clause names some of it by a count of its own (中的三大)', '力争四大主导产业中的三大产业产值突破900亿元。电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。'],
		['topics one short after a count the set has (共有): they may tell of some of it', '全市共有4个省级开发区。高新技术开发区，主导产业为电子信息。经济技术开发区，主导产业为装备制造。文化旅游开发区，主导产业为文旅。'],
		['subjects one short, the paragraph going on after them', '力争四大主导产业产值突破900亿元。电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。同时，要加强要素保障。'],
		['items one short that all pass one bar (突破1000亿元): those of the count that reached it', '培育四大千亿级产业集群，电子信息集群产值突破1000亿元、装备制造集群产值突破1000亿元、食品加工集群产值突破1000亿元。'],
		['subjects one short that only qualify the counted sites (产业 of 产业园区)', '全市建成四大产业园区。电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。'],
		['subjects one short, the first with a place of its own (我市) after a count of the province’s', '全省布局四大产业基地。我市电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。'],
		['items with figures after 其中, one fewer than the count: 其中 may give some', '四大支柱产业比上年增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%。'],
		['items with figures, two fewer than the count: a reading further off is no list of it', '做强五大交易平台，全年甲交易中心交易额150亿元、乙数据交易所交易额80亿元、丙商品交易市场交易额20亿元以上。'],
		['items with figures one more, the sentence going on after them: no list', '两大支柱产业比上年增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%，食品加工业增长5.6%，拉动全市增长。'],
		['items with figures one more, one of them named twice: no list', '两大支柱产业比上年增长9.1%，其中，电子信息业增长12.3%，装备制造业增长8.2%，电子信息业增长5.6%。'],
		['items one more whose last figure is of another indicator (成交量 among 交易额): no list', '做强两大交易平台，全年甲交易中心交易额150亿元、乙数据交易所交易额80亿元、丙商品交易市场成交量20万吨。'],
		['items with figures of different indicators: no list', '实施四大工程，完成投资100亿元、带动就业2万人、占比30%。'],
		['two subjects with 要 for a count of three: too few to tell a run one short', '力争三大主导产业产值突破900亿元。电子信息产业要加快项目投产，实现产值500亿元。装备制造产业要推动技改，实现产值300亿元。'],
		['subjects one short whose noun does not hold what they end with (板块 against 产业)', '力争四大主导板块产值突破900亿元。电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。'],
		['subjects one short, another sentence after them in the paragraph: it may come back to a last item', '力争四大主导产业产值突破900亿元。电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。全市要加强统筹，生物医药产业也要加快发展。'],
		['subjects one short after a count whose sentence goes on', '力争四大主导产业产值突破900亿元，带动就业。电子信息产业要加快项目投产。装备制造产业要推动技改。食品加工产业要扩大规模。'],
		['the same N重, exactly its count', '宏观经济面临需求收缩、供给冲击、预期转弱三重压力，外部环境更趋复杂。'],
		['the same N重 after a pair, one short (a pair is read only as exactly two)', '宏观经济面临需求收缩、供给冲击三重压力，外部环境更趋复杂。'],
		['the same N重 after a list closed by 等, one short: it may be partial', '宏观经济面临需求收缩、供给冲击、预期转弱等四重压力，外部环境更趋复杂。'],
		['a whole list one short of N重 whose items hold a verb (承受着) and a joining word (叠加): the first runs across subject and verb, 叠加 joins a fourth', '全市经济承受着疫情反复、需求收缩、成本上升叠加汛情的四重冲击。'],
		['the last item joined by 和, counted apart, makes the count', '包括内蒙古、广西、重庆、四川、宁夏和新疆6省区。'],
		['places before a count of firms (甲县、乙县和丙县5家企业): the firms are in the places, not the places', '甲县、乙县、丙县和丁县5家企业入选省级龙头企业。'],
		['the same above a dozen (…和丑县13家企业)', '甲县、乙县、丙县、丁县、戊县、己县、庚县、辛县、壬县、癸县、子县和丑县13家企业入选省级龙头企业。'],
		['a count above a dozen of a whole the list is in (在全部13个门类中): no reading', '农业、工业、建筑业、批发零售业、交通运输业、住宿餐饮业、金融业、房地产业、信息服务业、科研技术服务业、教育和卫生在全部13个门类中增长较快。'],
		['a count above a dozen that its list makes', '西部地区是指内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏和新疆12省（区、市）。'],
		['a count above a dozen two more than its list: no reading', '西部地区是指内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏和新疆14省（区、市）。'],
		['a count above a dozen after a short list closed by 等: examples', '重点推动北京、上海、广州、深圳、杭州等16个城市率先开展试点。'],
		['a count above a dozen after a long list closed by 等, one short: examples', '推动北京、上海、广州、深圳、杭州、南京、武汉、成都、重庆、西安、天津、苏州、郑州等14个城市率先开展试点。'],
		['a count of kinds closing its clause after items with figures (…380万亩、国家现代农业产业园4个): it counts the last', '新增耕地35万亩、高标准农田380万亩、国家现代农业产业园4个，粮食总产量再创新高。'],
		['two quoted items joined by 和 before a count of two', '新设按“商品零售额”和“餐饮收入额”两种消费形态的分组。'],
		['places before a generic noun of areas, as many', '新建江北、江南、城东三个片区。'],
		['kinds of site before a generic noun of areas (码头、锚地 … 三个作业区): not its items', '新增港口码头、锚地三个作业区。'],
		['place abbreviations before N地, each once', '推动川渝两地市场主体加强合作。'],
		['one level inside a word before a count of two (园区两级) is no list', '推进园区两级管理体制改革。'],
		['levels one fewer than N级 after a word that is no verb: N级 may be a grade (三级医院), no list', '新建市区三级医院2家。'],
		['the same before a figure after a word that is no verb: no reading', '新建市区三级2.6万个政务服务事项。'],
		['two joined by 和 before a count of two kinds, after a list of three in the clause before: the pair, as many', '推进东部片区、西部片区和南部片区建设，统筹城区和郊区两大板块。'],
		['two joined by 与 before 三大: two sides of one task, no list of three', '完成维护地区稳定与促进共同繁荣三大任务。'],
		['two joined by 和 before 三个 and a thing: 个 may count what the second qualifies (城区和周边三个县)', '加快中心城区和周边三个县的交通连接。'],
		['two names joined by 和 before 三个 and things (三个项目): 个 may count the things of the two', '围绕甲公司和乙公司三个生产项目加快配套。'],
		['a pair of times before 三大: they qualify the count', '扎实完成今年和明年三大重点任务。'],
		['a pair of authorities before 三个 and campaigns: they qualify the count', '打好中央和地方三个攻坚战。'],
		['campaigns counted with 等 after a pair: examples', '坚决打好精准脱贫和污染防治等三大攻坚战。'],
		['a pair of authorities before 三大: they qualify the count (国家和省级三大战略)', '全面落实国家和省级三大战略部署。'],
		['this three (这三大) refers to what was named before', '统筹推进深化改革和扩大开放这三大任务。'],
		['levels one fewer than N级 after a verb that takes levels, before a hospital: a grade (三级公立医院), no list', '推进市区三级公立医院建设。'],
		['the same before a road: a grade (三级公路)', '加强县乡三级公路养护。'],
		['levels one fewer than N级 after a word that is no verb (新建市区) stay unread', '新建市区三级综合服务中心2个。'],
		['place abbreviations one fewer than their count after a joiner: the place before it is one of them (北京与津冀三地)', '北京与津冀三地协同发展。'],
		['place abbreviations one fewer than their count after a one-character word: no reading', '在沪台三地设立办事处。'],
		['place abbreviations one fewer than their count after a place the lexicon does not know (深港澳 with 深 unknown): no reading', '推进深港澳三地规则衔接。'],
		['one level after 全 before a count of two (全市两级法院) is no list', '推动全市两级法院审判工作提质增效。'],
		['a region’s wings listed before N翼, as many as the count', '壮大甲东北、甲西南两翼，促进连片发展。'],
		['the list a frame 以…为 names before its count, as many', '加快以丙港为中心，以甲港、乙港为两翼的港口群建设。'],
		['the frame after a gloss’s 是指 (是指以…为两条横轴), as many', '“两横”战略：是指以甲通道、乙通道为两条横轴的布局。'],
		['a list closed by 为 without 以 opening its clause is no list of the count', '形成甲港、乙港、丙港为两翼的格局。'],
		['a frame with a frame of its own inside (以…为核心、…为两翼): no reading', '以科技创新为核心、制度创新、管理创新为两翼，推动全面创新。'],
		['N翼 after a count of its own (一主两翼) is a formula’s part, no list', '构建一主两翼发展格局。'],
		['levels listed with 、 and their brackets before N级 and a figure, as many as the count', '省、市（州）、县（区）三级36个疾控机构实验室全部达标。'],
		['a list before N级 and a figure whose items are no levels', '改造学校、医院三级36个项目。'],
		['件 counts the list before it like 个 and 项 (统筹发展和安全两件大事)', '统筹发展和安全两件大事，着力抓好经济体制改革和对外开放这两件大事。'],
		['件 counting cases is no list', '全年受理各类案件1200件，办结1100件。'],
		['half-width punctuation in Chinese text ends the list as full-width does', '创建国家级绿色工厂29家、绿色供应链3家,获评国家级工业产品绿色设计示范企业3家。'],
		['a half-width semicolon between a figure and a count', '深化国企改革,市属国企资产总额4700亿元、增长19.6%;3家市属国企登榜全国服务业企业500强。'],
		['a half-width comma before a count', '五是尽锐出战、补齐短板,三大攻坚战如期推进。'],
		['a list that fits its count', '卫东区建立区、街道、社区三级党组织联动体系。'],
		['a count of things (所) that closes its clause right after a whole 、-list, one more: may count what the items hold', '今年建成甲小学、乙小学、丙小学4所，继续提标扩面。'],
		['a count of kinds that closes its clause after a list closed by 等, one more', '今年实施校舍安全工程、福利中心、留守儿童之家等5项，继续提标扩面。'],
		['a count of kinds that closes its clause after two items, one more', '今年实施校舍安全工程和福利中心3项，继续提标扩面。'],
		['a count of kinds that closes its clause after a whole 、-list one item longer (和 may join one item)', '今年实施校舍安全工程、福利中心、留守儿童之家、光荣院和清洁工程4项，继续提标扩面。'],
		['a count of kinds after items that hold counts of their own', '全年完成国家卫生城市1个、卫生县城4个、省级卫生县城4项，继续提升。'],
		['a count of 项 after kinds that all end alike (国家标准、行业标准、地方标准): it counts the standards, not the kinds', '主导制定国家标准、行业标准、地方标准4项，参与制定团体标准12项。全年获得国家科技进步奖、技术发明奖、自然科学奖4项，创历史新高。'],
		['a count of 类 after kinds that all end alike (…专利)', '新增发明专利、实用新型专利、外观设计专利4类，结构持续优化。将企业分为A类、B类、C类4类，实施分级监管。'],
		['a count of 项/种 after short words and a last item that holds the noun they share (市级荣誉, 节地技术, 大豆新品种)', '取得国家级、省级、市级荣誉4项，表彰先进。推广节水、节能、节地技术4种，成效显著。引进小麦、玉米、大豆新品种4种，示范推广面积扩大。'],
		['a count of 类 after longer items and a last twice as long that holds the noun (非煤矿山专项整治)', '开展危化品、烟花爆竹、非煤矿山专项整治4类，排查隐患。全年查处食品、药品、医疗器械违法案件4类，罚没款1200万元。'],
		['a count of 种 after grades (一级、二级、三级保护植物): species', '发现国家一级、二级、三级保护植物4种，生物多样性丰富。'],
		['a count that closes its clause after a list of two levels counts things, not the list', '全年新增国家级、省级专精特新企业3家，培育单项冠军。'],
		['the count after the noun of a list closed by 等, fewer items', '新增工业母机、现代纺织服装、农机装备等国家先进制造业集群4个，居全国前列。'],
		['a count that closes its clause without 等 and a noun before it', '全国现有认证机构、检测机构596个。'],
		['quoted items side by side that fit their count', '做靓“山城”、“江城”两大城市名片。'],
		['a pair joined by 和 closed by 等 before a count of three (A和B等三大)', '重点推进宝泰隆和龙盛达等三大项目建设。'],
		['a pair before N条 and a plain noun: lines the two may hold (三条生产线)', '支持甲公司和乙公司三条生产线技术改造。'],
		['a pair counted by its own count, then a count of something else (A和B两个企业的三个项目)', '推进宝泰隆和龙盛达两个企业的三个项目建设。'],
		['a pair before a count of years (改革和开放三年行动)', '实施改革和开放三年行动。'],
		['a pair before two counts of places (A和B两市三县)', '涉及甲县和乙县两市三县。'],
		['a pair whose second half is a predicate’s (中国和印度是世界上…)', '中国和印度是世界上三个最大的发展中国家之一。'],
		['a pair before a count of places (城区和周边三个县: 周边 holds several)', '推动城区和周边三个县协调发展。'],
		['a pair of regions, one holding two (东部和中西部三大区域)', '加快东部和中西部三大区域协调发展。'],
		['a pair before a count of kinds that one half may hold two of (中小学和幼儿园三类)', '推进中小学和幼儿园三类学校建设。'],
		['a pair of verbs before a count of things built (新建和改建三个电站)', '新建和改建三个电站。'],
		['a pair joined by 和 right before N大: nothing in the text tells two of three (长江和大运河三大国家文化公园) from two that hold three (国企和民企三大改革), so neither is read', '携手建好用好长江和大运河三大国家文化公园，推出运河百景。'],
		['a pair of kinds of firm before N大 (国企和民企三大改革)', '深化国企和民企三大改革。'],
		['a pair of areas before a count and a quoted name (城市和乡村三个“三年行动”)', '开展城市和乡村三个“三年行动”。'],
		['a pair of fields before a count and a quoted name (工业和信息化三项“百千万”工程)', '实施工业和信息化三项“百千万”工程。'],
		['a pair before a count of three whose items follow it (三件大事：一是…)', '抓好稳增长和防风险三件大事：一是稳增长，二是防风险，三是惠民生。'],
		['words side by side that fit their count, and a second count after them (两个市场两种资源)', '增强国内国际两个市场两种资源联动效应。'],
		['verbs side by side before a count (打赢打好三大攻坚战): the clause’s verbs, no items', '紧紧围绕全面建成小康社会目标，打赢打好三大攻坚战。'],
		['words side by side after another item of the count (海外省内省外三个市场): not all the count counts', '利用海外省内省外三个市场。'],
		['scopes side by side before a count of things (线上线下三个平台)', '会议指出，线上线下三个平台同步上线。'],
		['scopes side by side before a count of routes (省内省际三条高速通道)', '建成省内省际三条高速通道。'],
		['scopes side by side before a count of parks (市内市外三个园区)', '全年投资增长，市内市外三个园区加快建设。'],
		['scopes side by side before a count of teams (区内区外三支队伍)', '组建区内区外三支队伍。'],
		['words side by side one off the count after a word that is no verb of the clause', '关于国内国际三个大局研究。'],
		['levels opening their clause that fit their count, a figure after it', '在全省率先启动改革，市县两级2.6万个政务服务事项实现网上办。'],
		['levels opening their clause one fewer than N级 that is a grade (三级医院)', '全年经济平稳运行，县乡三级医院建设加快。'],
		['levels opening their clause one fewer than the count, the level left out named before in the sentence before 级 (省级统筹，市县三级联动)', '省级统筹，市县三级联动。'],
		['the same opening the sentence (省负总责，市县三级)', '省负总责，市县三级抓落实。'],
		['the same after 由 (由省统筹，市县三级)', '由省统筹，市县三级共同负责。'],
		['the same after a verb that takes its clause (坚持省负总责，市县三级; 我们实行省负总责)', '坚持省负总责，市县三级抓落实。我们实行省负总责，市县三级抓落实。'],
		['a pair before 三大 and a kind noun that qualifies the things counted (三大产业集群, 三大产业园区): the pair qualifies them too', '我们大力发展制造业和服务业三大产业集群。着力培育电子信息和装备制造三大产业园区。'],
		['the same, 中央 named before (中央财政补助，省市三级配套)', '中央财政补助50亿元，省市三级配套20亿元。'],
		['levels one fewer than the count after a word that may name another level (中央和省市三级)', '健全中央和省市三级储备体系。'],
		['levels one fewer than the count inside a clause (…全省市县三级): the clause’s words may hold a level', '全省市县三级政务服务事项实现网上办理。'],
		['two items joined by 和 before a count of two', '坚持发挥中央和地方两个积极性，规划指标分为预期性和约束性两大类。'],
		['N者 that fits its list', '必须打通不敢腐、不能腐、不想腐三者内在联系。'],
		['a list before N篇 that fits it', '做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章。'],
		['levels after the clause’s words that fit their count', '由各级人大产生国家、省、市、县四级监察委员会，同党的纪律检查委员会合署办公。'],
		['two items joined by 和 before 两方面', '必须从增加有效供给和抑制不合理需求两方面采取有力措施。'],
		['two joined by 和 before 两类', '加快建设交通枢纽型和商贸集散型两类物流聚集区。'],
		['three before 三类', '加快建设交通枢纽型、生产基地型和商贸集散型三类物流聚集区。'],
		['a pair of times before 三类 qualifies the count (今年和明年三类任务)', '统筹安排今年和明年三类重点任务。'],
		['a pair of authorities before 三类 (国家和省级三类)', '积极争取国家和省级三类专项资金支持。'],
		['a pair before 三类 with a list after it (三类：一是…)', '推动存量和增量三类项目：一是续建项目，二是新开工项目，三是储备项目。'],
		['a pair before 三类 that are no type names alike (中小学: a compressed pair)', '全面改善中小学和幼儿园三类学校办学条件。'],
		['the same: 企事业 (a compressed pair)', '严格落实党政机关和企事业单位三类主体责任。'],
		['the same: 城乡低保 and 特困人员', '统筹城乡低保和特困人员三类对象救助。'],
		['the same: 水电气 (three in one)', '新建水电气和通信三类管网120公里。'],
		['the same: 城镇职工 and 城乡居民', '完善城镇职工和城乡居民三类医保政策。'],
		['two joiners before 三类 (科技与产业和金融)', '推动科技与产业和金融三类资源深度融合。'],
		['a third type name before the pair (除公益类外，…商业类和功能类三类)', '除公益类外，推动商业类和功能类三类国企分类改革。'],
		['grades before 三类 (一类和二类)', '全市已有一类和二类三类医院30家。'],
		['type names alike before 三类, a list after it (即…)', '建设交通枢纽型和商贸集散型三类物流聚集区，即枢纽型、集散型和配送型。'],
		['quoted items joined by 和 that fit their count', '新设按“商品零售额”和“餐饮收入额”两种消费形态的分组。'],
		['titles side by side that fit their count', '出版《四明文库》首批文献，《望道》《问天》2部作品获全国“五个一工程”奖。'],
		['a list opening with a quoted item that holds a comma, before N大, that fits it', '深入实施“控尘治理,全城清扫”、工地围挡、秸秆禁烧、夜间巡查四大行动，空气质量持续改善。'],
		['a quoted name that no 、 follows is no item of the list: the clause is not read', '加快推进“东扩南延,北优西进”城市建设三大行动，拓展发展空间。'],
		['a list before N大 that fits it', '实施城市更新、新区拓展、生态连绵、交通通达、安全韧性五大工程。'],
		['与 joins two sides of one item, and 这 stands before the count', '为实现推进现代化建设、完成祖国统一、维护世界和平与促进共同发展这三大历史任务而奋斗。'],
		['a list that ends with 等 may be shorter', '五美、鼓岩、大宅、澳头等5个党群活动阵地列入实训基地。'],
		['a list closed by 等 two short of its count', '推进甲镇、乙镇、丙镇、丁镇、戊镇等7个乡镇建设。'],
		['a list closed by 等 that names all but one of five or more items, none joined: 等 means “and others” (…戊镇等6个)', '推进甲镇、乙镇、丙镇、丁镇、戊镇等6个乡镇建设。'],
		['the same with cities (北京、上海、广州、深圳、杭州等6个城市)', '我市与北京、上海、广州、深圳、杭州等6个城市建立了对口合作关系。'],
		['the same with kinds (…马铃薯等6类作物)', '组织开展了大豆、玉米、水稻、小麦、马铃薯等6类作物的良种推广。'],
		['lists in ，-groups back to the sentence’s start before 等 and the count, one short in all: 等 gives examples', '主要内容：在兴庆区甲学校、乙小学、丙小学，金凤区丁中学、戊学校，西夏区己中学、庚中学、辛中学、壬小学等10所学校，新建标准化操场。'],
		['lists in ，-groups before 等 and the count that make it', '主要内容：在兴庆区甲学校、乙小学、丙小学，金凤区丁中学、戊学校、癸学校，西夏区己中学、庚中学、辛中学、壬小学等10所学校，新建标准化操场。'],
		['a group before that closes a list of its own with 等 is no part of this one', '加强与深圳、天津、青岛等跨区域通关协作，新开直飞迪拜、吉隆坡、曼谷、首尔等5条国际航线。'],
		['a clause before the groups that is no list: the groups are not counted', '今年我们抓好以下工作，建成甲学校、乙小学、丙小学，金凤区丁中学、戊学校，西夏区己中学、庚中学、辛中学、壬小学等10所学校。'],
		['a group before that opens with a verb (围绕…) is a clause of its own, not a group of the list', '围绕粮食、蔬菜、畜牧，重点建设甲园区、乙园区、丙园区等5个现代农业产业园。'],
		['the same (聚焦…，引进…)', '聚焦新能源、新材料、生物医药，引进宁德时代、隆基、比亚迪等5个重大项目。'],
		['the same (依托…，建成…)', '依托兴庆区、金凤区、西夏区，建成A小学、B小学等4所学校。'],
		['the same, a count the groups would not reach', '围绕粮食、蔬菜、畜牧，重点建设甲园区、乙园区、丙园区等7个现代农业产业园。'],
		['the same (聚焦…，引进…), a count the groups would not reach', '聚焦新能源、新材料、生物医药，引进宁德时代、隆基、比亚迪等7个重大项目。'],
		['a group before of another kind than the last group’s items (粮食 beside 甲园区) makes no list longer than its count', '以粮食、蔬菜、畜牧，甲园区、乙园区、丙园区等5个现代农业产业园为重点。'],
		['a list closed by 等, all but one of five or more, an item joined by 和 (it may be two)', '推进甲镇、乙镇、丙镇、丁镇和戊镇等6个乡镇建设。'],
		['the same, 和 inside an item', '统计规模以上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入和城乡居民收入等6项指标。'],
		['the count counts something else', '全国现有产品质量、体系和服务认证机构596个，比上年增加。'],
		['a grade, not a count', '完善土地租赁、转让、抵押二级市场。'],
		['a list of grades', '包括一级子公司、二级子公司、三级子公司等。'],
		['one-character levels are read only when they make the count (县乡村三级)', '建立县乡村三级领导干部联系制度。'],
		['one-character levels one fewer than the count after other words of the clause (中央和省市县四级) are no list of it', '坚持中央和省市县四级联动，压实责任。'],
		['the same after a word that names the nation (全国省市县四级, 国家省市县四级)', '推动全国省市县四级数据共享，建成国家省市县四级平台。'],
		['the same after a ministry or 各级 (部省市县四级)', '建立部省市县四级协同机制，打通各级省市县四级通道。'],
		['levels one fewer after 和 before a figure (中央和省市县四级2000个)', '中央和省市县四级2000个项目全部开工。'],
		['levels two fewer than the count after a verb are no list of it', '盘活市区四级政府资产。'],
		['a level written twice after a verb, before what is no levels’ (a grade: 两级医院)', '盘活市区区两级医院资源。'],
		['levels after two verbs joined by 并 that fit their count', '完善并公布市区镇三级政府权责清单，明晰职能边界。'],
		['levels one fewer after a verb joined by 并 to a word that is no verb (新建并公布)', '新建并公布市区镇四级政府权责清单。'],
		['levels one fewer after a verb joined by 并 before a grade (三级医院)', '完善并公布市区三级医院名单。'],
		['levels two fewer after two verbs joined by 并', '完善并公布市区四级政府权责清单。'],
		['levels one fewer than N级 before what is no levels’ (a grade: 三级综合性医院, 三级路网, 三级等保, 三级道路网络)', '支持市县三级综合性医院提标扩能。推动市县三级中西医结合医院建设。确保市县三级等保测评全覆盖。优化市区三级路网结构。优化市区三级道路网络。'],
		['a pair joined by 和 before 三大 and things (组团, 片区), or before a count whose items follow it (：一是…)', '支持城区和周边三大组团协同发展。统筹城市和乡村三大片区规划。实施产业和人才三大计划：一是产业升级计划，二是人才引育计划，三是企业成长计划。做好稳增长和防风险三方面工作：一是稳投资，二是促消费，三是防风险。'],
		['the same after a word that is no verb (全国省市县四级)', '形成全国省市县四级联动格局。'],
		['one-character levels more than the count, none written twice (乡镇村两级: 乡镇 is one level)', '建立乡镇村两级服务网络。'],
		// False classes read in 36 city and provincial reports:
		['the counted phrase is one item of a longer list (残疾人两项补贴等补助资金)', '统筹抓好城乡低保金、社会救助资金、残疾人两项补贴等补助资金发放。'],
		['a place named with a numeral (南三镇)', '安铺镇、南三镇和麻章镇分别成为全国、全省特色小镇创建示范。'],
		['places counted after their list', '加强与汕头、河源、汕尾、潮州4市帮扶协作。'],
		['a magnitude, not a count (两位数增长)', '新能源、新材料、智能机器人等产业集群实现两位数增长。'],
		['an item number before a count (11.41条)', '11.41条具体措施全部落地。'],
		['an amount (3个亿)', '投入财政资金3个亿，支持企业技术改造。'],
		['和 inside an item does not start the list (城市更新和老旧小区改造)', '实施居民收入提升、城市更新和老旧小区改造提升、青年创新创业筑梦三大工程。'],
		['a joiner after another counted list starts this one', '加快广深、莞深、常虎三条高速和广深、赣深、广深港三条铁路沿线的土地综合整治。'],
		['a long quote holding a list counts as its parts (2 + 1 = 三大)', '实施“千家企业技术改造、万家企业上云用数”和“专精特新企业培育”三大工程。'],
		['a quote holding a list, in parts, with a verb inside it (我为…)', '深入推进“我为群众办实事、我为企业解难题”和“我为基层减负担”三项实践活动。'],
		['a quote holding 、 read whole when that makes the count', '深入推进“群众办实事、企业解难题”和“基层减负担”两项实践活动。'],
		['a long quote holding a comma that fits neither reading is no item to count by', '实施“千家企业技术改造，万家企业上云用数”和“专精特新企业培育”五大工程。'],
		['the same after a count of 部 (两部规划和…四部规划)', '完成国土空间、综合交通两部规划和市政、水利、能源、环保四部规划编制。'],
		['the same, laws and rules (两部法规和…四部规章)', '出台城市管理、物业管理两部法规和养犬、停车、扬尘、广告四部规章。'],
		['the same, titles before the first count (《…条例》、《…条例》两部法规和…三部规章)', '出台《城市管理条例》、《物业管理条例》两部法规和养犬、停车、扬尘三部规章。'],
		['a count glued to a word of joining (四所合一) after places the joining is done in, none carrying its key (学校、医院和乡镇)', '深化学校、医院和乡镇四所合一改革。'],
		['a list after a quoted name that opens its clause, one off its count: the term’s gloss may run on before it (never flagged)', '“甲乙”班列分为集装箱、鲜活货物、普通货物两种。“三线”即根据甲空间、乙空间、丙空间划定的红线、底线和边界三条控制线。'],
		['the same with a list closed by 等 (part of a term’s gloss)', '“六坝共筑”指甲支、乙支、丙支、丁支等三支枢纽，戊枢纽、己枢纽。'],
	],
});

test('a counted noun followed by its numbered headings is a counted enumeration (以下N个方面：（一）…)', () => {
	const page = (n: number, headings: number): string =>
		joinLines(
			'一、今年工作安排',
			'',
			`重点做好以下${['', '一', '两', '三', '四', '五'][n]}个方面工作：`,
			'',
			...Array.from({ length: headings }, (_, k) => [`（${['一', '二', '三', '四', '五'][k]}）推进第${k + 1}项重点工作。`, '', '围绕目标，扎实推进各项任务落实，确保取得实效。', '']).flat(),
		);
	const f = analyze(page(3, 3)).formulas.find((x) => x.text.endsWith('个方面工作'));
	assert.equal(f?.verdict, 'ok');
	assert.equal(f?.parts[0]?.items.length, 3);
	assert.deepEqual(
		analyze(page(4, 3)).findings.filter((x) => x.ruleId === 'formula.count-mismatch').map((x) => x.data['found']),
		['3'],
	);
});

test('the count may close a paragraph (重点抓好三个方面的工作。), and the paragraph may stand under a lead sentence', () => {
	const headings = (n: number): string[] => Array.from({ length: n }, (_, k) => [`（${['一', '二', '三', '四'][k]}）着力推进第${k + 1}项重点工作，成效明显。`, '', '围绕目标，扎实推进各项任务落实。', '']).flat();
	const closing = (count: string, n: number): string => joinLines('一、过去一年工作回顾', '', `一年来，我们重点抓好${count}个方面的工作。`, '', ...headings(n));
	const underLead = (count: string, n: number): string =>
		joinLines('一、过去一年工作回顾', '', '一年来，我们聚焦开放发展，活力建设取得新成效。外贸进出口增长百分之五。', '', '一年来，我们聚焦共享发展，幸福建设迈出新步伐。民生支出持续增加。', '', `我们重点抓了以下${count}个方面：`, '', ...headings(n));
	for (const page of [closing, underLead]) {
		const f = analyze(page('三', 3)).formulas.find((x) => x.text === '三个方面');
		assert.equal(f?.verdict, 'ok', page.name);
		assert.equal(f?.parts[0]?.items.length, 3, page.name);
		assert.deepEqual(
			analyze(page('四', 3)).findings.filter((x) => x.ruleId === 'formula.count-mismatch').map((x) => x.data['found']),
			['3'],
			page.name,
		);
	}
	// A counted noun that closes a paragraph with no numbered headings after it is no list.
	assert.equal(analyze(joinLines('我们重点抓好三个方面的工作。', '', '全年经济运行稳中有进。')).findings.length, 0);
});

test('方面 as the measure word of a count that closes its paragraph (实施好三方面民生实事。), listed by numbered paragraphs', () => {
	const areas = ['医疗卫生', '养老帮困', '关爱儿童', '就业创业'];
	const page = (count: string, n: number): string => joinLines(`各位代表，我们将继续谋划实施好${count}方面民生实事。`, '', ...areas.slice(0, n).flatMap((a, k) => [`${k + 1}.${a}方面。新增服务设施200家。`, '']));
	const f = analyze(page('三', 3)).formulas.find((x) => x.text.startsWith('三方面'));
	assert.equal(f?.verdict, 'ok');
	assert.equal(f?.parts[0]?.items.length, 3);
	assert.equal(analyze(page('四', 3)).findings.filter((x) => x.ruleId === 'formula.count-mismatch').length, 1);
	// Not without the numbered paragraphs after it.
	assert.equal(analyze(joinLines('我们将继续实施好三方面民生实事。', '', '全年经济运行稳中有进。')).findings.length, 0);
});

test('a long first item: the clause’s words, an item and 和 before the next (…500强和民营企业制造业500强、…等五张榜单)', () => {
	const text = '我省入围2024中国民营企业500强和民营企业制造业500强、服务业100强、研发投入500家、发明专利500家等五张榜单的企业数量居全国第一。';
	const f = analyze(text).formulas.find((x) => x.text === '五张');
	assert.equal(f?.verdict, 'ok');
	assert.deepEqual(f?.parts[0]?.items.slice(1), ['民营企业制造业500强', '服务业100强', '研发投入500家', '发明专利500家']);
});

test('the counted noun in Markdown bold, and a quoted one in a paragraph that ends in a colon, listed by the headings after', () => {
	const headings = (n: number): string[] => Array.from({ length: n }, (_, k) => [`（${['一', '二', '三', '四'][k]}）着力推进第${k + 1}项重点工作，成效明显。`, '', '围绕目标，扎实推进各项任务落实。', '']).flat();
	const pages: [string, (count: string) => string][] = [
		['bold, a colon after it', (count) => `**重点抓好以下${count}个方面工作**：`],
		['bold, closing its paragraph', (count) => `**今年，我们要重点做好${count}个方面的工作。**`],
		['quoted, the paragraph ending in a colon', (count) => `围绕上述目标任务，重点在“${count}个方面”实现新突破：`],
	];
	for (const [name, lead] of pages) {
		const text = (count: string, n: number): string => joinLines('二、今年工作安排', '', lead(count), '', ...headings(n));
		const f = analyze(text('三', 3)).formulas.find((x) => x.text.startsWith('三个方面'));
		assert.equal(f?.verdict, 'ok', name);
		assert.equal(analyze(text('四', 3)).findings.filter((x) => x.ruleId === 'formula.count-mismatch').length, 1, name);
	}
});

test('two items joined by 和 make a count of two (中央和地方两个积极性)', () => {
	const f = analyze('规划指标分为预期性和约束性两大类。').formulas.find((x) => x.text === '两大');
	assert.equal(f?.verdict, 'ok');
	assert.deepEqual(f?.parts[0]?.items, ['预期性', '约束性']);
	// One item more is one too many.
	assert.equal(analyze('规划指标分为预期性、参考性和约束性两大类。').findings.filter((x) => x.ruleId === 'formula.enumeration-count').length, 1);
});

test('a heading that is a counted noun is listed by its sub-headings (一、十大工业项目 ⏎ 1.…; 10件民生实事 ⏎ 一、…), and an annex that is such a list is no table of contents', () => {
	const items = (n: number, mark: (k: number) => string): string[] => Array.from({ length: n }, (_, k) => [`${mark(k)}第${k + 1}号建设项目`, '']).flat();
	const arabic = (k: number): string => `${k + 1}. `;
	const cn = (k: number): string => `${['一', '二', '三', '四', '五', '六'][k]}、`;
	const pages: [string, string, (n: number) => string][] = [
		['CJK count in a numbered heading, items 1.…', '五大', (n) => joinLines('附件', '', '重大项目清单', '', '一、五大工业项目', '', ...items(n, arabic), '二、三大文旅项目', '', ...items(3, arabic))],
		['a few words before the count', '五大', (n) => joinLines('附件', '', '重大项目清单', '', '一、中心城市五大公园项目', '', ...items(n, arabic), '二、三大文旅项目', '', ...items(3, arabic))],
		['a count in digits heading an annex, items 一、…', '5件', (n) => joinLines('今年要办好5件民生实事，推动各项工作落实落地。', '', '附件', '', '5件民生实事', '', ...items(n, cn).flatMap((l) => (l === '' ? ['', '年度目标：全面完成建设任务，确保按期投入使用。', ''] : [l])))],
		['a year before the words of the heading (2013年为民办5件实事)', '5件', (n) => joinLines('附件：', '', '2013年为民办5件实事', '', ...items(n, cn).flatMap((l) => (l === '' ? ['', '实施部门：市建设局', ''] : [l])))],
	];
	for (const [name, count, page] of pages) {
		const f = analyze(page(5)).formulas.find((x) => x.text.startsWith(count));
		assert.equal(f?.verdict, 'ok', name);
		assert.equal(f?.parts[0]?.items.length, 5, name);
		assert.deepEqual(analyze(page(6)).findings.filter((x) => x.ruleId.startsWith('formula.')).map((x) => String(x.data['found'])), ['6'], name);
	}
	// A count of two characters before 大 (十一大, 十二大) heads its points as well; from 十三 on, 大 names a Party congress.
	const teen = (count: string, n: number): string => joinLines('附件', '', '重大项目清单', '', `一、${count}工业项目`, '', ...items(n, arabic), '二、三大文旅项目', '', ...items(3, arabic));
	assert.equal(analyze(teen('十二大', 12)).formulas.find((x) => x.text.startsWith('十二大'))?.verdict, 'ok');
	assert.deepEqual(analyze(teen('十一大', 10)).findings.filter((x) => x.ruleId.startsWith('formula.')).map((x) => String(x.data['found'])), ['10']);
	assert.deepEqual(analyze(teen('十九大', 18)).findings, []);
	assert.deepEqual(analyze(joinLines('一、党的十二大', '', ...items(11, arabic))).findings, []);
	// A Party congress: 党的 before 十一大/十二大, or a congress's word after it (以来, 报告, 提出…) — silent over any points.
	for (const heading of ['一、党的十一大以来的主要成就', '一、十二大报告提出的任务', '一、十一大以来的主要成就', '一、十二大精神的贯彻落实', '一、党的十一大工业项目']) {
		for (const n of [10, 11]) assert.deepEqual(analyze(joinLines(heading, '', ...items(n, arabic))).findings, [], heading);
	}
	// A noun's heading still: 十一大工程 over ten points fires.
	assert.deepEqual(analyze(joinLines('一、实施十一大工程', '', ...items(10, arabic))).findings.filter((x) => x.ruleId.startsWith('formula.')).map((x) => String(x.data['found'])), ['10']);
	// A heading that merely holds a count in its words is no list (推进两大行动 with no numbered items under it).
	assert.equal(analyze(joinLines('一、推进两大行动', '', '全年经济运行稳中有进，各项工作取得新成效。')).findings.length, 0);
	// A year and more than a few words before the count: a sentence, not a counted heading.
	assert.deepEqual(analyze(joinLines('附件：', '', '2013年我市将在城乡继续为民办好5件实事', '', ...items(6, cn))).findings.filter((x) => x.ruleId.startsWith('formula.')), []);
});

test('two items joined by 和 make a count of two after a clause with a list of its own (…不想腐一体推进…，坚决防范不作为和乱作为两大风险)', () => {
	const f = analyze('把不敢腐、不能腐、不想腐一体推进的理念贯穿自身建设，坚决防范不作为和乱作为两大风险。').formulas.find((x) => x.text === '两大');
	assert.equal(f?.verdict, 'ok');
	assert.equal(f?.parts[0]?.items[1], '乱作为');
});

test('a list after a quoted name that opens its clause resolves its count (“五定”班列可以分为A、B和C三种; “两副”指A、B两个副中心)', () => {
	const f = analyze('“五定”班列按组织形式可以分为集装箱、鲜活货物和普通货物班列三种。').formulas.find((x) => x.text === '三种');
	assert.equal(f?.verdict, 'ok');
	assert.deepEqual(f?.parts[0]?.items, ['集装箱', '鲜活货物', '普通货物班列']);
	const g = analyze('“两副”指甲湖、乙湾两个副中心；').formulas.find((x) => x.text === '两个');
	assert.equal(g?.verdict, 'ok');
	assert.deepEqual(g?.parts[0]?.items, ['甲湖', '乙湾']);
	// A frame's quote (以“…”牵引) is no clause's subject: not read so.
	assert.equal(analyze('以“千万工程”牵引甲、乙、丙三大行动。').formulas.some((x) => x.kind === 'enumeration'), false);
});

test('repeatedItem: a joiner inside a word (参与, 和谐, 及时) parts no item', () => {
	const at = (s: string) => repeatedItem(s, 0, s.length);
	// Cut at the 与 of 参与, the two items were 公众参 and nothing: the repeat went unseen.
	assert.equal(at('公众参与、公众参与'), '公众参与');
	assert.equal(at('社会和谐和社会和谐'), '社会和谐');
	// Near misses: no item written twice.
	assert.equal(at('公众参与、社会参与'), undefined);
	assert.equal(at('及时发现和及时处置'), undefined);
	assert.equal(at('和谐社会、和美乡村'), undefined);
});

test('a first item whose words after its 的 end as the other items end is read from the 的 (…头上的帝国主义、封建主义、官僚资本主义三座大山)', () => {
	const items = (text: string, name: string): readonly string[] | undefined => analyze(text).formulas.find((x) => x.text === name)?.parts[0]?.items;
	assert.deepEqual(items('推翻了压在人民头上的帝国主义、封建主义、官僚资本主义三座大山。', '三座'), ['帝国主义', '封建主义', '官僚资本主义']);
	// Judged as before: one more than the count.
	assert.ok(analyze('推翻了压在人民头上的帝国主义、封建主义、官僚资本主义两座大山。').findings.some((x) => x.ruleId === 'formula.enumeration-count'));
	// Not when the words after 的 end otherwise (the first item kept whole), nor when they are much longer than the others.
	assert.deepEqual(items('建好全市的城乡一体化综合服务中心、文化中心、体育中心三大中心。', '三大')?.[0], '全市的城乡一体化综合服务中心');
});
