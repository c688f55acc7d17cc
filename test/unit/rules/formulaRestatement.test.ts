import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

/** A formula of the review named again in the plan (two sections of one report). */
const TWICE = '一、2023年工作回顾\n\n擦亮“三块金字招牌”，文旅融合成效明显。\n\n二、2024年工作安排\n\n持续擦亮“三块金字招牌”，推动高质量发展。\n';
/** A formula of the review named again in the plan, the second time as an item of a list its count closes (…等四个专项工作). */
const LISTED_ITEM =
	'一、2023年工作回顾\n\n擦亮“三块金字招牌”，成效明显。\n\n二、2024年工作安排\n\n持续擦亮“三块金字招牌”。继续开展环保督察问题整改专项行动、擦亮“三块金字招牌”提升行动、营商环境专项行动、城市管理“五难”治理专项行动等四个专项工作。\n';
/** A well-known name of the glossary, unquoted, named twice. */
const PRINCIPLES = '以经济建设为中心，坚持四项基本原则，坚持改革开放。\n\n深入持久地进行坚持四项基本原则的教育。\n';
const ARTICLES = '做实“四篇文章”，经济持续向好。\n\n围绕做实“四篇文章”，着力破解发展难题。\n\n全力做实“四篇文章”，集中突破。\n';

