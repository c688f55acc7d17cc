/**
 * The figures view (Explorer): the active document's formulas, figures by indicator, tables and relations, as the
 * server makes them (its request policyReview/figures); a click selects the thing in the editor and a node's tooltip
 * is its hover. *Export figures* writes the document's figures as CSV (UTF-8 with BOM) or JSON (what `policy-review
 * --format json` prints). The view follows the active editor and refreshes after edits, while it is visible.
 */
import * as vscode from 'vscode';
import { ExportFiguresRequest, FiguresRequest, type ExportFiguresParams, type ExportFiguresResult, type FigureNode, type FiguresParams, type FiguresResult, type FigureVerdict } from '../../server/src/protocol';
import { languages, type PolicyServer } from './languageServer';
import { t } from './locale';

export const FIGURES_VIEW = 'policyReview.figures';
export const ExportFiguresCommand = 'policyReview.exportFigures';
export const RefreshFiguresCommand = 'policyReview.refreshFigures';
export const RevealCommand = 'policyReview.revealInEditor';

/** Shown once a document the server analyses was seen: the view appears then (package.json `when`). */
const SERVED_CONTEXT = 'policyReview.served';

const REFRESH_AFTER_EDIT_MS = 400;

const VERDICT_ICONS: Readonly<Record<FigureVerdict, vscode.ThemeIcon | undefined>> = {
	ok: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
	fail: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
	borderline: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
	uncertain: new vscode.ThemeIcon('question'),
	none: undefined,
};

const VERDICT_WORDS: Readonly<Record<FigureVerdict, string>> = { ok: 'holds', fail: 'does not hold', borderline: 'off by less than one printed unit', uncertain: 'not counted', none: '' };

const KIND_ICONS: Readonly<Record<FigureNode['kind'], string>> = {
	group: 'folder',
	formula: 'symbol-enum',
	part: 'symbol-enum-member',
	indicator: 'graph',
	figure: 'symbol-number',
	table: 'table',
	row: 'list-flat',
	relation: 'symbol-operator',
};

const GROUP_ICONS: Readonly<Record<string, string>> = { formulas: 'symbol-enum', figures: 'graph', tables: 'table', relations: 'checklist' };

