/**
 * The lines that open a document or an article around its title: its date and occasion, its source, its dateline. The
 * outline reads titles from them (parse/titles.ts), and the text model lets them open a paragraph after a blank line.
 * Each pattern is anchored and cannot backtrack.
 */

/** `来源：北京日报`, `时间：2026-02-02`, `作者：…`, `新媒体编辑：…`, `本报记者 戴冰`. */
export const SOURCE =
	/^(?:来源|稿源|信息来源|时间|发布时间|发表时间|发布日期|日期|作者|文|文字|图|图片|摄影|记者|[\u4e00-\u9fa5]{0,4}编辑|责编|审核|校对|供稿|发布机构)\s*[：:]|^(?:本报|新华社)记者/;
/** `新华社北京3月10日电`, `（新华社北京2023年3月16日电）`: a dateline, which may stand before the title. */
export const DATELINE = /^[（(]?(?:新华社|中新社|人民网|本报)[\u4e00-\u9fa5]{0,8}(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日电/;
/** `——2024年3月5日在…会议上`, `――2007年…`: the occasion under a speech's title. */
export const OCCASION = /^(?:——|――|—|－－|--)/;

/** Does `s` open a source, dateline or occasion line (`来源：`, `新华社北京3月10日电`, `——2024年3月5日在…`)? */
export function startsMetaLine(s: string): boolean {
	return SOURCE.test(s) || DATELINE.test(s) || (OCCASION.test(s) && /^[—―－-]{1,2}[\u4e00-\u9fa5（(0-9０-９*]/.test(s));
}

/** `2006年2月28日`, `二〇〇六年二月二十八日`, `（2024年1月5日）` alone on its line: the date under a document's title or signature. */
const DATE_ALONE = /^[（(]?[ \t\u3000]*(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})[ \t\u3000]*年[ \t\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*月[ \t\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*日[)）]?$/;

/** Is `s` (one line) a date alone (`2006年2月28日`)? */
export function isDateAlone(s: string): boolean {
	return DATE_ALONE.test(s.trimEnd());
}