ruleCases('claim.restatement', {
	fires: [
		['one count of a specific formula named twice changed', TWICE.replace('持续擦亮“三块', '持续擦亮“四块'), [{ at: '四块', related: ['三块'] }]],
		['one count of three changed, no year or whole named', '持续擦亮“三块金字招牌”。“三块金字招牌”熠熠生辉。\n\n用好“四块金字招牌”，开拓新局。\n', [{ at: '四块', related: ['三块', '三块'] }]],
		['the same year named before each count', '今年，做实“四篇文章”。\n\n今年，全力做实“四篇文章”。\n\n今年，坚持做实“四篇文章”。\n\n今年，围绕做实“五篇文章”，集中突破。\n', [{ at: '五篇', related: ['四篇', '四篇', '四篇'] }]],
		[
			'a count the prose reads as a figure too (三个), changed in one of two names',
			'全面落实“三长两员、三个紧急避让”工作机制。\n\n全面推行“三长两员、四个紧急避让”工作机制。\n',
			[{ at: '四个', related: ['三个'] }],
		],
		[
			'a set listed with its members, counted again in the same part under its name, changed',
			'一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。推动七个区域性中心城市基础设施建设。\n',
			[{ at: '七个', related: ['六个'] }],
		],
		[
			'the same in hard-wrapped text, a line break inside the set’s name (六个区域性 ⏎ 中心城市)',
			'一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性\n中心城市制定规划。推动七个区域\n性中心城市基础设施建设。\n',
			[{ at: '七个', related: ['六个'] }],
		],
		[
			'the same, the unlisted count in a summary before the list (one part)',
			'一、2006年工作回顾\n\n加大了对建设五个区域性中心城市的政策支持力度。\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。\n',
			[{ at: '五个', related: ['六个'] }],
		],
		[
			'a listed set counted again in the same sentence, changed (…与三个特别行政区…)',
			'一、2023年工作回顾\n\n支持香港、澳门两个特别行政区政府依法施政；加强内地与三个特别行政区交流合作。\n',
			[{ at: '三个', related: ['两个'] }],
		],
		[
			'a formula named again as an item of a list a count closes (…、擦亮“四块金字招牌”提升行动、…等四个专项工作), changed',
			LISTED_ITEM.replace('擦亮“三块金字招牌”提升行动', '擦亮“四块金字招牌”提升行动'),
			[{ at: '四块', related: ['三块', '三块'] }],
		],
		[
			'a formula named as an item of a list, counted otherwise, the list of no other whole (扎实开展“三大行动”：擦亮“四张城市名片”、…)',
			'一、2019年工作回顾\n\n擦亮“三张城市名片”。\n\n二、2020年工作安排\n\n扎实开展“三大行动”：擦亮“四张城市名片”、营商环境提升、招商引资。\n',
			[{ at: '四张', related: ['三张'] }],
		],
		['the count of one occurrence against three others', ARTICLES.replace('围绕做实“四篇', '围绕做实“五篇') + '\n坚持做实“四篇文章”。\n', [{ at: '五篇', related: ['四篇', '四篇', '四篇'] }]],
	],
	silent: [
		['the same formula named again', TWICE + ARTICLES],
		['a well-known name of the glossary named again unquoted, as printed', PRINCIPLES],
		// The text does not tell a quoted miscount (“五项基本原则”) from a local formula of the noun (我市“四大攻坚战”).
		['a well-known name of the glossary unquoted (四项基本原则), a quoted count of its noun that differs', PRINCIPLES.replace('进行坚持四项基本原则的教育', '进行坚持“五项基本原则”的教育')],
		['a well-known name unquoted (三大攻坚战), a local formula of its noun quoted (我市“四大攻坚战”)', '一、2019年工作回顾\n\n坚决打赢三大攻坚战，经济运行稳中有进。\n\n二、2020年工作安排\n\n坚决打赢三大攻坚战。全力打好我市“四大攻坚战”，推动高质量发展。\n'],
		['the same, the local formula in the review, the well-known name twice in the plan', '一、2019年工作回顾\n\n全力打好“四大攻坚战”，成效明显。\n\n二、2020年工作安排\n\n坚决打赢三大攻坚战。巩固三大攻坚战成果。\n'],
		['a formula named as an item of a list of another whole (全省“五大行动”：擦亮“五张城市名片”、…), the review\'s of 我市', '一、2019年工作回顾\n\n擦亮我市“三张城市名片”，成效明显。\n\n二、2020年工作安排\n\n配合实施全省“五大行动”：擦亮“五张城市名片”、营商环境提升、招商引资、项目攻坚、乡村振兴。\n'],
		['the same, once as an item of a list its count closes, as printed', LISTED_ITEM],
		['a listed set counted again in the same part, and in the plan with the same members, as printed', '一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。推动六个区域性中心城市基础设施建设。\n\n二、2007年工作安排\n\n进一步完善支持万州、涪陵、黔江、江津、合川、永川六个区域性中心城市发展的政策。\n'],
		['a count whose words run on only past a blank line names no set (七个 ⏎ ⏎ 区域性中心城市…)', '一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。推动七个\n\n区域性中心城市基础设施建设。\n'],
		['a listed set named without its members in another part (a plan may take on more of a set)', '一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。\n\n二、2007年工作安排\n\n支持八个区域性中心城市发展。\n'],
		['a list ending in 等 names no whole set', '一、2006年工作回顾\n\n指导万州、涪陵等六个区域性中心城市制定规划。推动七个区域性中心城市基础设施建设。\n'],
		['a batch of the set (新增)', '一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。今年新增两个区域性中心城市试点。\n'],
		['a count of one (上一个…: one, a)', '“十四五”时期，经济总量再跨上成都、绵阳两个万亿元台阶。首次实现3年上一个万亿元台阶。\n'],
		// Near misses of a listed set counted again (review of relQ3's reading): the other count names another whole, period,
		// bound or section, or singles out some members.
		['a count of the name in a whole of its own (全省共有八个…, 全国19个…)', '一、2023年工作回顾\n\n成都、绵阳两个国家级高新区营业收入增长10%。全省共有八个国家级高新区。青岛、烟台两个国家级新区建设加快，全国19个国家级新区中我省占两席。\n'],
		['a count of the name in another year or an aim (2022年建成两个…, 力争五个…)', '一、2023年工作回顾\n\n张村、李村、王村三个美丽乡村示范点建成。2022年建成两个美丽乡村示范点。甲、乙、丙三个千亿级产业集群加快发展，力争五个千亿级产业集群产值翻番。\n'],
		['a bound (超过五个…)', '一、2023年工作回顾\n\n甲、乙、丙三个千亿级产业集群加快发展。超过五个千亿级产业集群纳入规划。\n'],
		['a document of no parts: the review and the plan in one (今年，培育五个…)', '过去一年，甲、乙、丙三个千亿级产业集群加快发展。今年，培育五个千亿级产业集群。\n'],
		['another section of the part (（一）产业 … （二）县域两个…)', '一、2023年工作回顾\n\n（一）工业\n\n甲、乙、丙三个千亿级产业集群加快发展。\n\n（二）县域\n\n县里两个千亿级产业集群加快发展。\n'],
		['some members singled out, no 其中 (两个…入选…, 两个…营业收入突破百亿元)', '一、2023年工作回顾\n\n甲、乙、丙三个千亿级产业集群加快发展，两个千亿级产业集群入选国家先进制造业集群。甲县、乙县、丙县、丁县四个省级开发区加快发展。两个省级开发区营业收入突破百亿元。\n'],
		['two lists of one name that count differently: two sets', '一、2006年工作回顾\n\n指导万州、涪陵、黔江、江津、合川、永川六个区域性中心城市制定规划。支持万州、涪陵、黔江三个区域性中心城市先行先试。推动七个区域性中心城市基础设施建设。\n'],
		['an upgrade the text states', '去年实施“三个一批”工程。\n\n今年由“三个一批”拓展为“四个一批”，推进“四个一批”项目建设。\n'],
		['升级为 before the new count', '实施“三块金字招牌”行动。\n\n今年将该行动升级为“四块金字招牌”。\n'],
		['generic nouns count different sets', '重点抓好“三个方面”工作。\n\n统筹推进“五个方面”工作。\n'],
		['a noun headed by a generic word', '实施“十大专项行动”。\n\n开展“五大专项行动”。\n'],
		['different measure words: two formulas', '建设“四个中心”。\n\n“五大中心”实现全覆盖。\n'],
		['a key opening with a numeral: families of formulas', '推进“三个一批”。\n\n实施“七个一批”。\n'],
		['a sub-formula', '实现“两个一百年”奋斗目标。\n\n实现“第一个百年”奋斗目标。\n'],
		['two short nouns once each (五个确保 / 六个确保 are two formulas)', '坚持“五个确保”。\n\n落实“六个确保”要求。\n'],
		['no measure word (三连冠 / 五连冠)', '荣获“三连冠”。\n\n实现“五连冠”。\n'],
		['an idiom', '不能三心二意，要一心一意。\n\n决不三心二意。\n'],
		['last year\'s list and this year\'s (去年 / 今年)', '去年确定的“十件民生实事”全部完成。\n\n今年，市政府将继续办好“十二件民生实事”。\n'],
		['年初确定的 list done and the new one expanded', '年初确定的“十件民生实事”全部完成。今年将集中力量办好十二件民生实事：一是就业，二是教育，三是医疗，四是养老，五是住房，六是交通，七是环境，八是文化，九是体育，十是食品，十一是托育，十二是助残。\n'],
		['the province\'s formula and the city\'s (全省 / 我市)', '全面落实全省“八大发展战略”，深入推进“八大发展战略”。\n\n按照市委部署，实施我市“三大发展战略”。\n'],
		['the provincial committee\'s and the county\'s (省委 / 县委)', '深入实施省委“五大战略”。坚定实施“五大战略”。\n\n同时，实施县委“三大战略”。\n'],
		['a part of the formula (其中)', '加快建设“三个高地”，“三个高地”建设成效明显。\n\n其中，“两个高地”已初具规模。\n'],
		['a new formula (新的 / 新一轮)', '加快建设“三个高地”，“三个高地”建设成效明显。\n\n努力打造新的“四个高地”。\n'],
		['新一轮 before the new count', '擦亮“三块金字招牌”，“三块金字招牌”熠熠生辉。\n\n在此基础上打造新一轮“四块金字招牌”。\n'],
		['the nation\'s and the province\'s (国家级 / 省级)', '国家级“三个示范区”建设顺利。国家级“三个示范区”通过验收。\n\n省级“五个示范区”加快建设。\n'],
		['a target and a result (力争 / 实现了)', '力争实现“五个新突破”，努力实现“五个新突破”。\n\n全年实现了“四个新突破”。\n'],
		['two against one of a two-character noun (四篇文章 twice, 五篇文章 once: one miscount or two slogans)', ARTICLES.replace('围绕做实“四篇', '围绕做实“五篇')],
		['two slogans of a place name, two against one (“四个三明” / “三个三明”)', '全面建设“四个三明”。\n\n“四个三明”建设开局良好。\n\n“三个三明”打下了良好基础。\n'],
		// A family of formulas of one noun (“两新” / “四新”): two formulas, not one miscounted — a changed count is of neither.
		['a family of one noun (“两新” / “四新”), one occurrence changed', '围绕“四新”主攻“四化”。\n\n落实好“两新”政策。\n\n围绕“五新”主攻“四化”。\n'],
				['the past plan\'s formula and the next one\'s (过去 / 今后)', '过去五年，“三个三明”建设成效明显。\n\n今后五年，全面建设“四个三明”，“四个三明”建设开局良好。\n'],
	],
});

