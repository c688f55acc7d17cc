/**
 * Numbered formulas (数字化提法): quoted codes (“1152”, “5+1”), quoted Chinese-number formulas (“三定四抓”,
 * “六个一”, “两不愁三保障”), the terms of a report's glossary section (两函两书：…, “1+3+3”工业优势主导产业体系：…),
 * counted enumerations in running text (区、街道、社区三级党组织) and unquoted formulas that a list right after
 * resolves (注重三化引导。…基础标准化、特色差异化、功能智慧化).
 *
 * For each formula, the items it stands for are looked for where texts put them: in brackets right after it, in a
 * gloss (“X”：A、B、C; “X”是指…; 包括…; ——…), in the glosses of its parts (“两江”即…，“四岸”即…; “1”即…，“5”即…),
 * in a list right after it, in a list right before it, and (for codes) in the headings that follow (see
 * formulaModel.ts). How the items are read out of that text is ../formulaReading.ts; what a name promises is
 * ../formulaNames.ts. A formula is flagged only when its items were read for sure and miss its numbers by one item in
 * one part (a dropped, an added item, a number changed): a reading further off is a reading that failed. Works on a
 * block's joined text; the caller maps offsets back.
 *
 * This folder, one job a module (each imports only the ones listed before it):
 * - types.ts        RawFormula, its verdict and where its items were found; a candidate span of items.
 * - text.ts         sentence, clause and list bounds around a formula; quoted words inside items; verbs that end a
 *                   subject; the noun after a formula; the glossary's names by their first character.
 * - verdict.ts      judging the items read against the counts a name promises (judgeParts, judgeFilled).
 * - codes.ts        codes of digits (“1152”, “5+1”, “231”): splitting a code by its labels' counts.
 * - listWords.ts    words that bound a counted list: places, verbs, pairs, idioms, the units lists are counted in.
 * - before.ts       lists before a formula found by what they share with it (the glossary's items, the key, results).
 * - candidates.ts   where a quoted formula's items may stand (brackets, gloss, list after, list before), in order.
 * - resolve.ts      each candidate read into parts, the first sure reading kept; the guards against lists not its own.
 * - entries.ts      glossary entries: the term and its gloss, the formulas a term holds, the term resolved by its gloss.
 * - countedNouns.ts counted nouns listed by what follows (抓好三项工作：一是…; 从七个方面…; a heading's 十大工程).
 * - quoted.ts       scanQuotedFormulas: every quote of a block read and resolved; a term on a line of its own.
 * - enumPlaces.ts, enumPairs.ts, enumCounts.ts, enumAround.ts
 *                   what counted enumerations ask: places and levels, pairs and kinds, counts packed or big, items
 *                   found around the count (figures, subjects, groups before).
 * - enumerations.ts scanEnumerations: a count right after a list in running text (A、B、C三项; A、B等N项).
 * - unquoted.ts     scanUnquotedFormulas: unquoted formulas resolved by a list after or before them.
 */
export { countInLabel, partsOfName } from '../formulaNames';
export type { FormulaKind } from '../formulaNames';
export type { RawPart } from '../formulaReading';
export type { ExpansionSource, RawFormula, Verdict } from './types';
export { judgeFilled } from './verdict';
export { labelCount } from './codes';
export { type EntryOpening, glossaryEntry } from './entries';
export { resolveFollowing, scanQuotedFormulas, shiftFormula, TERM_LINE_MAX, termOnLine } from './quoted';
export { scanEnumerations } from './enumerations';
export { scanUnquotedFormulas } from './unquoted';
