import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LintConfig } from '../../engine/config';
import { processFile, type FileOutcome, type FileTask } from './process-file';

/** A task as sent to a worker: its configuration is an index into WorkerData.configs. */
export type WorkerTask = Omit<FileTask, 'config'> & { configIndex: number };

/** Given to every worker once (Tinypool workerData). */
export interface WorkerData {
  configs: LintConfig[];
}

/** Below this many files a batch runs on the main thread: starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 40;
/** At most this many files go to a worker in one call. */
const MAX_CHUNK = 16;

export interface BatchOptions {
  /** Worker threads: undefined = automatic (parallel for large batches), 0 or 1 = serial. */
  workers?: number;
  onProgress?: (done: number) => void;
}

function workerFile(): string | undefined {
  const f = path.join(__dirname, 'batch-worker.cjs');
  return fs.existsSync(f) ? f : undefined;
}

export function plannedWorkers(count: number, requested: number | undefined): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Never more threads than cores (or files): --workers 1e9 must not try to start a billion threads.
  if (requested !== undefined) return Math.min(Math.max(0, Math.floor(requested)), Math.max(1, cores), Math.max(1, count));
  if (count < PARALLEL_THRESHOLD || cores < 2) return 0;
  return Math.min(cores, 8);
}

/** Check files, in order of the tasks; serial for small batches, on worker threads for large ones. */
export async function runBatch(tasks: FileTask[], options: BatchOptions = {}): Promise<FileOutcome[]> {
  const threads = plannedWorkers(tasks.length, options.workers);
  const file = threads > 1 ? workerFile() : undefined;
  const outcomes: FileOutcome[] = new Array(tasks.length);
  let done = 0;
  if (!file) {
    for (let i = 0; i < tasks.length; i++) {
      outcomes[i] = await processFile(tasks[i]);
      options.onProgress?.(++done);
    }
    return outcomes;
  }
  // Each distinct configuration (with its pack data) goes to the workers once, at start: copying it
  // with every task cost more than linting, and a fresh copy per task defeated the engine's caches.
  const configs: LintConfig[] = [];
  const configIndex = new Map<LintConfig, number>();
  const indexOf = (config: LintConfig) => {
    let i = configIndex.get(config);
    if (i === undefined) {
      i = configs.push(config) - 1;
      configIndex.set(config, i);
    }
    return i;
  };
  const workerTasks: WorkerTask[] = tasks.map(({ config, ...rest }) => ({ ...rest, configIndex: indexOf(config) }));
  const { Tinypool } = await import('tinypool');
  const workerData: WorkerData = { configs };
  const pool = new Tinypool({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 1000, workerData });
  // Several files per call: each call has a fixed cost (messages, and Tinypool reads the worker's
  // memory usage after every call), and small chunks still balance the load and move the progress bar.
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.floor(tasks.length / (threads * 8))));
  const chunks: number[] = [];
  for (let start = 0; start < workerTasks.length; start += size) chunks.push(start);
  try {
    await Promise.all(
      chunks.map(async (start) => {
        const results = (await pool.run(workerTasks.slice(start, start + size))) as FileOutcome[];
        results.forEach((outcome, k) => {
          outcomes[start + k] = outcome;
          options.onProgress?.(++done);
        });
      }),
    );
  } finally {
    await pool.destroy();
  }
  return outcomes;
}
