/**
 * Every regular expression in the code passes a ReDoS check (recheck): none can backtrack catastrophically,
 * whatever text a user opens. The literals are found with the TypeScript parser, not by pattern matching; the patterns
 * the analysis builds from shared words when it loads (`new RegExp(\`^(?:${WHOLE_REGION})\`)`) are caught as they are built.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkSync } from 'recheck';

/**
 * recheck's fuzzer bounds each trial match by time as well as by steps (incubation 250 ms, attack 1 s); on a loaded
 * machine a match of a safe pattern runs out of that time, and the same pattern came back vulnerable one run and safe the
 * next. The bounds are ten times longer here, so the steps decide (the seed is fixed); the whole check keeps its timeout.
 */
const steps = (timeout: number) => ({ timeout, incubationTimeout: 2_500, attackTimeout: 10_000 });
import * as ts from 'typescript';
import { ROOT } from '../helpers/paths';

function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
	);
}

function regexLiterals(file: string): { source: string; flags: string; line: number }[] {
	const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
	const out: { source: string; flags: string; line: number }[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isRegularExpressionLiteral(node)) {
			const text = node.text;
			const slash = text.lastIndexOf('/');
			out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return out;
}

test('no regular expression in server/ or client/ can backtrack catastrophically', () => {
	const files = [...tsFiles(path.join(ROOT, 'server', 'src')), ...tsFiles(path.join(ROOT, 'client', 'src'))];
	let count = 0;
	const unsafe: string[] = [];
	for (const file of files) {
		for (const re of regexLiterals(file)) {
			count++;
			const flags = re.flags.replace(/[gy]/g, '');
			// A check that ran out of time on a loaded machine ('unknown') gets one longer try before it counts.
			let result = checkSync(re.source, flags, steps(10_000));
			if (result.status === 'unknown') result = checkSync(re.source, flags, steps(60_000));
			if (result.status !== 'safe') unsafe.push(`${path.relative(ROOT, file)}:${re.line} /${re.source}/${re.flags} → ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type})` : ''}`);
		}
	}
	assert.ok(count > 50, `found ${count} regular expressions`);
	assert.deepEqual(unsafe, []);
});

function jsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : [],
	);
}

test('no pattern the analysis builds when it loads (new RegExp from shared words) can backtrack catastrophically', async () => {
	const built = new Map<string, string>();
	const Original = RegExp;
	globalThis.RegExp = new Proxy(Original, {
		construct(target, args: [string | RegExp, string?]): RegExp {
			const re = Reflect.construct(target, args) as RegExp;
			built.set(`/${re.source}/${re.flags}`, re.flags);
			return re;
		},
	});
	try {
		for (const file of jsFiles(path.join(ROOT, 'build', 'server', 'src', 'analysis'))) await import(file);
	} finally {
		globalThis.RegExp = Original;
	}
	const unsafe: string[] = [];
	for (const [key, flags] of built) {
		const source = key.slice(1, key.length - flags.length - 1);
		const checkFlags = flags.replace(/[gy]/g, '');
		let result = checkSync(source, checkFlags, steps(10_000));
		if (result.status === 'unknown') result = checkSync(source, checkFlags, steps(60_000));
		if (result.status !== 'safe') unsafe.push(`${key} → ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type})` : ''}`);
	}
	assert.ok(built.size > 40, `caught ${built.size} patterns built at load`);
	assert.deepEqual(unsafe, []);
});
