import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

ruleCases('formula.count-mismatch', {
	fires: [
		['a part with one item too few', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。', [{ at: '三定四抓', related: ['定责任、定目标、定标准，抓素能提升、对标创建、典型引领'] }]],
		['a code whose parts do not spell it', '推行“1152”工作机制（坚持“一个核心”、明确“一个关系”、完善“四项机制”、建立“两套清单”）。', [{ at: '1152' }]],
		['“六个一” with five items in the next sentence', '实行“六个一”运行机制。某区建立一张登记表、一本日志、一本台账、一个微信群、一条热线，规范运行。', [{ at: '六个一' }]],
		['a well-known formula with an item missing', '坚定“四个自信”（道路自信、理论自信、制度自信），奋力前行。', [{ at: '四个自信' }]],
	],
	silent: [
		['items that agree', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领、作风转变，持续提升执行力。'],
		['a code spelled by its parts', '推行“1152”工作机制（坚持“一个核心”、明确“一个关系”、完善“五项机制”、建立“两套清单”）。'],
		['no expansion in the text', '深入落实“六稳”“六保”任务。'],
		['a list that ends with 等', '推行“四个一”工作法，建立一张清单、一本台账等制度。'],
	],
});

test('formula.count-mismatch data: what the formula promises, what was found, the items and where', () => {
	const [f] = analyze('落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。').findings;
	assert.deepEqual({ ...f!.data }, { formula: '三定四抓', promised: '3+4', found: '3+3', items: '定责任、定目标、定标准；抓素能提升、对标创建、典型引领', source: 'after' });
});
