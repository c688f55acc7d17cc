/** Tables the table.* case tables share: real tables of the 2023 communiqué and of local communiqués, in several shapes. */
import { joinLines } from './text';

/** 表5 of the 2023 communiqué, with the prose that states its total: a partition of the lexicon (the modes of transport). */
export const FREIGHT = joinLines(
	'全年货物运输总量557亿吨，比上年增长8.1%。',
	'',
	'**表5 2023年各种运输方式完成货物运输量及其增长速度**',
	'',
	'| 指标 | 单位 | 绝对数 | 比上年增长（%） |',
	'| --- | --- | --- | --- |',
	'| 货物运输总量 | 亿吨 | 556.8 | 8.1 |',
	'| 铁路 | 亿吨 | 50.1 | 1.5 |',
	'| 公路 | 亿吨 | 403.4 | 8.7 |',
	'| 水路 | 亿吨 | 93.7 | 9.5 |',
	'| 民航 | 万吨 | 735.4 | 21.0 |',
	'| 管道 | 亿吨 | 9.5 | 7.5 |',
);

/** 表1 of the 2023 communiqué: partitions of the lexicon, and a share column whose shares make 100%. */
export const POPULATION = joinLines(
	'**表1 2023年年末人口数及其构成**',
	'',
	'| 指标 | 年末数（万人） | 比重（%） |',
	'| --- | --- | --- |',
	'| 全国人口 | 140967 | 100.0 |',
	'| 其中：城镇 | 93267 | 66.2 |',
	'| 乡村 | 47700 | 33.8 |',
	'| 其中：男性 | 72032 | 51.1 |',
	'| 女性 | 68935 | 48.9 |',
	'| 其中：0-15岁（含不满16周岁） | 24789 | 17.6 |',
	'| 16-59岁（含不满60周岁） | 86481 | 61.3 |',
	'| 60周岁及以上 | 29697 | 21.1 |',
	'| 其中：65周岁及以上 | 21676 | 15.4 |',
);

/** 表10 of the 2023 communiqué: a partition (出口 + 进口) and a balance (顺差 = 出口 − 进口); 其中 rows as subsets. */
export const TRADE = joinLines(
	'**表10 2023年货物进出口总额及其增长速度**',
	'',
	'| 指标 | 金额（亿元） | 比上年增长（%） |',
	'| --- | --- | --- |',
	'| 货物进出口总额 | 417568 | 0.2 |',
	'| 货物出口额 | 237726 | 0.6 |',
	'| 其中：一般贸易 | 153530 | 2.5 |',
	'| 加工贸易 | 49062 | -9.0 |',
	'| 货物进口额 | 179842 | -0.3 |',
	'| 其中：一般贸易 | 117042 | 1.3 |',
	'| 货物进出口顺差 | 57883 | 3.5 |',
);

/** A table of a county's districts under 合计 (no lexicon knows them): the table marks the partition. */
export const DISTRICTS = joinLines('表3 2024年各区规模以上工业增加值', '', '单位：亿元', '', '地区      增加值    比上年增长（%）', '合计      1000.0    6.1', '甲区      300.5     5.2', '乙区      400.2     7.0', '丙区      299.3     5.8');

/** A web table flattened one cell a line, its rows under 其中 indented (子洲县, 2023). */
export const GRAIN_FLAT = joinLines(
	'全年粮食总产量16.28万吨，较上年增长0.5%。',
	'',
	'主要产品产量',
	'',
	'2023年',
	'',
	'较上年增长(%)',
	'',
	'粮食总产量',
	'',
	'162817吨',
	'',
	'0.5',
	'',
	'其中:谷物',
	'',
	'97658吨',
	'',
	'-9.7',
	'',
	'          豆类',
	'',
	'26084吨',
	'',
	'49.1',
	'',
	'          薯类',
	'',
	'39075吨',
	'',
	'7.6',
);

/** A web table with `|` between cells (潘集区, 2022), with the prose that states its figures. */
export const GDP_BARS = joinLines(
	'全年完成地区生产总值295.4亿元，比上年增长7.7%。在地区生产总值中，第一产业增加值24.4亿元，同比增长3.3%；第二产业增加值210.1亿元，同比增长11.6%；第三产业增加值60.9亿元，同比下降0.2%。',
	'2022年全区生产总值及其增长速度',
	...['单位:亿元', '指 标', '绝对数', '比上年增长%', '生产总值', '295.4', '7.7', '第一产业', '24.4', '3.3', '第二产业', '210.1', '11.6', '第三产业', '60.9', '-0.2'].flatMap((c) => ['|', c]),
);

/** Exports by country with a share of all exports: the whole is the prose's 出口. */
export const EXPORTS_BY_COUNTRY = joinLines(
	'全年货物出口237726亿元，比上年增长0.6%。',
	'',
	'**表13 2023年对主要国家和地区货物出口金额、增长速度及其比重**',
	'',
	'| 国家和地区 | 出口额（亿元） | 比上年增长（%） | 占全部出口比重（%） |',
	'| --- | --- | --- | --- |',
	'| 东盟 | 36817 | 0.0 | 15.5 |',
	'| 欧盟 | 35226 | -5.3 | 14.8 |',
	'| 美国 | 35198 | -8.1 | 14.8 |',
	'| 日本 | 11076 | -3.5 | 4.7 |',
);
