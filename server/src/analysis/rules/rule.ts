/**
 * The contract of a rule: its stable id, default severity, a one-line description and its message templates (in
 * English and Chinese; `{name}` is filled from the finding's data by the adapters), and its check. Each rule lives in
 * one module with its metadata; its page is docs/rules/<id>.md.
 */
import type { AnalysisOptions, Finding, PolicyAnalysis, RuleId, SeverityLevel } from '../types';
import type { TextModel } from '../text/textModel';

export interface Localized {
	readonly en: string;
	readonly zh: string;
}

export interface RuleMeta {
	readonly id: RuleId;
	readonly defaultSeverity: SeverityLevel;
	/** What the rule checks, in one line. */
	readonly description: Localized;
	/** Message templates by variant ('default' unless `variant` says otherwise). */
	readonly messages: Readonly<Record<string, Localized>>;
	/** The variant of a finding's message, chosen by its data. */
	readonly variant?: (data: Finding['data']) => string;
	/**
	 * Words of a message made from its finding's data when the message is rendered, not kept in the data (which is one in
	 * every language): an English count with its English unit (3 years, the 70th) where the data holds the Chinese one.
	 */
	readonly rendered?: (data: Finding['data']) => Readonly<Record<string, string | number>>;
}

export interface Rule extends RuleMeta {
	/** Findings of this rule; severity is set by the caller from the options. */
	check(analysis: PolicyAnalysis, model: TextModel, options: AnalysisOptions): Iterable<Finding>;
}

/** The message template of a finding of `rule`. */
export function messageTemplate(rule: RuleMeta, data: Finding['data']): Localized {
	return rule.messages[rule.variant?.(data) ?? 'default'] ?? rule.messages['default']!;
}
