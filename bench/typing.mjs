// The edits the keystroke benches type into a text (bench/keystroke.mjs, bench/bench.mjs).

/** The characters typed one after another at one place (`consecutive`): a clause of a report, 20 characters. */
export const TYPED = '加快建设全国统一大市场推动高质量发展，新';

/**
 * The texts of the keystrokes typed into `text`, each analysed after the one before with the document's cache:
 * `warmup` (not timed) then `texts`. By default one character at 70 places, each edit two edits apart (each text is
 * `text` with one character: the last edit undone), the first 10 a warm-up. With `consecutive`, 20 characters typed one
 * after another at each of 5 places (each text the one before with one more character; the document keeps what was
 * typed at the places before), the first place a warm-up: 80 timed.
 */
export function typedTexts(text, consecutive = false) {
	if (!consecutive) {
		const typed = (i) => {
			const at = Math.floor(((((i * 37) % 70) + 0.5) / 70) * text.length);
			return text.slice(0, at) + '新' + text.slice(at);
		};
		const all = Array.from({ length: 70 }, (_, i) => typed(i));
		return { warmup: all.slice(0, 10), texts: all.slice(10) };
	}
	const all = [];
	let doc = text;
	for (let p = 0; p < 5; p++) {
		const at = Math.floor(((((p * 3) % 5) + 0.5) / 5) * doc.length);
		for (let k = 1; k <= TYPED.length; k++) all.push(doc.slice(0, at) + TYPED.slice(0, k) + doc.slice(at));
		doc = all[all.length - 1];
	}
	return { warmup: all.slice(0, TYPED.length), texts: all.slice(TYPED.length) };
}
