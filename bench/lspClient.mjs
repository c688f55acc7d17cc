// The bench's client of the language server over stdio (bench.mjs and serverAb.mjs): the connection on a started
// server process, the settings it asks for (debounce 0), initialized, and a wait for the diagnostics of a document.

/**
 * Connects to `child` (the server started with `--stdio`) through `protocol` (`vscode-languageserver-protocol/node`,
 * required from the checkout's build) and initializes it. `published(uri, version?)` resolves with the diagnostics of
 * the next publishDiagnostics for that document (of that version, when given).
 */
export async function connectServer(child, protocol) {
	const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = protocol;
	const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const waiters = [];
	conn.onNotification('textDocument/publishDiagnostics', (p) => {
		const i = waiters.findIndex((w) => w.uri === p.uri && (w.version === undefined || p.version === w.version));
		if (i >= 0) waiters.splice(i, 1)[0].resolve(p.diagnostics);
	});
	conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({ diagnostics: { delayMs: 0 }, maxFileSize: 10_000_000 })));
	conn.onNotification('window/logMessage', () => {});
	conn.onNotification('window/showMessage', () => {});
	conn.onNotification('policyReview/status', () => {});
	conn.listen();
	await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await conn.sendNotification('initialized', {});
	const published = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
	return { conn, published };
}
