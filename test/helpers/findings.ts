/**
 * The helpers every rule test uses: a rule's findings on a text, as the figure (or heading, or formula) they stand
 * on, their quick fix and their severity when it is not the rule's default — and a case table that turns into tests.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, ruleById, type AnalysisOptions, type RuleId } from '../../server/src/analysis/index';
import { findingMessage } from '../../server/src/features/messages';
import { spanText } from './text';

export interface Seen {
	/** The text the finding stands on. */
	readonly at: string;
	readonly fix?: string;
	readonly severity?: string;
	/** The texts the finding relates (only compared when the case states them). */
	readonly related?: readonly string[];
}

/** The findings of `rule` on `text`. */
export function findingsOf(rule: RuleId, text: string, options: AnalysisOptions = {}): Seen[] {
	const meta = ruleById.get(rule);
	assert.ok(meta, `no rule ${rule}`);
	return analyze(text, options)
		.findings.filter((f) => f.ruleId === rule)
		.map((f) => ({
			at: spanText(text, f.span),
			...(f.fix ? { fix: f.fix.text } : {}),
			...(f.severity !== meta.defaultSeverity ? { severity: f.severity } : {}),
			related: (f.related ?? []).map((r) => spanText(text, r.span)),
		}));
}

/** Assert that `rule` raises exactly `expected` on `text` (related texts compared only where given). */
export function expectFindings(rule: RuleId, text: string, expected: readonly Seen[], options?: AnalysisOptions): void {
	const seen = findingsOf(rule, text, options);
	assert.deepEqual(
		seen.map((s, i) => (expected[i]?.related ? s : { ...s, related: undefined })),
		expected.map((e) => ({ ...e, related: e.related })),
	);
}

/** Assert that `rule` raises nothing on `text`. */
export function expectNoFindings(rule: RuleId, text: string, options?: AnalysisOptions): void {
	assert.deepEqual(findingsOf(rule, text, options), []);
}

export interface RuleCases {
	/** [what, text, the findings it must raise]. */
	readonly fires: readonly (readonly [string, string, readonly Seen[]])[];
	/** [what, text that must raise nothing]. */
	readonly silent: readonly (readonly [string, string])[];
}

/**
 * A rule's case table as tests: every firing case raises what it states, every silent case nothing, and every finding's
 * message renders in Chinese and English with no placeholder left.
 */
export function ruleCases(rule: RuleId, cases: RuleCases): void {
	describe(rule, () => {
		for (const [what, text, expected] of cases.fires) test(`fires: ${what}`, () => expectFindings(rule, text, expected));
		for (const [what, text] of cases.silent) test(`silent: ${what}`, () => expectNoFindings(rule, text));
		test('messages render in both languages', () => {
			for (const [, text] of cases.fires) {
				for (const f of analyze(text).findings.filter((x) => x.ruleId === rule)) {
					for (const locale of ['zh', 'en'] as const) {
						const message = findingMessage(f, locale);
						assert.doesNotMatch(message, /\{\w+\}/, `${locale}: ${message}`);
					}
				}
			}
		});
	});
}
