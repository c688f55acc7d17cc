import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/index';
import { toCodeActions, toDiagnostics } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { findingMessage } from '../../server/src/features/messages';
import { spanText } from '../helpers/text';
import { formulaReadingText } from '../../server/src/analysis/parse/reading';
import { scanClaims, splitSegments } from '../../server/src/analysis/parse/claims';
import { scanQuantities } from '../../server/src/analysis/parse/quantities';

describe('messages and quick fixes of a claim finding', () => {
	test('the message shows the arithmetic, in Chinese and English', () => {
		const text = '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。';
		const [f] = analyze(text).findings;
		assert.ok(f);
		assert.equal(findingMessage(f, 'zh'), '9.5%与所述数字不符：400 ÷ (5200 − 400) = 8.33%。');
		assert.equal(findingMessage(f, 'en'), '9.5% does not follow from the figures stated: 400 ÷ (5200 − 400) = 8.33%.');
		assert.deepEqual(f.related?.map((r) => spanText(text, r.span)), ['5200亿元', '400亿元']);
	});

	test('the quick fix replaces the figure', () => {
		const text = '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。';
		const doc = TextDocument.create('file:///c.ptxt', 'policy-text', 1, text);
		const diagnostics = toDiagnostics(doc, analyze(text).findings, 'zh');
		const [action] = toCodeActions(doc.uri, diagnostics, 'zh');
		assert.equal(action?.title, '改为 8.3%');
		const edit = action?.edit?.changes?.[doc.uri]?.[0];
		assert.equal(edit?.newText, '8.3%');
		assert.equal(TextDocument.applyEdits(doc, [edit]), '全年财政收入5200亿元，比上年增加400亿元，增长8.3%。');
	});

});