test('a formula named again is one restatement relation of all its counts', () => {
	const a = analyze(ARTICLES);
	const rel = a.relations.filter((r) => r.kind === 'restatement');
	assert.equal(rel.length, 1);
	assert.deepEqual(rel[0]!.claims.map((c) => a.claims[c]!.text), ['四篇', '四篇', '四篇']);
	assert.ok(rel[0]!.ok);
	assert.ok(rel[0]!.claims.every((c) => a.claims[c]!.formula !== undefined));
});

test('each formula of a family of one noun named again (“四新” twice beside “两新”; “三化” / “五化”) is a restatement of its own', () => {
	const a = analyze('坚定不移围绕“四新”主攻“四化”。\n\n落实好“两重”“两新”政策。\n\n必须坚定不移围绕“四新”主攻“四化”。\n');
	const rel = a.relations.filter((r) => r.kind === 'restatement' && r.data?.['noun'] === '新');
	assert.deepEqual(rel.map((r) => [r.ok, r.claims.map((c) => a.claims[c]!.text)]), [[true, ['四', '四']]]);
	const b = analyze('森林草原防灭火“三化”建设纵深推进。开展“五化”工程。\n\n持续深化“三化”建设。\n');
	assert.deepEqual(b.relations.filter((r) => r.kind === 'restatement').map((r) => r.expression), ['三化']);
});

