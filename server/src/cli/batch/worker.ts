// The worker thread's side of a parallel batch: checks a chunk of files per call. Not a bundle of its
// own: the worker loads dist/cli.cjs with its V8 code cache (dist/batch-worker.mjs, written by
// scripts/build.mjs) and calls `batchWorker` (exported by main.ts), so a worker neither scans nor
// compiles a second copy of the engine.
import { workerData } from 'node:worker_threads';
import { useDictionaryBuffer } from '../../engine/document/segmenter';
import { processFile, type FileOutcome } from './process-file';
import type { WorkerData, WorkerTask } from './run-batch';

/** Set the worker up from the pool's workerData and return its task handler. */
export function batchWorker(): (tasks: WorkerTask[]) => Promise<FileOutcome[]> {
  // Tinypool hands the pool's workerData over as the second element (the first is its own).
  const shared = (Array.isArray(workerData) ? workerData[1] : workerData) as WorkerData | undefined;
  // The main thread's dictionary (a SharedArrayBuffer): the same memory, not a copy per worker.
  if (shared?.dictionary) useDictionaryBuffer(shared.dictionary);
  /** Check a chunk of files, one after the other; the outcomes in the same order. */
  return async function checkFiles(tasks: WorkerTask[]): Promise<FileOutcome[]> {
    const outcomes: FileOutcome[] = [];
    for (const { configIndex, ...rest } of tasks) {
      const config = shared?.configs[configIndex];
      if (!config) throw new Error(`fzlint batch worker: no configuration ${configIndex}`);
      outcomes.push(await processFile({ ...rest, config }));
    }
    return outcomes;
  };
}
