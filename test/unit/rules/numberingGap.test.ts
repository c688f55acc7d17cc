import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { joinLines, spanText } from '../../helpers/text';

function findings(text: string): { at: string; data: Record<string, string | number>; related: string[] }[] {
	return analyze(text)
		.findings.filter((f) => f.ruleId === 'structure.numbering-gap')
		.map((f) => ({ at: spanText(text, f.span), data: { ...f.data }, related: (f.related ?? []).map((r) => spanText(text, r.span)) }));
}

describe('structure.numbering-gap', () => {
	test('a skipped number among sibling headings', () => {
		const text = joinLines('一、总体要求', '', '正文。', '', '二、主要任务', '', '正文。', '', '四、组织保障', '', '正文。');
		assert.deepEqual(findings(text), [{ at: '四、', data: { label: '四、', previous: '二、', expected: 3, found: 4 }, related: ['二、'] }]);
	});

	test('a repeated number', () => {
		const text = joinLines('（一）指导思想。坚持党的领导。', '', '（一）工作原则。坚持人民至上。');
		assert.equal(findings(text).length, 1);
	});

	test('items restart under each parent; articles run on across chapters', () => {
		const ok = joinLines(
			'第一章　总则', '', '第一条　为了规范工作，制定本条例。', '', '（一）企业；', '', '（二）个体经济组织。', '',
			'第二条　本条例适用于下列单位：', '', '（一）机关；', '', '第二章　附则', '', '第三条　本条例自公布之日起施行。',
		);
		assert.deepEqual(findings(ok), []);
		const gap = ok.replace('第三条', '第五条');
		assert.deepEqual(findings(gap).map((f) => f.at), ['第五条']);
	});

	test('a document that starts mid-way (an excerpt) is not flagged for its first number', () => {
		assert.deepEqual(findings(joinLines('三、工业。正文。', '', '四、服务业。正文。')), []);
	});
});
