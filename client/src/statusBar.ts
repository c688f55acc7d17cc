/**
 * The status bar item of the active document: its findings (counted from the Problems it has, so the two always
 * agree), or that it is being analysed, or skipped and why. Hidden for documents the server does not serve.
 * Clicking it opens the Problems panel.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import type { PolicyServer } from './languageServer';
import { t } from './locale';

/** The `source` of the server's diagnostics. */
const SOURCE = 'policy-review';

export class FindingsStatus implements vscode.Disposable {
	readonly #item: vscode.StatusBarItem;
	readonly #states = new Map<string, StatusParams>();
	readonly #disposables: vscode.Disposable[] = [];

	constructor(server: PolicyServer) {
		this.#item = vscode.window.createStatusBarItem('policyReview.status', vscode.StatusBarAlignment.Right, 100);
		this.#item.name = 'Policy Text Review';
		this.#item.command = 'workbench.actions.view.problems';
		this.#disposables.push(
			this.#item,
			server.onStatus((p) => {
				this.#states.set(p.uri, p);
				if (p.uri === this.#activeUri()) this.update();
			}),
			server.onDidStart(() => {
				this.#states.clear();
				this.update();
			}),
			vscode.window.onDidChangeActiveTextEditor(() => this.update()),
			vscode.languages.onDidChangeDiagnostics((e) => {
				const active = this.#activeUri();
				if (active && e.uris.some((u) => u.toString() === active)) this.update();
			}),
			vscode.workspace.onDidCloseTextDocument((d) => this.#states.delete(d.uri.toString())),
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('policyReview.locale')) this.update();
			}),
		);
		this.update();
	}

	/** What the item shows now (the extension-host tests read it). */
	get text(): string {
		return this.#item.text;
	}

	get tooltip(): string {
		const tip = this.#item.tooltip;
		return typeof tip === 'string' ? tip : (tip?.value ?? '');
	}

	get visible(): boolean {
		return this.#visible;
	}

	#visible = false;

	#activeUri(): string | undefined {
		return vscode.window.activeTextEditor?.document.uri.toString();
	}

	update(): void {
		const uri = this.#activeUri();
		const state = uri ? this.#states.get(uri) : undefined;
		if (!uri || !state || state.state === 'not-served') {
			this.#hide();
			return;
		}
		const title = t('Policy Text Review');
		switch (state.state) {
			case 'analysing':
				this.#show('$(sync~spin) ' + t('Analysing…'), `${title}: ${t('analysing the document…')}`);
				return;
			case 'skipped':
				this.#show('$(circle-slash) ' + t('Not analysed'), `${title}: ${state.message ?? ''}`);
				return;
			case 'done': {
				const ours = vscode.languages.getDiagnostics(vscode.Uri.parse(uri)).filter((d) => d.source === SOURCE);
				const n = (severity: vscode.DiagnosticSeverity): number => ours.filter((d) => d.severity === severity).length;
				const S = vscode.DiagnosticSeverity;
				const bySeverity = [
					n(S.Error) > 0 ? t('errors: {0}', n(S.Error)) : '',
					n(S.Warning) > 0 ? t('warnings: {0}', n(S.Warning)) : '',
					n(S.Information) > 0 ? t('information: {0}', n(S.Information)) : '',
					n(S.Hint) > 0 ? t('hints: {0}', n(S.Hint)) : '',
				].filter((x) => x !== '');
				const lines = [`${title}: ${ours.length === 0 ? t('no findings') : bySeverity.join(t(', '))}`];
				if (state.accepted) lines.push(t('{0} accepted in .policy-review.json', state.accepted));
				if (state.disabled) lines.push(t('{0} turned off by policy-review-disable markers', state.disabled));
				if (!vscode.workspace.isTrusted) lines.push(t('Restricted Mode: .policy-review.json is not read'));
				lines.push(t('Click to open the Problems panel'));
				const text = ours.length === 0 ? t('No findings') : ours.length === 1 ? t('1 finding') : t('{0} findings', ours.length);
				this.#show(`$(checklist) ${text}`, lines.join('\n'));
				return;
			}
		}
	}

	#show(text: string, tooltip: string): void {
		this.#item.text = text;
		this.#item.tooltip = tooltip;
		this.#item.show();
		this.#visible = true;
	}

	#hide(): void {
		this.#item.hide();
		this.#visible = false;
	}

	dispose(): void {
		for (const d of this.#disposables) d.dispose();
	}
}
