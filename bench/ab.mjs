// `node bench/ab.mjs --base DIR [--full] [--n N] [--own-first] [shape …]`: this checkout's build against another's
// (`DIR`: a checkout with its build/, e.g. a worktree of the round's start), both loaded in one process and run in turn
// on the same input, the order alternating: the CPU time of each (process.cpuUsage: the machine is shared, the clock
// moves with its load), medians and the median of the paired ratios. Keystrokes (default) are the bench's (typing.mjs:
// one character at 60 places, each two edits apart), each analysed with each build's own BlockCache; `--full` times full
// analyses of the 100,000-character text. Not part of `npm test`.
//
// Read the ratios against the noise: on 2 loaded cores two copies of one build differ by 3-7% (the module loaded second
// ran slower in full analyses: `--own-first` swaps the order, run both), so a change of a few percent is not told apart;
// `--alloc` prints instead the MB each keystroke allocates (V8's sampling heap profiler), which the load does not move:
// each build in a process of its own (in one process the build run second allocated 6% less than its copy run first;
// in fresh processes one build repeats within 1%).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { allocated } from './allocation.mjs';
import * as path from 'node:path';
import { typedTexts } from './typing.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(name);
	return i < 0 ? undefined : args.splice(i, 2)[1];
};
const flag = (name) => {
	const i = args.indexOf(name);
	if (i >= 0) args.splice(i, 1);
	return i >= 0;
};
const base = option('--base');
const n = Number(option('--n') ?? 60);
const full = flag('--full');
const ownFirst = flag('--own-first');
const alloc = flag('--alloc');
const only = option('--only');
if (!base) throw new Error('--base DIR: the checkout to compare with (its build/)');
const builds = { base: path.resolve(base, 'build'), own: path.join(root, 'build') };
const analysis = {};
for (const k of only ? [only] : ownFirst ? ['own', 'base'] : ['base', 'own']) analysis[k] = createRequire(path.join(builds[k], 'x.js'))('./server/src/analysis/index.js');
const { SHAPES, shapeText, proseText } = createRequire(path.join(builds.own, 'x.js'))('./test/helpers/shapes.js');
const prose = proseText(process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared'));
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const shape of args.length > 0 ? args : SHAPES) {
	const text = shapeText(shape, 100_000, prose);
	const { warmup, texts } = typedTexts(text);
	if (alloc && !only) {
		const mb = {};
		for (const k of ['base', 'own']) mb[k] = Number(execFileSync(process.execPath, [import.meta.filename, '--base', base, '--alloc', '--only', k, ...(full ? ['--full'] : []), shape], { encoding: 'utf8' }));
		console.log(`${shape}: base ${mb.base.toFixed(2)} MB, this ${mb.own.toFixed(2)} MB per ${full ? 'analysis' : 'keystroke'} (${(mb.own / mb.base).toFixed(3)})`);
		continue;
	}
	const caches = {};
	for (const k of only ? [only] : ['base', 'own']) {
		caches[k] = new analysis[k].BlockCache();
		analysis[k].analyze(text, {}, caches[k]);
		for (const t of warmup) analysis[k].analyze(t, {}, caches[k]);
		if (full) for (let i = 0; i < 3; i++) analysis[k].analyze(text);
	}
	const run = (k, i) => (full ? analysis[k].analyze(text) : analysis[k].analyze(texts[i % texts.length], {}, caches[k]));
	if (only) {
		process.stdout.write(String(allocated(() => texts.slice(0, 30).forEach((_, i) => run(only, i)), 1024) / 30 / 1e6));
		break;
	}
	const times = { base: [], own: [] };
	const ratios = [];
	for (let i = 0; i < n; i++) {
		const got = {};
		for (const k of i % 2 ? ['own', 'base'] : ['base', 'own']) {
			const t = cpu();
			run(k, i);
			got[k] = cpu() - t;
			times[k].push(got[k]);
		}
		ratios.push(got.own / got.base);
	}
	const [b, o] = [median(times.base), median(times.own)];
	console.log(`${shape} (${full ? 'full' : 'keystroke'}, ${n} each): base ${b.toFixed(1)} ms, this ${o.toFixed(1)} ms, ratio of medians ${(o / b).toFixed(3)}, median paired ratio ${median(ratios).toFixed(3)}`);
}
