/**
 * The core never throws and never returns a range outside the text, whatever it is given: random Unicode (lone
 * surrogates, NUL, CR/CRLF/U+2028 line ends, combining marks, astral characters), random edits of real documents,
 * and adversarial shapes. The incremental path gives what a full analysis gives. (The benchmark, not the tests,
 * says how fast.)
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze, BlockCache, type PolicyAnalysis, type Span } from '../../server/src/analysis/index';
import { corpusFiles, HAVE_SHARED } from '../helpers/paths';

function spansOf(a: PolicyAnalysis): Span[] {
	const out: Span[] = [];
	const visit = (sections: PolicyAnalysis['sections']): void => {
		for (const s of sections) {
			out.push(s.headingSpan, s.bodySpan);
			visit(s.children);
		}
	};
	visit(a.sections);
	for (const q of a.quantities) out.push(q.span);
	for (const f of a.formulas) {
		out.push(f.span);
		if (f.expansion) out.push(f.expansion.span);
		for (const p of f.parts) out.push(...p.itemSpans, ...(p.labelSpan ? [p.labelSpan] : []));
	}
	for (const c of a.claims) out.push(c.span);
	for (const f of a.findings) {
		out.push(f.span, ...(f.related ?? []).map((r) => r.span));
		if (f.fix) out.push(f.fix.span);
	}
	return out;
}

function assertInside(text: string, a: PolicyAnalysis): void {
	for (const s of spansOf(a)) {
		assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${JSON.stringify(s)} in a text of ${text.length}`);
	}
}

/** Characters that policy text is made of, and those that break parsers. */
const ALPHABET = [
	...'一二三四五六七八九十百千万亿两双第条章节编、，。；：！？“”（）《》【】—-%％‰.．0123456789０１２３增长下降提高比上年其中占比重拉动个百分点倍成多余约近共万元亿元人名项级组织党委社区区县市：■*#|> \t',
	'\n', '\r\n', '\r', '\u2028', '\u0000', '\u0301', '𠀀', '\ud800', '\udc00', '\ufeff',
];
const policyish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((cs) => cs.join(''));

describe('robustness of the core', () => {
	test('random policy-like text: no exception, every range inside the text', () => {
		fc.assert(
			fc.property(policyish, (text) => {
				assertInside(text, analyze(text));
			}),
			{ numRuns: 400 },
		);
	});

	test('random Unicode, lone surrogates included: no exception, every range inside the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				assertInside(text, analyze(text));
			}),
			{ numRuns: 300 },
		);
	});

	test('incremental analysis equals a full analysis after random edits', () => {
		fc.assert(
			fc.property(policyish, fc.array(fc.tuple(fc.nat(), fc.nat(8), policyish.map((s) => s.slice(0, 12))), { maxLength: 5 }), (text, edits) => {
				const cache = new BlockCache();
				let current = text;
				analyze(current, {}, cache);
				for (const [at, del, insert] of edits) {
					const i = current.length === 0 ? 0 : at % (current.length + 1);
					current = current.slice(0, i) + insert + current.slice(i + del);
					assert.deepEqual(analyze(current, {}, cache), analyze(current));
				}
			}),
			{ numRuns: 150 },
		);
	});

	test('random edits of real documents: no exception, ranges inside, incremental equals full', { skip: HAVE_SHARED ? false : '../shared is absent' }, () => {
		const docs = corpusFiles().map(([, text]) => text.slice(0, 6000));
		fc.assert(
			fc.property(fc.nat(docs.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(30), policyish.map((s) => s.slice(0, 20))), { minLength: 1, maxLength: 4 }), (d, edits) => {
				const cache = new BlockCache();
				let text = docs[d]!;
				analyze(text, {}, cache);
				for (const [at, del, insert] of edits) {
					const i = at % (text.length + 1);
					text = text.slice(0, i) + insert + text.slice(i + del);
					const a = analyze(text, {}, cache);
					assertInside(text, a);
					assert.deepEqual(a.findings, analyze(text).findings);
				}
			}),
			{ numRuns: 60 },
		);
	});

	test('adversarial shapes terminate with answers inside the text', () => {
		const shapes: [string, string][] = [
			['a 1,000,000-character line of digits', '1'.repeat(1_000_000)],
			['100,000 nested brackets', `${'（'.repeat(100_000)}增长5%${'）'.repeat(100_000)}`],
			['10,000 numbers in one sentence', `${Array.from({ length: 10_000 }, (_, i) => `${i}个`).join('、')}三级党组织。`],
			['a formula with 500 items', `“五百项”（${Array.from({ length: 500 }, (_, i) => `第${i}项`).join('、')}）。`],
			['500 quotes opened and never closed', '“'.repeat(500) + '一二三'],
			['a long line of 、', `${'、'.repeat(200_000)}三级`],
			['half-typed numbers', '增长1.、增加2..5%，由1到，提高%个百分点，共万元其中'],
		];
		for (const [what, text] of shapes) {
			assertInside(text, analyze(text));
			assert.ok(what);
		}
	});
});
