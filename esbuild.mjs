// Bundles the client and the server (and the command-line tool) into single files.
// `node esbuild.mjs` (development, with source maps), `--production` (minified), `--watch`.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {esbuild.BuildOptions} */
const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node18',
	minify: production,
	sourcemap: production ? false : true,
	sourcesContent: false,
	logLevel: 'warning',
	define: { POLICY_REVIEW_VERSION: JSON.stringify(version) },
};

const builds = [
	// jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow: take its ES module build.
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], mainFields: ['module', 'main'] },
	{ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'server/out/server.js' },
	{ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
	for (const b of builds) await (await esbuild.context(b)).watch();
} else {
	await Promise.all(builds.map((b) => esbuild.build(b)));
}
