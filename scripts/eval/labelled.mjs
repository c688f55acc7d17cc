// The labelled documents of one fixtures folder (test/fixtures/<set>/*.json, each naming its file under ../shared):
// its labels, the text, its line starts and the analysis — read once here for every part of the evaluation.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export function* labelledDocuments(core, shared, root, set) {
	const dir = path.join(root, 'test', 'fixtures', set);
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
		const labels = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
		const text = readFileSync(path.join(shared, labels.file), 'utf8');
		yield { name: file.replace(/\.json$/, ''), labels, text, starts: core.computeLineStarts(text), analysis: core.analyze(text) };
	}
}
