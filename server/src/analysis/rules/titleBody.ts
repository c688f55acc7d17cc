/**
 * structure.title-body — on a newspaper page whose titles were scrambled by the PDF extraction, a title whose place
 * never occurs in the body it heads while the body names another place again and again: the finding stands on the
 * title and points at the title that names that place.
 */
import type { Finding, Section } from '../types';
import { LineIndex } from '../text/lineIndex';
import type { Rule } from './rule';

/** 云南省曲靖市麒麟区：… → 麒麟区 (the last administrative unit before the colon). */
const PLACE = /([\u4e00-\u9fff]{2,6}?(?:区|县|市|州|旗|镇|乡))(?=[：:])/;

function placeOf(title: string): string | undefined {
	const head = title.split(/[：:]/)[0] ?? '';
	// The last unit: 云南省红河哈尼族彝族自治州元阳县 → 元阳县; 河南平顶山卫东区 → 卫东区.
	const units = head.match(/[\u4e00-\u9fff]{2,4}?(?:区|县|旗)$|[\u4e00-\u9fff]{2,4}?市$/);
	const m = units?.[0] ?? PLACE.exec(title)?.[1];
	if (!m) return undefined;
	// Keep the shortest tail that is a place name of two characters before its suffix: 卫东区, 翔安区, 元阳县.
	return m.length > 3 ? m.slice(-3) : m;
}

function count(text: string, word: string): number {
	let n = 0;
	for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
	return n;
}

export const titleBody: Rule = {
	id: 'structure.title-body',
	defaultSeverity: 'warning',
	description: {
		en: 'On a page of several articles, a title whose place never occurs in the text under it while that text names another title’s place again and again.',
		zh: '多篇文章的版面上，标题所称地名未见于其下正文，而正文反复提到另一标题的地名（标题错位）。',
	},
	messages: {
		default: {
			en: 'The title names {titlePlace}, but the text under it is about {bodyPlace} ({count} mentions, {titlePlace} none): the title naming {bodyPlace} is at line {line}.',
			zh: '标题所称{titlePlace}与正文不符：正文写的是{bodyPlace}（出现{count}次，未提{titlePlace}），标题为{bodyPlace}的文章见第{line}行。',
		},
	},
	*check(analysis, model) {
		const titles: Section[] = analysis.sections.filter((s) => s.kind === 'title');
		if (titles.length < 2) return;
		const lines = new LineIndex(model.text, model.lineStarts);
		const places = titles.map((t) => placeOf(t.title));
		for (let i = 0; i < titles.length; i++) {
			const t = titles[i]!;
			const place = places[i];
			if (!place) continue;
			// The body: after the title and its byline (■…县委书记 李维 names the title's own place).
			let bodyStart = t.headingSpan.end;
			const afterTitle = model.text.slice(bodyStart, bodyStart + 200);
			const byline = /^\s*[■□▲●◆][^\n]*/.exec(afterTitle);
			if (byline) bodyStart += byline[0].length;
			const body = model.text.slice(bodyStart, t.bodySpan.end);
			if (body.length < 200 || count(body, place) > 0 || count(body, place.slice(0, 2)) > 0) continue;
			// The other title whose place the body names most, at least three times.
			let best = -1;
			let bestCount = 2;
			places.forEach((p, j) => {
				if (j === i || !p) return;
				const n = count(body, p);
				if (n > bestCount) {
					best = j;
					bestCount = n;
				}
			});
			if (best < 0) continue;
			const other = titles[best]!;
			const finding: Finding = {
				ruleId: 'structure.title-body',
				severity: 'warning',
				span: t.headingSpan,
				data: { titlePlace: place, bodyPlace: places[best]!, count: bestCount, line: lines.positionAt(other.headingSpan.start).line + 1 },
				related: [{ span: other.headingSpan, role: 'matching-title' }],
			};
			yield finding;
		}
	},
};
