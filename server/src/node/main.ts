/** Node entry of the language server: `node server/out/server.js --stdio`. */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

const connection = createConnection(ProposedFeatures.all);

// With --stdio one stray console.log would corrupt the JSON-RPC stream: send it to the client's log instead.
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${String(e)}`));

startServer(connection, {
	timer: {
		setTimeout(callback, ms) {
			const handle = setTimeout(callback, ms);
			return { dispose: () => clearTimeout(handle) };
		},
	},
	readFile: (file) => readFile(file, 'utf8'),
	resolvePath: (file, folderUri) =>
		path.isAbsolute(file) || !folderUri?.startsWith('file:') ? file : path.join(fileURLToPath(folderUri), file),
});
