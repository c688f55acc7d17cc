/**
 * Imported first by a test that counts blocks with V8's precise coverage: code V8 optimizes inlines small functions,
 * and an inlined call does not count as a call of its function (its count stays 0). Interpreted and baseline code
 * count every call; the optimizing compilers are turned off for the functions compiled after this module. The flags
 * hold for the whole process: `node --test` runs each test file in a process of its own, so they reach no other test
 * (a run with `--test-isolation=none` would slow every file after this one, not change its results).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-opt');
setFlagsFromString('--no-maglev');
