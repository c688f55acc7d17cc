/** The project file (.policy-review.json): globs, markers, anchors of accepted findings, parsing and rule levels. */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { anchorOf, contextAgreement, matchAccepted, suppressFindings, type AcceptedEntry } from '../../server/src/config/accepted';
import { compileGlob, matchesGlob } from '../../server/src/config/glob';
import { disabledRegions, isDisabled } from '../../server/src/config/markers';
import { entriesFor, parseProjectConfig, ruleLevelsFor, type ProjectConfig } from '../../server/src/config/projectConfig';
import { configProblemsMessage } from '../../server/src/features/messages';
import { joinLines, spanText } from '../helpers/text';

describe('globs of overrides', () => {
	const cases: [string, string, boolean][] = [
		['统计公报/**', '统计公报/2023.txt', true],
		['统计公报/**', '统计公报/省/2023.txt', true],
		['统计公报/**', '报告/统计公报/2023.txt', false],
		['统计公报', '报告/统计公报/2023.txt', true], // no slash: a name at any depth, and a folder covers what is inside
		['统计公报/', '统计公报/2023.txt', true],
		['*.md', 'a/b/c.md', true],
		['*.md', 'a/b/c.txt', false],
		['报告/*.txt', '报告/a.txt', true],
		['报告/*.txt', '报告/x/a.txt', false], // `*` stays within one folder
		['**/2023*.{txt,md}', 'a/b/2023年公报.md', true],
		['**/2023*.{txt,md}', 'a/b/2023年公报.ptxt', false],
		['a/?.txt', 'a/1.txt', true],
		['a/?.txt', 'a/12.txt', false],
		['./a/*.txt', 'a/1.txt', true],
		['**', 'anything/at/all.txt', true],
		['a/**/b', 'a/b', true],
		['a/**/b', 'a/x/y/b/c.txt', true],
	];
	for (const [pattern, path, expected] of cases) {
		test(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
			assert.equal(matchesGlob(pattern, path), expected);
		});
	}

	test('many stars against a long name terminate fast (no backtracking blow-up)', () => {
		const glob = compileGlob(`${'*a'.repeat(30)}b`);
		const started = performance.now();
		assert.equal(matchesGlob(glob, 'a'.repeat(5000)), false);
		assert.ok(performance.now() - started < 1000);
	});

	test('brace expansion is capped', () => {
		assert.ok(compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}').alternatives.length <= 256);
	});
});

describe('policy-review-disable / enable markers', () => {
	const text = joinLines(
		'甲',
		'<!-- policy-review-disable claim.part-sum -->',
		'乙',
		'<!-- policy-review-disable -->',
		'丙',
		'<!-- policy-review-enable -->',
		'丁',
		'<!-- policy-review-disable claim.ratio, claim.subset -->',
		'戊',
		'<!-- policy-review-enable claim.ratio -->',
		'己',
	);
	const at = (s: string): number => text.indexOf(s);

	test('a rule off between its disable and a bare enable; every rule off between a bare pair; an enable of one rule ends only that rule', () => {
		const regions = disabledRegions(text);
		assert.equal(isDisabled(regions, 'claim.part-sum', at('甲')), false);
		assert.equal(isDisabled(regions, 'claim.part-sum', at('乙')), true);
		assert.equal(isDisabled(regions, 'claim.percent-change', at('乙')), false);
		assert.equal(isDisabled(regions, 'claim.percent-change', at('丙')), true);
		assert.equal(isDisabled(regions, 'claim.percent-change', at('丁')), false);
		assert.equal(isDisabled(regions, 'claim.part-sum', at('丁')), false);
		assert.equal(isDisabled(regions, 'claim.ratio', at('戊')), true);
		assert.equal(isDisabled(regions, 'claim.ratio', at('己')), false);
		assert.equal(isDisabled(regions, 'claim.subset', at('己')), true, 'never enabled: to the end');
	});

	test('text without markers costs one search; an unclosed comment ends the scan', () => {
		assert.deepEqual(disabledRegions('普通文本<!-- 注释 -->'), []);
		assert.deepEqual(disabledRegions('policy-review-disable <!-- policy-review-disable'), []);
	});
});

