/**
 * `policy-review FILE|DIRECTORY…` — the command-line tool on the same core as the language server.
 * It reviews every file it can and says in one line why it skipped each other one.
 * Exit status: 2 when any file, glossary, indicator file or project file could not be used, else 1 when any warning or
 * error (not accepted, not turned off) was found, else 0.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { analyze } from './analysis/index';
import { decodeBytes } from './cli/decode';
import { formatText, summaryLine, toFailureJson, toFileResult, toJson, toSarif, type Failure, type FileResult, type Notice } from './cli/format';
import { ProjectFiles, type ConfigReport } from './cli/projectFiles';
import { suppressFindings } from './config/accepted';
import { EMPTY_CONFIG, entriesFor, ruleLevelsFor } from './config/projectConfig';
import type { FileProblem } from './files';
import { suppressedFindings, type AnalysisJson } from './features/analysisJson';
import { CSV_BOM, figuresCsv } from './features/figuresCsv';
import { configProblemsMessage, fileProblemMessage, toLocale, word, type Locale } from './features/messages';
import { concatItems, dataFromText, type DataItems, type DataKind } from './dataFiles';
import { MAX_FILE_BYTES, readFileBytes, utf8Text } from './node/safeFile';
import { VERSION } from './version';


/** The rule pages (docs/rules) of the installed package, for SARIF's helpUri: beside server/out, or above build/. */
function rulePagesDir(): string | undefined {
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		const docs = path.join(dir, 'docs', 'rules');
		if (existsSync(docs)) return docs;
		if (path.dirname(dir) === dir) return undefined;
	}
}

interface Options {
	format: 'text' | 'json' | 'csv' | 'sarif';
	locale: Locale;
	maxSize: number;
	glossaries: string[];
	indicators: string[];
	/** `--config FILE`; `null` for `--no-config`; else each file's nearest `.policy-review.json`. */
	config: string | null | undefined;
	files: string[];
}

/** What a directory review reads: policy texts by their extension. Hidden folders and node_modules are skipped. */
export const REVIEWED_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.ptxt']);

const USAGE = `Usage: policy-review [options] FILE|DIRECTORY…

Prints each file's outline and its diagnostics (file:line:col: severity message [rule]).
A directory is reviewed recursively (.txt, .md, .ptxt; hidden folders and node_modules skipped),
with a summary line at the end.

Options:
  --format text|json|csv|sarif
                             output format (default: text); csv: one row per figure
                             (UTF-8 with BOM, for spreadsheets)
  --locale zh|en|auto        language of messages (default auto: from LC_ALL / LC_MESSAGES / LANG)
  --max-size BYTES           refuse files larger than this (default: 5000000)
  --glossary FILE            a JSON glossary of your own formulas (repeatable)
  --indicators FILE          a JSON file of your own statistical indicators (repeatable)
  --config FILE              the project file (rule levels, overrides, accepted findings) for
                             every file; by default each file's .policy-review.json, in its
                             folder or the nearest folder above it
  --no-config                use no project file
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 2 a file, glossary, indicator file or project file could not be used (missing,
unreadable, special, too large, binary, not valid: one line each; the other files are still
reviewed); 1 warnings or errors found (accepted ones and those turned off by markers do not
count); 0 otherwise.`;

