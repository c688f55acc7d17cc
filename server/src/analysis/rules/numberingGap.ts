/**
 * structure.numbering-gap — sibling headings of one numbering style that skip or repeat a number:
 * `一、… 二、… 四、…` (三 is missing), `（一）… （一）…`. Articles (第X条) and chapters (第X章) run on
 * through the whole document, so they are checked in document order; the other styles restart under each parent.
 */
import type { Finding, Section, SectionKind } from '../types';
import type { Rule } from './rule';

const DOCUMENT_WIDE: ReadonlySet<SectionKind> = new Set(['volume', 'chapter', 'article']);
const PER_PARENT: ReadonlySet<SectionKind> = new Set(['section', 'cnEnum', 'cnParenEnum', 'arabicEnum', 'arabicParenEnum']);

function* checkRun(sections: readonly Section[]): Generator<Finding> {
	const last = new Map<SectionKind, Section>();
	for (const s of sections) {
		if (s.number === undefined || !PER_PARENT.has(s.kind) || s.inferred) continue;
		const prev = last.get(s.kind);
		last.set(s.kind, s);
		if (prev?.number === undefined) continue;
		// A list that starts again at 1 under the same parent is a new list whose parent heading we did not
		// see (an unnumbered lead sentence), not a gap; a 1 right after a 1 is a repeat.
		const restart = s.number === 1 && prev.number > 1;
		if (s.number !== prev.number + 1 && !restart) {
			yield gapFinding(prev, s);
		}
	}
	for (const s of sections) yield* checkRun(s.children);
}

function gapFinding(prev: Section, s: Section): Finding {
	return {
		ruleId: 'structure.numbering-gap',
		severity: 'warning',
		span: { start: s.headingSpan.start, end: s.headingSpan.start + s.label.length },
		data: { label: s.label, previous: prev.label, expected: (prev.number ?? 0) + 1, found: s.number ?? 0 },
		related: [{ span: { start: prev.headingSpan.start, end: prev.headingSpan.start + prev.label.length }, role: 'previous' }],
	};
}

function* checkDocumentWide(sections: readonly Section[]): Generator<Finding> {
	const last = new Map<SectionKind, Section>();
	const visit = function* (list: readonly Section[]): Generator<Finding> {
		for (const s of list) {
			if (s.number !== undefined && DOCUMENT_WIDE.has(s.kind) && !s.inferred) {
				const prev = last.get(s.kind);
				last.set(s.kind, s);
				if (prev?.number !== undefined && s.number !== prev.number + 1) yield gapFinding(prev, s);
			}
			yield* visit(s.children);
		}
	};
	yield* visit(sections);
}

export const numberingGap: Rule = {
	id: 'structure.numbering-gap',
	defaultSeverity: 'warning',
	description: {
		en: 'Sibling headings of one numbering style that skip or repeat a number (一、 二、 四、).',
		zh: '同级同类序号跳号或重号（如一、二、四、）。',
	},
	messages: {
		default: {
			en: 'Numbering is not consecutive: {label} follows {previous}; expected number {expected}.',
			zh: '序号不连续：{previous}之后是{label}，应为第{expected}个。',
		},
	},
	*check(analysis) {
		yield* checkRun(analysis.sections);
		yield* checkDocumentWide(analysis.sections);
	},
};
