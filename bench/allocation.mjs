// The bytes a run allocates, by V8's sampling heap profiler (objects collected since included; the inspector session's
// calls are synchronous in-process). Shared by keystroke.mjs (MB per keystroke of the bench) and ab.mjs (`--alloc`).
import { Session } from 'node:inspector';

/** The bytes `run` allocates, sampled every `samplingInterval` bytes on average. */
export function allocated(run, samplingInterval) {
	const session = new Session();
	session.connect();
	session.post('HeapProfiler.startSampling', { samplingInterval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	run();
	let head;
	session.post('HeapProfiler.stopSampling', (error, result) => (head = result?.profile.head));
	session.disconnect();
	const sum = (node) => node.selfSize + node.children.reduce((n, c) => n + sum(c), 0);
	return head ? sum(head) : NaN;
}
