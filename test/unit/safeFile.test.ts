/** The one module that reads named files: regular files only, a cap, UTF-8 with or without BOM, a cache, errors that never quote. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileAccess, folderOf, type FileProblem, type FileSystem, type TextFile } from '../../server/src/files';
import { fileProblemMessage } from '../../server/src/features/messages';
import { dataFromText } from '../../server/src/dataFiles';
import { MAX_FILE_BYTES, NodeFileSystem, readFileBytes, utf8Text } from '../../server/src/node/safeFile';

const dir = mkdtempSync(path.join(tmpdir(), 'policy-review-safefile-'));
const POSIX = process.platform !== 'win32';

function file(name: string, content: string | Uint8Array): string {
	const p = path.join(dir, name);
	writeFileSync(p, content);
	return p;
}

async function problemOf(p: string, maxBytes?: number): Promise<FileProblem | undefined> {
	const r = await readFileBytes(p, maxBytes === undefined ? {} : { maxBytes });
	return r.ok ? undefined : r.problem;
}

describe('safe file reading', () => {
	let socketServer: Server | undefined;
	const socketPath = path.join(dir, 'socket.json');
	before(async () => {
		if (!POSIX) return;
		socketServer = createServer();
		await new Promise<void>((resolve) => socketServer!.listen(socketPath, resolve));
	});
	after(() => {
		socketServer?.close();
	});

	test('a regular file: its bytes; UTF-8 with and without BOM give the same text', async () => {
		const plain = file('plain.json', '{"entries":[]}');
		const bom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"entries":[]}')]));
		const fs = new NodeFileSystem();
		const a = await fs.readText(plain);
		const b = await fs.readText(bom);
		assert.ok(a.ok && b.ok);
		assert.equal(a.text, '{"entries":[]}');
		assert.equal(b.text, a.text);
		assert.equal(utf8Text(Buffer.from([0xe4, 0xb8])), undefined);
	});

	test('special files are refused on the opened handle, without blocking: FIFO, socket, device, directory', { skip: !POSIX }, async () => {
		const fifo = path.join(dir, 'fifo.json');
		execFileSync('mkfifo', [fifo]); // no writer: a blocking open would never return
		assert.deepEqual(await problemOf(fifo), { reason: 'special-file', what: 'fifo' });
		assert.deepEqual(await problemOf(socketPath), { reason: 'special-file', what: 'socket' });
		assert.deepEqual(await problemOf('/dev/zero'), { reason: 'special-file', what: 'device' });
		assert.deepEqual(await problemOf(dir), { reason: 'directory' });
		assert.deepEqual(await problemOf(path.join(dir, 'missing.json')), { reason: 'not-found' });
		assert.deepEqual(await problemOf(path.join(dir, 'plain.json', 'below')), { reason: 'not-found' });
	});

	test('the size cap: by the size the file system gives, and by reading at most cap + 1 bytes (/proc files stat at 0)', async () => {
		const big = file('big.json', 'x'.repeat(1001));
		assert.deepEqual(await problemOf(big, 1000), { reason: 'too-large', max: 1000, size: 1001 });
		assert.equal(await problemOf(big, 1001), undefined);
		if (existsSync('/proc/self/environ')) assert.deepEqual(await problemOf('/proc/self/environ', 1), { reason: 'too-large', max: 1 });
		assert.equal(MAX_FILE_BYTES, 5_000_000);
	});

	test('cached by path, size and modification time: an unchanged file is not read again, a changed one is', async () => {
		const p = file('cached.json', '{"entries":[]}');
		const fs = new NodeFileSystem();
		const first = await fs.readText(p);
		assert.equal(await fs.readText(p), first, 'the same result object: nothing read');
		writeFileSync(p, '{"entries":[1]}');
		utimesSync(p, new Date(), new Date(Date.now() + 10_000));
		const second = await fs.readText(p);
		assert.ok(second.ok && first.ok);
		assert.equal(second.text, '{"entries":[1]}');
		assert.notEqual(second.stamp, first.stamp);
	});

	test('errors name the file and the reason, never its content', async () => {
		const secret = 'PATH=/usr/bin\u0000SECRET_TOKEN=abc123';
		const env = file('environ.json', secret);
		const fs = new NodeFileSystem();
		const read = await fs.readText(env);
		assert.ok(read.ok);
		const parsed = dataFromText('glossary', read.text, env);
		assert.ok('problem' in parsed);
		for (const locale of ['en', 'zh'] as const) {
			const message = fileProblemMessage(env, parsed.problem, locale);
			assert.ok(message.includes(env) && !message.includes('SECRET') && !message.includes('PATH='), message);
		}
		const latin = await fs.readText(file('latin.json', Buffer.from([0x7b, 0xe9, 0x7d])));
		assert.deepEqual(latin.ok ? undefined : latin.problem, { reason: 'not-utf8' });
		const bare = dataFromText('glossary', '[{"name": 1}]', 'x');
		assert.ok('items' in bare && bare.problems.length === 1, 'a bare array is a glossary; its bad entry is a problem');
		assert.deepEqual(dataFromText('glossary', '{"list": []}', 'x'), { problem: { reason: 'not-glossary' } });
	});

	test('every reason has an English and a Chinese message', () => {
		const problems: FileProblem[] = [
			{ reason: 'not-found' },
			{ reason: 'directory' },
			{ reason: 'special-file', what: 'fifo' },
			{ reason: 'too-large', max: 10, size: 20 },
			{ reason: 'too-large', max: 10 },
			{ reason: 'unreadable', code: 'EACCES' },
			{ reason: 'timeout', ms: 5000 },
			{ reason: 'not-utf8' },
			{ reason: 'binary' },
			{ reason: 'not-json' },
			{ reason: 'not-glossary' },
			{ reason: 'not-indicators' },
			{ reason: 'relative-path' },
			{ reason: 'untrusted' },
			{ reason: 'no-file-system' },
		];
		for (const p of problems) {
			const en = fileProblemMessage('g.json', p, 'en');
			const zh = fileProblemMessage('g.json', p, 'zh');
			assert.ok(en.startsWith('g.json: ') && zh.startsWith('g.json：') && /[\u4e00-\u9fff]/.test(zh) && !/[{}]/.test(en + zh), `${en} | ${zh}`);
		}
		assert.equal(fileProblemMessage('g.json', { reason: 'too-large', max: 10, size: 20 }, 'en'), 'g.json: 20 bytes, more than the limit of 10 bytes; not read');
		assert.equal(fileProblemMessage('g.json', { reason: 'timeout', ms: 5000 }, 'zh'), 'g.json：5 秒内未能读完');
	});
});

describe('file access: resolution against the document’s folder, and workspace trust', () => {
	const root = path.join(dir, 'multi');
	const a = path.join(root, 'a');
	const b = path.join(root, 'b');
	mkdirSync(path.join(a, 'g'), { recursive: true });
	mkdirSync(path.join(b, 'g'), { recursive: true });
	writeFileSync(path.join(a, 'g', 'local.json'), '"a"');
	writeFileSync(path.join(b, 'g', 'local.json'), '"b"');
	const folders = [pathToFileURL(a).href, pathToFileURL(b).href];

	test('a relative path resolves against the workspace folder of the document, not the first folder', async () => {
		const access = new FileAccess(new NodeFileSystem(), true);
		const docInB = `${folders[1]}/reports/2024.ptxt`;
		assert.equal(folderOf(docInB, folders), folders[1]);
		assert.equal(folderOf('untitled:Untitled-1', folders), folders[0]);
		assert.equal(folderOf(`${folders[1]}x/other.ptxt`, folders), folders[0], 'b is no parent of bx: the first folder');
		const read = await access.read('g/local.json', folderOf(docInB, folders), 'setting');
		assert.ok(read.ok);
		assert.equal(read.text, '"b"');
		assert.equal(read.path, path.join(b, 'g', 'local.json'));
		const nowhere = await access.read('g/local.json', undefined, 'setting');
		assert.deepEqual(nowhere.ok ? undefined : nowhere.problem, { reason: 'relative-path' });
	});

	test('untrusted: files named by settings are read (VS Code dropped the workspace values), the workspace’s own files are not', async () => {
		const reads: string[] = [];
		const fake: FileSystem = {
			resolve: (p) => p,
			readText: (p): Promise<TextFile> => (reads.push(p), Promise.resolve({ ok: true, path: p, text: '{}', stamp: p })),
		};
		const access = new FileAccess(fake, false);
		assert.equal((await access.read('/user/glossary.json', undefined, 'setting')).ok, true);
		const refused = await access.read('.policy-review.json', folders[0], 'workspace');
		assert.deepEqual(refused.ok ? undefined : refused.problem, { reason: 'untrusted' });
		assert.deepEqual(reads, ['/user/glossary.json']);
		access.trust();
		assert.equal((await access.read('.policy-review.json', folders[0], 'workspace')).ok, true);
		const browser = await new FileAccess(undefined, true).read('/x.json', undefined, 'setting');
		assert.deepEqual(browser.ok ? undefined : browser.problem, { reason: 'no-file-system' });
	});
});