describe('what a figure measures', () => {
	const read = (text: string): string[] => analyze(text).claims.map((c) => `${c.text} ${c.kind}${c.direction ? `/${c.direction}` : ''} ${c.subject}`);

	test('分别 with a list: each figure gets its item, the shared noun given to every item', () => {
		assert.deepEqual(read('第一产业、第二产业、第三产业增加值分别增长4.1%、4.7%和5.8%。'), [
			'4.1% change/up 第一产业增加值',
			'4.7% change/up 第二产业增加值',
			'5.8% change/up 第三产业增加值',
		]);
		assert.deepEqual(read('城镇和农村居民人均可支配收入分别为51821元和21691元。'), ['51821元 amount 城镇居民人均可支配收入', '21691元 amount 农村居民人均可支配收入']);
	});

	test('分别 after the three sectors named at once, ordinals without 第 or after a scope, the measure after 分别', () => {
		assert.deepEqual(read('三次产业增加值分别为2049亿元、6762亿元和3652亿元。'), ['2049亿元 amount 第一产业增加值', '6762亿元 amount 第二产业增加值', '3652亿元 amount 第三产业增加值']);
		assert.deepEqual(read('一、二、三产业分别实现增加值2049亿元、6762亿元和3652亿元。'), ['2049亿元 amount 第一产业增加值', '6762亿元 amount 第二产业增加值', '3652亿元 amount 第三产业增加值']);
		assert.deepEqual(read('全省第一、二、三产业增加值分别为2049亿元、6762亿元和3652亿元。').map((x) => x.split(' ')[2]), ['第一产业增加值', '第二产业增加值', '第三产业增加值']);
		// An item's number before its words is still read off (一、全年…).
		assert.deepEqual(read('一、全年财政收入5200亿元。'), ['5200亿元 amount 财政收入']);
	});

	test('分别 with names that end as nouns or hold 和 of their own, 所占比重: each share its name', () => {
		assert.deepEqual(read('制造业和房地产业所占比重分别为70.4%和9%。'), ['70.4% share 制造业', '9% share 房地产业']);
		assert.deepEqual(read('租赁和商务服务业、交通运输仓储和邮政业所占比重分别为6.2%和3%。'), ['6.2% share 租赁和商务服务业', '3% share 交通运输仓储和邮政业']);
		// A noun written once after the last name is still given to every name; a list of as many names split at 和 is kept.
		assert.deepEqual(read('大、中型企业分别为12家和30家。'), ['12家 amount 大型企业', '30家 amount 中型企业']);
		assert.deepEqual(read('批发和零售业、住宿和餐饮业、金融业分别增长5.1%、6.2%和7.3%。').map((x) => x.split(' ')[2]), ['批发和零售业', '住宿和餐饮业', '金融业']);
		// Neither split as many names as figures: no name.
		assert.deepEqual(read('批发和零售业、住宿和餐饮业分别增长5.1%、6.2%和7.3%。').map((x) => x.split(' ')[2]), ['', '', '']);
	});

	test('分别: 所 dropped only before 占比重 with no whole; more names than figures bind nothing; an industry of the lexicon keeps its 和', () => {
		const names = (t: string): string[] => read(t).map((x) => x.split(' ')[2]!);
		// A whole after 占: 所 is part of the last name (科研院所), and 企业 names its own noun (no 企业院所).
		assert.deepEqual(names('企业、科研院所占全部研发经费支出的比重分别为77.6%和13.4%。'), ['企业', '科研院所']);
		assert.deepEqual(names('高校和科研院所分别为12家和30家。'), ['高校', '科研院所']);
		// Three names, two figures: no telling which two (no 税收收入和非税收入, no 工业业…).
		assert.deepEqual(names('一般公共预算收入、税收收入和非税收入分别增长8.1%和5.6%。'), ['', '']);
		assert.deepEqual(names('工业、建筑业和批发零售业增加值分别增长5.2%和6.1%。'), ['', '']);
		// GB/T 4754 names with 和 (and 、) of their own, the noun after the last one given to each.
		assert.deepEqual(names('批发和零售业、住宿和餐饮业增加值分别增长5.2%和6.1%。'), ['批发和零售业增加值', '住宿和餐饮业增加值']);
		assert.deepEqual(names('住宿和餐饮业、交通运输、仓储和邮政业分别增长5.2%和6.1%。'), ['住宿和餐饮业', '交通运输、仓储和邮政业']);
		// A sector's name ends its own noun; the noun written once follows the last one's ending.
		assert.deepEqual(names('工业和建筑业增加值分别增长5.2%和6.1%。'), ['工业增加值', '建筑业增加值']);
		// Not industries: split at 和 as before.
		assert.deepEqual(names('城镇和农村居民人均可支配收入分别为52000元和21000元。'), ['城镇居民人均可支配收入', '农村居民人均可支配收入']);
		assert.deepEqual(names('公办和民办幼儿园分别为120所和80所。'), ['公办幼儿园', '民办幼儿园']);
	});

	test('names listed before as many amounts joined without 分别: each amount its name, in order; else the names’ together', () => {
		assert.deepEqual(read('地方级财政收入、一般预算全口径财政收入达到245亿元和507.8亿元。'), ['245亿元 amount 地方级财政收入', '507.8亿元 amount 一般预算全口径财政收入']);
		assert.deepEqual(read('医院、卫生院床位3070张。'), ['3070张 amount 医院、卫生院床位']);
		assert.deepEqual(read('新开工建设和筹措保障性住房1500万平方米、22万套。'), ['1500万平方米 amount 新开工建设和筹措保障性住房', '22万套 amount 新开工建设和筹措保障性住房']);
		assert.deepEqual(read('城镇、农村居民收入达到400亿元、300亿元和200亿元。').map((x) => x.split(' ')[2]), ['城镇、农村居民收入', '城镇、农村居民收入', '城镇、农村居民收入']);
	});

	test('a counterpart named alone after a statistic in its segment (收入…，支出…; 出口…，进口…) is that statistic’s counterpart; not in another segment, nor a name of its own', () => {
		assert.deepEqual(read('地方财政一般预算收入678.4亿元，增长26.2%，支出1441.1亿元，增长29.2%。'), [
			'678.4亿元 amount 地方财政一般预算收入',
			'26.2% change/up 地方财政一般预算收入',
			'1441.1亿元 amount 地方财政一般预算支出',
			'29.2% change/up 地方财政一般预算支出',
		]);
		assert.deepEqual(read('货物出口2.1万亿元，进口1.8万亿元。'), ['2.1万亿元 amount 货物出口', '1.8万亿元 amount 货物进口']);
		assert.deepEqual(read('财政收入500亿元；支出800亿元。出口增长5%，进口增长3%。财政收入600亿元，财政支出900亿元。').map((x) => x.split(' ')[2]), ['财政收入', '支出', '出口', '进口', '财政收入', '财政支出']);
		// 并 opening a clause is a connective, not the first character of 并网 (connected to the grid) or 并购 (a merger).
		assert.deepEqual(read('火电装机容量400万千瓦；并网风电装机容量300万千瓦；并购贷款50亿元，并完成投资80亿元。').map((x) => x.split(' ')[2]), ['火电装机容量', '并网风电装机容量', '并购贷款', '投资']);
		// …but 并购置 and 并购买 are 并 and a verb (to buy), not a merger.
		assert.deepEqual(read('新建厂房5万平方米，并购置设备300台；并购买服务20项。').map((x) => x.split(' ')[2]), ['新建厂房', '购置设备', '购买服务']);
	});

	test('a counterpart is that of the segment’s whole statistic of a whole year, named without its aim; not of a 其中 part, of a part of a year or of the year before, nor when something else is said of it', () => {
		const subjects = (text: string): string[] => read(text).map((x) => `${x.split(' ')[0]} ${x.split(' ')[2]}`);
		assert.deepEqual(subjects('全年一般公共预算收入180亿元，其中税收收入120亿元，增长6%，支出412亿元。').slice(-1), ['412亿元 一般公共预算支出']);
		assert.deepEqual(subjects('全年一般公共预算收入180亿元，增长8%，支出比上年增加20亿元。').slice(-1), ['20亿元 支出']);
		assert.deepEqual(subjects('全年一般公共预算收入180亿元，增长8%，支出累计1800亿元。').slice(-1), ['1800亿元 支出']);
		assert.deepEqual(subjects('1-11月，一般公共预算收入165亿元，增长8%，支出380亿元。').slice(-1), ['380亿元 支出']);
		assert.deepEqual(subjects('全市1-11月一般公共预算收入165亿元，增长8%，支出380亿元。').slice(-1), ['380亿元 支出']);
		assert.deepEqual(subjects('上年一般公共预算收入166.7亿元，支出400亿元。').slice(-1), ['400亿元 支出']);
		assert.deepEqual(subjects('力争货物出口增长5%，进口1600亿元。').slice(-1), ['1600亿元 货物进口']);
		assert.equal(analyze('力争货物出口增长5%，进口1600亿元。').claims[1]?.indicator, '货物进口额');
		assert.deepEqual(subjects('一九八五年全国非贸易外汇收入51亿美元，支出16.1亿美元。').slice(-1), ['16.1亿美元 非贸易外汇支出']);
		assert.equal(analyze('一般公共预算收入180亿元，支出420亿元，其中民生支出340亿元，占支出的81%。').claims[3]?.whole, '一般公共预算支出');
	});

	test('a growth target stated as a rate (经济增长预期目标为, 增速目标是): the growth of what grows before 增长/增速; not a completion rate nor a plain target level', () => {
		assert.deepEqual(read('经济增长预期目标为5%左右，今年经济增长目标确定为5.5%，工业增速目标是6%。'), ['5%左右 change/up 经济', '5.5% change/up 经济', '6% change/up 工业']);
		assert.deepEqual(read('完成年度目标的105%。城镇调查失业率目标为5.5%左右。'), ['105% level 年度目标', '5.5%左右 level 城镇调查失业率目标']);
	});

	test('two dated clauses (A年为A，B年将上升为B): a from–to pair of the subject of the first; not the later year first, nor another subject', () => {
		const pairs = (text: string): string[] => scanClaims(text, scanQuantities(text)).map((c) => `${c.text} ${c.subject} ${c.fromTo ?? '-'} ${c.year ?? '-'}`);
		assert.deepEqual(pairs('合作化手工业的产值一九六〇年为二·〇亿元，一九六五年将上升为四〇·〇亿元，即增长一七倍。'), [
			'二·〇亿元 合作化手工业的产值 from 1960',
			'四〇·〇亿元 合作化手工业的产值 to 1965',
			'一七倍 合作化手工业的产值 - -',
		]);
		assert.deepEqual(pairs('参加合作社的人数2020年为21.8万人，2025年计划达到210万人。').map((x) => x.split(' ').slice(2).join(' ')), ['from 2020', 'to 2025']);
		assert.deepEqual(pairs('合作化手工业的产值一九六五年为四〇·〇亿元，一九六〇年为二·〇亿元。').map((x) => x.split(' ')[2]), ['-', '-']);
		assert.deepEqual(pairs('合作化手工业的产值一九六〇年为二·〇亿元，一九六五年手工业总产值将达到四〇·〇亿元。').map((x) => x.split(' ')[2]), ['-', '-']);
	});

	test('分别 without a list: the figures belong to the amounts stated before them in the sentence', () => {
		assert.deepEqual(read('人均国内生产总值5569元，全社会劳动生产率9902元，扣除价格因素，分别比上年增长8.6%和8.3%。').slice(2), [
			'8.6% change/up 人均国内生产总值',
			'8.3% change/up 全社会劳动生产率',
		]);
	});

	test('verbs of a target are no part of the subject (控制在, 保持在; 提出 before it)', () => {
		assert.deepEqual(read('城镇登记失业率控制在4.5%左右；粮食产量保持在1.3万亿斤以上。'), ['4.5%左右 level 城镇登记失业率', '1.3万亿斤以上 amount 粮食产量']);
		assert.deepEqual(read('这里要着重说明，提出国内生产总值增长8%左右。'), ['8%左右 change/up 国内生产总值']);
	});

	test('a figure without words of its own speaks of the subject before it; scope and footnote marks are kept apart', () => {
		assert.deepEqual(read('全年国内生产总值[2]1260582亿元，比上年增长5.2%；出口237726亿元，下降0.3%。'), [
			'1260582亿元 amount 国内生产总值',
			'5.2% change/up 国内生产总值',
			'237726亿元 amount 出口',
			'0.3% change/down 出口',
		]);
		assert.equal(analyze('全年国内生产总值1260582亿元。').claims[0]?.scope, '全年');
	});

	test('the basis of a comparison (比上年同口径, 同口径, 按相同口径比上年) is no subject: the figure speaks of the subject before it', () => {
		assert.deepEqual(read('全年一般公共预算收入150000亿元，比上年同口径[8]增加8000亿元，增长5.6%。'), [
			'150000亿元 amount 一般公共预算收入',
			'8000亿元 change/up 一般公共预算收入',
			'5.6% change/up 一般公共预算收入',
		]);
		assert.deepEqual(read('一般公共预算收入达1500亿元，同口径增长5%；科技活动经费支出800亿元，按相同口径比上年增长8.6%。').map((x) => x.split(' ')[2]), ['一般公共预算收入', '一般公共预算收入', '科技活动经费支出', '科技活动经费支出']);
		// 可比口径 as 同口径, with 按 or without (parse/reading.ts COMPARISON_BASIS_WORDS).
		assert.deepEqual(read('规模以上工业企业利润总额300亿元，可比口径增长6.2%；税收收入90亿元，按可比口径增长3.5%。').map((x) => x.split(' ')[2]), ['规模以上工业企业利润总额', '规模以上工业企业利润总额', '税收收入', '税收收入']);
		// 口径 within a name stays: 统计口径调整后的… is not stripped as a basis word.
		assert.deepEqual(read('全市住户存款同口径余额200亿元。').map((x) => x.split(' ')[2]), ['住户存款同口径余额']);
	});

	test('a short name defined in brackets (以下简称, 简称) stands for the long name before it; another aside is dropped', () => {
		const subjects = (text: string): string[] => analyze(text).claims.map((c) => c.subject);
		const text = '其中，国有及国有控股工业企业及年产品销售收入500万元以上的非国有工业企业（以下简称规模以上工业企业）增加值23685亿元。';
		assert.deepEqual(subjects(text), ['规模以上工业企业增加值']);
		assert.deepEqual(subjects('全区宁夏内陆开放型经济试验区和银川综合保税区(简称“两区”)进出口额120亿元。'), ['两区进出口额']);
		assert.deepEqual(subjects('全县固定资产投资（不含农户）120亿元。'), ['固定资产投资']);
		// A bracket that names no short name keeps the name before it.
		assert.deepEqual(subjects(text.replace('以下简称', '含')), ['国有及国有控股工业企业及年产品销售收入500万元以上的非国有工业企业增加值']);
	});

	test('a period after the subject is its scope, a date inside a name too (居民消费价格一季度…, 固定电话年末用户…)', () => {
		const claims = analyze('居民消费价格一季度同比上涨2.2%，二季度上涨2.9%，全年平均比上年上涨3.3%。固定电话年末用户29438万户。').claims;
		assert.deepEqual(
			claims.map((c) => [c.subject, c.scope]),
			[
				['居民消费价格', '一季度'],
				['居民消费价格', '二季度'],
				['居民消费价格', '全年'],
				['固定电话年末用户', ''],
			],
		);
		assert.equal(claims[3]?.indicator, '固定电话用户');
		// Two characters at least before the period: 一季度 alone is no subject with a period after it.
		assert.equal(analyze('上半年增长5.5%。').claims[0]?.scope, '上半年');
	});

	test('a part of a year after its year is the scope, not the year alone (2023年1-10月, 2023年一季度, 2023年上半年, 2023年前三季度)', () => {
		const claims = analyze('2023年1-10月全市工业总产值为430亿元。2023年1—10月全市工业总产值为430亿元。2023年一季度全市工业总产值为130亿元。2023年上半年全市工业总产值为250亿元。2023年前三季度全市工业总产值为390亿元。一九五七年一季度工业总产值为一二〇亿元。2023年全市工业总产值为520亿元。2023年末全市户籍人口为520万人。').claims;
		assert.deepEqual(
			claims.map((c) => [c.subject, c.scope]),
			[
				['工业总产值', '2023年1-10月'],
				['工业总产值', '2023年1—10月'],
				['工业总产值', '2023年一季度'],
				['工业总产值', '2023年上半年'],
				['工业总产值', '2023年前三季度'],
				['工业总产值', '1957年一季度'],
				['工业总产值', '2023年'],
				['户籍人口', '2023年末'],
			],
		);
	});

	test('在 and a year inside the subject (the older official style) is the figure’s scope; not 在…的基础上 nor 在…以前', () => {
		const claims = analyze('供销合作社的收购额在一九六五年为三〇·〇亿元。商业部系统在一九六五年购进商品额将为二七〇亿元。合作社营商业的零售额在一九六五年比一九六〇年增长百分之一〇〇。').claims;
		assert.deepEqual(
			claims.map((c) => [c.subject, c.scope]),
			[
				['供销合作社的收购额', '1965年'],
				['商业部系统购进商品额', '1965年'],
				['合作社营商业的零售额', '1965年'],
			],
		);
		assert.notEqual(analyze('全市财政收入在2020年的基础上增长50%。').claims[0]?.scope, '2020年');
		assert.notEqual(analyze('全市财政收入在2020年以前增长50%。').claims[0]?.scope, '2020年');
	});
	test('在 and a year inside the subject is no scope of a figure with a year of its own before it (在一九六五年将由一九六〇年的A增加到B)', () => {
		const claims = analyze('这一比重在一九六五年预计将由一九六〇年的百分之三十增加到百分之五十左右。工业产值在一九六五年将由一九六〇年的八〇亿元增加到一二〇亿元。').claims;
		assert.deepEqual(
			claims.map((c) => [c.text, c.subject, c.scope]),
			[
				['百分之三十', '这一比重预计', ''],
				['百分之五十左右', '这一比重预计', ''],
				['八〇亿元', '工业产值', ''],
				['一二〇亿元', '工业产值', ''],
			],
		);
	});
	test('累计 before the verb of a figure of the year or its months so far names the statistic itself (1-11月…累计实现利润); other sums do not', () => {
		const cases: [string, string | undefined][] = [
			['1-11月规模以上工业企业累计实现利润38828亿元。', '规模以上工业企业利润'],
			['全年规模以上工业企业累计实现利润50000亿元。', '规模以上工业企业利润'],
			['前三季度规模以上工业企业累计实现利润3.2万亿元。', '规模以上工业企业利润'],
			// No scope of the year: a project's life or years may be summed.
			['规模以上工业企业累计实现利润38828亿元。', undefined],
			['五年来，规模以上工业企业累计实现利润20万亿元。', undefined],
		];
		for (const [text, indicator] of cases) assert.equal(analyze(text).claims[0]?.indicator, indicator, text);
	});

	test('a label before a colon is the subject of the figure right after it (- 基层党委: 30.6万个); 其中, 注 or a verb are not', () => {
		const cases: [string, string[]][] = [
			['- 基层党委: 30.6万个', ['30.6万个 amount 基层党委']],
			['地区生产总值：609.91亿元，增长5.2%。', ['609.91亿元 amount 地区生产总值', '5.2% change/up 地区生产总值']],
			['其中：2.3万个', ['2.3万个 amount ']],
			['注：100亿元', ['100亿元 amount ']],
			['党员总数为：100万名', ['100万名 amount ']],
		];
		for (const [text, expected] of cases) assert.deepEqual(read(text), expected, text);
		assert.equal(analyze('- 基层党委: 30.6万个').claims[0]?.indicator, '基层党委');
	});

	test('a label that names a year dates its figure (- 支部（2020年）: 9.6万个); a label of none, or a year before another line, does not', () => {
		const years = (text: string): (number | undefined)[] => scanClaims(text, scanQuantities(text)).map((c) => c.year);
		assert.deepEqual(years('- 支部（2020年）: 9.6万个'), [2020]);
		assert.deepEqual(years('- 党员总数（2019年末）: 9514.8万名'), [2019]);
		assert.deepEqual(years('2018年主要指标：\n- 支部: 9.6万个'), [undefined]);
		assert.deepEqual(years('- 支部: 9.6万个'), [undefined]);
	});

	test('a count in words right after an opening quote names a formula, not a figure (“五位一体”, “四个全面”)', () => {
		assert.deepEqual(read('统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局，实施“3815”战略，新增“四上”企业120家。'), ['120家 amount 新增四上企业']);
	});

	test('由A…到B: B is what A is (a level, a share of the same whole, an amount); a name alone before 从 is the subject', () => {
		const cases: [string, string[]][] = [
			['城镇化率由55.2%提高到60.1%。', ['55.2% level 城镇化率', '60.1% level/up 城镇化率']],
			['高新技术产业增加值占规模以上工业比重由30.5%提高到35.2%。', ['30.5% share 高新技术产业增加值', '35.2% share/up 高新技术产业增加值']],
			['全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元。', ['1288亿元 amount 全社会研究与实验发展经费', '3664亿元 amount/up 全社会研究与实验发展经费']],
			// A time or a link before 从 is no subject.
			['同时，从2002年1288亿元增加到2007年的3664亿元。', ['1288亿元 amount ', '3664亿元 amount/up ']],
			['五年来，从1288亿元增加到3664亿元。', ['1288亿元 amount ', '3664亿元 amount/up ']],
			// The unit a standard is set per between 由 and the figure, as a date may stand there.
			['筹资标准由每人每年50元提高到100元。', ['50元 amount 筹资标准', '100元 amount/up 筹资标准']],
			['城市低保标准从每月310元提高到380元。', ['310元 amount 城市低保标准', '380元 amount/up 城市低保标准']],
			// Not after 由: 每人 is the figure's own words.
			['补助标准提高到每人每年100元。', ['100元 amount 补助标准提高到每人每年']],
			// No from-figure: the value reached, its change word out of the subject (a level keeps its kind).
			['常住人口城镇化率提高到66.2%。', ['66.2% level/up 常住人口城镇化率']],
			['城乡居民收入倍差缩小至1.83。', ['1.83 amount/down 城乡居民收入倍差']],
		];
		for (const [text, expected] of cases) assert.deepEqual(read(text), expected, text);
		assert.deepEqual(analyze('高新技术产业增加值占规模以上工业比重由30.5%提高到35.2%。').claims.map((c) => c.whole), ['规模以上工业', '规模以上工业']);
	});

	test('a figure before 的 is an attribute before a noun, not before a part or a multiple of it in words (…亿元的百分之七·二, …的三分之一, …的一·九倍)', () => {
		const cases: [string, string[]][] = [
			['投资是一八亿元，占基本建设投资二四八·五亿元的百分之七·二。', ['一八亿元 amount 投资', '二四八·五亿元 amount 基本建设投资', '百分之七·二 share 投资']],
			['总产值三〇〇亿元的三分之一来自地方工业。', ['三〇〇亿元 amount 总产值', '三分之一 level 总产值']],
			['这相当于产值二七〇亿元的一·九倍。', ['二七〇亿元 amount 这相当于产值', '一·九倍 amount 这相当于产值']],
			// The part named before 占 in the amount's own words (其中地方投资占…): the share is that part's, of the whole inside.
			['五年内投资二〇亿元，其中地方投资占基本建设投资二五〇·〇亿元的百分之九·〇。', ['二〇亿元 amount 五年内投资', '二五〇·〇亿元 amount 基本建设投资', '百分之九·〇 share 地方投资']],
			// An attribute stays one: a threshold before 的 and a noun (二亿元以上的项目, 一千元的标准).
			['投资二亿元以上的项目占百分之九。', ['百分之九 share 投资二亿元以上的项目']],
			['补助提高到一千元的标准。', []],
		];
		for (const [text, expected] of cases) assert.deepEqual(read(text), expected, text);
	});
});