function toRange(r: NonNullable<FigureNode['range']>): vscode.Range {
	return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function isServable(doc: vscode.TextDocument): boolean {
	return languages().includes(doc.languageId);
}

export class FiguresView implements vscode.TreeDataProvider<FigureNode>, vscode.Disposable {
	readonly #server: PolicyServer;
	readonly #view: vscode.TreeView<FigureNode>;
	readonly #changed = new vscode.EventEmitter<FigureNode | undefined>();
	readonly #disposables: vscode.Disposable[] = [];
	#groups: readonly FigureNode[] = [];
	#uri: vscode.Uri | undefined;
	#version = -1;
	#request = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** A document the server serves was seen (the view is shown from then on). */
	#served = false;
	readonly onDidChangeTreeData = this.#changed.event;

	constructor(server: PolicyServer) {
		this.#server = server;
		this.#view = vscode.window.createTreeView(FIGURES_VIEW, { treeDataProvider: this, showCollapseAll: true });
		this.#disposables.push(
			this.#view,
			this.#changed,
			this.#view.onDidChangeVisibility(() => this.refresh()),
			vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.document === vscode.window.activeTextEditor?.document) this.#later(REFRESH_AFTER_EDIT_MS);
			}),
			server.onStatus((p) => {
				if (p.state !== 'not-served' && !this.#served) {
					this.#served = true;
					void vscode.commands.executeCommand('setContext', SERVED_CONTEXT, true);
				}
				// The shown document, or the active one whose analysis ended after the view last asked (it showed another or none).
				if (p.state === 'done' && (p.uri === this.#uri?.toString() || p.uri === vscode.window.activeTextEditor?.document.uri.toString())) this.#later(0);
			}),
			server.onDidStart(() => this.refresh()),
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('policyReview')) this.#later(0);
			}),
			vscode.commands.registerCommand(RefreshFiguresCommand, () => this.refresh()),
			vscode.commands.registerCommand(RevealCommand, (uri: string, range: FigureNode['range']) => reveal(vscode.Uri.parse(uri), range)),
			vscode.commands.registerCommand(ExportFiguresCommand, (format?: 'csv' | 'json', target?: vscode.Uri) => this.export(format, target)),
		);
		this.refresh();
	}

	/** The groups shown now (the extension-host tests read them). */
	get groups(): readonly FigureNode[] {
		return this.#groups;
	}

	/** The document shown, and the version its groups are of. */
	get shown(): { readonly uri: string | undefined; readonly version: number } {
		return { uri: this.#uri?.toString(), version: this.#version };
	}

	#later(ms: number): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.refresh(), ms);
	}

	/** The document the view is about: the active editor's, if the server may serve it; else the last one shown. */
	#document(): vscode.TextDocument | undefined {
		const active = vscode.window.activeTextEditor?.document;
		if (active && isServable(active)) return active;
		return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.#uri?.toString());
	}

	refresh(): void {
		if (!this.#view.visible) return;
		const doc = this.#document();
		const client = this.#server.client;
		const n = ++this.#request;
		if (!doc || !client) {
			this.#show(undefined, -1, [], t('Open a policy text to see its formulas, figures and relations.'));
			return;
		}
		client.sendRequest<FiguresResult>(FiguresRequest, { uri: doc.uri.toString() } satisfies FiguresParams).then(
			(r) => {
				if (n !== this.#request) return; // a newer request is under way
				this.#show(doc.uri, r.version, r.groups, r.groups.length === 0 ? t('This document is not analysed.') : undefined);
			},
			() => undefined,
		);
	}

	#show(uri: vscode.Uri | undefined, version: number, groups: readonly FigureNode[], message: string | undefined): void {
		this.#uri = uri;
		this.#version = version;
		this.#groups = groups;
		this.#view.message = message;
		this.#view.description = uri ? vscode.workspace.asRelativePath(uri) : undefined;
		this.#changed.fire(undefined);
	}

	getChildren(node?: FigureNode): FigureNode[] {
		return [...(node ? (node.children ?? []) : this.#groups)];
	}

	getTreeItem(node: FigureNode): vscode.TreeItem {
		const open = node.kind === 'group' && node.id !== 'figures' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
		const item = new vscode.TreeItem(node.label, node.children?.length ? open : vscode.TreeItemCollapsibleState.None);
		// Unique across documents, stable across refreshes of one (expanded nodes stay expanded).
		item.id = `${this.#uri?.toString() ?? ''}#${node.id}`;
		if (node.description !== undefined) item.description = node.description;
		item.iconPath = (node.verdict && VERDICT_ICONS[node.verdict]) ?? new vscode.ThemeIcon(node.kind === 'group' ? (GROUP_ICONS[node.id] ?? 'folder') : KIND_ICONS[node.kind]);
		item.contextValue = node.kind;
		// The verdict is the icon's colour and shape; a screen reader hears it in words.
		const said = node.verdict ? VERDICT_WORDS[node.verdict] : '';
		if (said) item.accessibilityInformation = { label: `${t(said)}: ${node.label}${node.description ? `, ${node.description}` : ''}` };
		if (node.range && this.#uri) item.command = { command: RevealCommand, title: t('Show in the editor'), arguments: [this.#uri.toString(), node.range] };
		return item;
	}

	/** A node's tooltip is its hover (the server's, in the user's language), asked for when the pointer rests on it. */
	async resolveTreeItem(item: vscode.TreeItem, node: FigureNode, token: vscode.CancellationToken): Promise<vscode.TreeItem> {
		if (!node.range || !this.#uri || node.kind === 'group') return item;
		const range = toRange(node.range);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', this.#uri, range.start.translate(0, range.isEmpty ? 0 : 1));
		if (token.isCancellationRequested || !hovers?.length) return item;
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n---\n\n');
		item.tooltip = new vscode.MarkdownString(text);
		return item;
	}

	/**
	 * *Export figures*: as CSV or JSON (asked when not given), to a file (asked when not given: beside the document);
	 * resolves with the file written, if any.
	 */
	async export(format?: 'csv' | 'json', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
		const doc = this.#document();
		const client = this.#server.client;
		if (!doc || !client) {
			void vscode.window.showInformationMessage(t('Open a policy text to export its figures.'));
			return undefined;
		}
		const chosen =
			format ??
			(
				await vscode.window.showQuickPick(
					[
						{ label: 'CSV', description: t('one row per figure, for spreadsheets (UTF-8 with BOM)'), format: 'csv' as const },
						{ label: 'JSON', description: t('the whole analysis, as policy-review --format json prints it'), format: 'json' as const },
					],
					{ title: t('Export figures') },
				)
			)?.format;
		if (!chosen) return undefined;
		const base = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
		const file =
			target ??
			(await vscode.window.showSaveDialog({
				defaultUri: vscode.Uri.joinPath(doc.uri, '..', `${base || 'document'}.figures.${chosen}`),
				filters: chosen === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
				title: t('Export figures'),
			}));
		if (!file) return undefined;
		const params: ExportFiguresParams = { uri: doc.uri.toString(), format: chosen, file: vscode.workspace.asRelativePath(doc.uri, false) };
		const r = await client.sendRequest<ExportFiguresResult>(ExportFiguresRequest, params);
		if (r.content === '') {
			void vscode.window.showWarningMessage(t('This document is not analysed: there is nothing to export.'));
			return undefined;
		}
		await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(r.content));
		const open = t('Open');
		void vscode.window.showInformationMessage(t('{0} figures exported to {1}.', r.figures, vscode.workspace.asRelativePath(file)), open).then((pick) => {
			if (pick === open) void vscode.commands.executeCommand('vscode.open', file);
		});
		return file;
	}

	dispose(): void {
		if (this.#timer) clearTimeout(this.#timer);
		for (const d of this.#disposables) d.dispose();
	}
}

/** Open the document and select the range (a click in the figures view). */
async function reveal(uri: vscode.Uri, range: FigureNode['range']): Promise<void> {
	const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: false });
	if (!range) return;
	const r = toRange(range);
	editor.selection = new vscode.Selection(r.start, r.end);
	editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
