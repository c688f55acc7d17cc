/**
 * Runs the extension-host suite with @vscode/test-electron: on a machine with internet it downloads VS Code;
 * here VSCODE_EXECUTABLE points it at ../shared/vscode-harness/code-shim.sh (a real VS Code under code-server).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../helpers/paths';

async function main(): Promise<void> {
	const extensionDevelopmentPath = ROOT;
	const extensionTestsPath = path.join(ROOT, 'build', 'test', 'e2e', 'index.js');
	// A copy of the fixture workspace: the tests write project files (.policy-review.json) and documents into it.
	const workspace = mkdtempSync(path.join(tmpdir(), 'policy-review-e2e-'));
	cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
	const executable = process.env['VSCODE_EXECUTABLE'];
	try {
		process.exitCode = await runTests({
			extensionDevelopmentPath,
			extensionTestsPath,
			launchArgs: [workspace, '--disable-extensions'],
			...(executable ? { vscodeExecutablePath: executable } : {}),
		});
	} finally {
		rmSync(workspace, { recursive: true, force: true });
	}
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