describe('hover on a figure', () => {
	test('增加2.8万元，增幅45.2% shows the implied base and new value', () => {
		const text = '城市社区主干年人均增加2.8万元，增幅45.2%。';
		const doc = TextDocument.create('file:///h.ptxt', 'policy-text', 1, text);
		const value = (hoverAt(doc, analyze(text), text.indexOf('2.8') + 1, 'zh')?.contents as { value: string }).value;
		assert.match(value, /数值: 2\.8万元/);
		assert.match(value, /原值 ≈ 6\.19万元，现值 ≈ 8\.99万元/);
	});

	test('a relation that holds shows ✓ and its arithmetic; one that does not shows ✗ and the correction', () => {
		const good = '全年财政收入83080亿元，比上年增加14562亿元，增长21.3%。';
		const doc = TextDocument.create('file:///h.ptxt', 'policy-text', 1, good);
		const value = (hoverAt(doc, analyze(good), good.indexOf('21.3') + 1, 'en')?.contents as { value: string }).value;
		assert.match(value, /Measures: 财政收入（change）/);
		assert.match(value, /✓ 14562 ÷ \(83080 − 14562\) = 21\.25%/);
		const bad = good.replace('21.3', '23.3');
		const badDoc = TextDocument.create('file:///h.ptxt', 'policy-text', 1, bad);
		assert.match((hoverAt(badDoc, analyze(bad), bad.indexOf('23.3') + 1, 'en')?.contents as { value: string }).value, /✗ 14562 ÷ \(83080 − 14562\) = 21\.25% → 21\.3%/);
	});
});