test('a family member written alike twice that one sentence coordinates (宝安“八园连通”和…罗湖“八园连通”) is two sets: no restatement', () => {
	const rel = (text: string): string[] => analyze(text).relations.filter((r) => r.kind === 'restatement').map((r) => r.expression ?? '');
	const review = '莲花山、笔架山、梅林山、银湖山、中心公园实现“五园连通”。\n\n';
	assert.deepEqual(rel(review + '推进尖岗山、碧海湾公园等宝安“八园连通”和东湖、洪湖公园等罗湖“八园连通”。\n'), []);
	assert.deepEqual(rel('推进尖岗山、碧海湾公园等宝安“八园连通”和东湖、洪湖公园等罗湖“八园连通”。\n'), []);
	assert.deepEqual(rel('支持甲县“双创”示范基地和乙县“双创”示范基地建设。\n'), []);
	// Named again in other sentences, the family's member is one restated.
	assert.deepEqual(rel(review + '推进宝安“八园连通”。\n\n宝安“八园连通”全线贯通。\n'), ['八园连通']);
	// Named again in one sentence, not coordinated: restated.
	assert.deepEqual(rel('落实好“两新”政策。\n\n以“四新”为抓手，推动“四新”落地见效。\n'), ['四新']);
});

test('a formula of 双 (counts two alone) named again is a restatement; 双一流 keys 一流', () => {
	const a = analyze('做好“双减”工作。\n\n持续深化“双减”。\n');
	assert.deepEqual(a.relations.filter((r) => r.kind === 'restatement').map((r) => [r.ok, r.data?.['noun']]), [[true, '减']]);
	const b = analyze('推进“双一流”建设。\n\n支持“双一流”高校发展。\n');
	assert.deepEqual(b.relations.filter((r) => r.kind === 'restatement').map((r) => r.data?.['noun']), ['一流']);
	// A name of 双 and one of 两 of the same noun are two formulas (“双高”培育工程: talents; “两高”沿线: railways).
	const c = analyze('实施“双高”培育工程。\n\n突出“两高”沿线环境综合整治。\n');
	assert.deepEqual(c.relations.filter((r) => r.kind === 'restatement').map((r) => r.expression), []);
});

