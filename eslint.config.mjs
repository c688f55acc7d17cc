// Lint: typescript-eslint with type information, plus the module boundaries of the project (the pure core may
// import nothing but itself; the features never the connection; the client only the protocol file).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
	{ ignores: ['build/**', 'client/out/**', 'server/out/**', 'node_modules/**', 'bench/**', 'scripts/**', 'esbuild.mjs', 'eslint.config.mjs', '.vscode-test/**'] },
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// A promise nobody awaits hides its failure; `void` marks a deliberate fire-and-forget.
			'@typescript-eslint/no-floating-promises': [
				'error',
				// node:test's describe/test return promises that the runner itself awaits.
				{ allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'test', 'it', 'suite', 'before', 'after'] }] },
			],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/switch-exhaustiveness-check': 'error',
			eqeqeq: 'error',
			curly: ['error', 'multi-line'],
		},
	},
	{
		files: ['server/src/analysis/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: nodeBuiltins,
					patterns: ['vscode', 'vscode-*', '**/features/**', '**/server', '**/cli/**', '**/node/**'],
				},
			],
		},
	},
	{
		files: ['server/src/features/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [...nodeBuiltins, 'vscode-languageserver/node', 'vscode-languageserver/browser', 'vscode'] }],
		},
	},
	{
		files: ['test/**/*.ts'],
		rules: {
			// Tests assert on values that the type system cannot narrow.
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unnecessary-type-assertion': 'off',
		},
	},
);
