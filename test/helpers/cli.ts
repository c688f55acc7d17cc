/** Running the bundled command-line tool in tests, on files written to a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from './paths';

export const CLI = path.join(ROOT, 'server', 'out', 'cli.js');

export interface CliRun {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** `policy-review ARGS` with LANG=C (English) unless `env` says otherwise; `cwd` defaults to this process's. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): CliRun {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...env }, ...(cwd ? { cwd } : {}) });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder and a function that writes a file into it (folders made as needed) and returns its path. */
export function tempFiles(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	const file = (name: string, content: string | Uint8Array): string => {
		const p = path.join(dir, name);
		mkdirSync(path.dirname(p), { recursive: true });
		writeFileSync(p, content);
		return p;
	};
	return { dir, file };
}
