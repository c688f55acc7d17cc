/**
 * The shapes of text the analysis must stay linear on (`npm run bench` and the work-counting test): prose, and the
 * shapes without sentence ends that once made it quadratic — tables, short lines with a figure each, one long line of
 * numbers, one sentence of figures, numbered headings, a long `、` list. Each generator is deterministic and returns
 * exactly `n` characters.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export type ShapeName =
	| 'prose'
	| 'prose wrapped at 15'
	| 'Markdown pipe table'
	| 'plain-text table'
	| 'tables with their prose'
	| 'short lines with a figure'
	| 'one line without punctuation'
	| 'one line of bracketed numbers'
	| 'one sentence of figures'
	| 'numbered headings'
	| '、 list';

/** `unit(i)` repeated for i = 0, 1, 2 … until the text has `n` characters. */
function repeat(n: number, unit: (i: number) => string): string {
	const parts: string[] = [];
	let len = 0;
	for (let i = 0; len < n; i++) {
		const s = unit(i);
		parts.push(s);
		len += s.length;
	}
	return parts.join('').slice(0, n);
}

const REGIONS = ['地区生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值', '一般公共预算收入', '社会消费品零售总额', '固定资产投资', '进出口总额'];
const VERBS = ['加强管理工作', '推进改革试点', '完善服务体系', '提升治理能力', '优化营商环境'];

/** Synthetic shapes: everything but the prose, which is real text. */
const SYNTHETIC: Readonly<Record<Exclude<ShapeName, 'prose' | 'prose wrapped at 15'>, (n: number) => string>> = {
	'Markdown pipe table': (n) =>
		'| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n|---|---|---:|---:|\n' +
		repeat(n, (i) => `| ${REGIONS[i % REGIONS.length]} | 亿元 | ${(1000 + ((i * 7919) % 90000)) / 10} | ${(i % 97) / 10} |\n`),
	'plain-text table': (n) =>
		'表1  主要指标\n指标            绝对数      单位     增长（%）\n' +
		repeat(n, (i) => `${REGIONS[i % REGIONS.length]!.padEnd(10, '　')}  ${String((1000 + ((i * 7919) % 90000)) / 10).padStart(8)}  亿元  ${((i % 97) / 10).toFixed(1)}\n`),
	// A communiqué's pages: figures in the prose, a table that partitions a total, a share column of a whole the prose
	// states (every table pass: partitions, shares, wholes looked up, the prose matched, errors located).
	'tables with their prose': (n) =>
		repeat(
			n,
			(i) =>
				`全年货物运输总量${557 + (i % 3)}亿吨，比上年增长8.1%。全年货物出口237726亿元。\n\n**表${i + 1} 各种运输方式完成货物运输量**\n\n` +
				'| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n|---|---|---|---|\n| 货物运输总量 | 亿吨 | 556.8 | 8.1 |\n| 铁路 | 亿吨 | 50.1 | 1.5 |\n' +
				`| 公路 | 亿吨 | ${403.4 + (i % 2)} | 8.7 |\n| 水路 | 亿吨 | 93.7 | 9.5 |\n| 民航 | 万吨 | 735.4 | 21.0 |\n| 管道 | 亿吨 | 9.5 | 7.5 |\n\n` +
				'| 国家和地区 | 出口额（亿元） | 占全部出口比重（%） |\n|---|---|---|\n| 东盟 | 36817 | 15.5 |\n| 欧盟 | 35226 | 14.8 |\n\n',
		),
	'short lines with a figure': (n) => repeat(n, (i) => `${VERBS[i % VERBS.length]}${i % 10}\n`),
	'one line without punctuation': (n) => repeat(n, (i) => `推进改革发展稳定${(i * 37) % 1000}项工作落实`),
	'one line of bracketed numbers': (n) => repeat(n, (i) => `（${(i % 99) + 1}）`),
	'one sentence of figures': (n) => `全年${repeat(n, (i) => `增长${(i % 90) + 10}.${i % 10}%，`)}`.slice(0, n),
	'numbered headings': (n) => repeat(n, (i) => `（${(i % 40) + 1}）加强组织领导\n`),
	'、 list': (n) => repeat(n, (i) => `${VERBS[i % VERBS.length]!.slice(0, 2)}${i % 100}、`),
};

/** The corpus in the order of its SOURCES.md (pinned: a new folder in ../shared does not move the baseline). */
export function proseText(shared: string): string {
	const sources = readFileSync(path.join(shared, 'corpus', 'SOURCES.md'), 'utf8');
	const files = [...sources.matchAll(/^\| ([a-z-]+\/[^ |]+\.txt) \|/gm)].map((m) => m[1]!);
	return files.map((f) => readFileSync(path.join(shared, 'corpus', f), 'utf8')).join('\n\n');
}

/** Hard-wrapped at 15 characters a line, like a newspaper page extracted from a PDF. */
function wrapAt15(text: string): string {
	const flat = text.replace(/\s+/g, '');
	const lines: string[] = [];
	for (let i = 0; i < flat.length; i += 15) lines.push(flat.slice(i, i + 15));
	return lines.join('\n');
}

export const SHAPES: readonly ShapeName[] = [
	'prose',
	'prose wrapped at 15',
	'Markdown pipe table',
	'plain-text table',
	'tables with their prose',
	'short lines with a figure',
	'one line without punctuation',
	'one line of bracketed numbers',
	'one sentence of figures',
	'numbered headings',
	'、 list',
];

/** `n` characters of `shape`. Prose needs the corpus text (`proseText`); the other shapes are generated. */
export function shapeText(shape: ShapeName, n: number, prose?: string): string {
	if (shape === 'prose' || shape === 'prose wrapped at 15') {
		if (prose === undefined) throw new Error('the prose shapes need the corpus text');
		const base = shape === 'prose' ? prose : wrapAt15(prose);
		return repeat(n, () => base + '\n\n');
	}
	return SYNTHETIC[shape](n);
}
