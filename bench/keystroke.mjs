// `node bench/keystroke.mjs [--base DIR] [--rounds N] [--consecutive] [shape …]`: where the time of a keystroke goes.
// For each shape at 100,000 characters, one character typed at 60 places (as `npm run bench`: each edit two edits
// apart, the last undone), or with `--consecutive` 20 characters typed one after another at each of 5 places (as one
// types: each keystroke's text is the last one's with one more character; the first place a warm-up, so 80 keystrokes
// timed), each re-analysed with the document's BlockCache, timed by the steps of analyzeSteps (text model, blocks, sections, quantities and formulas, claims and
// relations, tables, rules) in CPU time of this process (steadier than the clock on a machine others load), medians.
// With `--base DIR` (another checkout's build/, e.g. main's), the two builds run in turn in separate processes, ABAB,
// and the ratio of their medians is printed. `alloc` is the MB a keystroke allocates (V8's sampling heap profiler over
// the same keystrokes, collected objects included): unlike time, it does not move with the load of the machine. Not
// part of `npm test`.
import { execFileSync } from 'node:child_process';
import { allocated } from './allocation.mjs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const [value] = args.splice(i, 2).slice(1);
	return value;
};
const worker = option('--worker');
const base = option('--base');
const rounds = Number(option('--rounds') ?? 4);
const consecutive = args.includes('--consecutive');
if (consecutive) args.splice(args.indexOf('--consecutive'), 1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PHASES = ['model', 'blocks', 'sections', 'quantities+formulas', 'claims', 'tables', 'rules', 'total'];

/** The phases' medians for each shape, with the build in `build`. */
async function measure(build, shapes) {
	const require = createRequire(path.join(build, 'x.js'));
	const { analyzeSteps, BlockCache } = require('./server/src/analysis/index.js');
	const { allRules } = require('./server/src/analysis/rules/index.js');
	const { SHAPES, shapeText, proseText } = require('./test/helpers/shapes.js');
	const { typedTexts } = await import(path.join(root, 'bench', 'typing.mjs'));
	const prose = proseText(process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared'));
	const rules = allRules.filter((r) => r.defaultSeverity !== 'off').length;
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	const out = {};
	for (const shape of shapes.length > 0 ? shapes : SHAPES) {
		const text = shapeText(shape, 100_000, prose);
		const cache = new BlockCache();
		const run = (t) => {
			const steps = analyzeSteps(t, {}, cache);
			const marks = [];
			let last = cpu();
			for (;;) {
				const step = steps.next();
				const now = cpu();
				marks.push(now - last);
				last = now;
				if (step.done) return marks;
			}
		};
		run(text);
		const times = Object.fromEntries(PHASES.map((p) => [p, []]));
		// The edited texts, the warm-up's first (made before: their making is not timed).
		const { warmup, texts: timed } = typedTexts(text, consecutive);
		for (const t of warmup) run(t);
		for (const t of timed) {
			const marks = run(t);
			// model, each block step, sections, quantities+formulas, claims, tables, each rule, the findings sorted.
			const sum = (xs) => xs.reduce((a, b) => a + b, 0);
			const tail = marks.length - rules - 1;
			const got = { model: marks[0], blocks: sum(marks.slice(1, tail - 4)), sections: marks[tail - 4], 'quantities+formulas': marks[tail - 3], claims: marks[tail - 2], tables: marks[tail - 1], rules: sum(marks.slice(tail)), total: sum(marks) };
			for (const p of PHASES) times[p].push(got[p]);
		}
		out[shape] = Object.fromEntries(PHASES.map((p) => [p, median(times[p])]));
		// 20 of the same keystrokes again, their allocation counted (the texts made before: not counted); typed one after
		// another, the last place's (the cache holds the last of them: the first re-reads one block, as a keystroke does).
		const texts = consecutive ? timed.slice(-20) : timed.slice(0, 20);
		out[shape].alloc = allocated(() => texts.forEach(run), 4096) / texts.length / 1e6;
	}
	return out;
}

if (worker) {
	process.stdout.write(JSON.stringify(await measure(worker, args)));
	process.exit(0);
}
const f1 = (x) => x.toFixed(1);
const runIn = (build) => JSON.parse(execFileSync(process.execPath, [import.meta.filename, '--worker', build, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 }));
const own = path.join(root, 'build');
if (!base) {
	const got = runIn(own);
	console.log(`| shape | ${PHASES.join(' | ')} | alloc MB |\n|---|${PHASES.map(() => '---:').join('|')}|---:|`);
	for (const [shape, m] of Object.entries(got)) console.log(`| ${shape} | ${PHASES.map((p) => f1(m[p])).join(' | ')} | ${f1(m.alloc)} |`);
} else {
	const runs = { base: [], own: [] };
	for (let r = 0; r < rounds; r++) for (const k of r % 2 ? ['own', 'base'] : ['base', 'own']) runs[k].push(runIn(k === 'own' ? own : path.resolve(base)));
	console.log(`| shape | base total | this total | ratio | base tables | this tables | base model | this model | base alloc MB | this alloc MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
	for (const shape of Object.keys(runs.own[0])) {
		const m = (k, p) => median(runs[k].map((x) => x[shape][p]));
		console.log(`| ${shape} | ${f1(m('base', 'total'))} | ${f1(m('own', 'total'))} | ${(m('own', 'total') / m('base', 'total')).toFixed(2)} | ${f1(m('base', 'tables'))} | ${f1(m('own', 'tables'))} | ${f1(m('base', 'model'))} | ${f1(m('own', 'model'))} | ${f1(m('base', 'alloc'))} | ${f1(m('own', 'alloc'))} |`);
	}
}
