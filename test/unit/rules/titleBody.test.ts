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
	],
	silent: [
		['every title over its own article', joinLines(C, article('福建省厦门市翔安区：', '党建引领激活治理末梢', '■翔安区委书记 王明', bodyAbout('翔安区')))],
		['a body that names no other title’s place', joinLines(article('云南省曲靖市麒麟区：', '智慧党建按下治理快进键', '■麒麟区委书记 李维', bodyAbout('本区')), C)],
		['one article alone', A],
	],
});
