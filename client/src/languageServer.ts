/**
 * The language server's lifecycle: start, restart, stop, the Output channel, and the events other parts of the
 * client listen to (a new client started, a document's state). Features (status bar, commands, views) take a
 * `PolicyServer` and never hold a `LanguageClient` of their own: after a restart they see the new one.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { defaultSettings, SERVER_EXEC_ARGV, StatusNotification, TrustGrantedNotification, type InitializationOptions, type StatusParams } from '../../server/src/protocol';
import { t } from './locale';

/** `policyReview.languages`, or its default when it is not a list of names. */
export function languages(): string[] {
	const value = vscode.workspace.getConfiguration('policyReview').get<unknown>('languages');
	return Array.isArray(value) && value.every((x) => typeof x === 'string') ? value : [...defaultSettings.languages];
}

export class PolicyServer implements vscode.Disposable {
	readonly output: vscode.LogOutputChannel;
	#client: LanguageClient | undefined;
	readonly #context: vscode.ExtensionContext;
	readonly #onDidStart = new vscode.EventEmitter<LanguageClient>();
	readonly #onStatus = new vscode.EventEmitter<StatusParams>();
	readonly #disposables: vscode.Disposable[] = [];

	/** A client started (at activation or after a restart): what it knew of documents is gone. */
	readonly onDidStart = this.#onDidStart.event;
	/** The server's state of a document (analysing, done, skipped, not served). */
	readonly onStatus = this.#onStatus.event;

	constructor(context: vscode.ExtensionContext) {
		this.#context = context;
		this.output = vscode.window.createOutputChannel('Policy Text Review', { log: true });
		this.#disposables.push(
			this.output,
			this.#onDidStart,
			this.#onStatus,
			// The document selector is fixed when the client starts: a new language list needs a new client.
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('policyReview.languages')) void this.restart();
			}),
			vscode.workspace.onDidGrantWorkspaceTrust(() => {
				if (this.#client?.isRunning()) void this.#client.sendNotification(TrustGrantedNotification);
			}),
		);
	}

	/** The running client, if any. */
	get client(): LanguageClient | undefined {
		return this.#client;
	}

	async start(): Promise<void> {
		const module = this.#context.asAbsolutePath('server/out/server.js');
		const serverOptions: ServerOptions = {
			run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
			debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
		};
		const clientOptions: LanguageClientOptions = {
			// No scheme restriction: untitled documents and virtual file systems are served too.
			documentSelector: languages().map((language) => ({ language })),
			outputChannel: this.output,
			synchronize: { configurationSection: 'policyReview' },
			initializationOptions: {
				// In Restricted Mode the server reads no file of the workspace; it is told when trust is granted.
				trusted: vscode.workspace.isTrusted,
				// Each diagnostic links its rule's page, shipped in the extension.
				rulePagesUri: vscode.Uri.joinPath(this.#context.extensionUri, 'docs', 'rules').toString(),
			} satisfies InitializationOptions,
		};
		const client = new LanguageClient('policyReview', 'Policy Text Review', serverOptions, clientOptions);
		this.#client = client;
		client.onNotification(StatusNotification, (p: StatusParams) => this.#onStatus.fire(p));
		const started = Date.now();
		await client.start();
		const version = (this.#context.extension.packageJSON as { version?: string }).version ?? '';
		const server = client.initializeResult?.serverInfo?.version ?? '?';
		this.output.info(t('Policy Text Review {0}: language server {1} ready in {2} ms', version, server, Date.now() - started));
		this.#onDidStart.fire(client);
	}

	async restart(): Promise<void> {
		const old = this.#client;
		this.#client = undefined;
		if (old) await old.stop().catch(() => undefined);
		await this.start();
	}

	async stop(): Promise<void> {
		await this.#client?.stop();
	}

	dispose(): void {
		for (const d of this.#disposables) d.dispose();
	}
}
