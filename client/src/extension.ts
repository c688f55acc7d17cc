/** The VS Code client: starts the language server and offers the restart command. Nothing else. */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
	defaultSettings,
	StatusNotification,
	TrustGrantedNotification,
	type InitializationOptions,
	type StatusParams,
} from '../../server/src/protocol';

let client: LanguageClient | undefined;

function languages(): string[] {
	const value = vscode.workspace.getConfiguration('policyReview').get<unknown>('languages');
	return Array.isArray(value) && value.every((x) => typeof x === 'string') ? value : [...defaultSettings.languages];
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
	const module = context.asAbsolutePath('server/out/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
	};
	const clientOptions: LanguageClientOptions = {
		// No scheme restriction: untitled documents and virtual file systems are served too.
		documentSelector: languages().map((language) => ({ language })),
		outputChannel: output,
		synchronize: { configurationSection: 'policyReview' },
		// In Restricted Mode the server reads no file of the workspace; it is told when trust is granted.
		initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
	};
	return new LanguageClient('policyReview', 'Policy Text Review', serverOptions, clientOptions);
}

/** Documents the server skipped (too large, binary), with the reason: shown in the status bar while active. */
const skipped = new Map<string, string>();
let status: vscode.StatusBarItem | undefined;

function showStatus(): void {
	const uri = vscode.window.activeTextEditor?.document.uri.toString();
	const reason = uri ? skipped.get(uri) : undefined;
	if (!status) return;
	if (reason) {
		status.text = `$(warning) ${vscode.l10n.t('Policy Text Review: skipped')}`;
		status.tooltip = reason;
		status.show();
	} else status.hide();
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
	client = createClient(context, output);
	client.onNotification(StatusNotification, (p: StatusParams) => {
		if (p.state === 'skipped') skipped.set(p.uri, p.message ?? '');
		else skipped.delete(p.uri);
		showStatus();
	});
	await client.start();
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
	const old = client;
	client = undefined;
	if (old) await old.stop().catch(() => undefined);
	await start(context, output);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const output = vscode.window.createOutputChannel('Policy Text Review', { log: true });
	status = vscode.window.createStatusBarItem('policyReview.status', vscode.StatusBarAlignment.Right, 100);
	status.name = 'Policy Text Review';
	context.subscriptions.push(
		output,
		status,
		vscode.window.onDidChangeActiveTextEditor(showStatus),
		vscode.commands.registerCommand('policyReview.restartServer', async () => {
			await restart(context, output);
			void vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Text Review: server restarted'), 3000);
		}),
		// The document selector is fixed when the client starts: a new language list needs a new client.
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (e.affectsConfiguration('policyReview.languages')) void restart(context, output);
		}),
		vscode.workspace.onDidGrantWorkspaceTrust(() => {
			if (client?.isRunning()) void client.sendNotification(TrustGrantedNotification);
		}),
	);
	try {
		await start(context, output);
	} catch (e) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Policy Text Review could not start its server: {0}', String(e)));
	}
}

export async function deactivate(): Promise<void> {
	await client?.stop();
}
