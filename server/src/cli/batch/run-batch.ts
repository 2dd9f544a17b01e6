import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LintConfig } from '../../engine/config';
import { dictionaryBuffer } from '../../engine/document/segmenter';
import { importTinypool } from '../../lazy/modules';
import { processFile, type FileOutcome, type FileTask } from './process-file';

/** A task as sent to a worker: its configuration is an index into WorkerData.configs. */
export type WorkerTask = Omit<FileTask, 'config'> & { configIndex: number };

/** Given to every worker once (Tinypool workerData). */
export interface WorkerData {
  configs: LintConfig[];
  /**
   * The compiled word dictionary, in a SharedArrayBuffer: every thread reads the same memory (the
   * workers neither read the file nor keep a copy).
   */
  dictionary: Uint8Array;
}

/** Below this many files a batch runs on the main thread alone: a worker would hardly be ready before the end. */
export const PARALLEL_THRESHOLD = 40;
/** At most this many files go to a worker in one call. */
const MAX_CHUNK = 16;

export interface BatchOptions {
  /** Threads that check files, the main thread included: undefined = automatic, 0 or 1 = serial. */
  workers?: number;
  onProgress?: (done: number) => void;
}

/** The worker entry next to the CLI bundle (dist/batch-worker.mjs); undefined when not built (tests run the sources: serial). */
function workerFile(): string | undefined {
  const f = path.join(__dirname, 'batch-worker.mjs');
  return fs.existsSync(f) ? f : undefined;
}

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many threads check files, the main thread included (0: serial). Automatic: for batches of
 * PARALLEL_THRESHOLD files or more, one per core that other processes leave free (`busy`: the cores
 * busy right now, measured by busyCores()), at most 8; serial when not even one more core is free,
 * since a second thread then only adds its start-up and the switching.
 * The main thread checks files as well while the workers start and between their results, so a
 * parallel batch is not slower than a serial one: on 2 idle cores it is the main thread and one
 * worker, not two workers competing with the main thread.
 */
export function plannedWorkers(count: number, requested: number | undefined, busy = 0): number {
  // Never more threads than cores (or files): --workers 1e9 must not try to start a billion threads.
  if (requested !== undefined) return Math.min(Math.max(0, Math.floor(requested)), Math.max(1, cores()), Math.max(1, count));
  const free = cores() - (Number.isFinite(busy) ? busy : 0);
  if (count < PARALLEL_THRESHOLD || cores() < 2 || free < 1.5) return 0;
  return Math.min(cores(), 8, Math.max(2, Math.round(free)));
}

/** The machine's CPU counters (all cores: idle and total time) and this process's own CPU time, now. */
interface CpuSnapshot {
  idle: number;
  total: number;
  /** This process's user + system CPU time, µs. */
  own: number;
  /** Wall-clock time, µs. */
  at: number;
}

function cpuSnapshot(): CpuSnapshot {
  const { idle, total } = os
    .cpus()
    .reduce((a, c) => ({ idle: a.idle + c.times.idle, total: a.total + c.times.idle + c.times.user + c.times.nice + c.times.sys + c.times.irq }), {
      idle: 0,
      total: 0,
    });
  const own = process.cpuUsage();
  return { idle, total, own: own.user + own.system, at: Number(process.hrtime.bigint() / 1000n) };
}

/**
 * The cores other processes kept busy between two snapshots: the machine's CPU time not idle,
 * less this process's own (it may have been checking files meanwhile).
 */
export function busyOthers(before: CpuSnapshot, after: CpuSnapshot): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  const all = cores() * (1 - (after.idle - before.idle) / total);
  const elapsed = after.at - before.at;
  const own = elapsed > 0 ? (after.own - before.own) / elapsed : 0;
  return Math.max(0, all - own);
}

/**
 * How many cores other processes keep busy now: CPU time not idle over a short sample. (The 1-minute
 * load average lags: it still counts a run that ended seconds ago, and sent batches serial on an
 * idle machine.)
 */
export async function busyCores(sampleMs = LOAD_SAMPLE_MS): Promise<number> {
  const before = cpuSnapshot();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  return busyOthers(before, cpuSnapshot());
}

/** How long the load of other processes is sampled before an automatic batch chooses its threads. */
const LOAD_SAMPLE_MS = 100;

/** The data every worker gets once: the distinct configurations and the shared dictionary. */
export function batchWorkerData(configs: LintConfig[]): WorkerData {
  return { configs, dictionary: dictionaryBuffer() };
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Check files, in order of the tasks; serial for small batches, on the main thread and worker threads for large ones. */
export async function runBatch(tasks: FileTask[], options: BatchOptions = {}): Promise<FileOutcome[]> {
  const automatic = options.workers === undefined && tasks.length >= PARALLEL_THRESHOLD;
  const outcomes: FileOutcome[] = new Array(tasks.length);
  let done = 0;
  // Files checked on the main thread before the workers start.
  let first = 0;
  const checkOnMain = async () => {
    outcomes[first] = await processFile(tasks[first]);
    first++;
    options.onProgress?.(++done);
  };
  let threads: number;
  if (automatic) {
    // The load of other processes is sampled while the main thread checks the first files (no idle wait).
    const before = cpuSnapshot();
    const until = Date.now() + LOAD_SAMPLE_MS;
    do await checkOnMain();
    while (first < tasks.length && Date.now() < until);
    threads = plannedWorkers(tasks.length - first, undefined, busyOthers(before, cpuSnapshot()));
  } else threads = plannedWorkers(tasks.length, options.workers, 0);
  threads = Math.min(threads, tasks.length - first);
  const file = threads > 1 ? workerFile() : undefined;
  if (!file) {
    while (first < tasks.length) await checkOnMain();
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
  const { Tinypool } = await importTinypool();
  const workers = threads - 1;
  // Two chunks in flight per worker: the next one is already in the worker's queue when it finishes
  // one, so it never waits for the main thread (busy with a file of its own) to hand it work.
  const inFlight = 2;
  const pool = new Tinypool({
    filename: file,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: inFlight,
    idleTimeout: 1000,
    workerData: batchWorkerData(configs),
  });
  // One shared queue: workers take chunks (each call has a fixed cost: messages, and Tinypool reads
  // the worker's memory usage after every call); the main thread takes one file at a time and lets
  // the workers' results in between. Chunks shrink towards the end so that all threads finish together.
  let next = first;
  const take = (max: number) => {
    const size = Math.max(1, Math.min(max, Math.floor((tasks.length - next) / (threads * 4))));
    const start = next;
    next = Math.min(tasks.length, next + size);
    return [start, next] as const;
  };
  const worker = async () => {
    while (next < tasks.length) {
      const [start, end] = take(MAX_CHUNK);
      const results = (await pool.run(workerTasks.slice(start, end))) as FileOutcome[];
      results.forEach((outcome, k) => {
        outcomes[start + k] = outcome;
        options.onProgress?.(++done);
      });
    }
  };
  const main = async () => {
    while (next < tasks.length) {
      const [start] = take(1);
      outcomes[start] = await processFile(tasks[start]);
      options.onProgress?.(++done);
      await yieldToEvents();
    }
  };
  try {
    await Promise.all([main(), ...Array.from({ length: workers * inFlight }, worker)]);
  } finally {
    await pool.destroy();
  }
  return outcomes;
}
