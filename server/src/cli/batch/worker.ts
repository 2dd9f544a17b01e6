// Worker-thread entry (bundled to dist/batch-worker.cjs): checks a chunk of files per call.
import { workerData } from 'node:worker_threads';
import { useDictionaryBuffer } from '../../engine/document/segmenter';
import { processFile, type FileOutcome } from './process-file';
import type { WorkerData, WorkerTask } from './run-batch';

// Tinypool hands the pool's workerData over as the second element (the first is its own).
const shared = (Array.isArray(workerData) ? workerData[1] : workerData) as WorkerData | undefined;
// The main thread's dictionary (a SharedArrayBuffer): the same memory, not a copy per worker.
if (shared?.dictionary) useDictionaryBuffer(shared.dictionary);

/** Check a chunk of files, one after the other; the outcomes in the same order. */
export default async function checkFiles(tasks: WorkerTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const { configIndex, ...rest } of tasks) {
    const config = shared?.configs[configIndex];
    if (!config) throw new Error(`fzlint batch worker: no configuration ${configIndex}`);
    outcomes.push(await processFile({ ...rest, config }));
  }
  return outcomes;
}
