/**
 * Every rule on every real document of ../shared/corpus and ../shared/local-reports: no warning but the known findings,
 * each a real error of its document, read by hand (README, "Known findings"). The structure rules hold in the layouts
 * users paste too: as web text with one paragraph per line and hard-wrapped.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { hardWrapped, webText } from '../helpers/layouts';
import { corpusFiles, localReports, SKIP_SHARED } from '../helpers/paths';

/**
 * The findings the documents themselves print:
 * - national-1990: 全社会固定资产投资4451亿元，比上年增加185亿元，增长4.5％ — 185 ÷ (4451 − 185) = 4.34%.
 * - national-1990, its table of 各种运输量: 铁路 + 公路 + 水运 + 空运 + 管道 = 10593 + 3441 + 11650 + 8 + 642 = 26334 亿吨公里
 *   against a printed 26322, and 2616 + 2600 + 178 + 278 = 5672 亿人公里 against 5612.
 * - national-1996: 国内生产总值67795亿元 … 13550 + 32148 + 21097 = 66795 (1000亿元 short).
 * - national-2010: 累计筹资10257亿元 … 4883 + 4072 + 1320 = 10275 while the increases add up: a transposition.
 * - chongqing-2007 (local report): 三次产业比重为12.3∶44.0∶44.7 — 101.0%, beyond any rounding of one decimal.
 * - shenzhen-2024: 全市地区生产总值3.46万亿元 … 全社会研发投入1880.5亿元，占地区生产总值比重提升至5.81% — 1880.5 ÷ 34600 =
 *   5.43% (5.43–5.44% at the rounding bounds of 3.46万亿); 1880.5 ÷ 5.81% = 32367亿元, about the year before's GDP.
 * - 1st-fyp-1953:442: 在铁的总产量四六七·四万吨中，…地方国营占百分之五·四，达到二五一万吨 — 5.4% of 467.4 is 25.2万吨, and the
 *   amounts make 467.4 only with 25.1 (429.4 + 25.1 + 1.3 + 9.6 + 2): 二五一 is 二五·一 with its point lost.
 * - 1st-fyp-1953:962: 一九五二年私营工业的产值一〇五·二亿元中，除五一·五亿元…外，…还有五三·八亿元 — 51.5 + 53.8 = 105.3, and lines
 *   180 and 938 print the same 1952 output as 一〇五·三亿元.
 * - 1st-fyp-1953:760: 由公私合营企业投资建设的有一二个厂。计华北三个厂，西北三个厂，华东三个厂，西南四个厂 — 计 itemizes the 12
 *   factories, and its items make 13; the plan's other 计 lists add up (756: 7 + 6 + 4 + 2 = 19; 758: 2 + 3 + 1 = 6).
 */
const KNOWN: readonly string[] = [
	'corpus/gov-report/shenzhen-2024.txt claim.ratio 5.81%',
	'corpus/policy-doc/1st-fyp-1953.txt claim.ratio 二五一万吨',
	'corpus/policy-doc/1st-fyp-1953.txt claim.part-sum 一二个',
	'corpus/policy-doc/1st-fyp-1953.txt claim.restatement 一〇五·二亿元',
	'corpus/stats-bulletin/national-1990.txt claim.percent-change 4.5％',
	'corpus/stats-bulletin/national-1990.txt table.sum 26322亿吨公里',
	'corpus/stats-bulletin/national-1990.txt table.sum 5612亿人公里',
	'corpus/stats-bulletin/national-1996.txt claim.part-sum 67795亿元',
	'corpus/stats-bulletin/national-2010.txt claim.part-sum 10257亿元',
	'local-reports/chongqing-2007.txt claim.share-sum 44.7',
];

function documents(): [string, string][] {
	return [...corpusFiles().map(([name, text]): [string, string] => [`corpus/${name}`, text]), ...localReports().map(([name, text]): [string, string] => [`local-reports/${name}`, text])];
}

const warnings = (name: string, text: string, keep: (ruleId: string) => boolean): string[] =>
	analyze(text)
		.findings.filter((f) => (f.severity === 'warning' || f.severity === 'error') && keep(f.ruleId))
		.map((f) => `${name} ${f.ruleId} ${text.slice(f.span.start, f.span.end).replace(/\s/g, '')}`);

describe('every rule on the real documents of ../shared', { skip: SKIP_SHARED }, () => {
	test('no warning except the known findings (corpus and local reports)', () => {
		const docs = documents();
		assert.ok(docs.length >= 100);
		const raised = docs.flatMap(([name, text]) => warnings(name, text, () => true));
		assert.deepEqual(raised, KNOWN);
	});

	test('no structure warning as web text or hard-wrapped either', () => {
		const raised: string[] = [];
		for (const [name, text] of documents()) {
			for (const [layout, make] of [
				['web text', webText],
				['hard-wrapped', hardWrapped],
			] as const) {
				raised.push(...warnings(`${name} (${layout})`, make(text).text, (id) => id.startsWith('structure.')));
			}
		}
		assert.deepEqual(raised, []);
	});
});