test('a grade or class in words is no figure (达到二级以上标准, 劣三级); a count in digits is', () => {
	const texts = analyze('在监测的523个城市中，有344个城市空气质量达到二级以上标准，有46个城市为劣三级。').claims.map((c) => c.text);
	assert.deepEqual(texts, ['523个', '344个', '46个']);
});


describe('the text formulas read: half-width punctuation in Chinese text as full-width, straight double quotes around Chinese words (or a code before them) and corner brackets as Chinese quotes, full-width digits as ASCII, character for character', () => {
	const cases: readonly (readonly [string, string, string])[] = [
		['a comma after a Chinese word', '绿色供应链3家,获评', '绿色供应链3家，获评'],
		['a semicolon between a percentage and a digit', '增长19.6%;3家', '增长19.6%；3家'],
		['a colon after a quoted name', '“两重点一重大”:政府', '“两重点一重大”：政府'],
		['brackets next to Chinese text', '平台(基地)13个', '平台（基地）13个'],
		['a thousands separator stays', '收入1,234亿元', '收入1,234亿元'],
		['a time stays', '10:30召开', '10:30召开'],
		['brackets in Latin text stay', 'f(x) = 1', 'f(x) = 1'],
		['full-width digits as ASCII', '超过１００万人', '超过100万人'],
		['straight quotes around Chinese words as Chinese quotes', '"三河三湖"（淮河、太湖）', '“三河三湖”（淮河、太湖）'],
		['straight quotes after a Chinese word, twice', '春节、"五一"和"十一"三个', '春节、“五一”和“十一”三个'],
		['straight quotes around Latin words stay', '设置"name"为"abc"', '设置"name"为"abc"'],
		['a straight quote after a Latin letter or digit opens nothing', 'a"中文"b', 'a"中文"b'],
		['a quote left alone on its line stays, and no pair spans a line', '完成"九五\n计划"十五"', '完成"九五\n计划“十五”'],
		['an inch mark stays', '屏幕15"大小', '屏幕15"大小'],
		['straight quotes around a code before Chinese text', '"5+1"指定监管场地', '“5+1”指定监管场地'],
		['straight quotes around digits before Chinese text', '"88"政务模式', '“88”政务模式'],
		['straight quotes around a code before no Chinese text stay', '设置"5+1"=6', '设置"5+1"=6'],
		['straight quotes around a version string stay', '版本"1.2"发布', '版本"1.2"发布'],
		['an item number in brackets after a Chinese mark', '：(1)医疗；(2)医保', '：（1）医疗；（2）医保'],
		['brackets after a Chinese mark around Latin text stay', '：(a+b)', '：(a+b)'],
		['the closing bracket of an item number read as its opening one, a quote after it', '；(2)“散乱污”整治', '；（2）“散乱污”整治'],
		['a closing bracket of Latin text before a quote stays', 'f(x)“值”', 'f(x)“值”'],
		['corner brackets as quotes', '「六稳」：稳就业、『稳金融』', '“六稳”：稳就业、‘稳金融’'],
	];
	for (const [name, input, read] of cases) {
		test(name, () => {
			const out = formulaReadingText(input);
			assert.equal(out, read);
			assert.equal(out.length, input.length);
		});
	}
});

