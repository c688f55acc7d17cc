import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, scanQuantities, type Quantity } from '../../server/src/analysis/index';
import { spanText } from '../helpers/text';

type Expect = Partial<Pick<Quantity, 'kind' | 'value' | 'unit' | 'approx' | 'step' | 'rangeEnd'>> & { text: string };

/** [sentence, the quantities it holds (text as spanned, and the fields that matter)] */
const cases: readonly [string, readonly Expect[]][] = [
	['城市社区主干年人均增加2.8万元，增幅45.2%', [
		{ text: '2.8万元', value: 28000, unit: '元', kind: 'number', step: 1000 },
		{ text: '45.2%', value: 45.2, kind: 'percent', step: 0.1 },
	]],
	['1.6万多名党员全部投入疫情防控', [{ text: '1.6万多名', value: 16000, unit: '名', approx: 'more' }]],
	['完成投资2400多亿元，惠及300余万人，培训10来名', [{ text: '2400多亿元', value: 2400e8, unit: '元', approx: 'more' }, { text: '300余万人', value: 300e4, unit: '人', approx: 'more' }, { text: '10来名', value: 10, unit: '名', approx: 'about' }]],
	['协调解决200余项疑难事项', [{ text: '200余项', value: 200, unit: '项', approx: 'more' }]],
	// Compound units of energy: the whole unit, not its first word (20.6亿吨 of 标准煤, 24747亿千瓦 of 小时).
	['一次能源生产总量20.6亿吨标准煤', [{ text: '20.6亿吨标准煤', unit: '吨标准煤' }]],
	['发电量24747亿千瓦小时', [{ text: '24747亿千瓦小时', value: 2.4747e12, unit: '千瓦小时' }]],
	['比上年提高0.5个百分点', [{ text: '0.5个百分点', value: 0.5, kind: 'percentagePoint' }]],
	['计划三年内投入2.1亿元', [{ text: '三年', value: 3, unit: '年' }, { text: '2.1亿元', value: 2.1e8, unit: '元' }]],
	['区镇两级财政最高补助 750 万元', [{ text: '两级', value: 2 }, { text: '750 万元', value: 7.5e6, unit: '元' }]],
	['约3万人参加', [{ text: '约3万人', value: 30000, approx: 'about' }]],
	['超过1200名志愿者', [{ text: '超过1200名', value: 1200, approx: 'more' }]],
	['不低于300万元的奖补', [{ text: '不低于300万元', value: 3e6, approx: 'more' }]],
	['增长5%左右', [{ text: '5%左右', value: 5, kind: 'percent', approx: 'about' }]],
	['国内生产总值超过126万亿元', [{ text: '超过126万亿元', value: 126e12, approx: 'more' }]],
	['出生率为6.39‰', [{ text: '6.39‰', value: 6.39, kind: 'permille' }]],
	['是上年的1.5倍', [{ text: '1.5倍', value: 1.5, kind: 'multiple' }]],
	['约占两成', [{ text: '两成', value: 2, kind: 'tenth' }]],
	['百分之四十五点二的党员', [{ text: '百分之四十五点二', value: 45.2, kind: 'percent' }]],
	// A Chinese numeral's decimals after 点 before a unit, as after 百分之 (not the last digits alone: 五倍, 六个百分点), its 万
	// or 亿 after them; not a time of day, nor 点 in a name.
	['相当于一九五二年的二点五倍，高十一点六个百分点', [{ text: '一九五二年' }, { text: '二点五倍', value: 2.5, kind: 'multiple' }, { text: '十一点六个百分点', value: 11.6, kind: 'percentagePoint' }]],
	['投资总额一点三一亿美元，达到七十八点二岁，两万八千人', [{ text: '一点三一亿美元', value: 1.31e8, unit: '美元' }, { text: '七十八点二岁', value: 78.2, unit: '岁' }, { text: '两万八千人', value: 28000, unit: '人' }]],
	['上午九点三十分开会，坚持“三点一线”，一点一滴', []],
	// Figures in characters in the older official style read as their digit twins: 万万 for 亿, 余/多 before the 万 or 亿 that
	// closes the numeral, the trailing 万 or 亿 a magnitude (its rounding step, as 230亿's), positional digits before 万 or
	// 亿, a year in characters, 倍半 and 倍多.
	['全国六万万人民，增产八千余万亩，共一亿六千余万亩，四千五百多万人', [
		{ text: '六万万人', value: 6e8, unit: '人', step: 1e8 },
		{ text: '八千余万亩', value: 8e7, unit: '亩', approx: 'more', step: 1e4 },
		{ text: '一亿六千余万亩', value: 1.6e8, unit: '亩', approx: 'more', step: 1e7 },
		{ text: '四千五百多万人', value: 4.5e7, unit: '人', approx: 'more', step: 1e4 },
	]],
	['8000余万亩，4500多万人', [{ text: '8000余万亩', value: 8e7, approx: 'more', step: 1e4 }, { text: '4500多万人', value: 4.5e7, approx: 'more', step: 1e4 }]],
	['投资二百三十亿元，一百四十一项，六万五千公里，工农业总产值五千六百八十九亿八千万元', [
		{ text: '二百三十亿元', value: 230e8, step: 1e8 },
		{ text: '一百四十一项', value: 141, step: 1 },
		{ text: '六万五千公里', value: 65000, step: 1000 },
		{ text: '五千六百八十九亿八千万元', value: 5689.8e8, step: 1e7 },
	]],
	['农业为六一亿元，一二五万吨', [{ text: '六一亿元', value: 61e8, unit: '元', step: 1e8 }, { text: '一二五万吨', value: 125e4, unit: '吨', step: 1e4 }]],
	// 三四万人 is 30,000 or 40,000 (a range in words), no number; 万万不可 is no figure.
	['约三四万人，万万不可', []],
	// A bare 百 before a classifier of things or people counts a hundred (百个…项目, 百条乡村, 百名…人员, 百户…企业); not a rough
	// number (数百个, 上百名, 几百户, 成百), 百家 (百家争鸣), 百年, 百万, 百姓, 百分之.
	['抓好百个重大建设项目，绿化美化百条乡村，“百名红通人员”，支持百户重点企业', [
		{ text: '百个', value: 100, unit: '个', approx: 'exact' },
		{ text: '百条', value: 100, unit: '条' },
		{ text: '百名', value: 100, unit: '名' },
		{ text: '百户', value: 100, unit: '户' },
	]],
	['数百个项目，上百名干部，几百户人家，成百上千，百家争鸣，百年大计，百万千瓦机组，老百姓', []],
	// 三五万元 is three or five 万 (a range in words, as 三四万), not 35万: a work report's 增收三五万元 stated no figure.
	['带动农民增收三五万元，每户三五亿元', []],
	// A composed numeral with the older style's point is read whole (was cut at the point: 百分之九十八, an exact 98); a comma
	// after it is no point.
	['增长百分之九十八·七，达到一百九十八·七亿元；增长百分之九十八，七个', [{ text: '百分之九十八·七', value: 98.7 }, { text: '一百九十八·七亿元', value: 198.7e8, step: 1e7 }, { text: '百分之九十八', value: 98 }, { text: '七个', value: 7 }]],
	// A comma misprinted for the thousands mark of positional digits (39,423万份) is read; one where the decimal point was,
	// two or more digits before it and one after it (七四一，三亿元: no grouping has one digit after its mark), is the point
	// (741.3: the documents' own sums and restatements say so); two digits after it leave a damaged figure, no part read.
	['达到三九，四二三万份，其中国营的二六、二三二万份', [{ text: '三九，四二三万份', value: 39423e4 }, { text: '二六、二三二万份', value: 26232e4 }]],
	['国家财政拨款为七四一，三亿元，工业部门二四八，五亿元，达到五六，七万。', [{ text: '七四一，三亿元', value: 741.3e8, step: 1e7 }, { text: '二四八，五亿元', value: 248.5e8, step: 1e7 }, { text: '五六，七万', value: 56.7e4 }]],
	['国家财政拨款为七四一，三五亿元。', []],
	// A percentage the same (百分之二五，八，: 25.8), two or three digits before the comma and one after it, then the clause ends.
	['占百分之二五，八，增长百分之五九，五；', [{ text: '百分之二五，八', value: 25.8, kind: 'percent' }, { text: '百分之五九，五', value: 59.5, kind: 'percent' }]],
	// Near misses: a year after the comma is a new clause (百分之三〇，一九五七年); one digit before it stays unread (below).
	['增长百分之三〇，一九五七年达到五〇万吨', [{ text: '百分之三〇', value: 30, kind: 'percent' }, { text: '一九五七年' }, { text: '五〇万吨', value: 50e4 }]],
	// One digit before the mark: its tail (三万吨, 五万吨) is no figure either; a numeral word before the comma is none (第一，三万名).
	['合作社营占百分之〇·三，达到一，三万吨；新闻纸五。五万吨。', [{ text: '百分之〇·三', value: 0.3 }]],
	['第一，三万名职工参加了培训', [{ text: '三万名', value: 3e4 }]],
	// The same with half-width commas, as pasted text writes them in Chinese.
	['达到三九,四二三万份,其中国营的二六、二三二万份', [{ text: '三九,四二三万份', value: 39423e4 }, { text: '二六、二三二万份', value: 26232e4 }]],
	['国家财政拨款为七四一,三亿元,工业部门二四八,五亿元,达到五六,七万。', [{ text: '七四一,三亿元', value: 741.3e8, step: 1e7 }, { text: '二四八,五亿元', value: 248.5e8, step: 1e7 }, { text: '五六,七万', value: 56.7e4 }]],
	// A full stop or a dash where the point was stays a damaged figure (面粉四六－七万吨 is the plan table's 467万吨: a stray
	// mark, not the point), not 四万吨, 七万吨 alone, a percentage too (百分之八二。五；: not 82%); a full stop before a new
	// sentence stays one (百分之一〇二。五年内: 102%, then 五年).
	['达到四二九。四万吨；绸六、九二九。四万公尺，面粉四六－七万吨，增长百分之八二。五；', []],
	['增长百分之一〇二。五年内', [{ text: '百分之一〇二', value: 102 }, { text: '五年', value: 5 }]],
	// Figures written digit by digit in characters (the 1950s official style): a run of two or more of 〇一二…九, with · or ．
	// and the decimals, is the number its digits make, its decimals printed as a figure's, when a unit, a measure word, 万 or
	// 亿 follows or 百分之 precedes it.
	['共七六六·四亿元，建设单位一五六个，另有六九四个', [
		{ text: '七六六·四亿元', value: 766.4e8, unit: '元', step: 1e7 },
		{ text: '一五六个', value: 156, unit: '个', step: 1 },
		{ text: '六九四个', value: 694, unit: '个', step: 1 },
	]],
	['增长百分之一七八·六，占百分之七七·五，达到二五·一万吨', [
		{ text: '百分之一七八·六', value: 178.6, kind: 'percent', step: 0.1 },
		{ text: '百分之七七·五', value: 77.5, kind: 'percent', step: 0.1 },
		{ text: '二五·一万吨', value: 25.1e4, unit: '吨', step: 1e3 },
	]],
	// 万 or 亿 alone after them, the unit left to the sentence (as 80万 is read), and after the thousands mark 、.
	['发电设备八〇万，其中一九〇万，可以钻井三〇万到四〇万公尺，新增二五·一万', [
		{ text: '八〇万', value: 80e4, unit: '', step: 1e4 },
		{ text: '一九〇万', value: 190e4, step: 1e4 },
		{ text: '三〇万', value: 30e4 },
		{ text: '四〇万公尺', value: 40e4, unit: '公尺' },
		{ text: '二五·一万', value: 25.1e4, step: 1e3 },
	]],
	// A range of percentages in words (百分之三至八: 3 to 8%, no exact 3%), the second end without its 百分之; not a count after
	// it (十个), nor an end below the first, nor 百分之二到百分之三 (two percentages).
	['造价降低百分之三至八，增产百分之一〇到二〇左右，高于百分之三十至五十', [
		{ text: '百分之三至八', value: 3, rangeEnd: 8, kind: 'percent' },
		{ text: '百分之一〇到二〇左右', value: 10, rangeEnd: 20, approx: 'about' },
		{ text: '百分之三十至五十', value: 30, rangeEnd: 50 },
	]],
	['降低百分之二到百分之三，百分之五到十个，百分之八至七', [
		{ text: '百分之二', value: 2, rangeEnd: undefined },
		{ text: '百分之三', value: 3 },
		{ text: '百分之五', value: 5 },
		{ text: '十个', value: 10 },
		{ text: '百分之八', value: 8 },
	]],
	['货物周转量为一、二〇九亿吨公里', [{ text: '一、二〇九亿吨公里', value: 1209e8, unit: '吨公里', step: 1e8 }]],
	// Years keep their reading (years, not counts); a range of years in parentheses and a year after 同 stay unread, as before.
	['中华人民共和国于一九五三年开始，到二〇二五年（一九五三—一九五七）', [{ text: '一九五三年', kind: 'year', value: 1953 }, { text: '二〇二五年', kind: 'year', value: 2025 }]],
	// Names and events written with digits (一二·九运动, 九一八事变, 七一讲话, 十一五, 一五计划), a brand, an ordinal, one to one
	// (一一对应), 三五 before a unit (three to five, as 三五万) and 三四万 (a range in words) are no figures.
	['一二·九运动和九一八事变，五四运动，七一讲话，八一建军节，三一重工，一带一路，十一五，一五计划，第一二章', []],
	['两者一一对应，加强“三五人才”培养，三五年内，约三四万人', []],
	// 部 opening a word after a numeral in words (零部件, 这一部署, 两部位, 很大一部分) is no count of works; 三部 and 两部分 are.
	['汽车零部件产业，对照这一部署，抓好“两部位”，其中很大一部分参加合作社，出版三部，分为两部分', [{ text: '三部', value: 3, unit: '部' }, { text: '两部', value: 2, unit: '部' }]],
	// …but after 百分之 三五 is the percentage its digits make (35%), and 一二 before a measure word stays twelve (一二个厂).
	['占百分之三五，新建一二个厂', [{ text: '百分之三五', value: 35, kind: 'percent' }, { text: '一二个', value: 12, unit: '个' }]],
	['一九五七年比一九五二年增长一倍半，钢增长三倍多，煤增长3倍多', [
		{ text: '一九五七年', kind: 'year' },
		{ text: '一九五二年', kind: 'year' },
		{ text: '一倍半', value: 1.5, kind: 'multiple', step: 0.1 },
		{ text: '三倍多', value: 3, kind: 'multiple', approx: 'more' },
		{ text: '3倍多', value: 3, kind: 'multiple', approx: 'more' },
	]],
	['二〇三五年基本实现，2035年', [{ text: '二〇三五年', kind: 'year' }, { text: '2035年', kind: 'year' }]],
	// The older measure words (公尺, 立方公尺, 担, 匹, 箱, 双, 马力), and 千瓦 after 万 (三七六万千瓦, not 三七六万千 of 瓦).
	['计划能力为三七六万千瓦，胶片六、五〇〇万公尺，毛茶二二三·七万担，卷烟四六一万箱，胶鞋五、九七七万双，共有五·七万马力', [
		{ text: '三七六万千瓦', value: 376e4, unit: '千瓦' },
		{ text: '六、五〇〇万公尺', value: 6500e4, unit: '公尺' },
		{ text: '二二三·七万担', value: 223.7e4, unit: '担' },
		{ text: '四六一万箱', value: 461e4, unit: '箱' },
		{ text: '五、九七七万双', value: 5977e4, unit: '双' },
		{ text: '五·七万马力', value: 5.7e4, unit: '马力' },
	]],
	// A percentage broken by a misprinted comma (百分之八，七。: 8.7 or 87) is no figure; a count after a comma is its own.
	['卷烟增长百分之八，七。增长百分之八，七个行业', [{ text: '百分之八', value: 8, kind: 'percent' }, { text: '七个', value: 7 }]],
	['卷烟增长百分之八,七。增长百分之八,七个行业', [{ text: '百分之八', value: 8, kind: 'percent' }, { text: '七个', value: 7 }]],
	// 十分 (very) and a time in words are no score.
	['这是十分重要的，三十分钟', [{ text: '三十分钟', value: 30, unit: '分钟' }]],
	['2017—2020年累计投入', [{ text: '2017—2020年', value: 2017, rangeEnd: 2020 }]],
	['１２％的增幅', [{ text: '１２％', value: 12, kind: 'percent' }]],
	['增加12,345人', [{ text: '12,345人', value: 12345 }]],
	['国产大飞机C919投入商业运营，5G用户普及率', []],
	['统一大市场，一些地方，万一出现问题，十四五规划', []],
	// X次 counts times X: its own unit, not X's (1695.6万件 of 件次 is no count of 件).
	['接收信访举报1695.6万件次，抽检超4万批次，接种700万剂次，作业60万亩次，包机29班次', [{ text: '1695.6万件次', unit: '件次' }, { text: '超4万批次', unit: '批次', approx: 'more' }, { text: '700万剂次', unit: '剂次' }, { text: '60万亩次', unit: '亩次' }, { text: '29班次', unit: '班次' }]],
	['近两年累计开展培训160多场', [{ text: '两年', value: 2, approx: 'exact' }, { text: '160多场', approx: 'more' }]],
	['2019年，元阳县电商销售红米', [{ text: '2019年', kind: 'year' }]],
	// A rate's unit written once after the last of figures joined by 和 or 、: each figure is of that unit.
	['分别高于东部和中部6.1和0.6个百分点', [{ text: '6.1', value: 6.1, unit: '个百分点', kind: 'percentagePoint' }, { text: '0.6个百分点', kind: 'percentagePoint' }]],
	['分别收窄38.7、50和28.1个百分点', [{ text: '38.7', kind: 'percentagePoint' }, { text: '50', value: 50, kind: 'percentagePoint' }, { text: '28.1个百分点', kind: 'percentagePoint' }]],
	['分别上升3.0 和8.4 个百分点', [{ text: '3.0', kind: 'percentagePoint' }, { text: '8.4 个百分点', kind: 'percentagePoint' }]],
	['分别增长8.3和13.8%', [{ text: '8.3', unit: '%', kind: 'percent' }, { text: '13.8%', kind: 'percent' }]],
	// Fractions: the share they name, approximate (not 三分 of 三分之一).
	['领导干部要三分之一时间下基层，约占四分之三', [{ text: '三分之一', kind: 'percent', unit: '%', approx: 'about' }, { text: '四分之三', value: 75, kind: 'percent' }]],
	['占1/4以上', [{ text: '1/4', value: 25, kind: 'percent', approx: 'about' }]],
	// Not a fraction: a date, a run of slashes, a decimal after the slash, a part not less than its whole.
	// Not a share: a page (第1/2页), a rule or a ratio's name (1/2决策, 1/2比例), a count of days after it; a share of people is one.
	['详见第1/2页，实行1/2决策机制，约占全市三分之一人口', [{ text: '三分之一', kind: 'percent', approx: 'about' }]],
	['按1/2比例配套，每周3/7天', [{ text: '2', kind: 'number' }, { text: '7天', kind: 'number' }]],
	['2024/1/3发布，1/3/5号，1/3.5，3/2', [{ text: '5号', kind: 'number' }, { text: '3.5', kind: 'number' }]],
	// Not a rate after the last (人, 亿): the bare integer stays no figure, the decimal unit-less.
	['分别为1.5和2亿人，第1和第2名', [{ text: '1.5', unit: '', kind: 'number' }, { text: '2亿人', unit: '人' }, { text: '2名', unit: '名' }]],
];