test('a formula named as an item of a list is an occurrence of the relation', () => {
	const a = analyze(LISTED_ITEM);
	const rel = a.relations.filter((r) => r.kind === 'restatement' && r.data?.['noun'] === '金字招牌');
	assert.equal(rel.length, 1);
	assert.deepEqual(rel[0]!.claims.map((c) => a.claims[c]!.text), ['三块', '三块', '三块']);
	assert.ok(rel[0]!.ok);
});

test('a well-known name of the glossary named twice unquoted is one restatement relation', () => {
	const a = analyze(PRINCIPLES);
	const rel = a.relations.filter((r) => r.kind === 'restatement');
	assert.equal(rel.length, 1);
	assert.deepEqual(rel[0]!.claims.map((c) => a.claims[c]!.text), ['四项', '四项']);
	assert.ok(rel[0]!.ok);
});

test('双拥, a well-known name of the glossary, written unquoted in the review and in the plan, is one restatement relation', () => {
	const a = analyze('一、2025年工作回顾\n\n荣获全国双拥模范城称号，军政军民团结更加巩固。\n\n二、2026年工作安排\n\n深化双拥创建，做好退役军人服务保障。\n');
	const rel = a.relations.filter((r) => r.kind === 'restatement');
	assert.equal(rel.length, 1);
	assert.deepEqual(rel[0]!.claims.map((c) => a.claims[c]!.text), ['双', '双']);
	assert.ok(rel[0]!.ok);
	// Near misses: 双拥 once and another 双 name the glossary does not know (双创) once; 双拥 named once.
	for (const text of ['荣获全国双拥模范城称号。\n\n深化双创示范基地建设。\n', '荣获全国双拥模范城称号，军政军民团结更加巩固。\n']) {
		const b = analyze(text);
		assert.equal(b.relations.filter((r) => r.kind === 'restatement').length, 0, text);
	}
});

test('双拥 after its two items (拥政爱民、拥军优属) is resolved with them', () => {
	const a = analyze('继续加强拥政爱民、拥军优属工作，深入开展创建双拥模范城（县）活动。\n');
	const f = a.formulas.find((x) => x.text === '双拥');
	assert.ok(f);
	assert.notEqual(f.verdict, 'unexpanded');
	assert.equal(f.parts[0]!.count, 2);
});

test('a duration or a tier named twice is no formula count', () => {
	for (const text of ['严格落实长江“十年禁渔”。\n\n持续推进长江“十年禁渔”行动。\n', '推进“一线”放开、“二线”管住。\n\n配合制定“二线”口岸管理办法。\n']) {
		const a = analyze(text);
		assert.equal(a.relations.filter((r) => r.kind === 'restatement').length, 0, text);
	}
});

test('counts of two formulas that list different items are no restatement', () => {
	const a = analyze('推进“三大工程”（交通工程、水利工程、能源工程）。\n\n实施“三大工程”（教育工程、医疗工程、养老工程）。\n');
	assert.equal(a.relations.filter((r) => r.kind === 'restatement').length, 0);
});

test('a formula count the prose reads as a figure too (三个) is one claim, the relation’s', () => {
	const text = '全面落实“三长两员、三单四图、三个紧急避让”工作机制。\n\n全面推行“三长两员、三单四图、三个紧急避让”工作机制。\n';
	const a = analyze(text);
	const rel = a.relations.filter((r) => r.kind === 'restatement' && r.data?.['noun'] === '紧急避让');
	assert.equal(rel.length, 1);
	for (const c of rel[0]!.claims) {
		const claim = a.claims[c]!;
		assert.equal(claim.text, '三个');
		// No other claim stands on the same figure.
		assert.equal(a.claims.filter((o) => o.span.start === claim.span.start).length, 1);
		assert.ok(claim.relations.includes(a.relations.indexOf(rel[0]!)));
	}
});

test('a formula count the prose reads as a longer figure (五区协同: 五区) is that claim', () => {
	const a = analyze('深入推进“一干多支、五区协同”战略部署。\n\n第一，深入推进“一干多支、五区协同”发展。\n\n推动五区协同发展。\n');
	const rel = a.relations.filter((r) => r.kind === 'restatement' && r.data?.['noun'] === '区协同');
	assert.equal(rel.length, 1);
	assert.deepEqual(rel[0]!.claims.map((c) => a.claims[c]!.text), ['五区', '五区', '五区']);
	for (const c of rel[0]!.claims) assert.equal(a.claims.filter((o) => o.span.start === a.claims[c]!.span.start).length, 1);
});

