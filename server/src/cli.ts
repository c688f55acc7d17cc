/**
 * `policy-review FILE…` — the command-line tool on the same core as the language server.
 * Exit status: 2 when any file is bad input, else 1 when any warning or error was found, else 0.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyze, parseGlossary, type GlossaryEntry } from './analysis/index';
import { decodeBytes } from './cli/decode';
import { formatText, toFileResult, toJson, toSarif, type FileResult } from './cli/format';
import { toLocale, type Locale } from './features/messages';

declare const POLICY_REVIEW_VERSION: string | undefined;
const VERSION = typeof POLICY_REVIEW_VERSION === 'string' ? POLICY_REVIEW_VERSION : '0.0.0-dev';

interface Options {
	format: 'text' | 'json' | 'sarif';
	locale: Locale;
	maxSize: number;
	glossaries: string[];
	files: string[];
}

const USAGE = `Usage: policy-review [options] FILE…

Prints each file's outline and its diagnostics (file:line:col: severity message [rule]).

Options:
  --format text|json|sarif   output format (default: text)
  --locale zh|en             language of messages (default: from LC_ALL / LANG)
  --max-size BYTES           refuse files larger than this (default: 5000000)
  --glossary FILE            a JSON glossary of your own formulas (repeatable)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 2 bad input (missing, directory, binary, too large); 1 warnings or errors found; 0 otherwise.`;

function parseArgs(argv: readonly string[]): Options | string {
	const env = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'];
	const o: Options = { format: 'text', locale: toLocale(env), maxSize: 5_000_000, glossaries: [], files: [] };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		const value = (): string | undefined => {
			const eq = a.indexOf('=');
			return eq >= 0 ? a.slice(eq + 1) : argv[++i];
		};
		if (a === '-h' || a === '--help') return 'help';
		if (a === '-v' || a === '--version') return 'version';
		if (a === '--format' || a.startsWith('--format=')) {
			const v = value();
			if (v !== 'text' && v !== 'json' && v !== 'sarif') return `unknown format ${String(v)} (text, json or sarif)`;
			o.format = v;
		} else if (a === '--locale' || a.startsWith('--locale=')) {
			o.locale = toLocale(value());
		} else if (a === '--max-size' || a.startsWith('--max-size=')) {
			const n = Number(value());
			if (!Number.isFinite(n) || n <= 0) return '--max-size takes a positive number of bytes';
			o.maxSize = n;
		} else if (a === '--glossary' || a.startsWith('--glossary=')) {
			const v = value();
			if (!v) return '--glossary takes a file';
			o.glossaries.push(v);
		} else if (a.startsWith('-') && a !== '-') {
			return `unknown option ${a}`;
		} else {
			o.files.push(a);
		}
	}
	if (o.files.length === 0) return 'no file given';
	return o;
}

function readInput(file: string, maxSize: number, zh: boolean): { text: string } | { error: string } {
	let size: number;
	try {
		const st = statSync(file);
		if (st.isDirectory()) return { error: zh ? `${file}：是目录，不是文件` : `${file}: is a directory` };
		size = st.size;
	} catch {
		return { error: zh ? `${file}：文件不存在` : `${file}: no such file` };
	}
	if (size > maxSize) {
		return { error: zh ? `${file}：${size} 字节，超过上限 ${maxSize}` : `${file}: ${size} bytes, more than --max-size ${maxSize}` };
	}
	const decoded = decodeBytes(readFileSync(file));
	if ('error' in decoded) return { error: zh ? `${file}：二进制文件，不是文本` : `${file}: binary file, not text` };
	return { text: decoded.text };
}

export function main(argv: readonly string[]): number {
	const parsed = parseArgs(argv);
	if (parsed === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (parsed === 'version') {
		process.stdout.write(`${VERSION}\n`);
		return 0;
	}
	if (typeof parsed === 'string') {
		process.stderr.write(`policy-review: ${parsed}\n\n${USAGE}\n`);
		return 2;
	}
	const zh = parsed.locale === 'zh';
	const results: FileResult[] = [];
	let bad = false;
	const glossary: GlossaryEntry[] = [];
	for (const g of parsed.glossaries) {
		try {
			const { entries, problems } = parseGlossary(JSON.parse(readFileSync(g, 'utf8')) as unknown, g);
			for (const p of problems) process.stderr.write(`policy-review: ${p}\n`);
			glossary.push(...entries);
		} catch (e) {
			process.stderr.write(`policy-review: ${g}: cannot read the glossary (${e instanceof Error ? e.message : String(e)})\n`);
			return 2;
		}
	}
	for (const file of parsed.files) {
		const input = readInput(file, parsed.maxSize, zh);
		if ('error' in input) {
			process.stderr.write(`policy-review: ${input.error}\n`);
			bad = true;
			continue;
		}
		results.push(toFileResult(file, input.text, analyze(input.text, { glossary }), parsed.locale));
	}
	if (parsed.format === 'json') {
		const json = results.map((r) => toJson(r, parsed.locale));
		process.stdout.write(`${JSON.stringify(json.length === 1 && parsed.files.length === 1 ? json[0] : json, null, 2)}\n`);
	} else if (parsed.format === 'sarif') {
		process.stdout.write(`${JSON.stringify(toSarif(results, parsed.locale, VERSION), null, 2)}\n`);
	} else {
		for (const r of results) process.stdout.write(`${formatText(r, parsed.locale)}\n`);
	}
	if (bad) return 2;
	const serious = results.some((r) => r.analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
	return serious ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
