/** Module boundaries: the core imports nothing but itself; the client imports only the protocol file of the server. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/paths';

function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
	);
}

/** The module specifiers of `import … from '…'`, `export … from '…'` and `require('…')`. */
function imports(file: string): string[] {
	const src = readFileSync(file, 'utf8');
	return [...src.matchAll(/(?:from\s+|require\(\s*|import\s+)'([^']+)'/g)].map((m) => m[1]!);
}

test('the analysis core imports only its own files (no LSP, vscode or Node modules)', () => {
	const core = path.join(ROOT, 'server', 'src', 'analysis');
	const files = tsFiles(core);
	assert.ok(files.length > 5);
	for (const f of files) {
		for (const spec of imports(f)) {
			assert.ok(spec.startsWith('.'), `${path.relative(ROOT, f)} imports ${spec}`);
			assert.ok(path.resolve(path.dirname(f), spec).startsWith(core), `${path.relative(ROOT, f)} imports ${spec}, outside the core`);
		}
	}
});

test('the client imports from the server only its protocol file', () => {
	for (const f of tsFiles(path.join(ROOT, 'client', 'src'))) {
		for (const spec of imports(f).filter((s) => s.includes('server/'))) {
			assert.equal(spec, '../../server/src/protocol', `${path.relative(ROOT, f)} imports ${spec}`);
		}
	}
});

test('each formula reader of parse/formulas/ imports only the modules its index lists before it (no cycle)', () => {
	const dir = path.join(ROOT, 'server', 'src', 'analysis', 'parse', 'formulas');
	const index = readFileSync(path.join(dir, 'index.ts'), 'utf8');
	const listed = index.slice(index.indexOf('This folder'), index.indexOf('*/'));
	const order = [...new Set([...listed.matchAll(/([A-Za-z]+)\.ts/g)].map((m) => m[1]!))];
	const modules = tsFiles(dir).map((f) => path.basename(f, '.ts')).filter((m) => m !== 'index');
	assert.deepEqual([...order].sort(), [...modules].sort(), 'the index lists every module of the folder once');
	for (const m of modules) {
		for (const spec of imports(path.join(dir, `${m}.ts`)).filter((s) => s.startsWith('./'))) {
			const used = spec.slice(2);
			assert.ok(order.indexOf(used) < order.indexOf(m), `parse/formulas/${m}.ts imports ${used}, listed after it`);
		}
	}
});