test('two lists of one name with other members are two sets (成都、绵阳两个… and 德阳、乐山两个…): no restatement', () => {
	const a = analyze('一、2023年工作回顾\n\n成都、绵阳两个国家级高新区营业收入增长10%。德阳、乐山两个国家级高新区加快建设。\n');
	assert.deepEqual(a.relations.filter((r) => r.kind === 'restatement').map((r) => r.expression), []);
});

test('a listed set whose count no claim reads (…四大行动), listed again or named again without its members, is one restatement; other members, none', () => {
	const rel = (text: string): string[] => {
		const a = analyze(text);
		return a.relations.filter((r) => r.kind === 'restatement').map((r) => `${r.ok} ${r.claims.map((c) => a.claims[c]!.text).join(' ')}`);
	};
	const review = '一、2006年工作回顾\n\n全面实施蓝天、碧水、绿地、宁静四大行动。\n\n二、2007年工作安排\n\n';
	assert.deepEqual(rel(review + '持续推进蓝天、碧水、绿地、宁静四大行动。\n'), ['true 四大 四大']);
	assert.deepEqual(rel(review + '持续推进蓝天、碧水、沃土、宁静四大行动。\n'), []);
	assert.deepEqual(rel('一、2019年工作回顾\n\n甲研究院、乙研究院、丙研究院三大科技研发平台建设成效良好。\n\n二、2020年工作安排\n\n继续抓好抓实三大科技研发平台。\n'), ['true 三大 三大']);
	// A count the prose reads (两个) is relateListedSets' alone: one relation, not two.
	assert.equal(rel('一、2023年工作回顾\n\n垃圾分类、物业管理两个关键小事取得进展。\n\n二、2024年工作安排\n\n继续抓好垃圾分类、物业管理两个关键小事。\n').length <= 1, true);
});

/** The occurrences of `name` in `text`, each as its verdict and where its items were found. */
function occurrences(text: string, name: string): string[] {
	return analyze(text)
		.formulas.filter((f) => f.text === name)
		.map((f) => `${f.verdict}${f.expansion ? ` ${f.expansion.source}` : ''}`);
}

test('a formula named again takes the items another of its occurrences lists (restated), and only then', () => {
	const given: [string, string, string, string[]][] = [
		['the review names it, the plan lists it', '一、2023年工作回顾\n\n擦亮“三块金字招牌”，文旅融合成效明显。\n\n二、2024年工作安排\n\n持续擦亮“三块金字招牌”：转型综改示范区、国家农高区、能源革命综合改革。\n', '三块金字招牌', ['ok restated', 'ok gloss']],
		['named in the text, listed in the notes at the end', '深入推进“六稳”工作。\n\n注释：\n\n1.“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n', '六稳', ['ok restated', 'ok gloss']],
	];
	const notGiven: [string, string, string, string[]][] = [
		['last year\'s list and this year\'s (去年 / 今年): two lists of one name', '去年确定的“十件民生实事”全部完成。\n\n今年将办好“十件民生实事”：一是就业，二是教育，三是医疗，四是养老，五是住房，六是交通，七是环境，八是文化，九是体育，十是食品。\n', '十件民生实事', ['unexpanded', 'ok gloss']],
		['the province\'s and the city\'s (全省 / 我市)', '全省“三大战略”深入实施。\n\n实施我市“三大战略”：工业强市、开放兴市、生态立市。\n', '三大战略', ['unexpanded', 'ok gloss']],
		['occurrences whose counts disagree (one is flagged, none takes the list)', '擦亮“三块金字招牌”，成效明显。\n\n擦亮“三块金字招牌”：转型综改示范区、国家农高区、能源革命综合改革。\n\n打造“四块金字招牌”。\n', '三块金字招牌', ['unexpanded', 'ok gloss']],
		['a well-known name listed with a set of its own (“两山”：西山、东山, not 绿水青山、金山银山): not lent to the well-known one', '优化“两山一轴、一中心六组团”（“两山”：西山、东山生态绿楔；“一轴”：南北中轴线）。\n\n深入践行“两山”理念，推进生态文明建设。\n', '两山', ['ok gloss', 'unexpanded']],
		['the same with one of three items the glossary\'s (“三保”：保交楼、保民生、保稳定, not 保基本民生、保工资、保运转)', '健全基层“三保”运行机制。\n\n注释：\n\n1.“三保”：保交楼、保民生、保稳定。\n', '三保', ['unexpanded', 'ok gloss']],
		['a target and a result (力争实现 / 实现了): two lists of one name', '力争实现“五个突破”。\n\n全年实现了“五个突破”：工业、农业、服务业、外贸、投资。\n', '五个突破', ['unexpanded', 'ok gloss']],
		['a generic noun unquoted (三项工作): other sets from one passage to the next', '做好三项工作，确保平稳。\n\n今年重点做好三项工作：稳增长、促改革、惠民生。\n', '三项工作', ['ok gloss']],
	];
	for (const [what, text, name, expected] of [...given, ...notGiven]) assert.deepEqual(occurrences(text, name), expected, what);
});

