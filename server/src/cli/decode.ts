/** Bytes of a file → text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK when not valid UTF-8. */

export type Decoded = { readonly text: string; readonly encoding: string } | { readonly error: 'binary' };

export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return decodeWith('utf-8', bytes.subarray(3)) ?? { error: 'binary' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2)) ?? { error: 'binary' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2)) ?? { error: 'binary' };
	// Without a UTF-16 BOM a NUL byte means binary data, not text.
	if (bytes.includes(0)) return { error: 'binary' };
	return decodeWith('utf-8', bytes) ?? decodeWith('gb18030', bytes) ?? { error: 'binary' };
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded | undefined {
	try {
		return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
	} catch {
		return undefined;
	}
}
