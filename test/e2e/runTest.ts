/**
 * Runs the extension-host suite with @vscode/test-electron: on a machine with internet it downloads VS Code;
 * here VSCODE_EXECUTABLE points it at ../shared/vscode-harness/code-shim.sh (a real VS Code under code-server).
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../helpers/paths';

async function main(): Promise<void> {
	const extensionDevelopmentPath = ROOT;
	const extensionTestsPath = path.join(ROOT, 'build', 'test', 'e2e', 'index.js');
	const workspace = path.join(ROOT, 'test', 'fixtures', 'workspace');
	const executable = process.env['VSCODE_EXECUTABLE'];
	process.exitCode = await runTests({
		extensionDevelopmentPath,
		extensionTestsPath,
		launchArgs: [workspace, '--disable-extensions'],
		...(executable ? { vscodeExecutablePath: executable } : {}),
	});
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
