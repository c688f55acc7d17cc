/**
 * The client's words in the user's language: `policyReview.locale` (`auto` follows VS Code's display language, as
 * the server does), so that a Chinese proofreader on an English VS Code gets Chinese everywhere. The Chinese texts
 * are l10n/bundle.l10n.zh-cn.json (keyed by the English text, as `vscode.l10n` bundles are).
 */
import * as vscode from 'vscode';
import zh from '../../l10n/bundle.l10n.zh-cn.json';

export type Locale = 'zh' | 'en';

const bundle: Readonly<Record<string, string>> = zh;

export function currentLocale(): Locale {
	const setting = vscode.workspace.getConfiguration('policyReview').get<string>('locale');
	if (setting === 'zh' || setting === 'en') return setting;
	return /^zh/i.test(vscode.env.language) ? 'zh' : 'en';
}

/** `message` (English, with `{0}`, `{1}` … for `args`) in the user's language. */
export function t(message: string, ...args: (string | number)[]): string {
	const template = currentLocale() === 'zh' ? (bundle[message] ?? message) : message;
	return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
