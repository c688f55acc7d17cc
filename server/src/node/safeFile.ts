/**
 * The one module that reads files named by a setting, a workspace file or the command line, for the server and
 * the command-line tool. A named file may be anything (a cloned repository's settings chose it): so it is opened
 * without blocking, its type is checked on the opened handle (regular files only: a FIFO would never end a read,
 * `/dev/zero` never ends and stats at size 0, a socket cannot be opened), at most `maxBytes` + 1 bytes are read,
 * within a timeout, and an error names the file and the reason, never its content.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../cli/decode';
import type { FileProblem, FileSystem, TextFile } from '../files';

/** The size cap for a named file: 5 MB (5,000,000 bytes), the default `policyReview.maxFileSize` too. */
export const MAX_FILE_BYTES = 5_000_000;
/** How long one file may take to read before it is given up. */
export const READ_TIMEOUT_MS = 5_000;

export interface ReadLimits {
	readonly maxBytes?: number;
	readonly timeoutMs?: number;
}

export type FileBytes =
	| { readonly ok: true; readonly bytes: Buffer; readonly stamp: string }
	| { readonly ok: false; readonly problem: FileProblem };

/** What the opened file gave: its bytes, or (when the caller knew its stamp) only that it has not changed. */
type Read = FileBytes | { readonly ok: 'unchanged'; readonly stamp: string };

const CHUNK = 64 * 1024;

function kindOf(st: Stats): FileProblem | undefined {
	if (st.isFile()) return undefined;
	if (st.isDirectory()) return { reason: 'directory' };
	if (st.isFIFO()) return { reason: 'special-file', what: 'fifo' };
	if (st.isSocket()) return { reason: 'special-file', what: 'socket' };
	if (st.isCharacterDevice() || st.isBlockDevice()) return { reason: 'special-file', what: 'device' };
	return { reason: 'special-file', what: 'other' };
}

function errorCode(e: unknown): string {
	return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'EIO';
}

async function problemOfOpen(file: string, e: unknown): Promise<FileProblem> {
	const code = errorCode(e);
	if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'not-found' };
	if (code === 'EISDIR') return { reason: 'directory' };
	// ENXIO: a socket (or a device without its driver) cannot be opened; say which it is.
	if (code === 'ENXIO') return (await stat(file).then(kindOf, () => undefined)) ?? { reason: 'special-file', what: 'other' };
	return { reason: 'unreadable', code };
}

/**
 * Open (never blocking: O_NONBLOCK, so a FIFO without a writer cannot hang the open), check the opened handle,
 * read with a cap. When the file's stamp is `knownStamp`, nothing is read.
 */
async function readCapped(file: string, maxBytes: number, knownStamp: string | undefined): Promise<Read> {
	let handle: FileHandle;
	try {
		// O_NONBLOCK and O_NOCTTY do not exist on Windows, where a FIFO cannot be named by a path anyway.
		handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
	} catch (e) {
		return { ok: false, problem: await problemOfOpen(file, e) };
	}
	try {
		const st = await handle.stat();
		const kind = kindOf(st);
		if (kind) return { ok: false, problem: kind };
		if (st.size > maxBytes) return { ok: false, problem: { reason: 'too-large', max: maxBytes, size: st.size } };
		const stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
		if (stamp === knownStamp) return { ok: 'unchanged', stamp };
		// The size is only a hint (a /proc file says 0, a file may grow): read at most maxBytes + 1 bytes.
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) break;
			chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) return { ok: false, problem: { reason: 'too-large', max: maxBytes } };
		}
		return { ok: true, bytes: Buffer.concat(chunks, total), stamp };
	} catch (e) {
		const code = errorCode(e);
		return { ok: false, problem: code === 'EISDIR' ? { reason: 'directory' } : { reason: 'unreadable', code } };
	} finally {
		await handle.close().catch(() => undefined);
	}
}

/**
 * The bytes of a regular file, at most `maxBytes` (default 5 MB), within `timeoutMs` (default 5 s). Never
 * rejects. A read that times out is abandoned: its handle is closed when the system returns.
 */
export function readFileBytes(file: string, limits: ReadLimits = {}): Promise<FileBytes> {
	return readWithin(file, limits, undefined) as Promise<FileBytes>;
}

function readWithin(file: string, limits: ReadLimits, knownStamp: string | undefined): Promise<Read> {
	const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
	const timeoutMs = limits.timeoutMs ?? READ_TIMEOUT_MS;
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve({ ok: false, problem: { reason: 'timeout', ms: timeoutMs } }), timeoutMs);
		timer.unref();
		void readCapped(file, maxBytes, knownStamp).then((r) => {
			clearTimeout(timer);
			resolve(r);
		});
	});
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 text, with or without a BOM (dropped); undefined when the bytes are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
	try {
		return utf8.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * The file system of the Node server: named paths resolved against a workspace folder, texts read through
 * readFileBytes and cached by resolved path, size and modification time (a settings change that names the
 * same unchanged file does not read it again). The cache holds at most `maxEntries` texts.
 */
export class NodeFileSystem implements FileSystem {
	readonly #cache = new Map<string, { fileStamp: string; result: TextFile & { ok: true } }>();
	readonly #limits: ReadLimits;
	readonly #maxEntries: number;

	constructor(limits: ReadLimits = {}, maxEntries = 16) {
		this.#limits = limits;
		this.#maxEntries = maxEntries;
	}

	resolve(name: string, folderUri: string | undefined): string | undefined {
		if (path.isAbsolute(name)) return path.normalize(name);
		if (!folderUri?.startsWith('file:')) return undefined;
		return path.resolve(fileURLToPath(folderUri), name);
	}

	async readDocument(uri: string): Promise<TextFile> {
		if (!uri.startsWith('file:')) return { ok: false, path: uri, problem: { reason: 'no-file-system' } };
		const file = fileURLToPath(uri);
		const read = await readWithin(file, this.#limits, undefined);
		if (read.ok === 'unchanged') return { ok: false, path: file, problem: { reason: 'unreadable', code: 'EIO' } };
		if (!read.ok) return { ok: false, path: file, problem: read.problem };
		const decoded = decodeBytes(read.bytes);
		if ('error' in decoded) return { ok: false, path: file, problem: { reason: 'binary' } };
		return { ok: true, path: file, text: decoded.text, stamp: read.stamp };
	}

	async readText(file: string): Promise<TextFile> {
		const hit = this.#cache.get(file);
		const read = await readWithin(file, this.#limits, hit?.fileStamp);
		this.#cache.delete(file);
		if (read.ok === 'unchanged') {
			this.#cache.set(file, hit!); // most recently used last
			return hit!.result;
		}
		if (!read.ok) return { ok: false, path: file, problem: read.problem };
		const text = utf8Text(read.bytes);
		if (text === undefined) return { ok: false, path: file, problem: { reason: 'not-utf8' } };
		const result = { ok: true as const, path: file, text, stamp: `${file}\u0000${read.stamp}` };
		this.#cache.set(file, { fileStamp: read.stamp, result });
		while (this.#cache.size > this.#maxEntries) this.#cache.delete(this.#cache.keys().next().value as string);
		return result;
	}
}
