import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { defaultSettings } from '../../server/src/protocol';
import { toSettings } from '../../server/src/settings';

describe('settings', () => {
	test('missing or null → defaults, no problems', () => {
		for (const raw of [undefined, null, {}]) {
			const r = toSettings(raw);
			assert.deepEqual(r.settings, defaultSettings);
			assert.deepEqual(r.problems, []);
		}
	});

	test('well-formed values are taken', () => {
		const r = toSettings({ enable: false, languages: ['policy-text'], diagnostics: { delayMs: 0 }, maxFileSize: 10, rules: { 'structure.numbering-gap': 'off' }, indicatorFiles: ['i.json'] });
		assert.deepEqual(r.settings, { enable: false, languages: ['policy-text'], diagnosticsDelayMs: 0, maxFileSize: 10, rules: { 'structure.numbering-gap': 'off' }, glossaryFiles: [], indicatorFiles: ['i.json'] });
		assert.deepEqual(r.problems, []);
	});

	test('garbage falls back to defaults, one problem per bad value', () => {
		const r = toSettings({ enable: 'yes', languages: 'plaintext', diagnostics: { delayMs: -5 }, maxFileSize: Number.NaN, rules: { a: 'loud', b: 3 } });
		assert.deepEqual(r.settings, defaultSettings);
		assert.equal(r.problems.length, 6);
		assert.equal(toSettings(42).problems.length, 1);
		assert.equal(toSettings([]).problems.length, 1);
	});
});