function parseArgs(argv: readonly string[]): Options | string {
	const env = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'];
	const o: Options = { format: 'text', locale: toLocale(env), maxSize: MAX_FILE_BYTES, glossaries: [], indicators: [], config: undefined, files: [] };
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
			if (v !== 'text' && v !== 'json' && v !== 'csv' && v !== 'sarif') return `unknown format ${String(v)} (text, json, csv or sarif)`;
			o.format = v;
		} else if (a === '--locale' || a.startsWith('--locale=')) {
			const v = value();
			if (v !== 'zh' && v !== 'en' && v !== 'auto') return `unknown locale ${String(v)} (zh, en or auto)`;
			o.locale = v === 'auto' ? toLocale(env) : v;
		} else if (a === '--max-size' || a.startsWith('--max-size=')) {
			const n = Number(value());
			if (!Number.isFinite(n) || n <= 0) return '--max-size takes a positive number of bytes';
			o.maxSize = n;
		} else if (a === '--glossary' || a.startsWith('--glossary=')) {
			const v = value();
			if (!v) return '--glossary takes a file';
			o.glossaries.push(v);
		} else if (a === '--indicators' || a.startsWith('--indicators=')) {
			const v = value();
			if (!v) return '--indicators takes a file';
			o.indicators.push(v);
		} else if (a === '--config' || a.startsWith('--config=')) {
			const v = value();
			if (!v) return '--config takes a file';
			o.config = v;
		} else if (a === '--no-config') {
			o.config = null;
		} else if (a.startsWith('-') && a !== '-') {
			return `unknown option ${a}`;
		} else {
			o.files.push(a);
		}
	}
	if (o.files.length === 0) return 'no file given';
	return o;
}

/** The files under a directory that a review reads, in name order; unreadable folders are failures. */
async function walk(dir: string, files: string[], failures: Failure[]): Promise<void> {
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch (e) {
		failures.push({ file: dir, problem: { reason: 'unreadable', code: (e as { code?: string }).code ?? 'EIO' } });
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const e of entries) {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) {
			if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(full, files, failures);
		} else if (REVIEWED_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
			// Links to folders are not followed (no cycles); links to files, and special files, are read — and refused there.
			if (e.isSymbolicLink() && (await stat(full).then((s) => s.isDirectory(), () => false))) continue;
			files.push(full);
		}
	}
}

/** Named files as they are; named directories expanded. `true` when a directory was named. */
async function expand(args: readonly string[], failures: Failure[]): Promise<{ files: string[]; directory: boolean }> {
	const files: string[] = [];
	let directory = false;
	for (const a of args) {
		if (await stat(a).then((s) => s.isDirectory(), () => false)) {
			directory = true;
			await walk(a, files, failures);
		} else files.push(a);
	}
	return { files, directory };
}

/** The items of the data files named by an option, in order; a file that cannot be used is a notice. */
async function loadData<K extends DataKind>(kind: K, names: readonly string[], locale: Locale, notices: Notice[]): Promise<DataItems[K][]> {
	const Kind = kind === 'glossary' ? 'Glossary' : 'Indicators';
	const loaded: (readonly DataItems[K][])[] = [];
	for (const g of names) {
		const read = await readFileBytes(g);
		const text = read.ok ? utf8Text(read.bytes) : undefined;
		const parsed = read.ok ? (text === undefined ? { problem: { reason: 'not-utf8' } as FileProblem } : dataFromText(kind, text, g)) : { problem: read.problem };
		if ('problem' in parsed) {
			notices.push({ file: g, level: 'error', id: parsed.problem.reason, message: word(`cli${Kind}Skipped`, locale, { problem: fileProblemMessage(g, parsed.problem, locale) }) });
			continue;
		}
		if (parsed.problems.length > 0) {
			notices.push({ file: g, level: 'warning', id: `${kind}-entries`, message: word(`cli${Kind}Entries`, locale, { file: g, count: parsed.problems.length }) });
		}
		loaded.push(parsed.items);
	}
	return concatItems(loaded);
}

let timedOut = false;

