/**
 * structure.title-body on pages made of three real work reports (../shared/local-reports), laid out as a newspaper
 * page (`地名：` and a headline over each text): in order, no title is flagged; with the titles rotated, every title is
 * flagged and points at the title its text belongs to. The places are named three ways: an autonomous prefecture
 * (恩施土家族苗族自治州, which its report calls 恩施州 and 全州), a city (合肥市: 合肥, 全市) and an autonomous region
 * (宁夏回族自治区: 宁夏, 全区).
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, LineIndex } from '../../server/src/analysis/index';
import { readShared, SKIP_SHARED } from '../helpers/paths';
import { joinLines } from '../helpers/text';

/** The opening paragraphs of a report (front matter and Markdown lines dropped), about 2,500 characters. */
function opening(file: string): string {
	const text = readShared('local-reports', file).replace(/^---[\s\S]*?---\n/, '');
	const out: string[] = [];
	let n = 0;
	for (const p of text.split('\n').filter((l) => l.trim().length > 40 && !/^[#*|>-]/.test(l.trim()))) {
		out.push(p);
		n += p.length;
		if (n > 2500) break;
	}
	return out.join('\n\n');
}

const REPORTS = [
	{ place: '湖北省恩施土家族苗族自治州：', headline: '恩施州政府工作报告', file: 'enshi-2022.txt' },
	{ place: '安徽省合肥市：', headline: '合肥市2026年政府工作报告', file: 'hefei-2026.txt' },
	{ place: '宁夏回族自治区：', headline: '2016年宁夏回族自治区政府工作报告', file: 'ningxia-2016.txt' },
];

function page(shift: number): string {
	return joinLines(...REPORTS.map((r, i) => joinLines(r.place, r.headline, '', opening(REPORTS[(i + shift) % REPORTS.length]!.file), '')));
}

describe('pages of three real reports', { skip: SKIP_SHARED }, () => {
	test('in order: no title flagged', () => {
		const a = analyze(page(0));
		assert.equal(a.sections.filter((s) => s.kind === 'title').length, 3);
		assert.deepEqual(a.findings.filter((f) => f.ruleId === 'structure.title-body'), []);
	});

	for (const shift of [1, 2]) {
		test(`titles rotated by ${shift}: all three flagged, each pointing at the title its text belongs to`, () => {
			const text = page(shift);
			const a = analyze(text);
			const lines = new LineIndex(text);
			const titles = a.sections.filter((s) => s.kind === 'title').map((s) => lines.positionAt(s.headingSpan.start).line);
			assert.equal(titles.length, 3);
			// Title i stands over report i + shift, whose own title is title (i + shift) mod 3.
			assert.deepEqual(
				a.findings.filter((f) => f.ruleId === 'structure.title-body').map((f) => [lines.positionAt(f.span.start).line, lines.positionAt(f.related![0]!.span.start).line]),
				titles.map((line, i) => [line, titles[(i + shift) % 3]!]),
			);
		});
	}
});
