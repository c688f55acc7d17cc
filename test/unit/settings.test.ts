import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { defaultSettings } from '../../server/src/protocol';
import { settingsProblemMessage } from '../../server/src/features/messages';
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
		const r = toSettings({ enable: false, languages: ['policy-text'], diagnostics: { delayMs: 0 }, maxFileSize: 10, rules: { 'structure.numbering-gap': 'off' }, indicatorFiles: ['i.json'], locale: 'zh', files: { include: ['报告/**'] } });
		assert.deepEqual(r.settings, {
			enable: false,
			languages: ['policy-text'],
			diagnosticsDelayMs: 0,
			maxFileSize: 10,
			rules: { 'structure.numbering-gap': 'off' },
			glossaryFiles: [],
			indicatorFiles: ['i.json'],
			locale: 'zh',
			files: { include: ['报告/**'], exclude: ['**/node_modules/**'] },
		});
		assert.deepEqual(r.problems, []);
	});

	test('garbage falls back to defaults, one problem per bad value', () => {
		const r = toSettings({ enable: 'yes', languages: 'plaintext', diagnostics: { delayMs: -5 }, maxFileSize: Number.NaN, rules: { a: 'loud', b: 3 }, locale: 'fr', files: { exclude: 'node_modules' } });
		assert.deepEqual(r.settings, defaultSettings);
		assert.equal(r.problems.length, 8);
		assert.deepEqual(r.problems[0], { setting: 'policyReview.rules.a', kind: 'ignored', value: '"loud"' });
		assert.equal(toSettings(42).problems.length, 1);
		assert.equal(toSettings([]).problems.length, 1);
	});

	test('problems are told in the user’s language', () => {
		const [p] = toSettings({ enable: 'yes' }).problems;
		assert.equal(settingsProblemMessage(p!, 'en'), 'policyReview.enable: invalid value "yes", the default is used');
		assert.equal(settingsProblemMessage(p!, 'zh'), 'policyReview.enable：取值 "yes" 无效，改用默认值');
	});
});