describe('quantity scanner', () => {
	for (const [sentence, expected] of cases) {
		test(sentence, () => {
			const found = scanQuantities(sentence);
			assert.deepEqual(
				found.map((q) => spanText(sentence, q)),
				expected.map((e) => e.text),
			);
			expected.forEach((e, i) => {
				const q = found[i]!;
				for (const key of ['kind', 'value', 'unit', 'approx', 'step', 'rangeEnd'] as const) {
					if (e[key] !== undefined) assert.equal(q[key], e[key], `${e.text}: ${key}`);
				}
			});
		});
	}

	test('a number broken across lines is one quantity spanning the break', () => {
		const text = '注册志愿者1\n万余人，人均增加2.8\n\n万元。';
		const qs = analyze(text).quantities;
		assert.deepEqual(
			qs.map((q) => text.slice(q.span.start, q.span.end)),
			['1\n万余人', '2.8\n\n万元'],
		);
		assert.deepEqual(qs.map((q) => q.value), [10000, 28000]);
	});

	test('a full-width comma separates thousands in a table cell only (2，208 万吨); in prose it is a clause mark', () => {
		// Three digits after the comma and no fourth (1，2345 is no 12345).
		const cell = '2，208 万吨 10，405．5 1，2345';
		assert.deepEqual(
			scanQuantities(cell, true).map((q) => [spanText(cell, q), q.value]),
			[
				['2，208 万吨', 2208e4],
				['10，405．5', 10405.5],
			],
		);
		const prose = '增长2，208万吨';
		assert.deepEqual(
			scanQuantities(prose).map((q) => spanText(prose, q)),
			['208万吨'],
		);
	});

	test('a character outside the BMP before a number keeps UTF-16 offsets right', () => {
		const text = '𠀀增长45.2%';
		const [q] = analyze(text).quantities;
		assert.ok(q);
		assert.equal(q.span.start, 4); // 𠀀 is two code units, 增长 two more
		assert.equal(text.slice(q.span.start, q.span.end), '45.2%');
	});

	test('half-typed numbers and stray symbols never throw', () => {
		for (const s of ['2.', '.5%', '1,', '1,2', '百分之', '第', '—', '2017—', '约', '万', '12.3.4万元', '%%%']) {
			assert.doesNotThrow(() => scanQuantities(s), s);
		}
	});
});
