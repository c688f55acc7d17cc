/**
 * formula.restatement — a formula of several numerals named again with one numeral changed: “四水四定” three times and
 * “四水三定” once, “5+3”工作机制 and “7+3”工作机制. The occurrences are related by the formula's skeleton
 * (relations/formulaSkeleton.ts); the finding stands on the occurrence that disagrees with the others (or with the
 * items the text gives), relates them, and offers their wording as the quick fix.
 */
import type { PolicyAnalysis } from '../types';
import type { Rule, RuleMeta } from './rule';
import { relationFindings } from './claimRules';

const meta: RuleMeta = {
	id: 'formula.restatement',
	defaultSeverity: 'warning',
	description: {
		en: 'A numbered formula named again with one of its numerals changed (“四水四定” elsewhere, “四水三定” here).',
		zh: '同一数字化提法前后数字不一（如文中他处为“四水四定”，此处为“四水三定”）。',
	},
	messages: {
		default: {
			en: 'The formula is written “{second}” here and “{formula}” elsewhere in the document ({times}×): one of its numerals differs.',
			zh: '同一提法前后数字不一：此处为“{second}”，文中他处为“{formula}”（{times}处）。',
		},
	},
};

export const formulaRestatement: Rule = {
	...meta,
	check: (analysis: PolicyAnalysis) => relationFindings(analysis, (r) => r.rule === meta.id, meta),
};
