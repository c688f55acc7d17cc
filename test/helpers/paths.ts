/** Where the repository and ../shared are, from a compiled test under build/test/…. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

function findRoot(start: string): string {
	let dir = start;
	for (;;) {
		const pkg = path.join(dir, 'package.json');
		if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'policy-text-review') return dir;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error(`no policy-text-review package.json above ${start}`);
		dir = parent;
	}
}

export const ROOT = findRoot(__dirname);
/** ../shared beside the repository (corpus texts and gold fixtures are read from there, never committed). */
export const SHARED = process.env['POLICY_REVIEW_SHARED'] ?? path.resolve(ROOT, '..', 'shared');
export const HAVE_SHARED = existsSync(path.join(SHARED, 'fixtures')) && existsSync(path.join(SHARED, 'corpus'));
export const SKIP_SHARED = HAVE_SHARED ? false : `../shared is absent (looked in ${SHARED}); real-document tests skipped`;

export function sharedPath(...parts: string[]): string {
	return path.join(SHARED, ...parts);
}

export function readShared(...parts: string[]): string {
	return readFileSync(sharedPath(...parts), 'utf8');
}

/** Every corpus document as [relative path, text]. */
export function corpusFiles(): [string, string][] {
	const out: [string, string][] = [];
	const root = sharedPath('corpus');
	for (const dir of readdirSync(root, { withFileTypes: true })) {
		if (!dir.isDirectory()) continue;
		for (const f of readdirSync(path.join(root, dir.name))) {
			if (f.endsWith('.txt')) out.push([`${dir.name}/${f}`, readFileSync(path.join(root, dir.name, f), 'utf8')]);
		}
	}
	return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Every report of ../shared/local-reports as [file name, text]. */
export function localReports(): [string, string][] {
	const root = sharedPath('local-reports');
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => [f, readFileSync(path.join(root, f), 'utf8')] as [string, string]);
}
