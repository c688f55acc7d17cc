/**
 * Formulas against ../shared: the seed page's gold (20 resolved formulas, 21 without expansion, no warning),
 * mutations of real sentences (read at test time, changed in memory), and silence on every corpus document (every rule
 * on the corpus and the local reports: realDocuments.test.ts).
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, LineIndex } from '../../server/src/analysis/index';
import { corpusFiles, readShared, SKIP_SHARED } from '../helpers/paths';
import { mutate } from '../helpers/text';

const FORMULA_RULES = new Set(['formula.count-mismatch', 'formula.enumeration-count', 'formula.canonical']);
const unquote = (s: string): string => s.replace(/[“”]/g, '');

interface GoldFormula {
	line: number;
	text: string;
	parts: { count: number; label?: string; items?: string[] }[];
}

describe('formulas of the seed page', { skip: SKIP_SHARED }, () => {
	test('the 20 resolved formulas resolve with the listed parts', () => {
		const gold = JSON.parse(readShared('fixtures', 'seed-newspaper-page.gold.json')) as { formulas: GoldFormula[] };
		const text = readShared('fixtures', 'seed-newspaper-page.txt');
		const a = analyze(text);
		const lines = new LineIndex(text);
		assert.equal(gold.formulas.length, 20);
		for (const g of gold.formulas) {
			const f = a.formulas.find((x) => lines.positionAt(x.span.start).line === g.line && unquote(g.text).startsWith(unquote(x.text)));
			assert.ok(f, `formula ${g.text} at line ${g.line}`);
			assert.deepEqual(
				f.parts.map((p) => (p.label !== undefined ? { count: p.count, label: unquote(p.label) } : { count: p.count, items: p.items.map(unquote) })),
				g.parts.map((p) => (p.label !== undefined ? { count: p.count, label: unquote(p.label) } : { count: p.count, items: (p.items ?? []).map(unquote) })),
				g.text,
			);
			assert.equal(f.verdict, 'ok', g.text);
		}
	});

	test('the 21 formulas without expansion are recognised, and the page raises no formula warning', () => {
		const gold = JSON.parse(readShared('fixtures', 'seed-newspaper-page.gold.json')) as { formulas_without_expansion: string[] };
		const a = analyze(readShared('fixtures', 'seed-newspaper-page.txt'));
		assert.equal(gold.formulas_without_expansion.length, 21);
		for (const name of gold.formulas_without_expansion) {
			assert.ok(a.formulas.some((f) => unquote(f.text) === unquote(name)), name);
		}
		assert.deepEqual(a.findings.filter((f) => FORMULA_RULES.has(f.ruleId)), []);
	});
});

/** [document, the exact text to change, its replacement, the rule expected, the text the finding stands on] */
const MUTATIONS: [doc: string, from: string, to: string, rule: string, at: string][] = [
	['fixtures/seed-newspaper-page.txt', '完善“五项', '完善“四项', 'formula.count-mismatch', '1152'],
	['fixtures/seed-newspaper-page.txt', '组、4个专项工作组、27', '组、27', 'formula.count-mismatch', '1427'],
	['fixtures/seed-newspaper-page.txt', '典型引领、考评问效', '典型引领', 'formula.count-mismatch', '三定四抓'],
	['fixtures/seed-newspaper-page.txt', '、一条民呼必应热线', '', 'formula.count-mismatch', '六个一'],
	['fixtures/seed-newspaper-page.txt', '特殊群体和企业商户必访', '特殊群体、失独家庭和企业商户必访', 'formula.count-mismatch', '七必访'],
	['fixtures/seed-newspaper-page.txt', '（高起点、高标准、高层次、高水平）', '（高起点、高标准、高水平）', 'formula.count-mismatch', '四高'],
	['fixtures/seed-newspaper-page.txt', '社区三级党组织', '社区四级党组织', 'formula.enumeration-count', '四级'],
	['fixtures/seed-newspaper-page.txt', '“三定四抓”', '“三定五抓”', 'formula.count-mismatch', '三定五抓'],
	['corpus/gov-report/sichuan-2021.txt', '稳投资、稳预期', '稳投资', 'formula.count-mismatch', '六稳'],
	['corpus/gov-report/sichuan-2021.txt', '“六稳”：', '“七稳”：', 'formula.count-mismatch', '七稳'],
	['corpus/gov-report/sichuan-2021.txt', '、“散乱污”企业整治攻坚战', '', 'formula.count-mismatch', '八大战役'],
	['corpus/gov-report/sichuan-2021.txt', '不愁吃、不愁穿，', '不愁吃，', 'formula.count-mismatch', '两不愁三保障'],
	['corpus/gov-report/ezhou-2021.txt', '凤凰、古楼、西山、樊口四个街道', '凤凰、古楼、西山、樊口五个街道', 'formula.enumeration-count', '五个'],
	['corpus/gov-report/dongguan-2026.txt', '万江、石排两个综合试点', '万江、石排三个综合试点', 'formula.enumeration-count', '三个'],
	['corpus/gov-report/chengdu-2023.txt', '成眉高新技术产业带、', '', 'formula.count-mismatch', '三带'],
	['corpus/gov-report/guangdong-2025.txt', '村旁、宅旁、路旁、水旁', '村旁、宅旁、水旁', 'formula.count-mismatch', '四旁'],
	// Glossary sections of city reports, read as their glosses give them.
	['local-reports/yueyang-2014.txt', '清杂物、清污水、清污泥；', '清杂物、清污水；', 'formula.count-mismatch', '四清五改'],
	['local-reports/jingmen-2025.txt', '全力强县域、促融合，', '', 'formula.count-mismatch', '六个全力'],
	['local-reports/guangyuan-2024.txt', '信访接待下基层，', '', 'formula.count-mismatch', '四下基层'],
	['local-reports/enshi-2022.txt', '四县为恩施市、鹤峰县、宣恩县、建始县；', '四县为恩施市、鹤峰县、宣恩县；', 'formula.count-mismatch', '四县五乡镇'],
	['local-reports/zhaotong-2023.txt', '景区专项行动、', '', 'formula.count-mismatch', '十大专项行动'],
	['local-reports/haikou-2022.txt', '两河一堤：道孟河、芙蓉河和防潮堤', '两河一堤：道孟河、芙蓉河、龙昆河和防潮堤', 'formula.count-mismatch', '两河一堤'],
	['local-reports/xiangyang-2014.txt', '对窗口审批授权到位，', '', 'formula.count-mismatch', '三集中三到位'],
	['local-reports/nanchang-2025.txt', '“三港”：向塘国际陆港、昌北国际空港、南昌港', '“四港”：向塘国际陆港、昌北国际空港、南昌港', 'formula.count-mismatch', '四港'],
];

