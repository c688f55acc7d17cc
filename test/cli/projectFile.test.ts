/** The command-line tool and .policy-review.json: the nearest file, --config, --no-config, what it suppresses and how it says so. */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runCli, tempFiles } from '../helpers/cli';
import { joinLines } from '../helpers/text';

const TEXT = joinLines('一、总体要求', '', '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。', '', '三、组织保障', '', '正文。');
const ENTRY = { rule: 'claim.percent-change', file: '报告/a.txt', figures: ['9.5%', '5200亿元', '400亿元'], before: '增加400亿元，增长', after: '。三、组织保障正文。', note: '基数已修订' };

const rulesOf = (stdout: string): string[] => [...stdout.matchAll(/\[([\w.-]+)\]$/gm)].map((m) => m[1]!);

describe('policy-review and .policy-review.json', () => {
	const { dir, file } = tempFiles('policy-review-cli-project-');
	file('报告/a.txt', TEXT);
	file('报告/b.txt', TEXT);
	file('统计公报/2023.txt', TEXT);
	file('.policy-review.json', JSON.stringify({ overrides: [{ files: ['统计公报'], rules: { 'structure.numbering-gap': 'off' } }], accepted: [ENTRY] }));

	test('the nearest project file above each file: accepted findings and overrides apply, and the summary counts what they hid', () => {
		const r = runCli(['报告', '统计公报'], {}, dir);
		assert.equal(r.code, 1);
		assert.equal(r.stderr, '');
		assert.deepEqual(rulesOf(r.stdout), ['structure.numbering-gap', 'claim.percent-change', 'structure.numbering-gap', 'claim.percent-change']);
		assert.match(r.stdout, /^报告\/a\.txt \(outline: 2 headings; 1 accepted or turned off\)$/m);
		assert.match(r.stdout, /Files reviewed: 3, not read: 0\. Findings: 4 — claim\.percent-change 2, structure\.numbering-gap 2 \(1 accepted or turned off\)\n$/);
	});

	test('a nearer project file replaces the one above it; paths are relative to its folder', () => {
		const nearer = file('报告/.policy-review.json', JSON.stringify({ accepted: [{ ...ENTRY, file: 'b.txt' }] }));
		try {
			const r = runCli(['报告/a.txt', '报告/b.txt'], {}, dir);
			assert.deepEqual(rulesOf(r.stdout), ['claim.percent-change', 'structure.numbering-gap', 'structure.numbering-gap']);
		} finally {
			rmSync(nearer);
		}
	});

	test('--no-config and --config FILE', () => {
		assert.deepEqual(rulesOf(runCli(['--no-config', '统计公报/2023.txt'], {}, dir).stdout), ['claim.percent-change', 'structure.numbering-gap']);
		const other = file('other/settings.json', JSON.stringify({ rules: { 'claim.percent-change': 'off' } }));
		assert.deepEqual(rulesOf(runCli(['--config', other, '统计公报/2023.txt'], {}, dir).stdout), ['structure.numbering-gap']);
		const missing = runCli(['--config', path.join(dir, 'nowhere.json'), '统计公报/2023.txt'], {}, dir);
		assert.equal(missing.code, 2);
		// Named relative to the working directory.
		assert.equal(missing.stderr, 'policy-review: configuration ignored — nowhere.json: no such file\n');
	});

	test('a malformed project file: one line, ignored, exit 2; wrong parts named, in the chosen language', () => {
		const { dir: bad, file: badFile } = tempFiles('policy-review-cli-bad-');
		badFile('a.txt', TEXT);
		badFile('.policy-review.json', '{ "accepted": [');
		const r = runCli(['a.txt', '--locale', 'zh'], {}, bad);
		assert.equal(r.code, 2);
		assert.equal(r.stderr, 'policy-review: 已忽略配置文件——.policy-review.json：不是有效的 JSON\n');
		assert.deepEqual(rulesOf(r.stdout), ['claim.percent-change', 'structure.numbering-gap']);
		badFile('.policy-review.json', JSON.stringify({ rules: { 'claim.typo': 'off', 'claim.percent-change': 'off' } }));
		const partly = runCli(['a.txt'], {}, bad);
		assert.equal(partly.code, 1, 'the rest of the file is used; a warning only');
		assert.equal(partly.stderr, 'policy-review: .policy-review.json: unknown rule "claim.typo" ignored\n');
		assert.deepEqual(rulesOf(partly.stdout), ['structure.numbering-gap']);
	});

	test('accepted findings count for nothing in the exit status', () => {
		const { dir: ok, file: okFile } = tempFiles('policy-review-cli-ok-');
		okFile('a.txt', '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。');
		assert.equal(runCli(['a.txt'], {}, ok).code, 1);
		okFile('.policy-review.json', JSON.stringify({ accepted: [{ rule: 'claim.percent-change', file: 'a.txt', figures: ['9.5%', '5200亿元', '400亿元'], before: '增加400亿元，增长', after: '。' }] }));
		assert.equal(runCli(['a.txt'], {}, ok).code, 0);
	});

	test('JSON lists suppressed findings apart; SARIF gives them as results with their suppression', () => {
		const json = JSON.parse(runCli(['--format', 'json', '报告/a.txt'], {}, dir).stdout) as { diagnostics: { rule: string }[]; suppressed: unknown[] };
		assert.deepEqual(json.diagnostics.map((d) => d.rule), ['structure.numbering-gap']);
		assert.deepEqual(json.suppressed, [
			{
				rule: 'claim.percent-change',
				severity: 'warning',
				message: '9.5% does not follow from the figures stated: 400 ÷ (5200 − 400) = 8.33%.',
				range: { start: { line: 2, character: 26 }, end: { line: 2, character: 30 } },
				by: 'accepted',
				config: path.join(dir, '.policy-review.json'),
				note: '基数已修订',
			},
		]);
		const sarif = JSON.parse(runCli(['--format', 'sarif', '报告/a.txt'], {}, dir).stdout);
		const results = sarif.runs[0].results as { ruleId: string; suppressions?: unknown[] }[];
		assert.deepEqual(
			results.map((r) => [r.ruleId, r.suppressions]),
			[
				['structure.numbering-gap', undefined],
				['claim.percent-change', [{ kind: 'external', status: 'accepted', justification: '基数已修订', location: { physicalLocation: { artifactLocation: { uri: pathToFileURL(path.join(dir, '.policy-review.json')).href } } } }]],
			],
		);
	});

	test('markers in a Markdown file', () => {
		const { dir: md, file: mdFile } = tempFiles('policy-review-cli-md-');
		mdFile('a.md', joinLines('<!-- policy-review-disable -->', TEXT, '<!-- policy-review-enable -->'));
		const r = runCli(['--format', 'sarif', 'a.md'], {}, md);
		assert.equal(r.code, 0);
		const results = JSON.parse(r.stdout).runs[0].results as { suppressions: { kind: string }[] }[];
		assert.deepEqual(
			results.map((x) => x.suppressions.map((s) => s.kind)),
			[['inSource'], ['inSource']],
		);
	});
});
