/**
 * `.policy-review.json`, the project's own file (shared through version control): rule levels for the project and
 * per file or folder, and the findings its reviewers accepted. Its text → a checked configuration; the rule levels
 * that apply to one document. Pure (the server and the command-line tool read the file through node/safeFile.ts).
 *
 * ```json
 * {
 *   "rules": { "structure.numbering-gap": "off" },
 *   "overrides": [{ "files": ["统计公报/**"], "rules": { "claim.restatement": "information" } }],
 *   "accepted": [{ "rule": "claim.percent-change", "file": "报告.txt", "figures": ["4.5％", "4451亿元", "185亿元"],
 *                  "before": "增加185亿元，增长", "after": "。", "note": "rate on a revised base" }]
 * }
 * ```
 */
import { ruleById, type RuleId } from '../analysis/index';
import { CONFIG_FILE, type AcceptedEntry, type RuleLevel } from '../protocol';
import { compileGlob, matchesGlob, type CompiledGlob } from './glob';

export { CONFIG_FILE };

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

export type RuleLevels = Readonly<Partial<Record<RuleId, RuleLevel>>>;

export interface Override {
	readonly files: readonly string[];
	readonly globs: readonly CompiledGlob[];
	readonly rules: RuleLevels;
}

export interface ProjectConfig {
	readonly rules: RuleLevels;
	readonly overrides: readonly Override[];
	readonly accepted: readonly AcceptedEntry[];
}

export const EMPTY_CONFIG: ProjectConfig = { rules: {}, overrides: [], accepted: [] };

/** A part of the file that was not used (the rest is); rendered in the user's language by features/messages.ts. */
export type ConfigProblem =
	| { readonly kind: 'unknown-key'; readonly key: string }
	| { readonly kind: 'unknown-rule'; readonly rule: string }
	| { readonly kind: 'bad-level'; readonly rule: string }
	| { readonly kind: 'bad-section'; readonly key: string }
	| { readonly kind: 'bad-override'; readonly index: number }
	| { readonly kind: 'bad-entry'; readonly index: number };

export type ParsedConfig = { readonly config: ProjectConfig; readonly problems: readonly ConfigProblem[] } | { readonly problem: { readonly reason: 'not-json' | 'not-config' } };

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const LEVEL_SET: ReadonlySet<string> = new Set(RULE_LEVELS);
const TOP_KEYS: ReadonlySet<string> = new Set(['$schema', 'rules', 'overrides', 'accepted']);

function ruleLevels(raw: unknown, problems: ConfigProblem[]): RuleLevels {
	const levels: Partial<Record<RuleId, RuleLevel>> = {};
	if (!isRecord(raw)) return levels;
	for (const [rule, level] of Object.entries(raw)) {
		if (!ruleById.has(rule as RuleId)) problems.push({ kind: 'unknown-rule', rule });
		else if (typeof level !== 'string' || !LEVEL_SET.has(level)) problems.push({ kind: 'bad-level', rule });
		else levels[rule as RuleId] = level as RuleLevel;
	}
	return levels;
}

function acceptedEntry(raw: unknown): AcceptedEntry | undefined {
	if (!isRecord(raw)) return undefined;
	const { rule, figures, before = '', after = '', file, note } = raw;
	if (!isString(rule) || !Array.isArray(figures) || figures.length === 0 || !figures.every(isString)) return undefined;
	if (!isString(before) || !isString(after) || (file !== undefined && !isString(file)) || (note !== undefined && !isString(note))) return undefined;
	return { rule, figures, before, after, ...(file !== undefined ? { file } : {}), ...(note !== undefined ? { note } : {}) };
}

/** The file's text → its configuration and what of it was not used, or why it is no configuration at all. Never throws. */
export function parseProjectConfig(text: string): ParsedConfig {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		// Never JSON.parse's message: it quotes the text.
		return { problem: { reason: 'not-json' } };
	}
	if (!isRecord(raw)) return { problem: { reason: 'not-config' } };
	const problems: ConfigProblem[] = [];
	for (const k of Object.keys(raw)) if (!TOP_KEYS.has(k)) problems.push({ kind: 'unknown-key', key: k });
	const section = (k: string, ok: (v: unknown) => boolean): unknown => {
		const v = raw[k];
		if (v === undefined) return undefined;
		if (ok(v)) return v;
		problems.push({ kind: 'bad-section', key: k });
		return undefined;
	};
	const rules = ruleLevels(section('rules', isRecord), problems);
	const overrides: Override[] = [];
	const rawOverrides = section('overrides', Array.isArray) as unknown[] | undefined;
	rawOverrides?.forEach((o, index) => {
		const files = isRecord(o) ? o['files'] : undefined;
		if (!isRecord(o) || !Array.isArray(files) || files.length === 0 || !files.every(isString) || !isRecord(o['rules'])) {
			problems.push({ kind: 'bad-override', index });
			return;
		}
		overrides.push({ files, globs: files.map(compileGlob), rules: ruleLevels(o['rules'], problems) });
	});
	const accepted: AcceptedEntry[] = [];
	const rawAccepted = section('accepted', Array.isArray) as unknown[] | undefined;
	rawAccepted?.forEach((e, index) => {
		const entry = acceptedEntry(e);
		if (entry) accepted.push(entry);
		else problems.push({ kind: 'bad-entry', index });
	});
	return { config: { rules, overrides, accepted }, problems };
}

/**
 * The rule levels for one document: the settings' (`policyReview.rules`), then the file's `rules`, then each
 * override whose `files` match the document's path (relative to the file's folder), later ones winning.
 */
export function ruleLevelsFor(settingsRules: Readonly<Record<string, RuleLevel>>, config: ProjectConfig, relativePath: string | undefined): RuleLevels {
	const levels: Partial<Record<RuleId, RuleLevel>> = {};
	for (const [id, level] of Object.entries(settingsRules)) if (ruleById.has(id as RuleId)) levels[id as RuleId] = level;
	Object.assign(levels, config.rules);
	if (relativePath !== undefined) {
		for (const o of config.overrides) if (o.globs.some((g) => matchesGlob(g, relativePath))) Object.assign(levels, o.rules);
	}
	return levels;
}

/** The accepted entries that concern one document: those naming it, and those naming no file. */
export function entriesFor(config: ProjectConfig, relativePath: string | undefined): AcceptedEntry[] {
	const norm = (p: string): string => p.normalize('NFC').replace(/\\/g, '/').replace(/^\.\//, '');
	const self = relativePath === undefined ? undefined : norm(relativePath);
	return config.accepted.filter((e) => e.file === undefined || (self !== undefined && norm(e.file) === self));
}
