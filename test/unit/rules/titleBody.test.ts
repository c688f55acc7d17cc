import { joinLines } from '../../helpers/text';
import { ruleCases } from '../../helpers/findings';

/** A newspaper article as a PDF extraction lays it out: `地名：` and the headline, a blank line, a byline, the body. */
function article(place: string, headline: string, byline: string, body: string): string {
	return joinLines(place, headline, '', byline, '', body, '');
}

/** A body of more than 200 characters that names `place` four times. */
function bodyAbout(place: string): string {
	return [
		`近年来，${place}坚持以党建引领基层治理，把党组织建在网格上，推动资源下沉、服务下沉、力量下沉，群众满意度持续提升。`,
		`${place}组建社区党委、小区党支部、楼栋党小组，建立“一网统管”平台，实行问题收集、分办、督办、反馈闭环管理，做到小事不出网格、大事不出社区。`,
		`同时，${place}推动机关党员到社区报到，认领服务项目，开展志愿服务，形成共建共治共享的良好局面，基层治理效能明显增强。`,
		`下一步，${place}将继续完善党建引领机制，推动治理重心向基层下移，不断提升人民群众的获得感、幸福感、安全感，以高质量党建引领高质量发展。`,
	].join('');
}

/** A body about a place named once by its name and then by 全市 / 我县 (a work report's way). */
function bodyOwnNaming(name: string, self: string): string {
	return [
		`过去一年，${name}坚持稳中求进工作总基调，经济社会发展取得新成效。${self}地区生产总值增长6.5%，一般公共预算收入增长7.2%。`,
		`${self}上下坚持项目为王，新开工重点项目120个，完成投资480亿元。${self}新增市场主体2.3万户，营商环境持续优化。`,
		`民生保障有力，${self}新增城镇就业3.2万人，城乡居民收入稳步增长。${self}教育、医疗、养老等公共服务水平不断提升，群众获得感持续增强。`,
		`今年，${self}将坚持以高质量发展为主题，扎实推进各项工作，奋力谱写现代化建设新篇章。`,
	].join('');
}

const A = article('云南省曲靖市麒麟区：', '智慧党建按下治理快进键', '■麒麟区委书记 李维', bodyAbout('翔安区'));
const B = article('福建省厦门市翔安区：', '党建引领激活治理末梢', '■翔安区委书记 王明', bodyAbout('麒麟区'));
const C = article('河南省平顶山市卫东区：', '红色物业温暖千家万户', '■卫东区委书记 张华', bodyAbout('卫东区'));

ruleCases('structure.title-body', {
	fires: [
		[
			'two titles swapped on a page of three articles; the third in place',
			joinLines(A, B, C),
			[
				{ at: '云南省曲靖市麒麟区：\n智慧党建按下治理快进键', related: ['福建省厦门市翔安区：\n党建引领激活治理末梢'] },
				{ at: '福建省厦门市翔安区：\n党建引领激活治理末梢', related: ['云南省曲靖市麒麟区：\n智慧党建按下治理快进键'] },
			],
		],
		[
			'a place without its suffix in the body (杭州 for 杭州市), and an autonomous prefecture by its short names (延边州, 延边)',
			joinLines(article('浙江省杭州市：', '数字经济领跑发展', '■市长 张明', bodyAbout('延边州')), article('吉林省延边朝鲜族自治州：', '边境开放迈出新步', '■州长 李华', bodyAbout('杭州'))),
			[
				{ at: '浙江省杭州市：\n数字经济领跑发展', related: ['吉林省延边朝鲜族自治州：\n边境开放迈出新步'] },
				{ at: '吉林省延边朝鲜族自治州：\n边境开放迈出新步', related: ['浙江省杭州市：\n数字经济领跑发展'] },
			],
		],
		[
			'a body that names its place once and then says 全市',
			joinLines(article('安徽省合肥市：', '创新之城蓄势起跳', '■市长 王强', bodyAbout('卫东区')), article('河南省平顶山市卫东区：', '红色物业温暖千家万户', '■区委书记 张华', bodyOwnNaming('合肥市', '全市'))),
			[
				{ at: '安徽省合肥市：\n创新之城蓄势起跳', related: ['河南省平顶山市卫东区：\n红色物业温暖千家万户'] },
				{ at: '河南省平顶山市卫东区：\n红色物业温暖千家万户', related: ['安徽省合肥市：\n创新之城蓄势起跳'] },
			],
		],
	],
	silent: [
		['every title over its own article', joinLines(C, article('福建省厦门市翔安区：', '党建引领激活治理末梢', '■翔安区委书记 王明', bodyAbout('翔安区')))],
		['a body that names its place without the suffix (杭州市 → 杭州)', joinLines(article('浙江省杭州市：', '数字经济领跑发展', '■市长 张明', bodyAbout('杭州')), C)],
		['an autonomous prefecture named 延边州 and 延边 in its body', joinLines(article('吉林省延边朝鲜族自治州：', '边境开放迈出新步', '■州长 李华', bodyAbout('延边州')), C)],
		['a county report that says 我县 after naming itself once, and names another title’s place in passing', joinLines(article('云南省红河州元阳县：', '梯田里的振兴路', '■县长 李明', `${bodyOwnNaming('元阳县', '我县')}学习借鉴卫东区、卫东区、卫东区经验。`), C)],
		['a body that names no other title’s place', joinLines(article('云南省曲靖市麒麟区：', '智慧党建按下治理快进键', '■麒麟区委书记 李维', bodyAbout('本区')), C)],
		['one article alone', A],
	],
});
