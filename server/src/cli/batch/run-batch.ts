import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processFile, type FileOutcome, type FileTask } from './process-file';

/** Below this many files a batch runs on the main thread: starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 40;

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
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
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
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    await Promise.all(
      tasks.map(async (task, i) => {
        outcomes[i] = (await pool.run(task)) as FileOutcome;
        options.onProgress?.(++done);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return outcomes;
}
