/**
 * structure.title-body — on a newspaper page whose titles were scrambled by the PDF extraction, a title whose place
 * the text under it hardly names while that text is plainly about another title's place: the finding stands on the
 * title and points at the title that names that place.
 *
 * A place is the same with or without its administrative suffix or type (杭州市 = 杭州; 延边朝鲜族自治州 = 延边州 =
 * 延边; 元阳县 = 元阳), and a text names its own place by type too (全市, 我县, 本区) once it names the place itself.
 */
import type { Finding, Section } from '../types';
import { LineIndex } from '../text/lineIndex';
import type { Rule } from './rule';

/** The characters that end an administrative unit's name: 云南省 曲靖市 麒麟区 元阳县 延边朝鲜族自治州 阿拉善盟. */
const UNIT_END = /[省市县区州旗盟镇乡]/;

/** Nationalities in the names of autonomous areas (恩施土家族苗族自治州, 红河哈尼族彝族自治州), longest first. */
const ETHNIC = ['乌孜别克', '柯尔克孜', '维吾尔', '哈萨克', '达斡尔', '鄂温克', '鄂伦春', '塔吉克', '塔塔尔', '俄罗斯', '土家', '哈尼', '朝鲜', '蒙古', '布依', '傈僳', '景颇', '纳西', '拉祜', '仡佬', '撒拉', '东乡', '保安', '裕固', '锡伯', '仫佬', '毛南', '普米', '独龙', '阿昌', '德昂', '布朗', '基诺', '门巴', '珞巴', '赫哲', '苗', '彝', '回', '藏', '傣', '侗', '壮', '瑶', '白', '羌', '黎', '佤', '畲', '满', '水', '土', '京', '怒'];

/** Words before a place in a title that are not part of it: 2024年, 中共, 关于. */
const NOT_PLACE_PREFIX = /^(?:.*年|中共|关于|在)/;

/** Provinces and cities written without their unit before the place (河南平顶山卫东区, 福建厦门翔安区). */
const PROVINCES = ['黑龙江', '内蒙古', '河南', '河北', '山东', '山西', '广东', '广西', '云南', '贵州', '四川', '湖南', '湖北', '江苏', '江西', '浙江', '福建', '安徽', '陕西', '甘肃', '青海', '辽宁', '吉林', '海南', '宁夏', '新疆', '西藏', '北京', '天津', '上海', '重庆'];

/** 河南平顶山卫东区 → 卫东区, 福建厦门翔安区 → 翔安区: without the province, a run of names without units kept to its last place. */
function lastPlace(name: string): string {
	// Not 宁夏回族自治区: a province's own name.
	const province = /自治/.test(name) ? undefined : PROVINCES.find((p) => name.startsWith(p) && name.length > p.length + 2);
	const rest = province ? name.slice(province.length) : name;
	// A district or county (翔安区, 元阳县) is named in two characters; a city may take more (乌鲁木齐市).
	return rest.length >= 5 && /[区县旗]$/.test(rest) && !/族|自治/.test(rest) ? rest.slice(-3) : rest;
}

/**
 * The place a title names: the last administrative unit in the part before its colon (云南省曲靖市麒麟区： → 麒麟区;
 * 红河哈尼族彝族自治州元阳县 → 元阳县), or in the title itself (合肥市2026年政府工作报告 → 合肥市).
 */
function placeOf(title: string): string | undefined {
	const colon = title.search(/[：:]/);
	const head = (colon >= 0 ? title.slice(0, colon) : title).replace(/[0-9０-９]+/g, '');
	let last: string | undefined;
	let start = 0;
	for (let i = 0; i < head.length; i++) {
		if (!UNIT_END.test(head[i]!)) continue;
		// 市政府, 市委: a unit character that opens what follows is no place's end.
		if (i === start) {
			start = i + 1;
			continue;
		}
		const name = head.slice(start, i + 1).replace(NOT_PLACE_PREFIX, '');
		if (name.length >= 2 && /^[\u4e00-\u9fff]+$/.test(name)) last = lastPlace(name);
		start = i + 1;
		if (colon < 0) break; // a title without a colon: its first unit (合肥市政府工作报告)
	}
	return last;
}

/**
 * The names a place goes by: 杭州市 → 杭州市, 杭州; 延边朝鲜族自治州 → 延边朝鲜族自治州, 延边州, 延边; 麒麟区 → 麒麟区,
 * 麒麟. A base of one character keeps its suffix (沙区 is not 沙).
 */
function placeForms(place: string): string[] {
	const forms = new Set([place]);
	const at = place.lastIndexOf('自治');
	if (at > 0 && at + 3 === place.length) {
		// 延边朝鲜族自治州 → 延边: the nationalities before 自治 taken off one by one.
		let base = place.slice(0, at);
		for (let n = ETHNIC.find((e) => base.endsWith(`${e}族`)); n && base.length >= n.length + 3; n = ETHNIC.find((e) => base.endsWith(`${e}族`))) base = base.slice(0, -(n.length + 1));
		if (base !== place.slice(0, at)) {
			forms.add(base + place[place.length - 1]!);
			forms.add(base);
		}
	} else {
		const base = place.slice(0, -1);
		if (base.length >= 2) forms.add(base);
	}
	return [...forms];
}

function count(text: string, word: string): number {
	let n = 0;
	for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
	return n;
}

/** How much a text speaks of a place: its names, and — once it names it — 全市 / 我市 / 本市 for its type. */
function mentions(body: string, place: string): number {
	// The longest forms first, each occurrence counted once (杭州市 is not also 杭州).
	let rest = body;
	let named = 0;
	for (const form of placeForms(place).sort((a, b) => b.length - a.length)) {
		named += count(rest, form);
		rest = rest.split(form).join('\u0000');
	}
	if (named === 0) return 0;
	const type = place[place.length - 1]!;
	return named + count(body, `全${type}`) + count(body, `我${type}`) + count(body, `本${type}`);
}

export const titleBody: Rule = {
	id: 'structure.title-body',
	defaultSeverity: 'warning',
	description: {
		en: 'On a page of several articles, a title whose place the text under it hardly names while that text is plainly about another title’s place.',
		zh: '多篇文章的版面上，标题所称地名在其下正文中几乎不见，而正文明显写的是另一标题的地名（标题错位）。',
	},
	messages: {
		default: {
			en: 'The title names {titlePlace}, but the text under it is about {bodyPlace} ({count} mentions, {titlePlace} {own}): the title naming {bodyPlace} is at line {line}.',
			zh: '标题所称{titlePlace}与正文不符：正文写的是{bodyPlace}（提及{count}次，{titlePlace}{own}次），标题为{bodyPlace}的文章见第{line}行。',
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
			if (body.length < 200) continue;
			const own = mentions(body, place);
			// The other title whose place the body speaks of most: at least three times, and three times its own.
			let best = -1;
			let bestCount = 2;
			places.forEach((p, j) => {
				if (j === i || !p || placeForms(p).some((f) => placeForms(place).includes(f))) return;
				const n = mentions(body, p);
				if (n > bestCount) {
					best = j;
					bestCount = n;
				}
			});
			if (best < 0 || bestCount < 3 * Math.max(own, 1)) continue;
			const other = titles[best]!;
			const finding: Finding = {
				ruleId: 'structure.title-body',
				severity: 'warning',
				span: t.headingSpan,
				data: { titlePlace: place, bodyPlace: places[best]!, count: bestCount, own, line: lines.positionAt(other.headingSpan.start).line + 1 },
				related: [{ span: other.headingSpan, role: 'matching-title' }],
			};
			yield finding;
		}
	},
};
