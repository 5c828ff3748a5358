// A full, synchronous garbage collection of the calling thread's heap, without starting node with --expose-gc: the flag
// is set at run time (V8 flags are per process, so worker threads get it too) and `gc` read from a fresh context.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc');

export function collectGarbage() {
  gc();
}
