/**
 * The manifest's `policyReview.rules` (one property per rule), its descriptions and the schema of
 * `.policy-review.json` are written from the rule list by `npm run schemas`: they must be what it writes now.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../server/src/analysis/index';
import { parseProjectConfig } from '../../server/src/config/projectConfig';
import { ROOT } from '../helpers/paths';

async function expected(): Promise<Record<string, string>> {
	const script = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'schemas.mjs')).href)) as { expectedFiles(): Record<string, string> };
	return script.expectedFiles();
}

test('package.json, package.nls*.json and schemas/policy-review.schema.json are in sync with the rules (else: npm run schemas)', async () => {
	for (const [file, text] of Object.entries(await expected())) {
		assert.equal(readFileSync(path.join(ROOT, file), 'utf8'), text, `${file} is out of date: run npm run schemas`);
	}
});

test('every rule is offered in policyReview.rules and in the project file’s schema', () => {
	const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'policy-review.schema.json'), 'utf8'));
	const ids = allRules.map((r) => r.id).sort();
	assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['policyReview.rules'].properties).sort(), ids);
	assert.deepEqual(Object.keys(schema.definitions.rules.properties).sort(), ids);
	assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.policy-review.json', url: './schemas/policy-review.schema.json' }]);
});

test('the schema and the parser agree on the top-level keys and on an entry’s keys', () => {
	const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'policy-review.schema.json'), 'utf8'));
	const full = { $schema: 'x', rules: {}, overrides: [], accepted: [{ rule: 'claim.ratio', file: 'a.txt', figures: ['1'], before: '', after: '', note: 'n' }] };
	assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(full).sort());
	assert.deepEqual(Object.keys(schema.properties.accepted.items.properties).sort(), Object.keys(full.accepted[0]!).sort());
	const parsed = parseProjectConfig(JSON.stringify(full));
	assert.ok('config' in parsed && parsed.problems.length === 0);
	assert.deepEqual(parsed.config.accepted[0], full.accepted[0]);
});
