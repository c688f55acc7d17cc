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
});
