/**
 * The sections (门类) of the national industrial classification (GB/T 4754), as industries.json lists them: what a
 * table by industry lists at one level, and when its rows cover them all.
 */
import data from './industries.json';

export interface Section {
	readonly key: string;
	readonly names: readonly string[];
	readonly source: string;
}

export const builtinSections: readonly Section[] = data.sections;

/**
 * A name as tables print it, with or without its enumeration commas (`农林牧渔业`); the table has already dropped spaces
 * and footnote marks from its labels (tables/cells.ts).
 */
function normalize(name: string): string {
	// Most labels have nothing to drop: no new string for them (a table of 5,000 rows asks for each).
	return /[、，,]/.test(name) ? name.replace(/[、，,]/g, '') : name;
}

const byName = new Map<string, string>();
for (const s of builtinSections) for (const n of s.names) byName.set(normalize(n), s.key);

/** The section a row label names (`其中：` already dropped), or undefined. */
export function sectionOf(label: string): string | undefined {
	return label.length > 40 ? undefined : byName.get(normalize(label));
}

/** Do the sections listed cover the classification (every section but 国际组织, which tables leave out)? */
export function coversSections(keys: ReadonlySet<string>): boolean {
	return keys.size === builtinSections.length;
}
