import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { RESTATED_IN_SENTENCE_MAX } from '../../server/src/analysis/parse/countsNamedAgain';

/** The readings at each place `count` is written, in text order: verdict, source and items. */
function readings(text: string, count: string): string[] {
	return analyze(text)
		.formulas.filter((f) => text.slice(f.span.start, f.span.start + count.length) === count)
		.map((f) => `${f.verdict}${f.expansion ? ` ${f.expansion.source}` : ''}${f.parts[0]?.items.length ? ` ${f.parts[0].items.join('、')}` : ''}`);
}

describe('a count named again in its own sentence (A、B两国…发展两国之间): the items just listed, never flagged', () => {
	const read: [string, string, string, string[]][] = [
		['two countries, then the two again (两国之间)', '积极推动中、法两国的务实合作和扩大两国之间的人员往来。', '两国', ['ok before 中、法', 'ok restated 中、法']],
		['a pair packed before the count, then 有利于两国', '中泰两国关系稳步发展，有利于两国扩大经贸往来。', '两国', ['ok before 中、泰', 'ok restated 中、泰']],
		['the same measure word and noun (四种指标…四种指标)', '按照质量、效益、安全、环保四种指标评价，全面达到四种指标要求的企业占六成。', '四种', ['ok before 质量、效益、安全、环保', 'ok restated 质量、效益、安全、环保']],
		['the same set, then what lies outside it (三大行业以外)', '加快钢铁、煤炭、水泥三大行业改造，压减三大行业以外的落后产能。', '三大', ['ok before 钢铁、煤炭、水泥', 'ok restated 钢铁、煤炭、水泥']],
		['the mention after a mark (，两个园区的)', '建设东区、西区两个园区，两个园区的产值分别增长8%和9%。', '两个', ['ok before 东区、西区', 'ok restated 东区、西区']],
		['a count in digits', '支持东区、西区、北区3个片区协同发展，推动3个片区产业互补。', '3个', ['ok before 支持东区、西区、北区', 'ok restated 支持东区、西区、北区']],
	];
	for (const [what, text, count, expected] of read) {
		test(`read: ${what}`, () => {
			assert.deepEqual(readings(text, count), expected, text);
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
	const notRead: [string, string, string][] = [
		['another sentence', '积极推动中、法两国的务实合作。扩大两国之间的人员往来。', '两国'],
		['a list of its own between (8个“一”和…、…8个“办”)', '推行一门、一窗、一网3个“一”和马上办、网上办、就近办3个“办”。', '3个'],
		['a batch of another set before it (另两国)', '中、法两国签署协议，另两国表示支持。', '两国'],
		['a part (其中两个)', '建设东区、西区、北区3个片区，其中3个片区已开工。', '3个'],
		['a longer number (13个)', '支持东区、西区、北区3个片区发展，新建13个片区服务站。', '3个'],
		['a list closed by 等', '支持东区、西区、北区等4个片区协同发展，推动4个片区产业互补。', '4个'],
		['too far in its sentence', `积极推动中、法两国的务实合作${'和深化'.repeat(Math.ceil(RESTATED_IN_SENTENCE_MAX / 3))}扩大两国之间的人员往来。`, '两国'],
		['the same measure word, another noun (3个片区…建成3个公园)', '推动东区、西区、北区3个片区建设，建成3个公园。', '3个'],
		['the same measure word, another noun (四种指标…四种考核)', '按照质量、效益、安全、环保四种指标评价，全面达到四种考核要求的企业占六成。', '四种'],
		['a time (3个月内)', '支持东区、西区、北区3个片区发展，在3个月内完成规划编制。', '3个'],
		['a threshold (四种以上)', '从质量、效益、安全、环保四种指标看，达到四种以上的企业占六成。', '四种'],
		['another year (2025年…两国 / 2026年…两国)', '2025年，中、法两国签署合作协议，2026年两国将扩大合作。', '两国'],
	];
	for (const [what, text, count] of notRead) {
		test(`not bound: ${what}`, () => {
			assert.ok(!readings(text, count).some((r) => r.includes('restated')), `${text}\n${readings(text, count).join('\n')}`);
			assert.deepEqual(analyze(text).findings, [], text);
		});
	}
	test('not flagged: the count named again with another number (两国…三国) is left as it is', () => {
		const text = '积极推动中、法两国的务实合作和扩大三国之间的人员往来。';
		assert.ok(!readings(text, '三国').some((r) => r.includes('restated')));
		assert.deepEqual(analyze(text).findings, [], text);
	});
});
