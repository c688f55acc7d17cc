import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';
import { joinLines } from '../../helpers/text';

ruleCases('formula.count-mismatch', {
	fires: [
		['two indicators joined by 和 right before a quoted change of three (“三下降”), one short', '加强平安建设，生产安全事故起数和死亡人数“三下降”，矛盾纠纷化解率提高。', [{ at: '三下降' }]],
		['the same after a verb that opens the clause (力争A和B“三下降”)', '力争能耗和水耗“三下降”，推动绿色发展。', [{ at: '三下降' }]],
		['each part’s list right before the formula, joined by 和 and closed by its key, one part one short (三廊两点)', '完善甲城、乙城创新走廊和丙港、丁岛创新极点“三廊两点”布局，推进建设。', [{ at: '三廊两点' }]],
		['formulas quoted together, each part glossed by its quoted name in the brackets after them, one part one short', '城市功能不断完善。优化“两核一带、一环五片”（“两核”：甲新城、乙老城；“一带”：滨江风光带；“一环”：环城绿道；“四片”：东片区、西片区、南片区、北片区）的空间格局。', [{ at: '一环五片' }]],
		['an item that names its part with another count (三翼 against 南北两翼)', '构建“一核三翼”格局：以主城区为核，以南北两翼为支撑。', [{ at: '一核三翼' }]],
		['a gloss of one item that carries a numeral key in figures (100 for 百) is a list of one', '“双百”招商：即，在域外聘请100名各界人士任驻外信息员。', [{ at: '双百' }]],
		['a part of one item A和B的C (two words before one head) under a count of two', '“二带一部”：“一带”是指东部沿海地区和中西部地区的过渡带；“一部”是指长江经济开放带和沿海开放经济带的结合部。', [{ at: '二带一部' }]],
		['a first item A和B的C is one item, one short', '“三网融合”：是指电信网和计算机通信网的相互渗透、相互兼容。', [{ at: '三网融合' }]],
		['an item joined by 和 whose halves carry two parts’ keys where keys stand, a count one more (二带一路)', '23.“二带一路”：指丝绸之路经济带和21世纪海上丝绸之路。', [{ at: '二带一路' }]],
		['a count and a key that opens with a numeral (三一流), one short', '（17）“三一流”：世界一流大学和一流学科。', [{ at: '三一流' }]],
		['items that close with the key, the last joined by 和 before it (…和…比较多: one item), one short', '“五多”：主要是安排部署比较多，检查先进典型的时候比较多，被动应付工作的比较多，对各种超标问题和不良风气习以为常的比较多。', [{ at: '五多' }]],
		['numbered items after a clause that a colon closes (“四个导向”，确保…：一是…导向。…), one short', '坚持好“五个导向”，确保各项工作更富有成效：一是坚持目标导向。紧紧围绕目标。二是坚持问题导向。三是坚持结果导向。四是坚持制度导向。完善制度。', [{ at: '五个导向' }]],
		['numbered items after the formula’s sentence, each carrying its key (“六个明显提升”。一是…明显提升。…), one short', '城市建设实现“六个明显提升”。一是中心城区的辐射带动力明显提升。建成区面积扩展。二是基础设施明显提升。道路建成。三是公共服务明显提升。学校建成。四是城市管理明显提升。五是生态环境明显提升。', [{ at: '六个明显提升' }]],
		['a list before a formula whose noun takes a count (养老护理、应急救护“双持证”护理员8000人), one item more', '新增养老护理、应急救护、心理疏导“双持证”护理员8000人。', [{ at: '双持证' }]],
		['以下N个方面 and a verb’s phrase before the colon (以下五个方面实现战略性突破:), the headings after it one short', '要在以下五个方面实现战略性突破:\n\n（一）实施创新驱动战略。\n\n（二）实施开放引领战略。\n\n（三）实施空间规划战略。\n\n（四）实施生态优先战略。\n', [{ at: '五个方面' }]],
		['a counted noun, a verb and its colon (六大高耗能行业分别为：), one item more', '[4]六大高耗能行业分别为：化学原料及化学制品制造业、非金属矿物制品业、黑色金属冶炼及压延加工业、有色金属冶炼及压延加工业、石油加工炼焦及核燃料加工业、电力热力的生产和供应业、造纸业。', [{ at: '六大高耗能行业' }]],
		['a short name given to the list before it (以下简称“两区”), one item more', '全面推进宁夏内陆开放型经济试验区、银川综合保税区和阅海湾经济区（以下简称“两区”）建设。', [{ at: '两区' }]],
		['a part with one item too few', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。', [{ at: '三定四抓', related: ['定责任、定目标、定标准，抓素能提升、对标创建、典型引领'] }]],
		['a code whose parts do not spell it', '推行“1152”工作机制（坚持“一个核心”、明确“一个关系”、完善“四项机制”、建立“两套清单”）。', [{ at: '1152' }]],
		['“六个一” with five items in the next sentence', '实行“六个一”运行机制。某区建立一张登记表、一本日志、一本台账、一个微信群、一条热线，规范运行。', [{ at: '六个一' }]],
		['a well-known formula with an item missing', '坚定“四个自信”（道路自信、理论自信、制度自信），奋力前行。', [{ at: '四个自信' }]],
		// Glossary sections: the entry's term, whatever form its gloss takes.
		['a glossary entry, its term unquoted', '7.两函两书：设立市政府预警函、督办函、表扬书。', [{ at: '两函两书' }]],
		['a glossary entry whose parts gloss their own items (“两江”即…，“四岸”即…)', '8.“两江四岸”：“两江”即嘉陵江，“四岸”即两江对应的四条岸线（则天路、望江路、滨河北路、滨河南路）。', [{ at: '两江四岸' }]],
		['a “1+5” code whose parts are a counted noun and a counted list', '14.“1+5”运行机制：即1个领导小组，数字经济、数字政务、数字文化和数字社会5个工作专班。', [{ at: '1+5' }]],
		['a “1+2” code glossed part by part (“1”指…，“2”指…)', '“1+2”政策文件：2023年6月30日印发，即“1+2”政策文件。“1”指《行动方案》，“2”指《若干措施》。', [{ at: '1+2' }]],
		['a quoted list inside the gloss’s sentence', '（3）“四早”：对确诊病例做到“早发现、早报告、早治疗”。', [{ at: '四早' }]],
		['items between ， (四下基层)', '45.“四下基层”：宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层。', [{ at: '四下基层' }]],
		['items between ； in two groups (三集中三到位)', '行政审批“三集中三到位”：即事项向科室集中，科室向中心集中，审批向网上集中；进驻中心到位，授权到位。', [{ at: '三集中三到位' }]],
		['two groups interleaved by their keys (双拼双提)', '3.“双拼双提”：拼招引、提质量，拼落地。', [{ at: '双拼双提' }]],
		['a list introduced by 包括 after a comma', '实施“七大行动”，包括消费基础建设、消费提质扩容、市场主体培育、商业企业盘活、外贸提质增量、文旅体融合发展。', [{ at: '七大行动' }]],
		['a list after a dash', '推进“三大工程”——保障性住房建设、城中村改造，加快项目落地。', [{ at: '三大工程' }]],
		['a list after a colon that follows the formula’s noun', '推行“五个一”园区建设推进机制：一个产业规划、一个专业化公司、一支管理团队、一支招商队伍，成效明显。', [{ at: '五个一' }]],
		['a change formula: the indicators that rose and fell', '主要指标“五升两降”：地区生产总值、工业增加值、固定资产投资、一般公共预算收入增长，进出口总额、利用外资下降。', [{ at: '五升两降' }]],
		['a note’s counted noun and 是指 (八大水系是指…)', '11、八大水系是指长江、黄河、珠江、松花江、淮河、海河、辽河水系。', [{ at: '八大水系' }]],
		['a counted noun glossed by numbered items (一要…二要…)', '办好各级各类教育，必须抓好三项工作：一要全面实施素质教育。二要加强教师队伍建设。今年将增加投入。', [{ at: '三项工作' }]],
		['an unquoted formula named by its suffix (N治融合) with a list right before it, one short', '推进自治、法治三治融合，提升基层治理水平。', [{ at: '三治融合' }]],
		['a counted noun that is its paragraph’s lead sentence, the sentences after it each opening with a clause that ends with its key, one short', '建设四条走廊。东部旅游走廊，串联沿海景区，打造精品线路。西部生态走廊，推进退耕还林。北部产业走廊，引进龙头企业。', [{ at: '四条走廊' }]],
		['a gloss whose list restates its own count after 等 (等三项要求) against the term’s', '“四项规定”：改进调查研究、精简会议活动、厉行勤俭节约等三项要求，是转变作风的切入口。', [{ at: '四项规定' }]],
		['a counted noun, 的 and what is done to it before the colon (以下三个区域的规划和建设：), one more', '今年还要加快以下三个区域的规划和建设：一是启动机场迁建。二是规划空港产业区。三是实施生态保护工程。四是建设物流园区。', [{ at: '三个区域' }]],
		['a counted noun closing its clause with ； and numbered items after it (四件实事；一是…), one short', '围绕群众最关心的问题，重点抓好四件实事；一是扩大就业。新增岗位。二是完善低保。三是建立医保制度。', [{ at: '四件实事' }]],
		['the same closing its sentence (两个方面考虑。一是…), one more', '确定这样的目标，主要有两个方面考虑。一是保持较快发展。二是稳定就业。三是防范风险。', [{ at: '两个方面考虑' }]],
		['the same with 件 (三件事：一是…二是…)', '推进社会主义新农村建设。突出抓好三件事：一是大力发展粮食生产。二是加强农业基础设施建设。今年将增加投入。', [{ at: '三件事' }]],
		['three names for two: A、B和C is read as three', '［21］双减：有效减轻学生过重作业负担、校外培训负担和家长经济负担。', [{ at: '双减' }]],
		['both halves of a joined last item carry the key the others end with (…行动和…行动): two items, one added', '六大行动：是指讲文明行动、学雷锋志愿服务行动、文明餐桌行动、文明交通行动、文明服务行动、文明礼仪普及行动和道德建设行动。', [{ at: '六大行动' }]],
		['quoted items joined by 和 are two, one added', '（31）市场拓展“三大活动”：“惠民购物全川行动”、“川货全国行”、“川货出省行”和“万企出国门”。', [{ at: '三大活动' }]],
		['a code’s part whose joined halves open with the word the other items open with (智慧水务和智慧城管), one added', '“1+6”智慧应用场景：“1”是指城市大脑数据底座和中台，“6”是指智慧政务、智慧公安、智慧交通、智慧社区、智慧社区、智慧水务和智慧城管。', [{ at: '1+6' }]],
		['the list a frame names as the formula’s content (以…为主要内容的), one short', '深入推进以市级联动和乡镇转型为主要内容的政府管理创新“三级改革试点”，开展执法联动试点。', [{ at: '三级改革试点' }]],
		['names joined by dashes right before the formula, one more', '推进巫山―奉节―巫溪―大昌“金三角”旅游经济发展。', [{ at: '金三角' }]],
		['a code whose last part is counted by what each unit has (各县（区）…), another part one short', '32.“1+4+7”粮食物流设施体系：“1”即“一中心”，指川北物流园区；“4”即“四节点”，指甲物流园区、丙物流中心和丁仓储园区；“7”即“七支撑”，指各县（区）粮食应急保障中心。', [{ at: '1+4+7' }]],
		['a list before a formula followed by the verb its items do together (“双轮”驱动), one more', '保持投资、消费、出口“双轮”驱动经济增长的良好势头。', [{ at: '双轮' }]],
		['each part’s items before its count and key (以A、B为两条横轴，…), the formula’s count one more', '“三横三纵”城市化战略：是指以欧亚大陆桥通道、沿长江通道为两条横轴，以沿海、京哈京广、包昆通道为三条纵轴，以主要城市群为支撑的城市化战略布局。', [{ at: '三横三纵' }]],
		['a part’s list that carries its key, restated after ，即, one more', '（19）“一轴两翼”：一轴指成渝发展主轴。两翼指成渝地区双城经济圈北翼、南翼、东翼，即川东北渝东北地区、川南渝西地区。', [{ at: '一轴两翼' }]],
		['a list before a formula of three or more, its last item joined by 和, one short', '提升流调、隔离、检测、保障和应急“六种能力”，坚决实现目标。', [{ at: '六种能力' }]],
		['items that carry the first character of a key of one character and a noun (定 of 定包干), one dropped', '25.“五定包干”管护机制：定管护范围、定管护标准、定管护经费、定考核奖惩和建立分级包干的工作体制机制。', [{ at: '五定包干' }]],
		['the formula written out further on, its items quoted before its noun (“A型、B型”社会), one more', '积极构建“两型社会”，实现新突破。加快建设“资源节约型、环境友好型、生态宜居型”社会。', [{ at: '两型社会' }]],
		['“七个百分之百”: the clauses between ； are the items', '19.“七个百分之百”：指围挡100%；遮盖率100％；硬化率100％；冲洗率100%；密闭率100%；降尘措施100％。', [{ at: '七个百分之百' }]],
		['a glossary entry’s gloss closed by 等, one short: the entry defines its term, its 等 closes the list', '20.“清五乱”：指河湖管理范围内乱占、乱采、乱堆、乱建等违法违规行为的清理整治行动。', [{ at: '清五乱' }]],
		['the same with a noun after 等 and five items or more', '“七个一”工程：是指甲博览园、乙山庄装修改造、丙酒店创建、推出大型实景剧、开发大型水上游乐、建设大型城际雕塑等重点旅游项目。', [{ at: '七个一' }]],
		['clauses that carry the key after one that sets the scene, and one that restates their count (确保…末，A提高到…，“两个比重”逐年提高), one more', '做到“两提高一缩短”：确保明年末，工业投资比重提高到60%以上，技改投资比重提高到30%以上，民间投资比重提高到50%以上，“两个比重”逐年提高；审批时限缩短至30天以内。', [{ at: '两提高一缩短' }]],
		['a glossary term’s code with a noun inside the quotes whose counted lists spell another code (“67服务”: 6 and 6)', '“67服务”模式：一网、一窗、一号、一表、一次、一份6个“一”和马上办、网上办、就近办、集中办、帮你办、全域办6个“办”的合称。', [{ at: '67' }]],
		['a code whose part is glossed by another number than the code gives it (“2+6”：“1”是指…)', '“2+6”智慧应用场景：“1”是指城市大脑数据底座和中台，“6”是指智慧政务、智慧公安、智慧交通、智慧社区、智慧水务和智慧城管。', [{ at: '2+6' }]],
		['a list in the next sentence whose items open with a key of two characters, one more', '以“两个确保”的成绩迎接验收。面对困难，财政收支确保了平衡有余、确保了民生支出只增不减、确保了工资按时发放，全年运行平稳。', [{ at: '两个确保' }]],
		['a list that is the whole clause after the formula’s, its items carrying the key, one short', '全面落实“六稳”，稳就业、稳金融、稳外贸、稳外资、稳投资。', [{ at: '六稳' }]],
		['the same after a clause that goes on past the formula’s noun (工作全面展开，): the list is still the whole next clause', '“六稳”工作全面展开，稳就业、稳金融、稳外贸、稳外资、稳投资。', [{ at: '六稳' }]],
		['a list after ，即 right after the formula’s noun is its own, one more', '推行“两个责任”清单，即权力清单、责任清单、负面清单。', [{ at: '两个责任' }]],
	],
	silent: [
		['a formula of the glossary closing its sentence before points numbered after it: they are the text’s, not its items', '我们始终坚持两个毫不动摇。一是优化营商环境；二是支持民营企业；三是保护产权。'],
		['a counted noun closing its clause with ； and its numbered items after it, as many', '围绕群众最关心的问题，重点抓好三件实事；一是扩大就业。新增岗位。二是完善低保。三是建立医保制度。'],
		['a counted noun closing its sentence and one numbered item only: no list', '重点抓好三件实事。一是扩大就业，新增岗位，完善低保。'],
		['numbered items not right after the counted noun’s clause are not its items', '重点抓好三件实事，确保取得实效。一是扩大就业。二是完善低保。'],
		['an unquoted formula named by its suffix with the list right before it that makes its count', '推进自治、法治、德治三治融合，提升基层治理水平。'],
		['an unquoted formula after 、, the end of another item, has no list before it', '深化党建引领、三治融合，提升基层治理水平。'],
		['a lead sentence’s counted noun whose sentences after it each end with its key, as many as the count', '实现三项便利。放宽准入，让投资服务更便利。建成电子口岸，让贸易服务更便利。开展金融合作，让金融服务更便利。'],
		['a lead sentence’s counted noun whose sentences after it do not all name its key: no reading', '建设四条走廊。东部旅游走廊，串联沿海景区。西部生态走廊，推进退耕还林。引进龙头企业，壮大园区。'],
		['a counted noun in the middle of a paragraph’s first sentence is no lead', '今年要在建设四条走廊上下功夫。东部旅游走廊，串联沿海景区。西部生态走廊，推进退耕还林。北部产业走廊，引进龙头企业。'],
		['numbered items after a semicolon that make the count', '围绕群众最关心的问题，重点办好三件实事；一是扩大城镇就业。新增就业岗位2万个。二是提高低保标准。三是改造老旧小区。'],
		['a clause before the colon with a counted noun of its own (三项工作：): the numbered items are its, not the formula’s', '坚持“两个导向”，今年重点抓好三项工作：一是坚持问题导向，补齐短板。二是坚持目标导向，推动落实。三是坚持结果导向，注重实效。'],
		['a clause before the colon announcing its own list (以下工作：, 主要措施：, 强化措施：, 下一步：)', '深入实施“三大工程”，重点抓好以下工作：一是实施产业升级工程。二是实施城市更新工程。三是实施乡村振兴工程。四是实施民生保障工程。扎实推进“四项行动”，主要措施：一是开展招商引资行动。二是开展项目建设行动。三是开展环境整治行动。'],
		['measures or a next step before the colon', '聚焦“三个攻坚”，强化措施：一是项目攻坚。二是招商攻坚。三是环保攻坚。四是信访攻坚。深化“三项改革”，下一步：一是深化国企改革。二是深化财税改革。'],
		['a semicolon after a counted noun with no numbered items after it is no gloss', '重点办好四件实事；扩大城镇就业、提高低保标准、改造老旧小区取得成效。'],
		['a counted noun, 的 and another noun with items of its own before the colon (its measures, its requirements): not its items', '打好三大攻坚战的主要举措有：一是防范风险；二是精准脱贫；三是污染防治；四是稳增长。做到两个维护的具体要求是：一是甲；二是乙；三是丙。'],
		['以下N个方面 and a verb’s phrase before the colon, the headings after it as many', '要在以下三个方面实现突破：\n\n（一）甲战略。\n\n（二）乙战略。\n\n（三）丙战略。\n'],
		['以下N个方面 with a clause between it and the colon: no gloss of it', '要在以下三个方面实现突破，推动发展：\n\n（一）甲。\n\n（二）乙。\n'],
		['以下N个方面 and a verb’s phrase before a colon that a sentence follows: not its list', '在以下三个方面集中力量攻坚：加快工业化、城镇化、信息化、农业现代化同步发展。'],
		['each part’s list right before the formula, joined by 和 and closed by its key, all fitting', '完善甲城、乙城创新走廊和丙港、丁岛创新极点“两廊两点”布局，推进建设。'],
		['lists joined by 和 before a formula of two parts that do not close with the parts’ keys: no reading', '完善甲城、乙城创新平台和丙港、丁岛开放门户“三廊两点”布局，推进建设。'],
		['formulas quoted together whose brackets gloss each part by its quoted name, all fitting', '城市功能不断完善。优化“两核一带、一环四片”（“两核”：甲新城、乙老城；“一带”：滨江风光带；“一环”：环城绿道；“四片”：东片区、西片区、南片区、北片区）的空间格局。'],
		['formulas quoted together and brackets that do not gloss every part by its name: no reading', '城市功能不断完善。优化“两核一带、一环五片”（甲新城、乙老城、滨江风光带、环城绿道、东片区、西片区、南片区、北片区）的空间格局。'],
		['a list right before the formula whose last item is two joined by 和, one short: too unsure to flag', '推进政务公开，建设项目审批、政策发布和办事指南查询“四个平台”，深化服务。'],
		['，-groups opening with the same word before 等 and the formula, one fewer than its count: 等 gives examples', '会议提出坚持开放包容、互学互鉴，坚持公平竞争、规则统一，坚持共同发展、成果共享等区域合作“四项倡议”，推动落实。'],
		['a verb joined by 和 before the list is no first half (巩固和发展…)', '巩固和发展安全整治“两个”成果，深化服务。'],
		['a gloss whose figures are written in full-width digits (the 百 of “双百” as １００)', '8.“双百”城市：中心城市建成区面积超过１００平方公里、常住人口超过１００万人、从中等城市迈入大城市行列。'],
		['one item that names its part with the count (以南北两翼为支撑 of 两翼)', '构建“一核两翼”格局：以主城区为核，以南北两翼为支撑。'],
		['a gloss with half-width colon and commas', '“两重点一重大”:政府安监部门重点监管的危险化工工艺、重点监管的危险化学品和重大危险源的监管,简称“两重点一重大”。'],
		['the same with its count of clauses', '做到“两提高一缩短”：确保明年末，工业投资比重提高到60%以上，技改投资比重提高到30%以上，“两个比重”逐年提高；审批时限缩短至30天以内。'],
		['a group that sets the scene and does not carry the key is no item, but one among keyed items is read as it stands', '做到“三提高”：确保明年末，工业投资比重提高到60%以上，技改投资比重提高到30%以上，民间投资比重提高到50%以上。'],
		['a glossary term’s code with a noun inside the quotes whose counted lists spell it', '“66服务”模式：一网、一窗、一号、一表、一次、一份6个“一”和马上办、网上办、就近办、集中办、帮你办、全域办6个“办”的合称。'],
		['a count of things in quotes in a glossary term is no code', '“20条”：指支持实体经济、稳定就业等20条措施。'],
		['a code whose part glosses give its own numbers', '“1+6”智慧应用场景：“1”是指城市大脑数据底座和中台，“6”是指智慧政务、智慧公安、智慧交通、智慧社区、智慧水务和智慧城管。'],
		['a code whose parts are glossed in another order (two numbers differ from the code’s)', '“5+1”监管场地：“1”是指进口药品场地，“5”是指甲场地、乙场地、丙场地、丁场地和戊场地。'],
		['a list in the next sentence whose items open with the key, as many as the count', '以“两个确保”的成绩迎接验收。面对困难，财政收支确保了平衡有余、确保了民生支出只增不减，全年运行平稳。'],
		['a list after the formula whose items do not open with its key', '以“两个确保”的成绩迎接验收。面对困难，全县坚定信心、积极应对、迎难而上，全年运行平稳。'],
		['the same with its two items', '“双百”招商：即，在域外聘请100名各界人士任驻外信息员，派出100名优秀干部到经济发达地区挂职招商。'],
		['one phrase without the key in either form is no list', '“双百”招商：即市委市政府探索推行的招商新模式。'],
		['A和B的C of a part of one', '“一带一部”：“一带”是指东部沿海地区和中西部地区的过渡带；“一部”是指长江经济开放带和沿海开放经济带的结合部。'],
		['A和B的C where C is what is done to the two, the split making the count of two (两化融合)', '深入推进“两化融合”，即信息化和工业化的深度融合。'],
		['the same in a gloss (“两化”：…的融合发展)', '“两化”：信息化和工业化的融合发展。'],
		['the same (国内资源和国外资源的综合利用)', '“两种资源”：国内资源和国外资源的综合利用。'],
		['the same, the head carrying the key (…成果和乡村振兴的有效衔接)', '抓好“两个衔接”：巩固拓展脱贫攻坚成果和乡村振兴的有效衔接。'],
		['a 的 inside a word (目的地) is no particle: A和B of two', '打造“两地”：区域旅游集散地和国际旅游目的地。'],
		['A、B和C的D: the last item split, the head after 的 no item', '“三网融合”：是指电信网、广播电视网和计算机通信网的相互渗透、相互兼容。'],
		['a first item A和B without a head after 的 is split to make the count (城镇居民和职工医保、新农合)', '推动城镇居民和职工医保、新农合“三保合一”改革，转变医保支付方式。'],
		['a list of three or more right before a formula, that fits', '实施新建布局、优化提升、整合重组、调整淘汰“四个一批”，重塑科技创新平台体系。'],
		['a list of three or more right before a well-known formula that shares neither its key nor its canonical items is no list of it (…“五个一批”)', '实施新建布局、优化提升、整合重组、调整淘汰“五个一批”，重塑科技创新平台体系。'],
		['the same: a list of its own named before the formula it serves (产业振兴…“四个不摘”要求)', '聚焦产业振兴、人才振兴、文化振兴“四个不摘”要求，巩固脱贫成果。'],
		['two items before a well-known formula that share none of its canonical items are no list of it (压减“三公”经费)', '严控一般性支出、压减“三公”经费。'],
		['the same (农村承包地“三权分置”)', '深化供销合作社、农村承包地“三权分置”改革。'],
		['a gloss closed by 等 that names all its items', '“六个一”工程：是指中国洞庭湖博览园、洞庭山庄装修改造、五星级酒店创建、推出大型实景剧、开发大型水上游乐、建设大型城际雕塑等重点旅游项目。'],
		['a gloss in running text closed by 等 that names all but one of four: 等 gives examples', '全面推进河湖治理，开展“清五乱”：指河湖管理范围内乱占、乱采、乱堆、乱建等违法违规行为的清理整治行动。'],
		['a list closed by 等 in running text, one short of its count', '重点推动北京、上海、广州、深圳、杭州等6个城市率先开展试点。'],
		['a glossary entry closed by 等 that names three fewer than its count (examples, left unjudged)', '26.县城十项民生工程：推进老旧小区改造，加强停车场建设，支持既有住宅加装电梯，推进充电桩建设等民生工程。'],
		['parts of one item each are names, not counts (一带一路)', '23.“一带一路”：指丝绸之路经济带和21世纪海上丝绸之路。'],
		['双一流 with its two items', '（17）“双一流”：世界一流大学和一流学科。'],
		['items that close with the key, all there', '“四多”：主要是安排部署比较多，检查先进典型的时候比较多，被动应付工作的比较多，对各种超标问题和不良风气习以为常的比较多。'],
		['digits read as a date are no formula (“九一八”)', '纪念“九一八”事变，铭记历史。'],
		['a holiday named by its month and day (五一节) is no count and key', '过好“五一节”：做好安全生产、市场供应、交通保障、旅游服务。'],
		['the same (八一节)', '开展“八一节”拥军活动：走访驻地部队、退役军人、烈军属、伤残军人、军休干部、现役军人家属、优抚对象。'],
		['the same (六一节, 三八节, 五四节, 五一劳动节)', '过好“六一节”“三八节”“五四节”“五一劳动节”：做好安全生产、市场供应、交通保障、旅游服务。'],
		['numbered items after a clause that a colon closes, each carrying its key, all there', '坚持好“四个导向”，确保各项工作更贴近大局、更富有成效：一是坚持目标导向。紧紧围绕目标。二是坚持问题导向。三是坚持结果导向。四是坚持制度导向。完善制度。'],
		['the same, an item without the key: not its items', '坚持好“四个导向”，确保各项工作更富有成效：一是加强学习。二是坚持问题导向。三是坚持结果导向。'],
		['the same after a clause too long for a colon to close it before the items: not its items', '坚持好“三个导向”，确保各项工作更加贴近全市经济社会发展大局、更加富有实际工作成效、更加符合广大人民群众的期待和要求：一是坚持目标导向。二是坚持问题导向。'],
		['numbered items after the formula’s sentence, each carrying its key, all there', '城市建设实现“六个明显提升”。一是中心城区的辐射带动力明显提升。建成区面积扩展。二是基础设施明显提升。道路建成。三是公共服务明显提升。学校建成。四是城市管理明显提升。五是生态环境明显提升。六是人居环境明显提升。'],
		['numbered items that do not carry the key are not its items', '城市建设实现“六个明显提升”。一是加快推进中心城区建设。二是完善基础设施。'],
		['a list before a formula whose noun takes a count, that fits', '新增养老护理、应急救护“双持证”护理员8000人。'],
		['verbs before a formula whose noun takes a count are no list of it (查处、拆解“三无”船舶151艘)', '实施史上最严渔船管控，查处、拆解“三无”船舶151艘。'],
		['a counted noun, a verb and its colon, its items all there', '[4]六大高耗能行业分别为：化学原料及化学制品制造业、非金属矿物制品业、黑色金属冶炼及压延加工业、有色金属冶炼及压延加工业、石油加工炼焦及核燃料加工业、电力热力的生产和供应业。'],
		['a short name given to the list before it that fits', '全面推进宁夏内陆开放型经济试验区和银川综合保税区（以下简称“两区”）建设。'],
		['a gloss whose 等 and own count agree with the term’s', '“三项规定”：改进调查研究、精简会议活动、厉行勤俭节约等三项要求，是转变作风的切入口。'],
		['等 with a count larger than the list: the list may be shorter', '“五项规定”：改进调查研究、精简会议活动、厉行勤俭节约等五项要求。'],
		['a note’s counted noun and 是指, as printed', '11、七大水系是指长江、黄河、珠江、松花江、淮河、海河、辽河水系。'],
		['三件事 with its three numbered items', '推进社会主义新农村建设。突出抓好三件事：一是大力发展粮食生产。二是加强农业基础设施建设。三是拓宽农民增收渠道。'],
		['items that agree', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领、作风转变，持续提升执行力。'],
		['a code spelled by its parts', '推行“1152”工作机制（坚持“一个核心”、明确“一个关系”、完善“五项机制”、建立“两套清单”）。'],
		['no expansion in the text', '深入落实“六稳”“六保”任务。'],
		['a list after a clause that goes on past the formula’s noun (即将全面展开) and is the subject of a predicate (…取得成效): no expansion', '全市“六稳”工作即将全面展开，稳就业、稳金融、稳外贸取得成效。'],
		['the same, one item short of the count', '全市“六稳”工作即将全面展开，稳就业、稳金融、稳外贸、稳投资、稳预期取得成效。'],
		['a list after ，即 belongs to the counted noun nearer before it (三张清单), not to the formula', '推行“两个责任”清单和三张清单，即权力清单、责任清单、负面清单。'],
		['a list that ends with 等', '推行“四个一”工作法，建立一张清单、一本台账等制度。'],
		['a counted noun, 的 and what is done to it before the colon, as many items', '今年还要加快以下三个区域的规划和建设：一是启动机场迁建。二是规划空港产业区。三是实施生态保护工程。'],
		['words after a counted noun longer than a noun, with no 的, before a colon: no gloss of it', '今年还要加快三个区域规划设计和建设：一是启动机场迁建。二是规划空港产业区。三是实施生态保护工程。四是建设物流园区。'],
		// False classes read in 36 city and provincial reports, each a way of writing that is no error:
		['a gloss whose figures are a date and a document number, the parts glossed after it', '12.“1+2”政策文件：2023年6月30日，省委办公厅印发川委办〔2023〕15号文件，即“1+2”政策文件。“1”指《行动方案》，“2”指《若干措施》《若干意见》。'],
		['a code whose digits are targets’ leading digits, not counts (312 = 30、1000、200)', '“312”工程：是指从2013年开始，5年内力争引进领军人才30名以上、引进创业人才1000名以上、建立创新平台200家以上。'],
		['a code whose digits are a count and a year (1030)', '14.“1030”攻坚行动：到2030年共启动10个左右市级科技重大专项，实施50个左右重大项目。'],
		['a code whose digits are amounts or ages', '“4555 人员”：女性年满45 周岁以上、男性年满55 周岁以上的人员。'],
		['a code of a project whose digits are not counts (111工程)', '推进“111”工程（引进100名人才、建设10个平台、实施1000个项目）。'],
		['a N清M改 formula whose two groups are listed in full', '“四清五改”：是指清垃圾、清杂物、清污水、清污泥；改水、改厨、改厕、改圈、改房。'],
		['two groups glossed by their own names (四县为…；五乡镇为…等五个乡镇)', '〔10〕“四县五乡镇”：四县为恩施市、鹤峰县、宣恩县、建始县；五乡镇为恩施红土、新塘，鹤峰中营，宣恩椿木营，建始官店等五个乡镇。'],
		['an item with 、 inside it (四下基层: 宣传党的路线、方针、政策下基层)', '45.“四下基层”：宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层。'],
		['items joined by 和 inside one item of a list (由A、B组成的一环高速和由C、D组成的二环高速)', '3.“两环高速”：围绕城市建设的高速公路，包括由西绕城高速、北绕城高速组成的一环高速和由西二绕城高速、北二绕城高速组成的二环高速。'],
		['a dash inside an item where 、 separates the items (昭—鲁)', '12. “三大示范项目”：高速公路绿美示范项目、昭—鲁中心城市公园绿美示范项目、昭—鲁主城区面山绿美示范项目。'],
		['a gloss in brackets whose groups are the items (全力A、B，全力C、D)', '落实“三个全力”（全力稳预期、强信心，全力稳增长、促转型，全力推改革、优环境）工作要求。'],
		['a multi-part formula fully listed in ；-groups (两中心两基地)', '北斗导航“两中心两基地”：是指北斗导航区域运营中心、产业技术研发中心；“环洞庭湖示范工程”基地、北斗导航终端产品生产制造基地。'],
		['quoted items side by side without a separator (一非三贷)', '21.“一非三贷”：指非法集资，“套路贷”“校园贷”“非法高利放贷”。'],
		['each ；-clause one 多 and one 少 (六多六少)', '“三多三少”：主要是安排部署比较多，检查推动比较少；抓面上的问题比较多，抓点上的问题比较少；坐在办公室的时间比较多，深入基层比较少。'],
		['a clause summing up the items (“三个比重”逐年稳步提高) is no item', '做到“三提高一缩短”：确保产业项目比重提高到60%以上，工业项目比重提高到80%以上，新兴产业项目比重提高到80%以上，“三个比重”逐年稳步提高；一般性产业项目建设周期缩短至2年以内。'],
		['a list before the formula that partners the subject (推进与A、B“三区融合”)', '新建50个完整社区，推进与活力街区、产业社区“三区融合”。'],
		['a list in another sentence that does not carry the key (三大工程)', '推进“三大工程”建设，争取专项债支持。推进轨道交通建设，加快机场线一期工程、5号线二期工程前期工作。'],
		['a list after a well-known formula that shares none of its items (三农)', '时刻把“三农”问题放在心上，持续推进新农村建设。依托综合优势，加大工业反哺农业、城市支持农村力度。'],
		['a last item of one that takes the rest (五化一加强)', '“五化一加强”：建设标准化、操作规范化、管理制度化、设备安标化、培训法规化，加强煤矿的监管，落实监管队伍的责任。'],
		['one phrase is no list (“双高校”)', '〔13〕“双高校”：中国特色高水平高职院校。'],
		['items joined by 和 counted as the count says (林区生态修复和湿地保护, one of six)', '［8］六大专项整治：指违法建筑整治、城乡环境综合整治、城镇内河水污染治理、大气污染防治、土壤环境综合治理、林区生态修复和湿地保护。'],
		['a noun shared by the last item and written once (…的联动机制)', '“五社联动”机制：指社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制。'],
		['what the list leads to is no item (双百: …、从中等城市迈入大城市行列)', '8.“双百”城市：中心城市建成区面积超过100平方公里、常住人口超过100万人、从中等城市迈入大城市行列。'],
		['examples inside an item (平时用作旅游、康养等功能，…)', '5.“平急两用”：平时用作旅游、康养等功能，遇重大公共突发事件时可立即转换为应急场所的设施。'],
		['an idiom that looks like a formula', '“约法三章”：政府性的楼堂馆所一律不得新建，财政供养人员只减不增。'],
		['a term that leaves its verdict to its shorter name in the gloss (平安五小工程 … “五小”)', '平安五小工程：我市平安建设的重要工程，主要内容是排查化解小纠纷、小隐患、小案件、小问题、小需求等“五小”问题，争创平安家庭。'],
		['a description after the list (…，是推进…的一项重要工作安排)', '（43）“三线一单”：生态保护红线、环境质量底线、资源利用上线和生态环境准入清单，是推进生态环境保护精细化管理的一项重要工作安排。'],
		['both halves of a joined last item carry the key, as many as the count', '六大行动：是指讲文明行动、学雷锋志愿服务行动、文明餐桌行动、文明交通行动、文明礼仪普及行动和道德建设行动。'],
		['quoted items joined by 和, as many as the count', '（31）市场拓展“三大活动”：“惠民购物全川行动”、“川货全国行”和“万企出国门”。'],
		['a joined last item whose first half lacks the key the others end with is one item (城镇污水和生活垃圾处理工程)', '“三大工程”：是指道路提升工程、管网改造工程、城镇污水和生活垃圾处理工程。'],
		['a code’s part whose joined halves open with the word the other items open with, as many as its count', '“1+6”智慧应用场景：“1”是指城市大脑数据底座和中台，“6”是指智慧政务、智慧公安、智慧交通、智慧社区、智慧水务和智慧城管。'],
		['a joined last item whose halves lack the word the others open with is counted as the count says', '“1+5”智慧应用场景：“1”是指城市大脑数据底座，“5”是指智慧政务服务、智慧公安、智慧交通、智慧社区、水务和城管。'],
		['the list a frame names as the formula’s content, as many as its count', '深入推进以市级联动、区县放权和乡镇转型为主要内容的政府管理创新“三级改革试点”，开展执法联动试点。'],
		['a frame that names what is stressed, not the content (以…为重点的), gives no list', '深入推进以市级联动、区县放权为重点的政府管理创新“三级改革试点”，开展执法联动试点。'],
		['names joined by dashes right before the formula, as many as its count', '推进巫山―奉节―巫溪“金三角”旅游经济发展。'],
		['two names joined by a dash are a route’s ends, no list of the formula (兰州—西宁“三纵”)', '加快兰州—西宁“三纵”通道建设步伐。'],
		['a code whose last part is counted by what each unit has, the other parts listed in full', '32.“1+4+7”粮食物流设施体系：“1”即“一中心”，指川北物流园区；“4”即“四节点”，指甲物流园区、乙加工园区、丙物流中心和丁仓储园区；“7”即“七支撑”，指各县（区）粮食应急保障中心。'],
		['a code part of seven read as one item that is no distributive leaves the code unjudged', '32.“1+4+7”粮食物流设施体系：“1”即“一中心”，指川北物流园区；“4”即“四节点”，指甲物流园区、丙物流中心和丁仓储园区；“7”即“七支撑”，指县级粮食应急保障中心。'],
		['the formula’s own noun written once after the last item, as many items as its count', '“5+1”指定监管场地：“5”是指进境肉类、进境冰鲜水产品、进境水果、进境食用水生动物以及进境植物种苗指定监管场地，“1”是指进口药品指定监管场地。'],
		['a list before a formula followed by the verb its items do together, as many as its count', '保持投资、消费“双轮”驱动经济增长的良好势头。'],
		['a list before a formula followed by another verb is not read (“双轮”提升…)', '推进投资、消费、出口“双轮”提升经济增长质量。'],
		['each part’s items before its count and key, as many as the formula says', '“两横三纵”城市化战略：是指以欧亚大陆桥通道、沿长江通道为两条横轴，以沿海、京哈京广、包昆通道为三条纵轴，以主要城市群为支撑的城市化战略布局。'],
		['only one part written before its count and key: the parts are not read so, nothing is flagged', '“两横三纵”城市化战略：是指以欧亚大陆桥通道、沿长江通道为两条横轴，沿海、京哈京广通道纵向贯通，以主要城市群为支撑的城市化战略布局。'],
		['a part’s list that carries its key, restated after ，即, as many as its count', '（19）“一轴两翼”：一轴指成渝发展主轴。两翼指成渝地区双城经济圈北翼、南翼，即川东北渝东北地区、川南渝西地区。'],
		['a gloss that calls the formula a short name (…的简称) lists no items, whatever its quotes hold', '“三千”活动：“千名干部进千企、优化环境促发展”活动的简称。'],
		['a list before a formula of three or more, its joined items counted apart, that fits', '提升流调、隔离、检测、治疗、保障和应急“六种能力”，坚决实现目标。'],
		['a formula of two glued to the last of three items (A、B和收支“两条线”) heads that item', '推进部门预算管理、政府采购、国库集中支付和收支“两条线”改革。'],
		['items that carry the first character of the key, as many as the count', '25.“五定包干”管护机制：定管护范围、定管护标准、定管护责任、定管护经费、定考核奖惩和建立分级包干的工作体制机制。'],
		['the formula written out further on, as many items as its count', '积极构建“两型社会”，实现新突破。加快建设“资源节约型、环境友好型”社会。'],
		['a quoted list before the formula’s noun whose items do not carry its character is no expansion', '积极构建“两型社会”，实现新突破。加快建设“资源节约、环境友好、生态宜居”社会。'],
		['a formula glued to the last of two joined items heads that item (国库集中支付和收支“两条线”)', '全面推进部门预算管理、国库集中支付和收支“两条线”改革。'],
		['a part of one glossed with 即 (一轴指A，即B、C和D)', '（19）“一轴两翼”：一轴指成渝发展主轴，即成都与重庆北线、中线和南线交通运输通道沿线地区。两翼指成渝地区双城经济圈北翼、南翼。'],
		['two joined by 和 before “双下降”', '加强平安建设，生产安全事故起数和死亡人数“双下降”，矛盾纠纷化解率提高。'],
		['three before “三下降”', '加强平安建设，生产安全事故起数、死亡人数和经济损失“三下降”，矛盾纠纷化解率提高。'],
		['a pair that is the subject of a verb before “三下降” (…实现“三下降”): the pair is not its list', '加强平安建设，生产安全事故起数和死亡人数实现“三下降”，矛盾纠纷化解率提高。'],
		['a pair of times before “三提升”', '推动今年和明年“三提升”。'],
		['a pair before a formula of three that is no change (三挂钩)', '建立人和地“三挂钩”机制。'],
	],
});

test('formula.count-mismatch data: what the formula promises, what was found, the items and where', () => {
	const [f] = analyze('落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。').findings;
	assert.deepEqual({ ...f!.data }, { formula: '三定四抓', promised: '3+4', found: '3+3', items: '定责任、定目标、定标准；抓素能提升、对标创建、典型引领', source: 'after' });
});

test('formula.count-mismatch data: a “1+5” code whose parts list items counts them, not their labels', () => {
	const f = analyze('14.“1+5”运行机制：即1个领导小组，数字经济、数字政务、数字文化和数字社会5个工作专班。').findings.find((x) => x.ruleId === 'formula.count-mismatch');
	assert.equal(f?.data['found'], '1+4');
});

test('a counted formula in a heading is listed by the sections under it when each names its key (“四大工程” ⏎ 实施…工程。…)', () => {
	const page = (count: string, n: number): string =>
		joinLines(
			'三、2013年工作安排',
			'',
			`**（五）强力实施“${count}大工程”，全面提升城市功能品位**`,
			'',
			...Array.from({ length: n }, (_, k) => [`**实施第${k + 1}号改造工程。**坚持政府主导、项目带动，加快推进建设。`, '']).flat(),
			'**（六）抓紧抓好综合保税区建设**',
			'',
			'**加快综合保税区规划建设。**高起点编制完成规划。',
			'',
			'**提升开放型经济水平。**扩大对外贸易规模。',
		);
	const f = analyze(page('四', 4)).formulas.find((x) => x.text === '四大工程');
	assert.equal(f?.verdict, 'ok');
	assert.equal(f?.parts[0]?.items.length, 4);
	assert.deepEqual(analyze(page('五', 4)).findings.filter((x) => x.ruleId === 'formula.count-mismatch').map((x) => String(x.data['found'])), ['4']);
	// Sections that do not all name the key say nothing of the count.
	const other = page('五', 4).replace('实施第2号改造工程', '加强城市管理');
	assert.equal(analyze(other).formulas.find((x) => x.text === '五大工程')?.verdict, 'unexpanded');
});

test('a counted formula the colon closes is listed by the numbered paragraphs after it (“四个坚持”：⏎一是坚持…。⏎二是坚持…)', () => {
	const ordinals = ['一', '二', '三', '四', '五'];
	const page = (count: string, n: number): string =>
		joinLines(`为此，我们将努力做到“${count}个坚持”：`, '', ...ordinals.slice(0, n).flatMap((o, k) => [`${o}是坚持第${k + 1}项原则。勇于改革，开拓开放，优化发展环境。`, '']));
	const f = analyze(page('四', 4)).formulas.find((x) => x.text === '四个坚持');
	assert.equal(f?.verdict, 'ok');
	assert.deepEqual(f?.parts[0]?.items, ['坚持第1项原则', '坚持第2项原则', '坚持第3项原则', '坚持第4项原则']);
	assert.deepEqual(analyze(page('四', 5)).findings.filter((x) => x.ruleId === 'formula.count-mismatch').map((x) => String(x.data['found'])), ['5']);
	// A formula earlier in the paragraph is not what the colon closes: the paragraphs list the count before the colon.
	const earlier = joinLines('一年来，我们扎实推进“六稳”工作，重点抓了以下四个方面：', '', ...ordinals.slice(0, 4).flatMap((o, k) => [`（${o}）着力推进第${k + 1}项工作，经济运行提质增效。坚持稳中求进工作总基调，加强经济运行分析调度。`, '']));
	assert.deepEqual(analyze(earlier).findings.filter((x) => x.ruleId.startsWith('formula.')), []);
});

test('a verb between a list and the formula that sums it up (…起数和死亡人数实现“双下降”)', () => {
	const f = analyze('提升本质安全水平，生产安全事故起数和死亡人数实现“双下降”；深化扫黑除恶。').formulas.find((x) => x.text === '双下降');
	assert.equal(f?.verdict, 'ok');
	assert.deepEqual(f?.parts[0]?.items, ['生产安全事故起数', '死亡人数']);
});