/** The texts of the claims of each restatement relation of a text (formulas' counts and figures alike). */
function restated(text: string): string[][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.kind === 'restatement').map((r) => r.claims.map((c) => text.slice(a.claims[c]!.span.start, a.claims[c]!.span.end + 1)));
}

test('a name the document quotes or lists, written again unquoted, is an occurrence of its restatement', () => {
	// Quoted once, unquoted after (强化碳排放“双控” … 碳排放双控等完成省定目标).
	assert.deepEqual(restated('一、“十四五”回顾\n\n强化碳排放“双控”，新型能源体系初步建立。\n\n二、2026年目标\n\n城镇新增就业、碳排放双控等完成省定目标。\n'), [['双控', '双控']]);
	assert.deepEqual(restated('军民共建和双拥工作取得新进展。\n\n积极开展“双拥”和军民共建活动。\n'), [['双拥', '双拥']]);
	// Listed with its items (碳排放总量和强度双控制度), written again after the opening of its first item (碳排放双控).
	assert.deepEqual(restated('全面实施碳排放总量和强度双控制度\n\n科学合理分解碳排放双控目标，压实碳排放目标落实责任。协同推进产能治理和碳排放双控。\n'), [['双控', '双控', '双控']]);
});

test('near misses of a name written again unquoted: part of another name, after a numeral, a listed pair named alone, another pair', () => {
	// A part of another formula's name (“一核一谷三带”), its own occurrence quoted apart: only the quoted ones.
	assert.deepEqual(restated('全面构建“一核一谷三带”区域发展新格局。\n\n促进“三带”联动发展。\n'), []);
	// After a numeral or a digit (十三带, 3双控): another word.
	assert.deepEqual(restated('促进“三带”联动发展。\n\n建设十三带状公园。\n'), []);
	// A listed pair (东西双向) is any two where its first item is not said again: “技术+机制”双向发力 is another pair.
	assert.deepEqual(restated('构建海内外联动、东西双向互济的开放格局。\n\n聚焦“技术+机制”双向发力，坚决打好攻坚战。\n'), []);
	assert.deepEqual(restated('全面实施碳排放总量和强度双控制度\n\n推动能源消费双控向碳排放双控转变。\n'), [['双控', '双控']]);
	// A quoted count and its measure word (“四项”补贴) is no name: 安全生产四项指标 counts another four.
	assert.deepEqual(restated('粮食、良种、农机及农资“四项”补贴资金达25.7亿元。\n\n安全生产四项指标全面下降。\n'), []);
	// Another count of the noun unquoted (两控) is no occurrence of “双控”.
	assert.deepEqual(restated('强化碳排放“双控”。\n\n落实两控要求。\n'), []);
	// 双 and what two things achieve, its second character beginning the word (双创新高: two new highs), is no “双创” written again.
	assert.deepEqual(restated('扎实开展“双创”活动。\n\n全市培育国家级双创示范基地3个，双创新高。\n'), [['双创', '双创']]);
});