test('the words after a count in digits or characters with a classifier (its noun, figures masked), not after a measure, a percentage or a bound', () => {
	const counted = (text: string): string[] => scanClaims(text, scanQuantities(text)).map((c) => `${c.text}:${c.counted}`);
	assert.deepEqual(counted('9个万人安置点脱贫致富示范区加快建设，推进10个领域100个重大项目建设。'), ['9个:万人安置点脱贫致富示范区加快建设', '10个:领域#个重大项目建设', '100个:重大项目建设']);
	assert.deepEqual(counted('新建改扩建幼儿园80所、中小学73所，完成8.8万亩土地整理，占比达40%以上。'), ['80所:', '73所:', '8.8万亩:', '40%以上:']);
	// A count in characters counts as one in digits does (三项赋能行动, 一百四十一个项目); not a bound (十多个).
	assert.deepEqual(counted('实施三项赋能行动。'), ['三项:赋能行动']);
	assert.deepEqual(counted('苏联帮助我国建设的一百四十一个项目。'), ['一百四十一个:项目']);
	assert.deepEqual(counted('新建十多个站点。'), ['十多个:']);
	// 零 alone is a word (零部件), no count of nothing: no figure at all (部 opens the word 部件 there).
	assert.deepEqual(counted('突出抓好东风零部件产业园。').filter((c) => c.startsWith('零')), []);
});

