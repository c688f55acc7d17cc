/** Spawns the bundled server (`node server/out/server.js --stdio`) and talks LSP to it, as an editor would. */
import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
	createMessageConnection,
	type MessageConnection,
	StreamMessageReader,
	StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/paths';

export interface Harness {
	readonly connection: MessageConnection;
	readonly initializeResult: InitializeResult;
	/** Settings returned for workspace/configuration (section policyReview); mutate and notify to change. */
	readonly settings: Record<string, unknown>;
	/** The scopeUri of every workspace/configuration request, in order. */
	readonly configurationRequests: (string | undefined)[];
	/** Resolves with the first diagnostics for `uri` published after the call that satisfy `accept`. */
	nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
	open(uri: string, text: string, languageId?: string, version?: number): void;
	readonly stderr: () => string;
	/** window/showMessage texts received so far. */
	readonly messages: string[];
	/** window/logMessage texts received so far. */
	readonly log: string[];
	/** policyReview/status notifications received so far. */
	readonly statuses: { uri: string; state: string; message?: string; accepted?: number; disabled?: number }[];
	/** client/registerCapability registrations received so far. */
	readonly registrations: { method: string; registerOptions?: unknown }[];
	readonly process: ChildProcess;
	close(): Promise<void>;
}

export interface StartOptions {
	/** Extra environment of the server process. */
	readonly env?: Readonly<Record<string, string>>;
	readonly initializationOptions?: unknown;
	readonly workspaceFolders?: readonly { uri: string; name: string }[];
	/** Answers workspace/configuration for a scope instead of `settings` (a promise that never settles: no answer). */
	readonly configuration?: (scopeUri: string | undefined) => unknown;
	/** The client's workspace capabilities beyond `configuration` (e.g. didChangeWatchedFiles). */
	readonly workspaceCapabilities?: Readonly<Record<string, unknown>>;
}

/** The bundled server as a child process, with a JSON-RPC connection to it (not listening, not initialized). */
export function spawnServer(env: Readonly<Record<string, string>> = {}): { child: ChildProcessWithoutNullStreams; connection: MessageConnection; stderr: () => string } {
	const child = spawn(process.execPath, [path.join(ROOT, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
	let stderr = '';
	child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	return { child, connection, stderr: () => stderr };
}

export async function startServer(settings: Record<string, unknown> = {}, locale = 'en', options: StartOptions = {}): Promise<Harness> {
	const { child, connection, stderr } = spawnServer(options.env);
	const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
	connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
		for (let i = 0; i < waiters.length; i++) {
			const w = waiters[i]!;
			if (w.uri === p.uri && w.accept(p)) {
				waiters.splice(i, 1);
				w.resolve(p);
				return;
			}
		}
	});
	const configurationRequests: (string | undefined)[] = [];
	connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }): unknown[] | Promise<unknown[]> => {
		for (const item of params.items) configurationRequests.push(item.scopeUri);
		const scope = params.items[0]?.scopeUri;
		if (options.configuration) {
			const answer = options.configuration(scope);
			if (answer instanceof Promise) return (answer as Promise<unknown>).then((a): unknown[] => params.items.map(() => a));
			return params.items.map(() => answer);
		}
		return params.items.map((item) => (item.section === 'policyReview' ? settings : null));
	});
	const registrations: { method: string; registerOptions?: unknown }[] = [];
	connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
		registrations.push(...p.registrations);
		return null;
	});
	connection.onRequest('window/workDoneProgress/create', () => null);
	const log: string[] = [];
	connection.onNotification('window/logMessage', (p: { message: string }) => {
		log.push(p.message);
	});
	const statuses: Harness['statuses'] = [];
	connection.onNotification('policyReview/status', (p: Harness['statuses'][number]) => {
		statuses.push(p);
	});
	const messages: string[] = [];
	connection.onNotification('window/showMessage', (p: { message: string }) => {
		messages.push(p.message);
	});
	connection.onRequest('window/showMessageRequest', (p: { message: string }) => (messages.push(p.message), null));
	connection.listen();
	const initializeResult = (await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: null,
		locale,
		capabilities: { workspace: { configuration: true, ...options.workspaceCapabilities }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
		...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
		...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders } : {}),
	})) as InitializeResult;
	await connection.sendNotification('initialized', {});
	return {
		connection,
		initializeResult,
		settings,
		configurationRequests,
		nextDiagnostics(uri, accept = () => true, timeoutMs = 10_000) {
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
				waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
			});
		},
		open(uri, text, languageId = 'policy-text', version = 1) {
			void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
		},
		stderr,
		messages,
		log,
		statuses,
		registrations,
		process: child,
		async close() {
			try {
				await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
				await connection.sendNotification('exit');
			} catch {
				// already gone
			}
			connection.dispose();
			if (child.exitCode === null) {
				await new Promise<void>((resolve) => {
					const t = setTimeout(() => (child.kill(), resolve()), 2000);
					child.once('exit', () => (clearTimeout(t), resolve()));
				});
			}
		},
	};
}
