/**
 * Word lists (words.json, with their sources): the vocabulary the readings match as plain alternations of words — the
 * heads that make a subject a statistic, the words after a count that make it a programme's name … Each list says where
 * its words are matched (`match`), and is compiled once, here, to the pattern the readings test: a list is data, the
 * structure around it (what is tested against it) stays in the code that uses it.
 */
import data from './words.json';

/** Where a list's words are looked for in the text tested. */
export type WordMatch = 'start' | 'end' | 'anywhere' | 'whole';

/** Words of one sense, with the line(s) of ../shared where they are used so (`path:line words; …`). */
export interface WordEntry {
	readonly words: readonly string[];
	readonly source: string;
	/** Why words no line of ../shared uses are kept (the source then cites the nearest use found). */
	readonly unattested?: string;
	/**
	 * Words that, right after one of the entry's words, make a longer word of another sense: the entry's word is not
	 * matched there (工业生产 of 工业生产增长, not of 手工业生产合作社, a cooperative's name).
	 */
	readonly notBefore?: readonly string[];
	/** The sense of the entry's words, in a list of words of more than one (priceBasis: real, nominal): wordSense reads it. */
	readonly sense?: string;
}

export interface WordList {
	/** What the words are and how they are matched. */
	readonly about: string;
	/** At the start, at the end, anywhere, or the whole of the text tested. */
	readonly match: WordMatch;
	/** With `start`: the words may begin up to this many Chinese characters in (the fewest first). */
	readonly within?: number;
	readonly entries: readonly WordEntry[];
}

export type WordListName = keyof typeof data.lists;

const MATCHES: readonly string[] = ['start', 'end', 'anywhere', 'whole'];

function escaped(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a list: its words in their order, as one alternation anchored as `match` says. */
export function compileWordList(list: WordList): RegExp {
	const alternation = list.entries
		.flatMap((e) => {
			const not = e.notBefore && e.notBefore.length > 0 ? `(?!${e.notBefore.map(escaped).join('|')})` : '';
			return e.words.map((w) => escaped(w) + not);
		})
		.join('|');
	switch (list.match) {
		case 'start':
			return new RegExp(`^${list.within ? `[\\u4e00-\\u9fff]{0,${list.within}}?` : ''}(?:${alternation})`);
		case 'end':
			return new RegExp(`(?:${alternation})$`);
		case 'whole':
			return new RegExp(`^(?:${alternation})$`);
		case 'anywhere':
			return new RegExp(alternation);
	}
}

function read(name: string, raw: { about: string; match: string; within?: number; entries: { words: string[]; source: string; unattested?: string; notBefore?: string[]; sense?: string }[] }): WordList {
	if (!MATCHES.includes(raw.match)) throw new Error(`words.json: ${name}: match must be one of ${MATCHES.join(', ')}`);
	if (raw.within !== undefined && raw.match !== 'start') throw new Error(`words.json: ${name}: within goes with match "start" only`);
	return { about: raw.about, match: raw.match as WordMatch, ...(raw.within !== undefined ? { within: raw.within } : {}), entries: raw.entries };
}

/** The lists of words.json, by name. */
export const builtinWordLists: ReadonlyMap<WordListName, WordList> = new Map(
	(Object.entries(data.lists) as [WordListName, Parameters<typeof read>[1]][]).map(([name, raw]) => [name, read(name, raw)]),
);

const PATTERNS: ReadonlyMap<WordListName, RegExp> = new Map([...builtinWordLists].map(([name, list]) => [name, compileWordList(list)]));

/** The pattern of a list of words.json (compiled once, at load). */
export function wordPattern(name: WordListName): RegExp {
	return PATTERNS.get(name)!;
}

/** The sense of each word of the lists whose entries give one, by list (made once, at load). */
const SENSES: ReadonlyMap<WordListName, ReadonlyMap<string, string>> = new Map(
	[...builtinWordLists].map(([name, list]) => [name, new Map(list.entries.flatMap((e) => (e.sense === undefined ? [] : e.words.map((w): [string, string] => [w, e.sense!]))))]),
);

/** The sense of a word of a list (priceBasis: 不变价 → real, 现价 → nominal), or undefined when its entry gives none. */
export function wordSense(name: WordListName, word: string): string | undefined {
	return SENSES.get(name)!.get(word);
}