test('a count that opens a name in quotes its words close (“15条硬措施”), not a formula with a figure after its count, nor a name its words do not close', () => {
	const quoted = (text: string): string[] => scanClaims(text, scanQuantities(text)).map((c) => `${c.text}:${c.quotedName}`);
	assert.deepEqual(quoted('落实“15条硬措施”和省“50项具体措施”，以“15个专项行动”为抓手。'), ['15条:true', '50项:true', '15个:true']);
	assert.deepEqual(quoted('实施“3个100”工程，推进“10个重大项目建设，出台43条措施。'), ['3个:false', '10个:false', '43条:false']);
});

test('the year a sentence opens on in a clause of its own is its figures’ (2007年，…), not a later sentence’s nor a year inside a clause', () => {
	const years = (text: string): string[] => scanClaims(text, scanQuantities(text)).map((c) => `${c.text}:${c.sentenceYear ?? ''}`);
	assert.deepEqual(years('——经济跨上新台阶。2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%；财政收入达到5.13万亿元。外汇储备1.52万亿美元。'), ['24.66万亿元:2007', '65.5%:2007', '5.13万亿元:2007', '1.52万亿美元:']);
	assert.deepEqual(years('全年国内生产总值，2007年达到24.66万亿元。'), ['24.66万亿元:']);
});

