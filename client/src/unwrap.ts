/**
 * *Unwrap hard-wrapped text* and *Copy as clean text*: the paragraphs of a PDF or newspaper extraction, as the
 * analysis reads them (the server's text model: CJK line breaks joined without a space, headings, titles and list
 * items kept on their lines), as one undoable edit of the selection's paragraphs or the whole document, or on the
 * clipboard. The server answers from the text sent, so any document can be unwrapped.
 */
import * as vscode from 'vscode';
import { CleanTextRequest, UnwrapRequest, type CleanTextParams, type CleanTextResult, type UnwrapParams, type UnwrapResult } from '../../server/src/protocol';
import type { PolicyServer } from './languageServer';
import { t } from './locale';

export const UnwrapCommand = 'policyReview.unwrap';
export const CopyCleanTextCommand = 'policyReview.copyCleanText';

function lspRange(r: vscode.Range): NonNullable<UnwrapParams['range']> {
	return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** The selection when there is one, else undefined (the whole document). */
function selected(editor: vscode.TextEditor): vscode.Range | undefined {
	return editor.selection.isEmpty ? undefined : editor.selection;
}

/** Unwrap the active editor's selection (its whole paragraphs) or document; resolves with whether it changed. */
async function unwrapEditor(server: PolicyServer): Promise<boolean> {
	const editor = vscode.window.activeTextEditor;
	const client = server.client;
	if (!editor || !client) return false;
	const doc = editor.document;
	const version = doc.version;
	const range = selected(editor);
	const params: UnwrapParams = { text: doc.getText(), ...(range ? { range: lspRange(range) } : {}) };
	const r = await client.sendRequest<UnwrapResult>(UnwrapRequest, params);
	if (doc.version !== version) {
		void vscode.window.showInformationMessage(t('The document changed while it was being read: unwrap it again.'));
		return false;
	}
	if (!r.edit) {
		void vscode.window.setStatusBarMessage(t('Nothing to unwrap: every paragraph is on one line.'), 4000);
		return false;
	}
	const e = r.edit;
	const done = await editor.edit((b) => b.replace(new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText), { undoStopBefore: true, undoStopAfter: true });
	if (done) void vscode.window.setStatusBarMessage(t('Unwrapped {0} paragraphs: {1} line breaks joined.', r.paragraphs, r.joined), 4000);
	return done;
}

/** Put the active editor's selection (or document) on the clipboard as clean text; resolves with the text. */
async function copyCleanText(server: PolicyServer): Promise<string | undefined> {
	const editor = vscode.window.activeTextEditor;
	const client = server.client;
	if (!editor || !client) return undefined;
	const range = selected(editor);
	const params: CleanTextParams = { text: editor.document.getText(), ...(range ? { range: lspRange(range) } : {}) };
	const r = await client.sendRequest<CleanTextResult>(CleanTextRequest, params);
	await vscode.env.clipboard.writeText(r.text);
	void vscode.window.setStatusBarMessage(t('Copied as clean text: {0} characters.', r.text.length), 4000);
	return r.text;
}

export function registerUnwrap(server: PolicyServer): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerCommand(UnwrapCommand, () => unwrapEditor(server)),
		vscode.commands.registerCommand(CopyCleanTextCommand, () => copyCleanText(server)),
	);
}