const TEXT = joinLines('一、总体要求', '', '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。', '', '三、组织保障', '', '正文。');

function findingsOf(text: string) {
	return analyze(text).findings;
}

describe('anchors of findings', () => {
	test('rule, the figures (flagged one first) and ten characters of context on each side, without white space', () => {
		const f = findingsOf(TEXT).find((x) => x.ruleId === 'claim.percent-change')!;
		assert.deepEqual(anchorOf(TEXT, f), { rule: 'claim.percent-change', figures: ['9.5%', '5200亿元', '400亿元'], before: '增加400亿元，增长', after: '。三、组织保障正文。' });
	});

	test('the same finding re-wrapped (a PDF extraction) has the same anchor', () => {
		const wrapped = joinLines('一、总体要求', '', '全年财政收入5200亿元，比上年增加400', '亿元，增长9.5%。', '', '三、组织保障', '', '正文。');
		const a = anchorOf(TEXT, findingsOf(TEXT).find((x) => x.ruleId === 'claim.percent-change')!);
		const b = anchorOf(wrapped, findingsOf(wrapped).find((x) => x.ruleId === 'claim.percent-change')!);
		assert.deepEqual(b, a);
	});

	test('a long related text (a formula’s expansion) is cut', () => {
		const text = `坚持“三个一”：${'甲'.repeat(60)}、乙、丙、丁。`;
		const finding = { ruleId: 'formula.count-mismatch' as const, severity: 'warning' as const, span: { start: 3, end: 6 }, data: {}, related: [{ span: { start: 8, end: text.length - 1 }, role: 'expansion' }] };
		const a = anchorOf(text, finding);
		assert.equal(a.figures[1], `${'甲'.repeat(40)}…`);
	});
});

describe('accepted findings survive edits', () => {
	const accept = (text: string, rule: string): AcceptedEntry => ({ ...anchorOf(text, findingsOf(text).find((x) => x.ruleId === rule)!), file: 'a.txt' });
	const shown = (text: string, entries: AcceptedEntry[]): string[] => suppressFindings(text, findingsOf(text), entries).shown.map((f) => `${f.ruleId} ${spanText(text, f.span)}`);

	test('accepting hides that finding and no other', () => {
		const entry = accept(TEXT, 'claim.percent-change');
		assert.deepEqual(shown(TEXT, []), ['claim.percent-change 9.5%', 'structure.numbering-gap 三、']);
		assert.deepEqual(shown(TEXT, [entry]), ['structure.numbering-gap 三、']);
	});

	test('lines added above, a word changed further along the sentence, the text re-wrapped: still accepted', () => {
		const entry = accept(TEXT, 'claim.percent-change');
		for (const edited of [
			`前言。\n\n新增一段。\n\n${TEXT}`,
			TEXT.replace('全年财政收入', '本年度一般公共预算收入'),
			TEXT.replace('比上年增加400亿元，增长9.5%', '比上年增加400\n亿元，增长9.5%'),
		]) {
			assert.deepEqual(shown(edited, [entry]), ['structure.numbering-gap 三、'], edited);
		}
	});

	test('a figure of the finding changed: a new finding, shown', () => {
		const entry = accept(TEXT, 'claim.percent-change');
		const edited = TEXT.replace('增长9.5%', '增长9.9%');
		assert.deepEqual(shown(edited, [entry]), ['claim.percent-change 9.9%', 'structure.numbering-gap 三、']);
	});

	test('the same figures flagged twice: the entry holds for the one whose context agrees', () => {
		const two = joinLines('甲市财政收入5200亿元，比上年增加400亿元，增长9.5%。', '', '乙县财政收入5200亿元，比上年增加400亿元，增长9.5%。');
		const findings = findingsOf(two).filter((f) => f.ruleId === 'claim.percent-change');
		assert.equal(findings.length, 2);
		const anchors = findings.map((f) => anchorOf(two, f));
		// Accept the second one: the context after it (end of text) differs from the first one's (the next line).
		const matched = matchAccepted(anchors, [anchors[1]!]);
		assert.deepEqual([...matched.keys()], [1]);
	});

	test('the context around the figure rewritten on both sides: no longer accepted', () => {
		const entry = accept(TEXT, 'claim.percent-change');
		const edited = TEXT.replace('增长9.5%。', '增幅9.5%；');
		assert.equal(contextAgreement(entry, anchorOf(edited, findingsOf(edited).find((f) => f.ruleId === 'claim.percent-change')!)), 0);
		assert.deepEqual(shown(edited, [entry])[0], 'claim.percent-change 9.5%');
	});

	test('markers turn findings off where they stand', () => {
		const text = `<!-- policy-review-disable structure.numbering-gap -->\n${TEXT}`;
		const r = suppressFindings(text, findingsOf(text), []);
		assert.deepEqual(r.shown.map((f) => f.ruleId), ['claim.percent-change']);
		assert.deepEqual(r.hidden.map((h) => h.suppression.by), ['marker']);
	});
});

