import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, figureRoles, type RelationKind } from '../../server/src/analysis/index';
import { toDiagnostics } from '../../server/src/features/diagnostics';

/** Every relation of `kind` in `text`: its figures as `role text`. */
function roles(text: string, kind: RelationKind): string[][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.kind === kind).map((r) => figureRoles(r, a.claims).map((role, k) => `${role} ${a.claims[r.claims[k]!]!.text}`));
}

/** A table with a total, its partition, its shares and a figure the prose states too. */
const POPULATION_TABLE = '2023年末全国人口1000万人，其中城镇人口600万人。\n\n表1 2023年年末人口数及其构成\n| 指标 | 年末数（万人） | 比重（%） |\n|---|---|---|\n| 全国人口 | 1000 | 100.0 |\n| 其中：城镇 | 600 | 60.0 |\n| 乡村 | 400 | 40.0 |\n';

describe('figureRoles: what each figure of a relation is to it', () => {
	const cases: [kind: RelationKind, text: string, expected: string[]][] = [
		['part-sum', '全年国内生产总值1000亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。', ['total 1000亿元', 'part 100亿元', 'part 400亿元', 'part 500亿元']],
		['part-sum', '全年货物进出口总额4000亿元。其中，出口2500亿元，进口1500亿元。货物进出口顺差1000亿元。', ['total 4000亿元', 'part 2500亿元', 'part 1500亿元']],
		[
			'part-sum',
			'全年国内生产总值比上年增长5.2%。最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动国内生产总值增长1.5个百分点，货物和服务净出口向下拉动国内生产总值0.6个百分点。',
			['growth 5.2%', 'contribution 4.3个百分点', 'contribution 1.5个百分点', 'contribution 0.6个百分点'],
		],
		['percent-change', '全年财政收入83080亿元，比上年增加14562亿元，增长21.3%。', ['current 83080亿元', 'change 14562亿元', 'rate 21.3%']],
		['percent-change', '城乡居民医保补助标准由520元提高到580元，增长11.5%。', ['base 520元', 'current 580元', 'rate 11.5%']],
		['implied-base', '城市社区主干年人均增加2.8万元，增幅45.2%。', ['change 2.8万元', 'rate 45.2%']],
		['share-sum', '第一产业增加值占国内生产总值比重为7.1%，第二产业增加值比重为38.3%，第三产业增加值比重为54.6%。', ['share 7.1%', 'share 38.3%', 'share 54.6%']],
		['ratio', '全年货物进出口总额417568亿元。民营企业进出口额223601亿元，比上年增长6.3%，占进出口总额比重为53.5%。', ['part 223601亿元', 'whole 417568亿元', 'share 53.5%']],
		['ratio', '城镇居民人均可支配收入51821元。农村居民人均可支配收入21691元。城乡居民人均可支配收入比值为2.39。', ['numerator 51821元', 'denominator 21691元', 'ratio 2.39']],
		['subset', '全区11项对标指标中12项指标增幅超过全省平均水平。', ['whole 11项', 'part 12项']],
		['percentage-point', '常住人口城镇化率由65.2%提高到66.2%，提高1.0个百分点。', ['base 65.2%', 'current 66.2%', 'change 1.0个百分点']],
		['restatement', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6500万吨，再创新高。', ['first 6000万吨', 'restated 6500万吨']],
		['multiple', '全市高新技术企业由1000家增加到2000家，增长1倍。', ['base 1000家', 'current 2000家', 'multiple 1倍']],
		['annual-growth', '五年来，地方财政总收入由120亿元增加到316亿元，年均增长21.4%。', ['base 120亿元', 'current 316亿元', 'annualRate 21.4%']],
		['annual-growth', '2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。', ['cumulative 65.5%', 'annualRate 10.6%']],
		['difference', '城乡居民医保补助标准由520元提高到580元，增加60元。', ['minuend 580元', 'subtrahend 520元', 'difference 60元']],
		['table-sum', POPULATION_TABLE, ['total 1000', 'part 600', 'part 400']],
		['table-share', POPULATION_TABLE, ['share 60.0', 'part 600', 'whole 1000']],
		['table-prose', POPULATION_TABLE, ['first 600万人', 'restated 600']],
		['table-subset', '表2 2023年工业\n| 指标 | 增加值（亿元） |\n|---|---|\n| 规模以上工业 | 1000 |\n| 其中：高技术制造业 | 150 |\n', ['part 150', 'whole 1000']],
	];
	for (const [kind, text, expected] of cases) {
		test(`${kind}: ${expected.join(', ')}`, () => assert.ok(roles(text, kind).some((r) => r.join('|') === expected.join('|')), JSON.stringify(roles(text, kind))));
	}

	test('a balance: 顺差 = 出口 − 进口', () => {
		assert.deepEqual(roles('全年货物进出口总额4000亿元。其中，出口2500亿元，进口1500亿元。货物进出口顺差1000亿元。', 'part-sum')[1], ['balance 1000亿元', 'minuend 2500亿元', 'subtrahend 1500亿元']);
	});

	test('a finding names its related figures by role and figure, in the user’s language', () => {
		const text = '全年国内生产总值1000亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值600亿元。';
		const doc = TextDocument.create('file:///t.ptxt', 'policy-text', 1, text);
		const [zh] = toDiagnostics(doc, analyze(text).findings, 'zh');
		assert.deepEqual(
			zh!.relatedInformation!.map((r) => r.message),
			['部分：第一产业增加值100亿元', '部分：第二产业增加值400亿元', '部分：第三产业增加值600亿元'],
		);
		const [en] = toDiagnostics(doc, analyze(text).findings, 'en');
		assert.equal(en!.relatedInformation![0]!.message, 'part: 第一产业增加值100亿元');
	});
});
