/** Waiting on the editor's events, never on fixed sleeps; files of the test workspace. */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The folder the suite runs in: a copy of test/fixtures/workspace (runTest.ts). */
export const WORKSPACE = vscode.workspace.workspaceFolders![0]!.uri.fsPath;

/** Write a file of the workspace (folders made as needed). */
export function write(relative: string, text: string): vscode.Uri {
	const file = path.join(WORKSPACE, relative);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return vscode.Uri.file(file);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
	return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Resolves with the diagnostics of `uri` once `accept` holds for them (checked now and on every change). */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<readonly vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const check = (): boolean => {
			const d = vscode.languages.getDiagnostics(uri);
			if (!accept(d)) return false;
			cleanup();
			resolve(d);
			return true;
		};
		const sub = vscode.languages.onDidChangeDiagnostics((e) => {
			if (e.uris.some((u) => u.toString() === uri.toString())) check();
		});
		const timer = setTimeout(() => (cleanup(), reject(new Error(`diagnostics of ${uri.toString()} did not arrive within ${timeoutMs} ms`))), timeoutMs);
		const cleanup = (): void => {
			sub.dispose();
			clearTimeout(timer);
		};
		check();
	});
}

/** Polls a provider command until it returns a non-empty answer (the server may still be starting). */
export async function until<T>(what: string, fn: () => Thenable<T | undefined>, ok: (v: T | undefined) => boolean, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (ok(v)) return v as T;
		if (Date.now() > deadline) throw new Error(`${what}: no answer within ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 200));
	}
}
