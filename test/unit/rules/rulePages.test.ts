/** Every rule owns its metadata and its page: the README's summary, the pages and the SARIF descriptions agree. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../../server/src/analysis/index';
import { ROOT } from '../../helpers/paths';

test('every rule has a description in both languages and a message for each variant', () => {
	for (const rule of allRules) {
		assert.ok(rule.description.en.length > 20 && rule.description.zh.length > 5, rule.id);
		assert.ok(rule.messages['default'] ?? Object.values(rule.messages)[0], rule.id);
		for (const m of Object.values(rule.messages)) assert.ok(m.en && m.zh, rule.id);
	}
});

test('every rule has its page docs/rules/<id>.md, and the README links it', () => {
	const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
	for (const rule of allRules) {
		const page = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
		assert.ok(existsSync(page), `missing ${page}`);
		const text = readFileSync(page, 'utf8');
		assert.ok(text.startsWith(`# ${rule.id}\n`), `${rule.id}: the page starts with its id`);
		for (const section of ['## What it checks', '## Fires', '## Does not fire']) assert.ok(text.includes(section), `${rule.id}: ${section}`);
		assert.ok(readme.includes(`(docs/rules/${rule.id}.md)`), `the README links ${rule.id}`);
	}
});
