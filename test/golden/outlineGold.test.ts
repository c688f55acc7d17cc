/**
 * The outline against the hand-made gold of ../shared/fixtures: the seed newspaper page (55 headings, levels)
 * and the heading gold of corpus documents (ranks, parents, ignore_lines). The criterion is the one in
 * ../shared/fixtures/README.md: every gold heading is a symbol starting on its line (or the next), nested under
 * the symbol of its gold parent (symbols on ignore_lines in between do not count), and no other symbol
 * stands outside ignore_lines. Runs through the LSP adapter, as the Outline view sees it.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/index';
import { toDocumentSymbols } from '../../server/src/features/documentSymbols';
import { HAVE_SHARED, readShared, SKIP_SHARED, sharedPath } from '../helpers/paths';

interface GoldHeading {
	readonly line: number;
	readonly rank?: number;
	readonly text: string;
	readonly parent: number | null;
}

interface Flat {
	readonly line: number;
	readonly name: string;
	readonly parentLine: number | null;
	readonly title: boolean;
}

function flatten(symbols: readonly DocumentSymbol[], parentLine: number | null = null, out: Flat[] = []): Flat[] {
	for (const s of symbols) {
		const line = s.selectionRange.start.line;
		out.push({ line, name: s.name, parentLine, title: s.kind === SymbolKind.File });
		flatten(s.children ?? [], line, out);
	}
	return out;
}

/**
 * Problems of the outline of `text` against the gold; empty when it passes. The golds of ../shared/fixtures/gold predate
 * titles as headings (rank 0): where a gold has none, a document title in the outline counts like a symbol on an
 * ignore line (the titles are scored by the golds of test/fixtures/outline, `npm run eval`).
 */
function compare(text: string, gold: readonly GoldHeading[], ignoreLines: readonly number[], titlesUnlabelled = false): string[] {
	const doc = TextDocument.create('file:///gold.txt', 'policy-text', 1, text);
	const symbols = flatten(toDocumentSymbols(doc, analyze(text).sections, 'en'));
	const byLine = new Map(symbols.map((s) => [s.line, s]));
	const ignore = new Set(ignoreLines);
	if (titlesUnlabelled) for (const s of symbols) if (s.title) ignore.add(s.line);
	const goldLines = new Set(gold.map((h) => h.line));
	const problems: string[] = [];
	// The parent of a symbol, skipping symbols on ignore_lines that are not gold headings themselves.
	const effectiveParent = (s: Flat): number | null => {
		let p = s.parentLine;
		while (p !== null && ignore.has(p) && !goldLines.has(p)) p = byLine.get(p)?.parentLine ?? null;
		return p;
	};
	const matched = new Set<number>();
	const symbolOfGold = new Map<number, Flat>();
	for (const h of gold) {
		const s = byLine.get(h.line) ?? byLine.get(h.line + 1);
		if (!s) {
			problems.push(`missing heading at line ${h.line}: ${h.text}`);
			continue;
		}
		matched.add(s.line);
		symbolOfGold.set(h.line, s);
	}
	for (const h of gold) {
		const s = symbolOfGold.get(h.line);
		if (!s) continue;
		const want = h.parent === null ? null : (symbolOfGold.get(h.parent)?.line ?? h.parent);
		const got = effectiveParent(s);
		if (got !== want) problems.push(`line ${h.line} ${h.text}: parent should be line ${String(want)}, is ${String(got)}`);
	}
	for (const s of symbols) {
		if (!matched.has(s.line) && !ignore.has(s.line)) problems.push(`extra heading at line ${s.line}: ${s.name}`);
	}
	return problems;
}

describe('outline against the gold of ../shared/fixtures', { skip: SKIP_SHARED }, () => {
	test('seed newspaper page: 55 headings, titles > part headings > lead sentences', () => {
		const gold = JSON.parse(readShared('fixtures', 'seed-newspaper-page.gold.json')) as {
			headings: { line: number; level: number; text: string }[];
		};
		// The seed gold gives levels; a heading's parent is the nearest earlier heading of a smaller level.
		const headings: GoldHeading[] = gold.headings.map((h, i) => {
			let parent: number | null = null;
			for (let j = i - 1; j >= 0; j--) {
				if (gold.headings[j]!.level < h.level) {
					parent = gold.headings[j]!.line;
					break;
				}
			}
			return { line: h.line, text: h.text, parent };
		});
		assert.equal(headings.length, 55);
		assert.deepEqual(compare(readShared('fixtures', 'seed-newspaper-page.txt'), headings, []), []);
	});

	test('seed newspaper page without the blank lines inside its part headings: the same outline, from the headings’ shape', () => {
		const gold = JSON.parse(readShared('fixtures', 'seed-newspaper-page.gold.json')) as { headings: { line: number; level: number; text: string }[] };
		const lines = readShared('fixtures', 'seed-newspaper-page.txt').split('\n');
		// Drop every blank line that falls inside a sentence (after a line that ends none), keeping the line numbers
		// of the gold by putting the removed line at the end.
		const kept: string[] = [];
		const lineOf = new Map<number, number>();
		let removed = 0;
		lines.forEach((l, i) => {
			const inside = l === '' && i > 0 && lines[i - 1] !== '' && !/[。！？”）]$/.test(lines[i - 1]!) && !(lines[i + 1] ?? '').startsWith('“');
			if (inside) removed++;
			else {
				lineOf.set(i, kept.length);
				kept.push(l);
			}
		});
		assert.ok(removed >= 10, `removed ${removed} blank lines`);
		const headings: GoldHeading[] = gold.headings.map((h, i) => {
			let parent: number | null = null;
			for (let j = i - 1; j >= 0; j--) {
				if (gold.headings[j]!.level < h.level) {
					parent = lineOf.get(gold.headings[j]!.line)!;
					break;
				}
			}
			return { line: lineOf.get(h.line)!, text: h.text, parent };
		});
		assert.deepEqual(compare(kept.join('\n'), headings, []), []);
	});

	test('seed newspaper page: names and bylines read as the gold has them', () => {
		const gold = JSON.parse(readShared('fixtures', 'seed-newspaper-page.gold.json')) as {
			headings: { line: number; text: string; byline?: string | null }[];
		};
		const text = readShared('fixtures', 'seed-newspaper-page.txt');
		const doc = TextDocument.create('file:///seed.txt', 'policy-text', 1, text);
		const all: DocumentSymbol[] = [];
		const walk = (list: readonly DocumentSymbol[]): void => list.forEach((s) => (all.push(s), walk(s.children ?? [])));
		walk(toDocumentSymbols(doc, analyze(text).sections, 'en'));
		for (const h of gold.headings) {
			const s = all.find((x) => x.selectionRange.start.line === h.line);
			assert.ok(s, `heading at line ${h.line}`);
			assert.equal(s.name, h.text);
			if (h.byline) assert.equal(s.detail, h.byline);
		}
	});

	const goldDir = HAVE_SHARED ? readdirSync(sharedPath('fixtures', 'gold')).filter((f) => f.endsWith('.gold.json')) : [];
	for (const file of goldDir) {
		test(`corpus gold ${file}`, () => {
			const gold = JSON.parse(readShared('fixtures', 'gold', file)) as {
				path?: string;
				file: string;
				headings: GoldHeading[];
				ignore_lines: number[];
			};
			const text = gold.path ? readShared('corpus', gold.path) : readShared('fixtures', gold.file);
			assert.ok(gold.headings.length > 0);
			assert.deepEqual(compare(text, gold.headings, gold.ignore_lines, !gold.headings.some((h) => h.rank === 0)), []);
		});
	}
});
