/** The indicator lexicon is consistent: names and aliases unique, every part and container exists, units agree, sources real. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { builtinDivisions, builtinPackedFamilies, builtinPlaces, isPlaceAbbreviation, builtinIndicators, builtinLexicon, divides, lexiconFor, parseIndicators } from '../../server/src/analysis/lexicon/index';
import { builtinSections, coversSections, sectionOf } from '../../server/src/analysis/lexicon/industries';
import { builtinWordLists, compileWordList, type WordListName, wordPattern, wordSense } from '../../server/src/analysis/lexicon/words';
import { HAVE_SHARED, SHARED, sharedPath } from '../helpers/paths';

test('at least 150 indicators, each with a unit and a source', () => {
	assert.ok(builtinIndicators.length >= 150, `${builtinIndicators.length} indicators`);
	for (const ind of builtinIndicators) {
		assert.ok(ind.unit !== '', `${ind.name}: a unit class`);
		assert.ok(ind.source !== '', `${ind.name}: a source`);
	}
});

test('no name or alias names two indicators', () => {
	const owner = new Map<string, string>();
	for (const ind of builtinIndicators) {
		for (const n of [ind.name, ...ind.aliases]) {
			assert.ok(!owner.has(n) || owner.get(n) === ind.name, `${n} names ${owner.get(n)} and ${ind.name}`);
			owner.set(n, ind.name);
		}
	}
});

test('every part, difference and container exists, with the unit of its total', () => {
	for (const ind of builtinIndicators) {
		for (const partition of ind.parts ?? []) {
			for (const name of partition) {
				const part = builtinLexicon.get(name);
				assert.ok(part, `${ind.name}: part ${name} is an indicator`);
				assert.equal(part.unit, ind.unit, `${ind.name}: part ${name} has the unit ${ind.unit}`);
			}
		}
		for (const name of ind.difference ?? []) assert.ok(builtinLexicon.get(name), `${ind.name}: ${name} is an indicator`);
		if (ind.within) assert.ok(builtinLexicon.get(ind.within), `${ind.name}: within ${ind.within}`);
		if (ind.perCapitaOf) assert.ok(builtinLexicon.get(ind.perCapitaOf), `${ind.name}: per head of ${ind.perCapitaOf}`);
		for (const name of ind.ratioOf ?? []) assert.ok(builtinLexicon.get(name), `${ind.name}: quotient of ${name}`);
	}
});

test('every source names a line of ../shared that names the indicator', { skip: HAVE_SHARED ? false : `../shared is absent (${SHARED})` }, () => {
	const strip = (s: string): string => s.replace(/[\s*#（）()“”\-—－]/g, '');
	for (const ind of builtinIndicators) {
		for (const cite of ind.source.split(/;\s*/)) {
			const m = /^([^:]+\.txt):(\d+)/.exec(cite);
			assert.ok(m, `${ind.name}: a source is path:line (${cite})`);
			const file = sharedPath(m[1]!);
			assert.ok(existsSync(file), `${ind.name}: ${m[1]} exists`);
			const line = strip(readFileSync(file, 'utf8').split('\n')[Number(m[2]) - 1] ?? '');
			const names = [ind.name, ...ind.aliases, ...cite.slice(m[0].length).trim().split(/\s+/)].filter((n) => n !== '').map(strip);
			assert.ok(names.some((n) => line.includes(n)), `${ind.name}: ${cite} names it`);
		}
	}
});

test('a user’s indicators come first; a malformed entry is reported and skipped', () => {
	const { indicators, problems } = parseIndicators({ indicators: [{ name: '规上工业营收', aliases: ['规上营收'], unit: 'money' }, { aliases: [] }, { name: 'x', parts: 'no' }] }, 'mine.json');
	assert.equal(indicators.length, 1);
	assert.equal(problems.length, 2);
	assert.match(problems[0]!, /mine\.json: entry 2/);
	const lexicon = lexiconFor(indicators);
	assert.equal(lexicon.resolve('规上营收')?.name, '规上工业营收');
	assert.equal(lexicon.resolve('地区生产总值')?.name, '国内生产总值');
});

