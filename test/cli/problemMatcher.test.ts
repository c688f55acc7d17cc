import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli, tempFiles } from '../helpers/cli';
import { ROOT } from '../helpers/paths';
import { joinLines } from '../helpers/text';

interface Matcher {
	name: string;
	owner: string;
	fileLocation: string[];
	pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };

/** What VS Code makes of a severity group (problemMatcher.ts: error, warning, info; anything else is the default, error). */
function severity(s: string): string {
	return ['error', 'warning', 'info'].includes(s) ? s : s === 'hint' ? 'info' : 'error';
}

test('the problem matcher $policy-review reads every diagnostic line of the text output, and nothing else', () => {
	const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'policy-review')!;
	assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
	const re = new RegExp(matcher.pattern.regexp);
	const { file } = tempFiles('policy-review-matcher-');
	// A warning (the numbering gap), a warning with brackets in its message, and an Information (a borderline rate).
	const a = file('报告 一/a.txt', joinLines('一、总体要求', '', '全年财政收入83080亿元，比上年增加14562亿元，增长21.2%。', '', '三、组织保障', '', '正文。'));
	const b = file('b.txt', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。');
	const out = runCli([a, b]).stdout.split('\n');
	const matched = out.map((l) => re.exec(l)).filter((m): m is RegExpExecArray => m !== null);
	const problems = matched.map((m) => ({ file: m[matcher.pattern.file], line: Number(m[matcher.pattern.line]), column: Number(m[matcher.pattern.column]), severity: severity(m[matcher.pattern.severity]!), code: m[matcher.pattern.code] }));
	assert.deepEqual(problems, [
		{ file: a, line: 3, column: 30, severity: 'info', code: 'claim.percent-change' },
		{ file: a, line: 5, column: 1, severity: 'warning', code: 'structure.numbering-gap' },
		{ file: b, line: 1, column: 4, severity: 'warning', code: 'formula.count-mismatch' },
	]);
	// Every line the matcher takes is a diagnostic line, and every diagnostic line is taken.
	assert.equal(matched.length, out.filter((l) => / \[[a-z]+\.[a-z-]+\]$/.test(l)).length);
	// The message is the whole message, brackets and all.
	assert.match(matched[2]![matcher.pattern.message]!, /^“三定四抓”/);
});
