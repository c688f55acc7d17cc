/**
 * The figure a finding stands on when figures take part in several relations (relations/blame.ts), and the quick fix
 * offered only when it makes every relation of its figure hold.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { findingMessage } from '../../server/src/features/messages';
import { spanText } from '../helpers/text';

/** [rule, the text the finding stands on, its fix] of every claim finding. */
function seen(text: string): [string, string, string | undefined][] {
	return analyze(text)
		.findings.filter((f) => f.ruleId.startsWith('claim.'))
		.map((f) => [f.ruleId, spanText(text, f.span), f.fix?.text]);
}

const GDP = (first: string, second: string, third: string, thirdShare: string): string =>
	`全县地区生产总值120亿元，其中第一产业增加值${first}亿元，占地区生产总值的16.7%；第二产业增加值${second}亿元；第三产业增加值${third}亿元${thirdShare}。`;

const CASES: readonly (readonly [string, string, readonly [string, string, string | undefined][]])[] = [
	['consistent: nothing', GDP('20', '46', '54', '，占地区生产总值的45.0%'), []],
	[
		'a part in a sum and a share that both fail: both findings on the part, each with the fix that makes both hold',
		GDP('20', '46', '60', '，占地区生产总值的45.0%'),
		[
			['claim.part-sum', '60亿元', '54亿元'],
			['claim.ratio', '60亿元', '54亿元'],
		],
	],
	[
		'a total confirmed by a share, two parts equally suspect: the finding stays on the total, without a fix that would break the share',
		GDP('20', '50', '60', ''),
		[['claim.part-sum', '120亿元', undefined]],
	],
	['a sum alone: the total, with its fix', '全县地区生产总值120亿元，其中第一产业增加值20亿元，第二产业增加值50亿元，第三产业增加值60亿元。', [['claim.part-sum', '120亿元', '130亿元']]],
	[
		'a total confirmed by a share, one part too small for any correction to reach (5 − 15 < 0): the other part, with its fix',
		GDP('20', '5', '110', ''),
		[['claim.part-sum', '110亿元', '95亿元']],
	],
	['…the same parts without the share: the total, in this relation alone, as suspect as the part a correction can reach: the total', '全县地区生产总值120亿元，其中第一产业增加值20亿元，第二产业增加值5亿元，第三产业增加值110亿元。', [['claim.part-sum', '120亿元', '135亿元']]],
	['a tie (a part above its whole, each in this relation alone): nothing tells which is wrong; the finding stays on the part, the relation’s target', '全市新增托位8万个，总数达3万个。', [['claim.subset', '8万个', undefined]]],
	[
		'a whole in two relations that fail, each part in one: the whole, once per relation',
		'全市财政收入100亿元，其中税收收入120亿元，非税收入130亿元。',
		[
			['claim.subset', '100亿元', undefined],
			['claim.subset', '100亿元', undefined],
		],
	],
];

describe('blame', () => {
	for (const [what, text, expected] of CASES) test(what, () => assert.deepEqual(seen(text), expected));

	test('a blamed figure says so in both languages, naming itself and the figure the relation states', () => {
		const f = analyze(GDP('20', '46', '60', '，占地区生产总值的45.0%')).findings[0]!;
		assert.equal(findingMessage(f, 'en'), '60亿元 is likely the wrong figure: 20 + 46 + 60 = 126, which does not agree with 120亿元, and the other checks of these figures point to 60亿元.');
		assert.equal(findingMessage(f, 'zh'), '60亿元可能有误：20 + 46 + 60 = 126，与120亿元不符；这些数字的其他核对均指向60亿元。');
	});
});
