/**
 * A Markdown document that is mostly Chinese is probably a policy text kept as Markdown. While it stays `markdown` it
 * has diagnostics and hovers and VS Code's Markdown outline; as `policy-text` it has one complete outline (ours) and
 * policy-text highlighting, which embeds the Markdown grammar. So the extension offers, once per document and in the
 * status bar (not a pop-up), to read it as Policy Text — for this time, or for good through the workspace's
 * `files.associations`. A document the user declined is not offered again in this workspace.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mostlyChinese } from '../../server/src/protocol';
import { t } from './locale';

export const READ_AS_POLICY_TEXT = 'policyReview.readAsPolicyText';
const DECLINED = 'policyReview.markdownOffer.declined';

/** Is `doc` a Markdown document we would offer to read as Policy Text? */
export function offerable(doc: vscode.TextDocument): boolean {
	return doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && mostlyChinese(doc.getText());
}

/** The `files.associations` pattern of one file of the workspace: a glob that ends in its workspace-relative path. */
function associationPattern(uri: vscode.Uri): string {
	return `**/${vscode.workspace.asRelativePath(uri, false)}`;
}

/** The offer's status bar item and command; dispose of it to remove both. */
export function registerMarkdownOffer(context: vscode.ExtensionContext): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('policyReview.markdownOffer', vscode.StatusBarAlignment.Right, 99);
	item.name = t('Policy Text Review: read Markdown as Policy Text');
	item.command = READ_AS_POLICY_TEXT;
	const declined = (): string[] => context.workspaceState.get<string[]>(DECLINED, []);

	const update = (): void => {
		const doc = vscode.window.activeTextEditor?.document;
		if (!doc || !offerable(doc) || declined().includes(doc.uri.toString())) {
			item.hide();
			return;
		}
		item.text = `$(book) ${t('Read as Policy Text?')}`;
		item.tooltip = t('This Markdown document is mostly Chinese. Read it as Policy Text: one complete outline, breadcrumbs to the last heading, policy-text highlighting. It keeps its diagnostics and hovers either way.');
		item.show();
	};

	const disposable = vscode.Disposable.from(
		item,
		vscode.window.onDidChangeActiveTextEditor(update),
		vscode.workspace.onDidOpenTextDocument(update),
		vscode.commands.registerCommand(READ_AS_POLICY_TEXT, async (uri?: vscode.Uri) => {
			const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
			if (!doc || doc.languageId !== 'markdown') return;
			const once = t('Read as Policy Text');
			const always = t('Read as Policy Text, and always this file in this workspace');
			const never = t('Keep it Markdown; do not ask again');
			const choice = await vscode.window.showQuickPick(
				[
					{ label: once, description: t('this time') },
					...(vscode.workspace.getWorkspaceFolder(doc.uri) ? [{ label: always, description: 'files.associations' }] : []),
					{ label: never },
				],
				{ placeHolder: t('{0} is Markdown and mostly Chinese', path.basename(doc.uri.path)) },
			);
			if (!choice) return;
			if (choice.label === never) {
				await context.workspaceState.update(DECLINED, [...declined(), doc.uri.toString()]);
			} else {
				if (choice.label === always) {
					const files = vscode.workspace.getConfiguration('files', doc.uri);
					const associations = { ...(files.get<Record<string, string>>('associations') ?? {}), [associationPattern(doc.uri)]: 'policy-text' };
					await files.update('associations', associations, vscode.ConfigurationTarget.Workspace);
				}
				await vscode.languages.setTextDocumentLanguage(doc, 'policy-text');
			}
			update();
		}),
	);
	update();
	return disposable;
}