test('a sentence opening on a period of several years (“十五”期间，2016年以来，五年来，过去五年) has its figures of that span, not of a year, nor a part or a date', () => {
	const periods = (text: string): string[] => scanClaims(text, scanQuantities(text)).map((c) => `${c.text}:${c.sentencePeriod ?? ''}`);
	assert.deepEqual(periods('“十五”期间，实际使用外商直接投资金额2740亿美元。2016年以来，全市新增就业人员12.5万人。'), ['2740亿美元:span', '12.5万人:span']);
	assert.deepEqual(periods('五年来，全市新增就业人员60万人。过去五年，全市新增就业人员60万人。“十一五”时期，全市新增就业人员60万人。'), ['60万人:span', '60万人:span', '60万人:span']);
	// Every five-year plan by its name, the tenth (“十五”) and those before it (“九五”) too; at its end a date.
	assert.deepEqual(periods('“九五”时期，全市新增就业人员50万人。“十五”期末，全市常住人口700万人。十一五期间，全市新增就业人员55万人。'), ['50万人:span', '700万人:dated', '55万人:span']);
	// A year, a part of a year, a date at the period's end and a period to come are read as before; a span inside a clause is none.
	assert.deepEqual(periods('2016年，全市新增就业人员12.5万人。上半年，全市新增就业人员6万人。“十三五”期末，全市常住人口800万人。今后五年，全市新增就业人员60万人。全市2016年以来新增就业人员60万人。'), ['12.5万人:', '6万人:part', '800万人:dated', '60万人:ahead', '60万人:']);
});

