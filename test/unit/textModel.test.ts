import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { buildTextModel, toOriginal, toOriginalSpan, type TextModel } from '../../server/src/analysis/index';
import { joinLines } from '../helpers/text';

/** A hard-wrapped column like the seed page: ~15 characters a line. */
const WRAPPED = joinLines(
	'近年来，翔安区坚持以习近平新时代',
	'中国特色社会主义思想为指导，主动融入',
	'',
	'“跨岛发展”重大战略，抢抓“岛外大发展”',
	'重大机遇，争先进位。',
	'',
	'织密党建网。翔安区构建“大党工',
	'委”格局，城市社区主干年人均增加2.8',
	'万元，增幅45.2%；注册志愿者1',
	'万余人。',
	'调解决200余项疑难事项。',
	'汇聚攻坚力量。翔安区委引导党员',
);

function texts(m: TextModel): string[] {
	return m.blocks.map((b) => b.text);
}

describe('text model', () => {
	test('joins hard-wrapped lines without spaces, across a blank line inside a sentence', () => {
		const m = buildTextModel(WRAPPED);
		assert.equal(m.hardWrapped, true);
		assert.deepEqual(texts(m), [
			'近年来，翔安区坚持以习近平新时代中国特色社会主义思想为指导，主动融入“跨岛发展”重大战略，抢抓“岛外大发展”重大机遇，争先进位。',
			'织密党建网。翔安区构建“大党工委”格局，城市社区主干年人均增加2.8万元，增幅45.2%；注册志愿者1万余人。',
			'调解决200余项疑难事项。',
			'汇聚攻坚力量。翔安区委引导党员',
		]);
	});

	test('records the blank line joined away inside a sentence', () => {
		const m = buildTextModel(WRAPPED);
		const first = m.blocks[0]!;
		assert.equal(first.blankJoins.length, 1);
		assert.equal(first.text.slice(first.blankJoins[0], first.blankJoins[0]! + 6), '“跨岛发展”');
	});

	test('maps every joined character back to the same character in the original', () => {
		const m = buildTextModel(WRAPPED);
		for (const b of m.blocks) {
			for (let i = 0; i < b.text.length; i++) assert.equal(WRAPPED[toOriginal(b, i)], b.text[i], `block ${b.firstLine} index ${i}`);
		}
	});

	test('a span across a line break covers the original characters, break included', () => {
		const m = buildTextModel(WRAPPED);
		const b = m.blocks[1]!;
		const i = b.text.indexOf('2.8万元');
		const span = toOriginalSpan(b, i, i + 5);
		assert.equal(WRAPPED.slice(span.start, span.end), '2.8\n万元');
	});

	test('a paragraph ends at a line that ends a sentence, with or without a blank line', () => {
		const m = buildTextModel(WRAPPED);
		assert.equal(m.blocks[2]!.firstLine, 10);
		assert.equal(m.blocks[3]!.firstLine, 11);
	});

	test('a short line before a blank line is not joined (a heading that ends no sentence)', () => {
		const text = joinLines(
			'一、2023年工作回顾',
			'',
			'过去一年，是全面贯彻党的二十大',
			'精神的开局之年，是本届政府依法',
			'履职的第一年。面对异常复杂的国',
			'际环境和艰巨繁重的改革发展稳定',
			'任务，迈出坚实步伐。',
		);
		assert.deepEqual(texts(buildTextModel(text)), [
			'一、2023年工作回顾',
			'过去一年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。面对异常复杂的国际环境和艰巨繁重的改革发展稳定任务，迈出坚实步伐。',
		]);
	});

	test('a newspaper title (地名： and a headline) stays a block of its own', () => {
		const text = joinLines(' 云南省曲靖市麒麟区：', '智慧党建按下城市基层治理“快进键”', '', '2002年6月，时任福建省委副书记、', '省长的习近平同志深入厦门调研。');
		const m = buildTextModel(text);
		assert.equal(m.blocks[0]!.kind, 'title');
		assert.equal(m.blocks[0]!.text, '云南省曲靖市麒麟区：智慧党建按下城市基层治理“快进键”');
	});

	test('Markdown: front matter, headings, tables, lists and comments are blocks of their own', () => {
		const text = joinLines('---', 'title: 报告', '---', '', '## 一、总体要求', '', '| 年份 | 人数 |', '|---|---|', '| 2024 | 5 |', '', '- 时间: 2024年', '<!-- INFO END -->', '正文。');
		const kinds = buildTextModel(text).blocks.map((b) => b.kind);
		assert.deepEqual(kinds, ['frontMatter', 'heading', 'table', 'list', 'html', 'text']);
	});

	test('text that is not hard-wrapped never joins across a blank line', () => {
		const text = joinLines(
			'第一章　总则',
			'第一条　为了规范农民工工资支付行为，保障农民工按时足额获得工资，根据《中华人民共和国劳动法》及有关法律规定，制定本条例。',
			'',
			'第二条　保障农民工工资支付，适用本条例。本条例所称农民工，是指为用人单位提供劳动的农村居民。',
		);
		const m = buildTextModel(text);
		assert.equal(m.hardWrapped, false);
		assert.equal(m.blocks.length, 3);
	});

	test('CRLF, CR and U+2028 line ends: offsets still point at the original characters', () => {
		for (const eol of ['\r\n', '\r', '\u2028']) {
			const text = ['织密党建网。翔安区构建', '“大党工委”格局。'].join(eol);
			const m = buildTextModel(text);
			assert.equal(m.lineStarts.length, 2);
			const b = m.blocks[0]!;
			for (let i = 0; i < b.text.length; i++) assert.equal(text[toOriginal(b, i)], b.text[i]);
		}
	});

	test('empty and blank documents have no blocks', () => {
		assert.deepEqual(buildTextModel('').blocks, []);
		assert.deepEqual(buildTextModel('\n\n  \n').blocks, []);
	});

	test('one paragraph per line, no blank lines (a web page copied as text): not hard-wrapped, every line a paragraph', () => {
		const text = joinLines(
			'一、综合',
			'初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。其中，第一产业增加值89755亿元，比上年增长4.1%。',
			'全年全部工业增加值399103亿元，比上年增长4.2%。',
			'二、农业',
			'全年粮食种植面积11897万公顷，比上年增加64万公顷。',
			'指标',
			'年末数（万人）',
			'比重（%）',
			'全国人口',
			'140967',
			'100.0',
			'其中：城镇',
			'93267',
			'66.2',
		);
		const m = buildTextModel(text);
		assert.equal(m.hardWrapped, false);
		assert.equal(m.wrapWidth, 0);
		// Five lines of prose, and the flattened table (a header of two cells over two rows of two figures) one block.
		assert.equal(m.tables.length, 1);
		assert.equal(m.blocks.length, 6);
		assert.ok(m.blocks.every((b) => b.firmStart));
	});

	test('table rows with cell separators are not taken for wrapped lines', () => {
		const rows = Array.from({ length: 12 }, (_, i) => `第${i + 1}产业 | ${100 + i}.5 | 5.${i} |`);
		const m = buildTextModel(joinLines('初步核算，全市实现地区生产总值609.91亿元，比上年增长5.2%。', ...rows, '年末全市常住人口82.9万人。'));
		assert.equal(m.hardWrapped, false);
	});

	test('not hard-wrapped: a few lines of one length among many shorter ones, or among numbered headings', () => {
		// Four lines an edit made 8 characters long among hundreds of 7: no column (a band must hold a tenth of the lines).
		const short = Array.from({ length: 400 }, (_, i) => (i % 100 === 7 ? `加强管理工作${i % 10}新` : `加强管理工作${i % 10}`));
		assert.equal(buildTextModel(joinLines(...short)).hardWrapped, false);
		// Four such lines among hundreds of numbered headings (a twentieth of all the lines of text).
		const headings = Array.from({ length: 400 }, (_, i) => (i % 100 === 7 ? `新（${i}）加强组织领导` : `（${i}）加强组织领导`));
		assert.equal(buildTextModel(joinLines(...headings)).hardWrapped, false);
		// The same lines as most of the text are a column.
		const wrapped = Array.from({ length: 40 }, (_, i) => (i % 5 === 4 ? '推进改革。' : `加强管理工作推进${i % 10}`));
		assert.equal(buildTextModel(joinLines(...wrapped)).hardWrapped, true);
	});

	test('hard-wrapped: lines cluster at one width, most end inside a sentence; the wrap width is recorded', () => {
		const m = buildTextModel(WRAPPED);
		assert.equal(m.hardWrapped, true);
		assert.ok(m.wrapWidth >= 15 && m.wrapWidth <= 20, `wrap width ${m.wrapWidth}`);
	});

	test('not hard-wrapped: numbered short items of alike lengths between paragraphs one a line', () => {
		const items = ['新建改扩建中小学幼儿园12所', '新增公办学位8000个以上', '改造老旧小区50个惠及2万户', '新建城市口袋公园20个', '建设社区养老服务站30个', '新增城镇就业5万人以上', '完成农村危房改造1000户', '新建改造农村公路300公里'];
		const m = buildTextModel(
			joinLines(
				'一、2023年工作回顾',
				'过去一年，我们坚持稳中求进工作总基调，全市经济社会发展取得新成效，地区生产总值增长6.1%，民生保障持续加强。',
				'二、2024年民生实事',
				...items.map((t, i) => `${i + 1}.${t}`),
				'三、2024年工作安排',
				'今年工作的总体要求是坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展。',
			),
		);
		assert.equal(m.hardWrapped, false);
		assert.equal(m.blocks.length, 5 + items.length);
	});

	test('hard-wrapped by a count of characters: figure-heavy lines of one length but many widths', () => {
		// Prose cut every 40 characters whose lines alternate words and figures: digits count ½ of the width, so the
		// widths spread from 25 to 40 while every full line holds 40 characters.
		const words = '坚持以人民为中心的发展思想，扎实推进共同富裕，持续增进民生福祉，切实办好民生实事，不断提高人民生活品质，';
		const figures = '粮食产量69541万吨，增长1.6%；棉花产量616万吨，增长9.7%；油料产量3979万吨，增长1.0%；';
		const prose = [1, 2, 3, 4].map((n) => `${(words + figures).repeat(n)}全年目标任务圆满完成。`);
		const lines: string[] = [];
		for (const p of prose) {
			for (let i = 0; i < p.length; i += 40) lines.push(p.slice(i, i + 40));
			lines.push('');
		}
		const m = buildTextModel(joinLines(...lines));
		assert.equal(m.hardWrapped, true);
		// Each paragraph one block again.
		assert.equal(m.blocks.length, prose.length);
		assert.deepEqual(m.blocks.map((b) => b.text), prose);
	});

	test('hard-wrapped: a line all in bold before a blank line is a block of its own, however full', () => {
		const m = buildTextModel(joinLines('**（五）强力实施“四大工程”，全面提升功能**', '', '**实施旧城更新改造工程。**坚持政府主导、项', '目带动，改善市民居住环境。', '', WRAPPED));
		assert.ok(m.hardWrapped);
		assert.ok(texts(m).includes('**（五）强力实施“四大工程”，全面提升功能**'), texts(m).join(' | '));
	});

	test('hard-wrapped with no blank lines: a numbered title ends on a line short of the column, with no clause mark', () => {
		// WRAPPED's lines at one width, then a report's parts: each heading's last line falls short (作回顾, 三、2026年工作安排).
		const body = ['近年来，翔安区坚持以习近平新时代', '中国特色社会主义思想为指导，主动融', '入“跨岛发展”重大战略，抢抓“岛外大', '发展”重大机遇，争先进位，织密党建网。'];
		const m = buildTextModel(joinLines('一、2025年和“十四五”时期工', '作回顾', ...body, '三、2026年工作安排', ...body));
		assert.ok(m.hardWrapped);
		assert.deepEqual(texts(m).filter((t) => /^[一三]、/.test(t)), ['一、2025年和“十四五”时期工作回顾', '三、2026年工作安排']);
		// Not a numbered paragraph whose short line holds a clause mark (an edit shortened it), nor a short line unnumbered.
		const m2 = buildTextModel(joinLines(...body, '（一）加快建设，', '推进科技创新中心建设，取得新成效。', '加快建设科技创新中心', ...body));
		assert.ok(texts(m2).some((t) => t.includes('（一）加快建设，推进科技创新中心')), texts(m2).join(' | '));
		assert.ok(texts(m2).some((t) => t.includes('加快建设科技创新中心近年来')), texts(m2).join(' | '));
	});

	test('hard-wrapped: a list item runs on into the lines after it while its line is full and ends no sentence', () => {
		const m = buildTextModel(joinLines(WRAPPED, '', '- 基层组织：中国共产党现有基层组织5', '25.0万个，比上年底净增7.4万个。', '- 基层党委：30.6万个。', '新的段落从这里开始，它不属于上面的列表。'));
		const list = m.blocks.filter((b) => b.kind === 'list').map((b) => b.text);
		assert.deepEqual(list, ['- 基层组织：中国共产党现有基层组织525.0万个，比上年底净增7.4万个。', '- 基层党委：30.6万个。']);
		// Never into a numbered line or a title of its own.
		const m2 = buildTextModel(joinLines(WRAPPED, '', '- 坚持创新驱动发展，加快建设科技创新中心', '二、工作安排', '今年工作的总体要求是坚持稳中求进。'));
		assert.deepEqual(m2.blocks.filter((b) => b.kind === 'list').map((b) => b.text), ['- 坚持创新驱动发展，加快建设科技创新中心']);
	});

	// A page wrapped at one width, its paragraphs set apart by blank lines.
	const PAGE = [
		'近年来，翔安区坚持以习近平新时代',
		'中国特色社会主义思想为指导，主动。',
		'',
		'加快推动高水平科技自立自强。',
		'充分发挥新型举国体制优势，全面',
		'提升自主创新能力。',
		'',
		'强化基础研究系统布局，长期稳定支',
		'持一批创新基地、优势团队和重点。',
		'',
		'瞄准国家重大战略需求和产业发展需',
		'要，部署实施一批重大科技项目。',
		'',
		'全面提升自主创新能力，加快推动高',
		'水平科技自立自强。',
		'',
		'强化企业科技创新主体地位，促进创',
		'新链产业链深度融合。',
		'',
		'加强知识产权保护，营造良好创新生',
		'态。',
		'',
	];

	test('paragraphs set apart by blank lines: a full line that ends in 。 without a blank line after it runs on', () => {
		const text = joinLines(...PAGE);
		const m = buildTextModel(text);
		assert.equal(m.hardWrapped, true);
		assert.equal(texts(m)[1], '加快推动高水平科技自立自强。充分发挥新型举国体制优势，全面提升自主创新能力。');
	});

	test('paragraphs set apart by blank lines, numbered notes one a line: the notes’ breaks are no evidence against it', () => {
		const notes = ['注：1、本公报为初步统计数。', '2、各项统计数据均未包括台湾省。', '3、绝对数按现价计算。', '4、增长速度按可比价格计算。', '5、人口数据待普查公报公布。', ''];
		const m = buildTextModel(joinLines(...PAGE, ...notes));
		assert.equal(m.hardWrapped, true);
		assert.equal(texts(m)[1], '加快推动高水平科技自立自强。充分发挥新型举国体制优势，全面提升自主创新能力。');
		// Each note stays a paragraph of its own (its numbering mark opens it).
		assert.deepEqual(texts(m).slice(-4), notes.slice(1, 5));
	});

	test('a numbered line short of the column before a blank line is a heading of its own, however near full', () => {
		const heading = ['（四）城乡区域发展趋于协调', '', '中原城市群建设和县域经济发', '展加快，城镇化率提高。', ''];
		assert.deepEqual(texts(buildTextModel(joinLines(...PAGE, ...heading))).slice(-2), ['（四）城乡区域发展趋于协调', '中原城市群建设和县域经济发展加快，城镇化率提高。']);
		// A numbered paragraph's first line that fills the column runs on across the blank line.
		const para = ['（四）中原城市群建设和县域经济', '', '发展加快，城镇化率提高。', ''];
		assert.equal(texts(buildTextModel(joinLines(...PAGE, ...para))).at(-1), '（四）中原城市群建设和县域经济发展加快，城镇化率提高。');
	});

	test('a line shorter than its paragraph’s lines before a blank line ends the paragraph, its 。 missing (…的维护费 ⏎⏎ 各部门的…)', () => {
		const para = ['全面提升自主创新能力，加快推动高', '水平科技自立自强，以及城市公用事', '业的维护费', '', '各部门的基本建设投资四二七·四亿', '元，其分配和百分比如下：', ''];
		assert.deepEqual(texts(buildTextModel(joinLines(...PAGE, ...para))).slice(-2), ['全面提升自主创新能力，加快推动高水平科技自立自强，以及城市公用事业的维护费', '各部门的基本建设投资四二七·四亿元，其分配和百分比如下：']);
		// So is a numbered heading wrapped over two lines (（一）深入落实城市总体规划，推动 ⏎ 京津冀协同发展走深走实 ⏎⏎ 坚持…).
		const heading = ['（一）深入落实城市总体规划，推动', '京津冀协同发展', '', '坚持首都城市战略定位，发挥一核辐', '射带动作用。', ''];
		assert.equal(texts(buildTextModel(joinLines(...PAGE, ...heading))).at(-2), '（一）深入落实城市总体规划，推动京津冀协同发展');
	});

	test('near misses: a full line before a blank line runs on, however many digits it holds or however narrow the page before', () => {
		// As full as the lines above it in characters, narrower in width (digits are half): a column cut at a count.
		const digits = ['全面提升自主创新能力，加快推动高', '水平科技，年均增长12.5%和8', '', '.3%，重大项目建设有力推进。', ''];
		assert.equal(texts(buildTextModel(joinLines(...PAGE, ...digits))).at(-1), '全面提升自主创新能力，加快推动高水平科技，年均增长12.5%和8.3%，重大项目建设有力推进。');
		// The lines before an earlier blank line joined (another page) are not compared.
		const pages = ['全面提升自主创新能力，加快推动高', '水平科技自立自强，加强知识产权保', '', '护营造良好创新生态环境，推', '进重大项目建设，持续优化创', '', '新环境。', ''];
		assert.equal(texts(buildTextModel(joinLines(...PAGE, ...pages))).at(-1), '全面提升自主创新能力，加快推动高水平科技自立自强，加强知识产权保护营造良好创新生态环境，推进重大项目建设，持续优化创新环境。');
	});

	test('an image alone on its line neither runs on into the title after it nor takes the line before it', () => {
		const image = ['深化数智技术全流程应用，发展泛在', '可及、智慧便捷、公平普惠的政务服', '', '![](images/W020260313827496853913.JPG)', '', '**第十四章　营造健康有序的发展', '生态**', '', '坚持促进发展和规范管理相统筹，加', '强数据基础制度规则建设。', ''];
		const t = texts(buildTextModel(joinLines(...PAGE, ...image)));
		assert.ok(t.includes('![](images/W020260313827496853913.JPG)'), t.join(' | '));
		assert.equal(t.at(-2), '**第十四章　营造健康有序的发展生态**');
	});

	test('a bold title wrapped over two lines before a blank line is a title of its own, not the first words of the next paragraph', () => {
		const title = ['**（五）强力实施“四大工程”', '，全面提升城市功能品位**', '', '**实施旧城更新改造工程。**', '坚持政府主导、项目带动、市场运', '作、多方参与。', ''];
		assert.deepEqual(texts(buildTextModel(joinLines(...PAGE, ...title))).slice(-2), ['**（五）强力实施“四大工程”，全面提升城市功能品位**', '**实施旧城更新改造工程。**坚持政府主导、项目带动、市场运作、多方参与。']);
		// A bold lead that closes mid-line runs on across the blank line as any full line does.
		const lead = ['**加快推动高水平科技自立自强', '。**充分发挥新型举国体制优势', '', '，全面提升自主创新能力。', ''];
		assert.equal(texts(buildTextModel(joinLines(...PAGE, ...lead))).at(-1), '**加快推动高水平科技自立自强。**充分发挥新型举国体制优势，全面提升自主创新能力。');
	});

	test('a date alone on its line (under a title, a signature) is a block of its own: the issuer above it does not run on into it', () => {
		const head = ['**中华人民共和国2005年国', '民经济和社会发展统计公报**', '', '中华人民共和国国家统计局', '', '2006年2月28日', ''];
		assert.deepEqual(texts(buildTextModel(joinLines(...head, ...PAGE))).slice(0, 3), ['**中华人民共和国2005年国民经济和社会发展统计公报**', '中华人民共和国国家统计局', '2006年2月28日']);
		// Without a blank line between, and in Chinese numerals.
		const close = texts(buildTextModel(joinLines(...PAGE, '中华人民共和国国家统计局', '二〇〇六年二月二十八日', '')));
		assert.deepEqual(close.slice(-2), ['中华人民共和国国家统计局', '二〇〇六年二月二十八日']);
		// A date that opens a sentence on its line runs on as any line does.
		const sentence = texts(buildTextModel(joinLines(...PAGE, '全市生产总值比上年增长，截至', '2006年2月28日，已完成全年。', '')));
		assert.equal(sentence.at(-1), '全市生产总值比上年增长，截至2006年2月28日，已完成全年。');
		// A date alone on its line inside a sentence, the next line running on from it (…大会于 ⏎ 2006年2月28日 ⏎ 召开…):
		// the full line above runs on into it as into any line.
		const inside = texts(buildTextModel(joinLines(...PAGE, '中国共产党第十五次全国代表大会于', '2006年2月28日', '召开，会议选举产生新一届委员会。', '')));
		assert.equal(inside.at(-1), '中国共产党第十五次全国代表大会于2006年2月28日召开，会议选举产生新一届委员会。');
		const census = texts(buildTextModel(joinLines(...PAGE, '全市户籍人口统计截至日期为本年度的', '二〇二三年十二月三十一日', '全市户籍人口为865万人，比上年增加', '12万人。', '')));
		assert.equal(census.at(-1), '全市户籍人口统计截至日期为本年度的二〇二三年十二月三十一日全市户籍人口为865万人，比上年增加12万人。');
	});

	test('across a blank line a short line’s number does not run on into the next line’s (附件1 ⏎⏎ 10件民生实事)', () => {
		const m = buildTextModel(joinLines(...PAGE, '附件1', '', '10件民生实事', '', '一、稳定扩大就业', ''));
		assert.deepEqual(texts(m).slice(-3), ['附件1', '10件民生实事', '一、稳定扩大就业']);
		// A full line's number split by the break still runs on.
		const split = buildTextModel(joinLines(...PAGE, '全年城镇新增就业人数达到了12', '', '34万人，比上年增加了12万人。', ''));
		assert.equal(texts(split).at(-1), '全年城镇新增就业人数达到了1234万人，比上年增加了12万人。');
	});
});
