/** Node entry of the language server: `node server/out/server.js --stdio` (or `--node-ipc`, as VS Code starts it). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { NodeFileSystem } from './safeFile';

const connection = createConnection(ProposedFeatures.all);

/**
 * The client closed our output (or the IPC channel): nothing can be said any more, so end quietly — no stack
 * trace, exit code 0 after `shutdown`, else 1, as vscode-languageserver does when our input ends.
 */
let ending = false;
function end(): void {
	if (ending) return;
	ending = true;
	process.exit(server.shutdownRequested ? 0 : 1);
}
process.stdout.on('error', end);
process.stdout.on('close', end);
process.on('disconnect', end);

// With --stdio one stray console.log would corrupt the JSON-RPC stream: send it to the client's log instead.
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('unhandledRejection', (e) => {
	try {
		connection.console.error(`Unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
	} catch {
		end(); // the connection is closed: the log is gone with it
	}
});

/** Tests shorten the wait for an unanswered `workspace/configuration` (5 s otherwise). */
const configurationTimeout = Number(process.env['POLICY_REVIEW_CONFIGURATION_TIMEOUT_MS']);

const server = startServer(connection, {
	timer: {
		setTimeout(callback, ms) {
			const handle = setTimeout(callback, ms);
			return { dispose: () => clearTimeout(handle) };
		},
		setImmediate(callback) {
			const handle = setImmediate(callback);
			return { dispose: () => clearImmediate(handle) };
		},
	},
	fileSystem: new NodeFileSystem(),
	// performance.now() counts from the start of the process: the start-up time the log reports.
	process: { runtime: process.version, uptimeMs: () => performance.now() },
	...(configurationTimeout > 0 ? { configurationTimeoutMs: configurationTimeout } : {}),
});