test('a date inside a name is its scope, not a word of the name (固定电话年末用户 is 固定电话用户)', () => {
	assert.equal(builtinLexicon.resolve('固定电话年末用户')?.name, '固定电话用户');
	assert.equal(builtinLexicon.resolve('生猪年末存栏')?.name, '生猪存栏');
	// Two characters on each side: 年末 opening or closing a name is no date inside it.
	assert.equal(builtinLexicon.resolve('年末固定电话用户'), undefined);
	assert.equal(builtinLexicon.resolve('固定电话用户年末'), undefined);
});

test('full-width digits and letters are read as the lexicon writes them (１９８５-style communiqués)', () => {
	assert.equal(builtinLexicon.resolve('０-１４岁人口')?.name, '0-14岁人口');
	assert.equal(builtinLexicon.resolve('ＧＤＰ')?.name, '国内生产总值');
	// Full-width punctuation is no digit: a name with a full-width comma is no name of the lexicon.
	assert.equal(builtinLexicon.resolve('出生人口，死亡人口'), undefined);
});

test('a stock with 余额 after it is the stock (广义货币供应量余额); a flow’s 余额 is no name of it', () => {
	const cases: [string, string | undefined][] = [
		['广义货币供应量余额', '广义货币供应量'],
		['流通中现金余额', '流通中货币'],
		['各项存款余额', '本外币各项存款余额'],
		['国内生产总值余额', undefined],
		['余额', undefined],
	];
	for (const [subject, name] of cases) assert.equal(builtinLexicon.resolve(subject)?.name, name, subject);
});

test('a qualified subject names its indicator under a restricting qualifier, not under a transforming one', () => {
	const cases: [string, string | undefined, string | undefined][] = [
		['外商投资企业的进出口额', '货物进出口总额', '外商投资企业'],
		['交通运输部门各种运输工具完成货物周转量', '货物运输周转量', '交通运输部门各种运输工具完成'],
		['人均国内生产总值', undefined, undefined],
		['新增城镇就业', undefined, undefined],
		['计划进出口总额', undefined, undefined],
		['进出口', undefined, undefined],
	];
	for (const [subject, indicator, qualifier] of cases) {
		const q = builtinLexicon.resolveQualified(subject);
		assert.deepEqual([q?.indicator.name, q?.qualifier], [indicator, qualifier], subject);
	}
});

