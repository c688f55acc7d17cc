/** Raw `workspace/configuration` values → Settings, with defaults for anything missing or malformed. */
import { defaultSettings, type LocaleSetting, type RuleLevel, type Settings } from './protocol';

const LEVELS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);
const LOCALES: ReadonlySet<string> = new Set(['auto', 'zh', 'en']);

/** A setting that was not used as given; rendered in the user's language by features/messages.ts. */
export interface SettingsProblem {
	/** `policyReview`, `policyReview.enable`, `policyReview.rules.<id>` … */
	readonly setting: string;
	/** `invalid`: the default is used; `ignored`: that entry is left out; `not-object`: the whole section is. */
	readonly kind: 'invalid' | 'ignored' | 'not-object';
	/** The value as given, as JSON (short: settings are small). */
	readonly value?: string;
}

export interface SanitizeResult {
	readonly settings: Settings;
	/** Empty when the value was well-formed. */
	readonly problems: readonly SettingsProblem[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shown(v: unknown): string {
	const json = JSON.stringify(v) ?? String(v);
	return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/** Validate a `policyReview` configuration section. Never throws. */
export function toSettings(raw: unknown): SanitizeResult {
	const problems: SettingsProblem[] = [];
	if (raw === undefined || raw === null) return { settings: defaultSettings, problems };
	if (!isRecord(raw)) return { settings: defaultSettings, problems: [{ setting: 'policyReview', kind: 'not-object' }] };

	const take = <T>(key: string, value: unknown, ok: (v: unknown) => v is T, fallback: T): T => {
		if (value === undefined) return fallback;
		if (ok(value)) return value;
		problems.push({ setting: `policyReview.${key}`, kind: 'invalid', value: shown(value) });
		return fallback;
	};
	const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
	const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
	const isDelay = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000;
	const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
	const isLocale = (v: unknown): v is LocaleSetting => typeof v === 'string' && LOCALES.has(v);

	const diagnostics = isRecord(raw['diagnostics']) ? raw['diagnostics'] : {};
	const files = isRecord(raw['files']) ? raw['files'] : {};
	const rules: Record<string, RuleLevel> = {};
	const rawRules = raw['rules'];
	if (isRecord(rawRules)) {
		for (const [id, level] of Object.entries(rawRules)) {
			if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
			else problems.push({ setting: `policyReview.rules.${id}`, kind: 'ignored', value: shown(level) });
		}
	} else if (rawRules !== undefined) {
		problems.push({ setting: 'policyReview.rules', kind: 'invalid', value: shown(rawRules) });
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
			locale: take('locale', raw['locale'], isLocale, defaultSettings.locale),
			files: {
				include: take('files.include', files['include'], isStrings, defaultSettings.files.include),
				exclude: take('files.exclude', files['exclude'], isStrings, defaultSettings.files.exclude),
			},
		},
		problems,
	};
}
