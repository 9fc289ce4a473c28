// A large folder of drafts linted on all cores: worker threads, each with its own term bases,
// take drafts one at a time, the largest first, and send back what the CLI reports. Only
// where it pays: starting a worker and warming its engine costs about as much as linting a
// few megabytes, so a small run stays on one thread. --fix and standard input always do.

import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Finding } from '../core/types';

/** Loaded only for a parallel run, or in a worker: a plain run does without it. */
const threads = () => require('node:worker_threads') as typeof import('node:worker_threads');

/** The argument a worker is started with: told apart from the CLI before loading worker_threads. */
const WORKER_FLAG = '--policy-lint-worker';

/** Below this many bytes of drafts in all, starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 4_000_000;

/** How a worker knows it is one: the same bundle serves as the CLI and its workers. */
const ROLE = 'policy-lint-worker';

export interface Job {
  index: number;
  file: string;
  termFiles: string[];
}

/** A linted draft as it crosses threads: the report without its line index (made again at home). */
export interface Done {
  index: number;
  report?: { filePath: string; displayPath: string; text: string; findings: Finding[]; fixed: number };
  /** What the draft's lint said on stderr (a skipped file). */
  messages: string[];
}

/**
 * How many workers to start: `concurrency` ('auto', 'off' or a number) for these drafts;
 * 0 for none. 'auto' starts one for every two cores, as ESLint's does (the engine's own
 * garbage collector and compiler threads keep the rest busy: on two cores, two workers gained
 * little and doubled the memory), once the drafts hold PARALLEL_MIN_BYTES.
 */
export function workerCount(concurrency: string, files: readonly string[]): number {
  if (files.length < 2 || concurrency === 'off') return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (concurrency !== 'auto') {
    const n = Math.min(Number(concurrency), files.length);
    return n > 1 ? n : 0;
  }
  const half = Math.min(Math.floor(cores / 2), files.length);
  if (half < 2) return 0;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // Told about when it is read.
    }
  }
  return bytes >= PARALLEL_MIN_BYTES ? half : 0;
}

/** Lints the jobs on `count` workers running `script` (this bundle); results in job order. */
export function lintInWorkers(script: string, jobs: readonly Job[], count: number, setup: unknown): Promise<Done[]> {
  const results: Done[] = new Array<Done>(jobs.length);
  const queue = jobs.map((job) => ({ job, size: sizeOf(job.file) })).sort((a, b) => b.size - a.size).map((q) => q.job);
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = count;
    let received = 0;
    const workers: import('node:worker_threads').Worker[] = [];
    for (let w = 0; w < count; w++) {
      const worker = new (threads().Worker)(script, { argv: [WORKER_FLAG], workerData: { role: ROLE, setup } });
      workers.push(worker);
      const feed = () => {
        if (next < queue.length) worker.postMessage(queue[next++]);
        else void worker.terminate();
      };
      worker.on('message', (done: Done) => {
        results[done.index] = done;
        received++;
        feed();
      });
      worker.on('error', (e) => {
        // One failed: the others stop too, or their open ports would keep the process alive.
        for (const other of workers) void other.terminate();
        reject(e);
      });
      worker.on('exit', () => {
        if (--running > 0) return;
        // A worker that died without an error (out of memory) leaves drafts unlinted: no report then.
        if (received < jobs.length) reject(new Error('a worker thread stopped before its drafts were linted'));
        else resolve(results);
      });
      feed();
    }
  });
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The setup a worker was started with, when this thread is one; else undefined. */
export function workerSetup(): unknown {
  if (!process.argv.includes(WORKER_FLAG)) return undefined;
  const thread = threads();
  if (thread.isMainThread) return undefined;
  const data = thread.workerData as { role?: string; setup?: unknown } | undefined;
  return data?.role === ROLE ? data.setup : undefined;
}

/** Serves jobs until the CLI terminates this worker. */
export function serveJobs(lintOne: (job: Job) => Done): void {
  const port = threads().parentPort!;
  port.on('message', (job: Job) => port.postMessage(lintOne(job)));
}