test('divisions: each qualifier on one side of a division (of more than one division at most once each), each side named on a line its source cites', () => {
	for (const d of builtinDivisions) {
		assert.ok(d.sides.length >= 2);
		const seen = new Set<string>();
		for (const name of d.sides.flat()) {
			assert.ok(!seen.has(name), `${name} on one side`);
			seen.add(name);
		}
		if (!HAVE_SHARED) continue;
		const lines = d.source.split(/;\s*/).map((cite) => {
			const m = /^([^:]+\.txt):(\d+)/.exec(cite);
			assert.ok(m, `a source is path:line (${cite})`);
			return readFileSync(sharedPath(m[1]!), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
		});
		for (const side of d.sides) assert.ok(side.some((n) => lines.some((l) => l.includes(n))), `${d.source} names ${side[0]}`);
	}
	const cases: [string[], { complete: boolean } | undefined][] = [
		[['参保职工', '参保的离退休人员'], { complete: true }],
		[['城市电话用户', '农村电话用户'], { complete: true }],
		[['男党员', '女党员'], { complete: true }],
		[['猪肉产量', '牛肉产量', '羊肉产量'], { complete: false }],
		[['火电', '水电', '核电'], { complete: false }],
		[['基本型乘用车（轿车）', '运动型多用途乘用车（SUV）'], { complete: false }],
		[['轿车', '新能源汽车'], undefined],
		[['火电装机容量', '水电装机容量', '并网风电装机容量'], { complete: false }],
		[['城市电话用户', '城市宽带用户'], undefined],
		[['参保职工', '参保农民工'], undefined],
		[['男党员', '男团员'], undefined],
		[['猪肉产量', '猪肉产量'], undefined],
		[['火电', '城镇'], undefined],
		[['机电产品', '高新技术产品'], undefined],
		[['铁路货物周转量', '公路货物周转量', '水运货物周转量', '空运货物周转量'], { complete: false }],
		[['东部地区投资', '中部地区投资', '西部地区投资', '东北地区投资'], { complete: false }],
		[['国有企业出口', '外商投资企业出口'], { complete: false }],
		[['一般贸易出口', '进料加工贸易出口'], { complete: false }],
		[['加工贸易出口', '进料加工贸易出口'], undefined],
		[['铁路投资', '高速铁路投资'], undefined],
		[['国有企业', '国有控股企业'], undefined],
		[['国有企业', '股份制企业'], undefined],
		[['集体企业', '股份制企业'], { complete: false }],
		// 医院 is a side of two divisions: beside 乡镇卫生院 (kinds of facility) and beside 基层医疗卫生机构 (the kinds of 医疗卫生机构).
		[['医院', '乡镇卫生院'], { complete: false }],
		[['医院', '基层医疗卫生机构', '专业公共卫生机构'], { complete: false }],
		[['乡镇卫生院', '基层医疗卫生机构'], undefined],
		[['乡镇卫生院', '社区卫生服务中心', '门诊部', '村卫生室'], { complete: false }],
		[['公立医院', '民营医院'], { complete: true }],
		[['公立医院', '三级医院'], undefined],
		[['养老机构', '儿童福利和救助保护机构'], { complete: false }],
		[['养老服务床位', '儿童服务床位'], { complete: false }],
		[['养老机构', '养老服务床位'], undefined],
		// A base station is of one generation; the kinds of 乘用车 do not overlap (其中：基本型乘用车（轿车） ⏎ 运动型多用途乘用车（SUV）).
		[['4G基站', '5G基站'], { complete: false }],
		[['4G基站', '5G用户'], undefined],
		// Not 4G/5G of anything: a village covered by 4G may be by 5G too.
		[['4G网络覆盖行政村', '5G网络覆盖行政村'], undefined],
		[['通4G的行政村', '通5G的行政村'], undefined],
		[['基本型乘用车（轿车）', '运动型多用途乘用车（SUV）'], { complete: false }],
		[['运动型多用途乘用车（SUV）', '新能源汽车'], undefined],
	];
	for (const [names, expected] of cases) {
		const found = divides(names);
		assert.deepEqual(found && { complete: found.complete }, expected, names.join(' / '));
	}
	// What the parts are besides their sides: a qualifier they share stays (亿元以上, 工业), the side goes wherever it stands.
	assert.equal(divides(['续建亿元以上项目', '新建亿元以上项目'])?.rest, '亿元以上项目');
	assert.equal(divides(['工业续建项目', '工业新建项目'])?.rest, '工业项目');
	assert.equal(divides(['参保职工', '参保的离退休人员'])?.rest, '参保');
	// The longest side a name holds (城镇居民, not 城镇).
	assert.equal(divides(['城镇居民游客', '农村居民游客'])?.rest, '游客');
});

test('industries: each name in one section, printed on a line its source cites (2002 first, then 2017); labels read as tables print them', () => {
	const seen = new Set<string>();
	for (const s of builtinSections) {
		for (const name of s.names) {
			assert.ok(!seen.has(name), `${name} in one section`);
			seen.add(name);
		}
		if (!HAVE_SHARED) continue;
		const lines = s.source.split(/;\s*/).map((cite) => {
			const m = /^([^:]+\.txt):(\d+)$/.exec(cite);
			assert.ok(m, `a source is path:line (${cite})`);
			return readFileSync(sharedPath(m[1]!), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
		});
		assert.ok(lines[0]!.includes(s.names[0]!), `${s.source} names ${s.names[0]}`);
		assert.ok(lines[1]!.includes(s.names[s.names.length - 1]!), `${s.source} names ${s.names[s.names.length - 1]}`);
		// A name printed between the editions (电力、燃气及水生产和供应业, 2015) on a line cited after those two.
		for (const name of s.names) assert.ok(lines.some((l) => l.includes(name)), `${s.source} names ${name}`);
	}
	const cases: [string, string | undefined][] = [
		['农、林、牧、渔业', 'agriculture'],
		['农林牧渔业', 'agriculture'],
		['房地产业', 'real-estate'],
		['电力、燃气及水生产和供应业', 'utilities'],
		['信息传输、软件和信息技术服务业', 'information'],
		['信息传输、计算机服务和软件业', 'information'],
		['电力、燃气及水生产和供应业', 'utilities'],
		['工业', undefined],
		['营利性服务业', undefined],
		['食品制造业', undefined],
	];
	for (const [label, key] of cases) assert.equal(sectionOf(label), key, label);
	assert.equal(coversSections(new Set(builtinSections.map((s) => s.key))), true);
	assert.equal(coversSections(new Set(builtinSections.slice(1).map((s) => s.key))), false);
});

test('packed families: no character in two families, each cited at a line of ../shared that packs two or more of them', () => {
	const seen = new Map<string, string>();
	for (const f of builtinPackedFamilies) {
		assert.ok(f.characters.length >= 2 && f.source.length > 0, f.name);
		for (const c of f.characters) {
			assert.ok(!seen.has(c), `${c} is of ${seen.get(c)} and ${f.name}`);
			seen.set(c, f.name);
		}
		if (!HAVE_SHARED) continue;
		const m = /^([^:]+\.txt):(\d+) (\S+)$/.exec(f.source);
		assert.ok(m, `a source is path:line and the words cited (${f.source})`);
		const line = readFileSync(sharedPath(m[1]!), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
		assert.ok(line.includes(m[3]!) && [...m[3]!].filter((c) => f.characters.includes(c)).length >= 2, `${f.source} packs ${f.name}`);
	}
});

test('places: each abbreviation one character of one place, written side by side with another on a line its source cites', () => {
	const seen = new Map<string, string>();
	for (const p of builtinPlaces) {
		assert.ok(p.name.length >= 2 && p.abbreviations.length >= 1 && p.source.length > 0, p.name);
		for (const a of p.abbreviations) {
			assert.equal([...a].length, 1, `${p.name}: ${a} is one character`);
			assert.ok(!seen.has(a), `${a} abbreviates ${seen.get(a)} and ${p.name}`);
			seen.set(a, p.name);
		}
		if (!HAVE_SHARED) continue;
		const m = /^([^:]+\.txt):(\d+) (\S+)$/.exec(p.source);
		assert.ok(m, `a source is path:line and the words cited (${p.source})`);
		const line = readFileSync(sharedPath(m[1]!), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
		assert.ok(line.includes(m[3]!) && p.abbreviations.some((a) => m[3]!.includes(a)), `${p.source} writes ${p.abbreviations[0]}`);
	}
	for (const a of '京津冀沪浙粤渝川滇港澳台成杭甬合芜蚌') assert.ok(isPlaceAbbreviation(a), a);
	for (const a of '国内外市县省地区两') assert.ok(!isPlaceAbbreviation(a), a);
});

/** Each list of words.json with texts its pattern matches and near misses it does not. */
const WORD_CASES: { readonly [name in WordListName]: { readonly yes: readonly string[]; readonly no: readonly string[] } } = {
	comparablePrices: { yes: ['地区生产总值', '规上工业增加值', 'GDP', '实际增长', '按可比价格计算', '按不变价格', '工业生产', '手工业生产增长', '农业产量指数'], no: ['一般公共预算收入', '社会消费品零售总额', '价格指数', '产量', '工业总产值', '手工业生产合作社的产值'] },
	countedHead: { yes: ['整治提升项目', '重点企业', '先进制造业园区', '自然保护区', '便民服务站', '行政村', '敬老院', '低收入农户'], no: ['实现转化', '建成投产', '通过验收', '完成改造', '项目建设'] },
	genericWhole: { yes: ['总人次', '总人数', '总数', '总量', '总额', '合计', '全部', '全体', '总值'], no: ['党员总数', '全部造林面积', '全体代表', '总', '总计划', '出口总值'] },
	goodsUnit: { yes: ['吨', '公斤', '立方米', '千瓦时', '千瓦小时', '吨标准煤', '辆', '块', '支', '套', '千瓦', '标准箱'], no: ['万吨', '元', '人', '个', '吨/年', '平方米', '千瓦时/人'] },
	increment: { yes: ['新增固定电话用户', '新建幼儿园', '新改扩建中小学', '新登记市场主体', '净增党员'], no: ['全年新增', '新型城镇化', '新能源汽车', '创新平台', '净利润'] },
	measuredHead: { yes: ['事故起数', '死亡人数', '发案量', '不良贷款率', '直接经济损失', '单位GDP能耗', '播种面积', '粮食产量', '农民收入', '碳排放'], no: ['节能', '减排', '城市', '农村', '效益', '规模', '排放总量控制'] },
	priceBasis: { yes: ['按可比价格计算', '按2000年不变价格计算', '按现价计算', '按现行价格计算', '按2015年价格计算', '按照一九五二年的价格计算', '按当年价格计算'], no: ['价格', '可比口径', '现行政策', '不变', '物价', '2023年价格总水平', '当年'] },
	notNominalGrowth: { yes: ['工业总产值', '居民消费价格指数', '商品零售价格', '零售物价总水平', '国民收入', '国民总收入', '全员劳动生产率'], no: ['国内生产总值', '一般公共预算收入', '国民生产总值', '城镇居民人均可支配收入', '生产率'] },
	notOneStatistic: { yes: ['全年人均国内生产总值', '平均汇率', '累计筹资', '新增贷款', '净增党员', '财政安排支出', '计划投入', '预计完成投资', '力争引进资金'], no: ['国内生产总值', '全年财政收入', '粮食产量', '其中', '各地', '每人', '投资'] },
	passed: { yes: ['突破', '超过', '跨越', '迈上', '迈过', '越过', '站上'], no: ['突破性', '约', '接近', '首次突破', '迈上新台阶', ''] },
	programmeAfter: { yes: ['行动', '行动计划', '规划纲要', '提升行动', '专项行动', '整治攻坚', '工程建设'], no: ['，行动', '来持续推进行动', '间', '以来', '前'] },
	ruleTerm: { yes: ['每届任期', '留党察看期限', '有效期届满', '试用期为', '期满后', '受教育年限', '刑期', '学制', '服务期', '至少保存', '妥善保管', '私自留存', '警告处分', '留党察看'], no: ['每届', '应当至少', '不超过', '期间', '任务', '存款', '处理'] },
	statistic: { yes: ['国内生产总值', '全年财政收入', '年末全国人口', '粮食产量', '规上工业增加值', '高速公路通车里程'], no: ['增加值增长', '收入分配', '推进投资项目', '价格机制', '总'] },
	unitStart: { yes: ['万吨', '亿千瓦小时', '公里', '万吨/年', '个', '元', '千公顷', '万双', '平方公里', '立方米'], no: ['粮食', '产量', '增长', '合计', '其中：', '指标', '单位', '比上年增长'] },
};

test('words: every list says what it is, its words non-empty and once each, its pattern as its case table says', () => {
	for (const [name, list] of builtinWordLists) {
		assert.ok(list.about.length > 0 && list.entries.length > 0, `${name}: about and entries`);
		const seen = new Set<string>();
		for (const e of list.entries) {
			assert.ok(e.words.length > 0 && e.source.length > 0, `${name}: an entry has words and a source`);
			for (const w of e.words) {
				assert.ok(w.length > 0 && !seen.has(w), `${name}: ${w} non-empty and once`);
				seen.add(w);
			}
		}
		const cases = WORD_CASES[name];
		assert.ok(cases, `${name}: a case table`);
		const pattern = wordPattern(name);
		for (const t of cases.yes) assert.ok(pattern.test(t), `${name} matches ${t}`);
		for (const t of cases.no) assert.ok(!pattern.test(t), `${name} does not match ${t}`);
	}
});

test('words: an entry\'s sense is read by its words (priceBasis: real or nominal), none where the entry gives none', () => {
	assert.equal(wordSense('priceBasis', '不变价'), 'real');
	assert.equal(wordSense('priceBasis', '可比价'), 'real');
	assert.equal(wordSense('priceBasis', '现价'), 'nominal');
	assert.equal(wordSense('priceBasis', '现行价'), 'nominal');
	assert.equal(wordSense('priceBasis', '年价格计算'), 'real');
	assert.equal(wordSense('priceBasis', '当年价'), 'nominal');
	assert.equal(wordSense('priceBasis', '价格'), undefined);
	assert.equal(wordSense('statistic', '总值'), undefined);
	// Every word of priceBasis has a sense: its readers map each word they match to one.
	for (const e of builtinWordLists.get('priceBasis')!.entries) assert.ok(e.sense === 'real' || e.sense === 'nominal', e.words.join('/'));
});

test('words: anchored as the list says (start, within, end, whole, anywhere)', () => {
	const list = (match: 'start' | 'end' | 'anywhere' | 'whole', within?: number) => compileWordList({ about: 'x', match, ...(within ? { within } : {}), entries: [{ words: ['行动', 'a.b'], source: 'x' }] });
	assert.equal(list('start').source, '^(?:行动|a\\.b)');
	assert.equal(list('start', 3).source, '^[\\u4e00-\\u9fff]{0,3}?(?:行动|a\\.b)');
	assert.equal(list('end').source, '(?:行动|a\\.b)$');
	assert.equal(list('whole').source, '^(?:行动|a\\.b)$');
	assert.equal(list('anywhere').source, '行动|a\\.b');
	for (const t of ['行动', '提升行动', '再提升行动']) assert.ok(list('start', 3).test(t), t);
	assert.ok(!list('start', 3).test('物业管理提升行动'), 'more than three characters before');
	// An entry's notBefore: its word followed by one of them is a longer word of another sense, not matched there.
	const not = compileWordList({ about: 'x', match: 'anywhere', entries: [{ words: ['工业生产'], notBefore: ['合作社'], source: 'x' }, { words: ['增加值'], source: 'x' }] });
	assert.equal(not.source, '工业生产(?!合作社)|增加值');
	assert.ok(not.test('工业生产增长') && not.test('手工业生产合作社的增加值') && !not.test('手工业生产合作社的产值'));
});

test('words: every source cites lines of ../shared that print its words', { skip: HAVE_SHARED ? false : `../shared is absent (${SHARED})` }, () => {
	for (const [name, list] of builtinWordLists) {
		for (const e of list.entries) {
			const cited: string[] = [];
			for (const cite of e.source.split(/;\s*/)) {
				// A table's row is cited by its cells as printed, one space between them (纱 万吨): its padding and rules read as one space.
				const m = /^([^:]+\.txt):(\d+) (\S+(?: \S+)*)$/.exec(cite);
				assert.ok(m, `${name}: a source is path:line and the words as printed (${cite})`);
				const file = sharedPath(m[1]!);
				assert.ok(existsSync(file), `${name}: ${m[1]} exists`);
				const line = readFileSync(file, 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
				assert.ok(line.replace(/[\s|]+/g, ' ').includes(m[3]!), `${name}: ${cite} is printed on its line`);
				cited.push(m[3]!);
			}
			// A word kept though no line uses it says why, and cites the nearest use found.
			if (e.unattested === undefined) for (const w of e.words) assert.ok(cited.some((c) => c.includes(w)), `${name}: ${w} is in a cited line`);
			else assert.ok(e.unattested.length > 0, `${name}: ${e.words.join('/')} says why it is kept`);
		}
	}
});
