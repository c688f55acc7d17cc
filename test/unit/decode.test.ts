/** The command-line tool's decoding: which encoding a document's bytes are taken for. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { decodeBytes } from '../../server/src/cli/decode';

const TEXT = '第一章　总则\n第一条　为了保障农民工按时足额获得工资，根据有关法律，制定本条例。\n\n第二条　保障农民工工资支付，适用本条例。\n';

function encodingOf(bytes: Uint8Array): string {
	const d = decodeBytes(bytes);
	return 'error' in d ? d.error : `${d.encoding}${d.replaced ? ` ${d.replaced}` : ''}`;
}

test('UTF-16 without BOM: LE and BE told apart by what the text reads as', () => {
	const le = Buffer.from(TEXT, 'utf16le');
	const be = Buffer.from(le);
	be.swap16();
	assert.equal(encodingOf(le), 'utf-16le');
	assert.equal(encodingOf(be), 'utf-16be');
	const d = decodeBytes(be);
	assert.ok(!('error' in d) && d.text === TEXT);
});

test('mostly valid UTF-8: invalid sequences become U+FFFD and are counted; a U+FFFD in the file is not counted', () => {
	const body = Buffer.from(TEXT.repeat(3) + '\uFFFD');
	const at = Buffer.from(TEXT).length; // a character boundary
	const damaged = Buffer.concat([body.subarray(0, at), Buffer.from([0xff]), body.subarray(at)]);
	assert.equal(encodingOf(damaged), 'utf-8 1');
	// Short text: one bad byte in ten characters is more than 1%, but the text is still plainly UTF-8.
	assert.equal(encodingOf(Buffer.concat([Buffer.from('第一章　总则'), Buffer.from([0xc0]), Buffer.from('正文。')])), 'utf-8 1');
});

test('GB18030/GBK, Latin-1 and binary', () => {
	assert.equal(encodingOf(Buffer.from('b5dad2bbd5c2a1a1d7dcd4f20ab5dad2bbccf5', 'hex')), 'gb18030');
	// ASCII with a few GBK characters: their bytes are no valid UTF-8, not a damaged UTF-8 file.
	assert.equal(encodingOf(Buffer.concat([Buffer.from('Report 2024, chapter 1: '.repeat(10)), Buffer.from('b5dad2bbd5c2', 'hex')])), 'gb18030');
	assert.equal(encodingOf(Buffer.from('Caf\xe9, r\xe9sum\xe9, na\xefve.\n', 'latin1')), 'windows-1252');
	assert.equal(encodingOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), 'binary');
	assert.equal(encodingOf(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))), 'binary');
	assert.equal(encodingOf(Buffer.from('utf-8 plain, 一、总体要求')), 'utf-8');
});