export async function main(argv: readonly string[]): Promise<number> {
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
	const { locale, format } = parsed;
	const notices: Notice[] = [];
	const failures: Failure[] = [];
	const say = (message: string): boolean => process.stderr.write(`policy-review: ${message}\n`);
	const glossary = await loadData('glossary', parsed.glossaries, locale, notices);
	const indicators = await loadData('indicators', parsed.indicators, locale, notices);
	for (const n of notices) say(n.message);
	const projectFiles =
		parsed.config === null
			? undefined
			: new ProjectFiles(parsed.config, (r: ConfigReport) => {
					// Named as the user would: relative to the working directory when it is below it.
					const relative = path.relative(process.cwd(), r.path);
					const name = relative.startsWith('..') || path.isAbsolute(relative) ? r.path : relative;
					const notice: Notice =
						'problem' in r
							? { file: r.path, level: 'error', id: r.problem.reason, message: word('cliConfigSkipped', locale, { problem: fileProblemMessage(name, r.problem, locale) }) }
							: { file: r.path, level: 'warning', id: 'config-entries', message: word('cliConfigProblems', locale, { file: name, problems: configProblemsMessage(r.parts, locale) }) };
					notices.push(notice);
					say(notice.message);
				});
	const { files, directory } = await expand(parsed.files, failures);
	for (const f of failures) say(fileProblemMessage(f.file, f.problem, locale));

	const json: unknown[] = [];
	const figures: AnalysisJson[] = [];
	const results: FileResult[] = [];
	const findings = new Map<string, number>();
	let suppressedCount = 0;
	let reviewed = 0;
	let serious = false;
	for (const file of files) {
		const read = await readFileBytes(file, { maxBytes: parsed.maxSize });
		const decoded = read.ok ? decodeBytes(read.bytes) : undefined;
		if (!read.ok || !decoded || 'error' in decoded) {
			const failure: Failure = { file, problem: read.ok ? { reason: 'binary' } : read.problem };
			failures.push(failure);
			if (failure.problem.reason === 'timeout') timedOut = true;
			say(fileProblemMessage(file, failure.problem, locale));
			if (format === 'json') json.push(toFailureJson(failure, locale));
			continue;
		}
		if (decoded.replaced) {
			const notice: Notice = { file, level: 'warning', id: 'replaced', message: word('cliReplaced', locale, { file, count: decoded.replaced, encoding: decoded.encoding.toUpperCase() }) };
			notices.push(notice);
			say(notice.message);
		}
		const project = await projectFiles?.forFile(file);
		const config = project?.config ?? EMPTY_CONFIG;
		const analysis = analyze(decoded.text, { glossary, indicators, ruleLevels: ruleLevelsFor({}, config, project?.relativePath) });
		const entries = entriesFor(config, project?.relativePath);
		const { shown, hidden } = suppressFindings(decoded.text, analysis.findings, entries);
		const suppressed = suppressedFindings(hidden, entries, project?.path);
		suppressedCount += suppressed.length;
		const result = toFileResult(file, decoded.text, { ...analysis, findings: shown }, locale, decoded, suppressed);
		reviewed++;
		for (const f of result.analysis.findings) {
			findings.set(f.ruleId, (findings.get(f.ruleId) ?? 0) + 1);
			if (f.severity === 'error' || f.severity === 'warning') serious = true;
		}
		// Text is printed file by file; JSON and SARIF are printed whole at the end.
		if (format === 'text') process.stdout.write(`${formatText(result, locale)}\n`);
		else if (format === 'json') json.push(toJson(result, locale));
		else if (format === 'csv') figures.push(toJson(result, locale));
		else results.push(result);
	}
	if (format === 'csv') {
		process.stdout.write(CSV_BOM + figuresCsv(figures, locale));
	} else if (format === 'json') {
		const single = json.length === 1 && parsed.files.length === 1 && !directory;
		process.stdout.write(`${JSON.stringify(single ? json[0] : json, null, 2)}\n`);
	} else if (format === 'sarif') {
		process.stdout.write(`${JSON.stringify(toSarif(results, failures, notices, locale, VERSION, rulePagesDir()), null, 2)}\n`);
	} else if (directory || files.length > 1) {
		process.stdout.write(`${summaryLine(reviewed, failures.length, findings, locale, suppressedCount)}\n`);
	}
	if (failures.length > 0 || notices.some((n) => n.level === 'error')) return 2;
	return serious ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
	// A read that timed out may still hold a thread of the file system: do not wait for it.
	if (timedOut) process.stdout.write('', () => process.exit(code));
});
