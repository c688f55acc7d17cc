/** Raw `workspace/configuration` values → Settings, with defaults for anything missing or malformed. */
import { defaultSettings, type RuleLevel, type Settings } from './protocol';

const LEVELS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);

export interface SanitizeResult {
	readonly settings: Settings;
	/** Human-readable problems (English, for the log); empty when the value was well-formed. */
	readonly problems: readonly string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validate a `policyReview` configuration section. Never throws. */
export function toSettings(raw: unknown): SanitizeResult {
	const problems: string[] = [];
	if (raw === undefined || raw === null) return { settings: defaultSettings, problems };
	if (!isRecord(raw)) return { settings: defaultSettings, problems: ['policyReview: expected an object'] };

	const take = <T>(key: string, value: unknown, ok: (v: unknown) => v is T, fallback: T): T => {
		if (value === undefined) return fallback;
		if (ok(value)) return value;
		problems.push(`policyReview.${key}: invalid value ${JSON.stringify(value)}, using the default`);
		return fallback;
	};
	const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
	const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
	const isDelay = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000;
	const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

	const diagnostics = isRecord(raw['diagnostics']) ? raw['diagnostics'] : {};
	const rules: Record<string, RuleLevel> = {};
	const rawRules = raw['rules'];
	if (isRecord(rawRules)) {
		for (const [id, level] of Object.entries(rawRules)) {
			if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
			else problems.push(`policyReview.rules.${id}: invalid level ${JSON.stringify(level)}, ignored`);
		}
	} else if (rawRules !== undefined) {
		problems.push('policyReview.rules: expected an object of rule id → level');
	}
	return {
		settings: {
			enable: take('enable', raw['enable'], isBool, defaultSettings.enable),
			languages: take('languages', raw['languages'], isStrings, defaultSettings.languages),
			diagnosticsDelayMs: take('diagnostics.delayMs', diagnostics['delayMs'], isDelay, defaultSettings.diagnosticsDelayMs),
			maxFileSize: take('maxFileSize', raw['maxFileSize'], isSize, defaultSettings.maxFileSize),
			rules,
			glossaryFiles: take('glossaryFiles', raw['glossaryFiles'], isStrings, defaultSettings.glossaryFiles),
			indicatorFiles: take('indicatorFiles', raw['indicatorFiles'], isStrings, defaultSettings.indicatorFiles),
		},
		problems,
	};
}
