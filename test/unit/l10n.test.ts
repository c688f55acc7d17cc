/** Every string the client shows has its Chinese translation; the manifest's strings too. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { FILE_SETTINGS } from '../../server/src/protocol';
import { ROOT } from '../helpers/paths';

test('the zh-cn runtime bundle translates every string the client shows (t() and vscode.l10n.t)', () => {
	const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
	const used = readdirSync(path.join(ROOT, 'client', 'src'))
		.filter((f) => f.endsWith('.ts'))
		.flatMap((f) => [...readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8').matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!));
	assert.ok(used.length >= 3);
	for (const s of used) assert.ok(bundle[s], `missing translation: ${s}`);
});

test('package.nls.zh-cn.json has every key of package.nls.json, and the manifest uses only known keys', () => {
	const en = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
	const zh = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
	assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
	const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
	for (const m of manifest.matchAll(/"%([\w.-]+)%"/g)) assert.ok(en[m[1]!], `package.json uses %${m[1]}% without a string`);
});

test('workspace trust: limited support, and every setting that names a file is restricted', () => {
	const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		capabilities: { untrustedWorkspaces: { supported: string; description: string; restrictedConfigurations: string[] } };
		contributes: { configuration: { properties: Record<string, { type: string; items?: { type: string } }> } };
	};
	const trust = manifest.capabilities.untrustedWorkspaces;
	assert.equal(trust.supported, 'limited');
	assert.equal(trust.description, '%untrustedWorkspaces%');
	assert.deepEqual(trust.restrictedConfigurations, [...FILE_SETTINGS]);
	const named = Object.keys(manifest.contributes.configuration.properties).filter((k) => /Files?$|Path$/.test(k));
	assert.deepEqual(named, [...FILE_SETTINGS]);
});