describe('mutations of real sentences', { skip: SKIP_SHARED }, () => {
	for (const [doc, from, to, rule, at] of MUTATIONS) {
		test(`${doc}: ${from} → ${to || '(dropped)'} gives ${rule}`, () => {
			const original = readShared(...doc.split('/'));
			const mutated = mutate(original, from, to);
			assert.ok(mutated !== undefined, `"${from}" is in ${doc}`);
			assert.deepEqual(analyze(original).findings.filter((f) => FORMULA_RULES.has(f.ruleId)), [], 'the original raises nothing');
			const findings = analyze(mutated).findings.filter((f) => FORMULA_RULES.has(f.ruleId));
			assert.deepEqual(
				findings.map((f) => [f.ruleId, mutated.slice(f.span.start, f.span.end)]),
				[[rule, at]],
			);
		});
	}
});

describe('no formula finding on the real documents of ../shared/corpus (warnings and information)', { skip: SKIP_SHARED }, () => {
	// Warnings of every rule on the corpus and the local reports: realDocuments.test.ts.
	test('all documents', () => {
		const files = corpusFiles();
		assert.ok(files.length >= 70);
		const raised = files.flatMap(([name, text]) =>
			analyze(text)
				.findings.filter((f) => FORMULA_RULES.has(f.ruleId))
				.map((f) => `${name}: ${f.ruleId} ${JSON.stringify(f.data)}`),
		);
		assert.deepEqual(raised, []);
	});
});