describe('.policy-review.json', () => {
	test('a whole file: levels, overrides by glob, entries for a document', () => {
		const parsed = parseProjectConfig(
			JSON.stringify({
				$schema: './schema.json',
				rules: { 'structure.numbering-gap': 'off' },
				overrides: [{ files: ['统计公报/**'], rules: { 'claim.restatement': 'information', 'structure.numbering-gap': 'warning' } }],
				accepted: [
					{ rule: 'claim.part-sum', file: '统计公报/2023.txt', figures: ['1', '2'], before: 'x', after: 'y', note: 'checked' },
					{ rule: 'claim.ratio', figures: ['3'] },
				],
			}),
		);
		assert.ok('config' in parsed);
		assert.deepEqual(parsed.problems, []);
		const config: ProjectConfig = parsed.config;
		assert.deepEqual(ruleLevelsFor({ 'claim.ratio': 'hint', 'no.such': 'off' }, config, '报告/a.txt'), { 'claim.ratio': 'hint', 'structure.numbering-gap': 'off' });
		assert.deepEqual(ruleLevelsFor({}, config, '统计公报/2023.txt'), { 'structure.numbering-gap': 'warning', 'claim.restatement': 'information' });
		assert.deepEqual(
			entriesFor(config, '统计公报/2023.txt').map((e) => e.rule),
			['claim.part-sum', 'claim.ratio'],
		);
		assert.deepEqual(
			entriesFor(config, '报告/a.txt').map((e) => e.rule),
			['claim.ratio'],
		);
		assert.deepEqual(config.accepted[1], { rule: 'claim.ratio', figures: ['3'], before: '', after: '' });
	});

	test('not JSON, not an object: no configuration; parts that are wrong: left out and named', () => {
		assert.deepEqual(parseProjectConfig('{ "rules": '), { problem: { reason: 'not-json' } });
		assert.deepEqual(parseProjectConfig('[]'), { problem: { reason: 'not-config' } });
		const parsed = parseProjectConfig(
			JSON.stringify({ rule: {}, rules: { 'claim.typo': 'off', 'claim.ratio': 'loud' }, overrides: [{ files: 'x', rules: {} }], accepted: [{ rule: 'claim.ratio' }, 5] }),
		);
		assert.ok('config' in parsed);
		assert.deepEqual(parsed.problems, [
			{ kind: 'unknown-key', key: 'rule' },
			{ kind: 'unknown-rule', rule: 'claim.typo' },
			{ kind: 'bad-level', rule: 'claim.ratio' },
			{ kind: 'bad-override', index: 0 },
			{ kind: 'bad-entry', index: 0 },
			{ kind: 'bad-entry', index: 1 },
		]);
		assert.equal(
			configProblemsMessage(parsed.problems.slice(0, 2), 'zh'),
			'未知的键“rule”已忽略；未知的规则“claim.typo”已忽略',
		);
		assert.match(configProblemsMessage(parsed.problems, 'en'), /^unknown key "rule" ignored; unknown rule "claim\.typo" ignored; .*accepted entry 2 needs "rule" and "figures"; ignored$/);
	});
});
