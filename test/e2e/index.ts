/** The extensionTestsPath module: runs every *.test.js beside it with mocha inside the extension host. */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
	for (const f of readdirSync(__dirname).filter((x) => x.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
	return new Promise((resolve, reject) => {
		mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
	});
}