test('the region last named in a clause group (全国…，…) is its later figures’ that name none, not the next group’s (after ；or 。)', () => {
	const regions = (text: string): string[] => scanClaims(text, scanQuantities(text)).map((c) => `${c.text}:${c.region}`);
	assert.deepEqual(regions('全国一般公共预算收入增长6%，税收收入20000亿元；非税收入3000亿元。全市一般公共预算收入500亿元，税收收入400亿元。'), ['6%:全国', '20000亿元:全国', '3000亿元:', '500亿元:全市', '400亿元:全市']);
	assert.deepEqual(regions('固定资产投资增长5%，全省工业投资2000亿元，民间投资1000亿元。'), ['5%:', '2000亿元:全省', '1000亿元:全省']);
	assert.deepEqual(regions('全国居民人均可支配收入39218元，全市高出2000元，城镇居民人均可支配收入52000元。'), ['39218元:全国', '2000元:全市', '52000元:全市']);
});

describe('segments and sentences', () => {
	test('a full stop printed for a damaged figure’s decimal point (四二九。四万吨) ends no sentence; a real one does', () => {
		const damaged = '在铁的总产量中，中央国营达到四二九。四万吨；私营减为二万吨。';
		assert.deepEqual(splitSegments(damaged).map((s) => s.sentence), [0, 0]);
		const real = '出版社增长百分之一〇二。五年内将新建三所；印刷厂达到一二。五个车间。';
		assert.deepEqual(splitSegments(real).map((s) => s.sentence), [0, 1, 1, 2]);
	});

	test('a full stop after a numeral that opens no figure (之一, 统一, 百分之九十一, 百分之一二) ends its sentence before 一万, 六亿', () => {
		const sentences = (t: string): number => new Set(splitSegments(t).map((s) => s.sentence)).size;
		for (const t of [
			'这是全省重要的产粮区之一。一万多名干部下乡支援春耕。',
			'我们坚持祖国统一。六亿人民团结一致。',
			'全年完成计划的百分之九十一。一万多个合作社超额完成任务。',
			'全国工业总产值增长百分之一二。五万多个工厂完成了计划。',
			'完成了计划的百分之一〇二。三亿元投资全部到位。',
			'参加合作社的农户占全体农户的百分之六十二。六亿人民团结一致。',
		]) assert.equal(sentences(t), 2, t);
		// The damaged figures as quantities.ts reads them stay one sentence (one digit before the mark too).
		for (const t of ['绸六、九二九。四万公尺，增长一倍。', '新闻纸五。五万吨，纸板二万吨。', '产值五一。五亿元左右。']) assert.equal(sentences(t), 1, t);
		// Its subject is no longer the sentence before it.
		assert.deepEqual(analyze('这是全省重要的产粮区之一。一万多名干部下乡。').claims.map((c) => c.subject), ['']);
	});
});
