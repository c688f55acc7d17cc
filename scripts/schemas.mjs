// `npm run schemas`: what the rule list gives the manifest and the project file's schema, written from the rules'
// own metadata (id, default severity, descriptions in English and Chinese), so that a new rule is offered for
// completion in `policyReview.rules` and in `.policy-review.json` without editing JSON by hand:
//
//   package.json            contributes.configuration `policyReview.rules`: one property per rule
//   package.nls*.json       `config.rules.<id>`: each rule's description, in English and Chinese
//   schemas/policy-review.schema.json   the schema of `.policy-review.json` (contributed through jsonValidation)
//
// test/unit/schemas.test.ts fails when these files differ from what this script writes (after `tsc -b`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const LEVELS = ['off', 'error', 'warning', 'information', 'hint'];
const LEVEL_WORDS = {
	en: ['not checked', 'an error', 'a warning', 'information', 'a hint (no squiggle)'],
	zh: ['不检查', '错误', '警告', '信息', '提示（无波浪线）'],
};

/** Every file's expected text, by path relative to the repository. */
export function expectedFiles() {
	const { allRules } = require(path.join(root, 'build', 'server', 'src', 'analysis', 'index.js'));
	const rules = [...allRules].sort((a, b) => (a.id < b.id ? -1 : 1));
	const json = (value) => `${JSON.stringify(value, null, '\t')}\n`;
	const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

	const pkg = read('package.json');
	const setting = pkg.contributes.configuration.properties['policyReview.rules'];
	setting.properties = Object.fromEntries(
		rules.map((r) => [r.id, { type: 'string', enum: LEVELS, default: r.defaultSeverity, markdownDescription: `%config.rules.${r.id}%` }]),
	);
	setting.additionalProperties = false;

	const nls = (file, lang) => {
		const strings = Object.fromEntries(Object.entries(read(file)).filter(([k]) => !k.startsWith('config.rules.')));
		for (const r of rules) {
			const level = `\`${r.defaultSeverity}\``;
			strings[`config.rules.${r.id}`] = lang === 'zh' ? `${r.description.zh}默认：${level}。` : `${r.description.en} Default: ${level}.`;
		}
		return strings;
	};

	const level = { type: 'string', enum: LEVELS, enumDescriptions: LEVELS.map((_, i) => `${LEVEL_WORDS.en[i]} / ${LEVEL_WORDS.zh[i]}`) };
	const ruleLevels = {
		type: 'object',
		description: 'Level per rule id. / 各规则的级别。',
		properties: Object.fromEntries(rules.map((r) => [r.id, { $ref: '#/definitions/level', description: `${r.description.en} / ${r.description.zh} (default / 默认: ${r.defaultSeverity})` }])),
		additionalProperties: false,
	};
	const schema = {
		$schema: 'http://json-schema.org/draft-07/schema#',
		title: '.policy-review.json',
		description: 'Policy Text Review: rule levels, overrides per file or folder, and accepted findings of a project. / 政策文本审校项目配置：规则级别、按文件或文件夹覆盖、已接受的问题。',
		type: 'object',
		properties: {
			$schema: { type: 'string' },
			rules: { $ref: '#/definitions/rules' },
			overrides: {
				type: 'array',
				description: 'Rule levels for some files: later overrides win over earlier ones and over "rules". / 部分文件的规则级别，后写的优先。',
				items: {
					type: 'object',
					properties: {
						files: {
							type: 'array',
							minItems: 1,
							items: { type: 'string' },
							description: 'Glob patterns relative to this file\'s folder: * ? ** {a,b}; a pattern without "/" matches a name at any depth; a folder matches what is inside. / 相对于本文件所在文件夹的模式。',
						},
						rules: { $ref: '#/definitions/rules' },
					},
					required: ['files', 'rules'],
					additionalProperties: false,
				},
			},
			accepted: {
				type: 'array',
				description: 'Findings checked and accepted (the code action "Accept this finding" adds them). / 已核对并接受的问题（由“接受此项”添加）。',
				items: {
					type: 'object',
					properties: {
						rule: { type: 'string', enum: rules.map((r) => r.id), description: 'The rule of the finding. / 规则。' },
						file: { type: 'string', description: 'The document, relative to this file\'s folder; any document when absent. / 文档路径（相对于本文件所在文件夹）；省略则适用于任何文档。' },
						figures: {
							type: 'array',
							minItems: 1,
							items: { type: 'string' },
							description: 'The text of the flagged figure, then of the related ones (white space left out). / 被标记的数字及相关数字的原文。',
						},
						before: { type: 'string', description: 'Up to 10 characters before the flagged figure. / 被标记数字之前的至多 10 个字符。' },
						after: { type: 'string', description: 'Up to 10 characters after it. / 其后的至多 10 个字符。' },
						note: { type: 'string', description: 'Why it was accepted. / 接受的理由。' },
					},
					required: ['rule', 'figures'],
					additionalProperties: false,
				},
			},
		},
		additionalProperties: false,
		definitions: { level, rules: ruleLevels },
	};

	return {
		'package.json': json(pkg),
		'package.nls.json': json(nls('package.nls.json', 'en')),
		'package.nls.zh-cn.json': json(nls('package.nls.zh-cn.json', 'zh')),
		'schemas/policy-review.schema.json': json(schema),
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const [file, text] of Object.entries(expectedFiles())) {
		const full = path.join(root, file);
		let old = '';
		try {
			old = readFileSync(full, 'utf8');
		} catch {
			// a new file
		}
		if (old !== text) {
			writeFileSync(full, text);
			console.log(`wrote ${file}`);
		}
	}
}
