/**
 * The analysis core's public surface. Pure TypeScript: no LSP, no `vscode`, no Node built-ins.
 * The server, the command-line tool and the tests all call `analyze`.
 */
export { analyze, analyzeSteps } from './analyze';
export { BlockCache } from './blockWork';
export { builtinGlossary, lookupGlossary, parseGlossary, itemKeys } from './glossary/index';
export type * from './types';
export { allRules, ruleById, messageTemplate } from './rules/index';
export type { Localized, Rule, RuleMeta } from './rules/index';
export { buildTextModel, toOriginal, toOriginalSpan, computeLineStarts } from './text/textModel';
export type { TextModel, Block, BlockKind } from './text/textModel';
export { unwrap, cleanText } from './text/unwrap';
export { figureLabel, figureRoles } from './rules/figureRoles';
export { proseClaimOf } from './claimModel';
export type { FigureRole } from './rules/figureRoles';
export type { Unwrapped } from './text/unwrap';
export { LineIndex } from './text/lineIndex';
export { cjkRatio, isCjk, looksBinary } from './text/chars';
export { parseCjkNumeral, parseOrdinal } from './text/cjkNumerals';
export { scanQuantities } from './parse/quantities';
export { builtinIndicators, parseIndicators } from './lexicon/index';
