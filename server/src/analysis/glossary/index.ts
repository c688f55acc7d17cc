/**
 * The glossary of well-known formulas from central documents (glossary.json), and the checks that keep user
 * glossaries usable: a malformed file or entry is reported and skipped, never fatal.
 */
import type { GlossaryEntry } from '../types';
import data from './glossary.json';

export interface GlossaryResult {
	readonly entries: readonly GlossaryEntry[];
	/** One line per problem (English; the adapters show them). */
	readonly problems: readonly string[];
}

function isStringArray(v: unknown): v is string[] {
	return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Validate a glossary document: `{ "entries": [ { name, items, explanation, source, keys?, ordinal?, variants? } ] }` or a bare array. */
export function parseGlossary(raw: unknown, origin = 'glossary'): GlossaryResult {
	const list: unknown = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? (raw as { entries?: unknown }).entries : undefined;
	if (!Array.isArray(list)) return { entries: [], problems: [`${origin}: expected an object with an "entries" array`] };
	const entries: GlossaryEntry[] = [];
	const problems: string[] = [];
	list.forEach((e: unknown, i) => {
		const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
		const name = o['name'];
		const items = o['items'];
		if (typeof name !== 'string' || name === '' || !isStringArray(items)) {
			problems.push(`${origin}: entry ${i + 1} needs a "name" string and an "items" array of strings; skipped`);
			return;
		}
		const keys = o['keys'];
		if (keys !== undefined && (!isStringArray(keys) || keys.length !== items.length)) {
			problems.push(`${origin}: entry ${name}: "keys" must list one string per item; skipped`);
			return;
		}
		entries.push({
			name,
			items,
			...(keys !== undefined ? { keys } : {}),
			explanation: typeof o['explanation'] === 'string' ? o['explanation'] : '',
			source: typeof o['source'] === 'string' ? o['source'] : '',
			...(o['ordinal'] === true ? { ordinal: true } : {}),
			...(o['variants'] === true ? { variants: true } : {}),
		});
	});
	return { entries, problems };
}

/** The built-in glossary. */
export const builtinGlossary: readonly GlossaryEntry[] = parseGlossary(data, 'built-in glossary').entries;

const builtinByName = new Map(builtinGlossary.map((e) => [e.name, e]));

export function lookupGlossary(name: string, extra: readonly GlossaryEntry[] = []): GlossaryEntry | undefined {
	return extra.find((e) => e.name === name) ?? builtinByName.get(name);
}

/**
 * What identifies each canonical item in a text: its keys, or the item less what all items share
 * (道路自信, 理论自信 … → 道路, 理论 …).
 */
export function itemKeys(entry: GlossaryEntry): string[][] {
	if (entry.keys) return entry.keys.map((k) => k.split('|'));
	const items = entry.items;
	let prefix = 0;
	while (items.every((it) => it.length > prefix + 1 && it[prefix] === items[0]![prefix])) prefix++;
	let suffix = 0;
	while (items.every((it) => it.length > prefix + suffix + 1 && it[it.length - 1 - suffix] === items[0]![items[0]!.length - 1 - suffix])) suffix++;
	return items.map((it) => [it.slice(prefix, it.length - suffix)]);
}
