/**
 * Accepted findings in the editor: *Accept this finding* (the server's code action runs it) adds the finding's
 * anchor to the project file `.policy-review.json`; *Show accepted findings* lists every entry of the workspace's
 * project files, goes to one, or shows it again (un-accepts it). The file is edited as a document (jsonc-parser's
 * minimal edits keep its formatting, so version control shows one entry added or removed) and saved; the server
 * watches the file and re-publishes.
 */
import { applyEdits, modify, parse, type FormattingOptions, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import {
	AcceptedInDocumentRequest,
	AcceptFindingCommand,
	CONFIG_FILE,
	UnacceptFindingCommand,
	type AcceptArguments,
	type AcceptedEntry,
	type AcceptedInDocument,
	type AcceptedInDocumentParams,
} from '../../server/src/protocol';
import type { PolicyServer } from './languageServer';
import { t } from './locale';

export const ShowAcceptedCommand = 'policyReview.showAcceptedFindings';

/** An entry as it is written: its keys in a fixed order, empty context left out. */
function normalized(e: AcceptedEntry): AcceptedEntry {
	return {
		rule: e.rule,
		...(e.file !== undefined ? { file: e.file } : {}),
		figures: [...e.figures],
		before: e.before,
		after: e.after,
		...(e.note !== undefined ? { note: e.note } : {}),
	};
}

function sameEntry(a: AcceptedEntry, b: AcceptedEntry): boolean {
	return a.rule === b.rule && a.file === b.file && a.before === b.before && a.after === b.after && a.figures.length === b.figures.length && a.figures.every((f, i) => f === b.figures[i]);
}

/** An entry as the server reads it (see config/projectConfig.ts): `rule` and `figures` needed, the context optional. */
function toEntry(v: unknown): AcceptedEntry | undefined {
	if (typeof v !== 'object' || v === null) return undefined;
	const { rule, figures, before = '', after = '', file, note } = v as Record<string, unknown>;
	const isString = (x: unknown): x is string => typeof x === 'string';
	if (!isString(rule) || !Array.isArray(figures) || figures.length === 0 || !figures.every(isString) || !isString(before) || !isString(after)) return undefined;
	return { rule, figures, before, after, ...(isString(file) ? { file } : {}), ...(isString(note) ? { note } : {}) };
}

/** The entries of a project file's text (those that are well-formed, with their index), or undefined when it is not JSON. */
function entriesOf(text: string): { entry: AcceptedEntry; index: number }[] | undefined {
	const errors: ParseError[] = [];
	const json = parse(text, errors, { allowTrailingComma: false, disallowComments: true }) as { accepted?: unknown } | undefined;
	if (errors.length > 0) return undefined;
	const list = Array.isArray(json?.accepted) ? (json.accepted as unknown[]) : [];
	return list.flatMap((e, index) => {
		const entry = toEntry(e);
		return entry ? [{ entry, index }] : [];
	});
}

function formatting(text: string): FormattingOptions {
	const indent = /\n([ \t]+)"/.exec(text)?.[1];
	return indent?.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol: '\n' } : { insertSpaces: true, tabSize: indent?.length ?? 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
	return vscode.workspace.fs.stat(uri).then(
		() => true,
		() => false,
	);
}

/**
 * Edit a project file through `change` (its text → jsonc-parser edits, or a message why not): created when absent;
 * an open document is edited in place, and saved unless it had unsaved changes of the user's.
 */
async function editProjectFile(uri: vscode.Uri, change: (text: string) => ReturnType<typeof modify> | string): Promise<boolean> {
	const name = vscode.workspace.asRelativePath(uri);
	if (!(await exists(uri))) {
		const edits = change('{}');
		if (typeof edits === 'string') return false;
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${applyEdits('{}', edits)}\n`));
		return true;
	}
	const doc = await vscode.workspace.openTextDocument(uri);
	const text = doc.getText();
	if (entriesOf(text) === undefined) {
		const open = t('Open {0}', CONFIG_FILE);
		if ((await vscode.window.showErrorMessage(t('{0} is not valid JSON: fix it first.', name), open)) === open) await vscode.window.showTextDocument(doc);
		return false;
	}
	const edits = change(text);
	if (typeof edits === 'string') {
		void vscode.window.showInformationMessage(edits);
		return false;
	}
	const wasDirty = doc.isDirty;
	const edit = new vscode.WorkspaceEdit();
	for (const e of edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
	if (!(await vscode.workspace.applyEdit(edit))) return false;
	if (wasDirty) void vscode.window.showInformationMessage(t('{0} has unsaved changes: save it to apply them.', name));
	else await doc.save();
	return true;
}

export async function acceptFinding(args: AcceptArguments): Promise<boolean> {
	const entry = normalized(args.entry);
	return editProjectFile(vscode.Uri.parse(args.configUri), (text) => {
		if (entriesOf(text)?.some((e) => sameEntry(e.entry, entry))) return t('This finding is already accepted.');
		return modify(text, ['accepted', -1], entry, { formattingOptions: formatting(text), isArrayInsertion: true });
	});
}

export async function unacceptFinding(args: AcceptArguments): Promise<boolean> {
	return editProjectFile(vscode.Uri.parse(args.configUri), (text) => {
		const found = entriesOf(text)?.find((e) => sameEntry(e.entry, args.entry));
		if (!found) return t('This finding is no longer accepted.');
		return modify(text, ['accepted', found.index], undefined, { formattingOptions: formatting(text) });
	});
}

interface EntryItem extends vscode.QuickPickItem {
	readonly args: AcceptArguments;
}

/** Every accepted finding of the workspace's project files. */
async function allEntries(): Promise<EntryItem[]> {
	const files = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/node_modules/**');
	const items: EntryItem[] = [];
	for (const uri of files.sort((a, b) => a.toString().localeCompare(b.toString()))) {
		const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
		for (const { entry } of entriesOf(text) ?? []) {
			const folder = vscode.Uri.joinPath(uri, '..');
			items.push({
				label: `$(pass) ${entry.figures[0] ?? ''}`,
				description: `${entry.file !== undefined ? vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder, entry.file)) : t('any document')} · ${entry.rule}`,
				detail: `${entry.before}〔${entry.figures[0] ?? ''}〕${entry.after}${entry.note ? ` — ${entry.note}` : ''}`,
				buttons: [{ iconPath: new vscode.ThemeIcon('eye'), tooltip: t('Show this finding again (un-accept it)') }],
				args: { configUri: uri.toString(), entry },
			});
		}
	}
	return items;
}

/** Open the document of an entry and select the finding it accepts, when the server finds it there. */
async function goTo(server: PolicyServer, args: AcceptArguments): Promise<void> {
	if (args.entry.file === undefined) return;
	const uri = vscode.Uri.joinPath(vscode.Uri.parse(args.configUri), '..', args.entry.file);
	if (!(await exists(uri))) {
		void vscode.window.showWarningMessage(t('{0} does not exist any more.', vscode.workspace.asRelativePath(uri)));
		return;
	}
	const editor = await vscode.window.showTextDocument(uri);
	const found = await server.client?.sendRequest<AcceptedInDocument[]>(AcceptedInDocumentRequest, { uri: editor.document.uri.toString() } satisfies AcceptedInDocumentParams);
	const here = found?.find((f) => f.configUri === args.configUri && sameEntry(normalized(f.entry), normalized(args.entry)));
	if (!here) {
		void vscode.window.showInformationMessage(t('This accepted finding no longer occurs in {0}.', vscode.workspace.asRelativePath(uri)));
		return;
	}
	const range = new vscode.Range(here.range.start.line, here.range.start.character, here.range.end.line, here.range.end.character);
	editor.selection = new vscode.Selection(range.start, range.end);
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** *Show accepted findings*: a list to go to one (Enter) or show one again (its button). Resolves when the list closes. */
async function showAccepted(server: PolicyServer): Promise<void> {
	const items = await allEntries();
	if (items.length === 0) {
		void vscode.window.showInformationMessage(t('No finding is accepted in this workspace ({0}).', CONFIG_FILE));
		return;
	}
	const pick = vscode.window.createQuickPick<EntryItem>();
	pick.title = t('Accepted findings');
	pick.placeholder = t('Enter goes to the finding; the eye button shows it again');
	pick.matchOnDescription = true;
	pick.matchOnDetail = true;
	pick.items = items;
	await new Promise<void>((resolve) => {
		pick.onDidTriggerItemButton(async ({ item }) => {
			if (await unacceptFinding(item.args)) pick.items = pick.items.filter((i) => i !== item);
			if (pick.items.length === 0) pick.hide();
		});
		pick.onDidAccept(() => {
			const [item] = pick.selectedItems;
			pick.hide();
			if (item) void goTo(server, item.args).finally(resolve);
			else resolve();
		});
		pick.onDidHide(() => {
			if (pick.selectedItems.length === 0) resolve();
		});
		pick.show();
	});
	pick.dispose();
}

export function registerAcceptedFindings(server: PolicyServer): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerCommand(AcceptFindingCommand, acceptFinding),
		vscode.commands.registerCommand(UnacceptFindingCommand, unacceptFinding),
		vscode.commands.registerCommand(ShowAcceptedCommand, () => showAccepted(server)),
	);
}
