// Worker-thread entry (bundled to dist/batch-worker.cjs): checks one file per call.
import { processFile, type FileOutcome, type FileTask } from './process-file';

export default function checkFile(task: FileTask): Promise<FileOutcome> {
  return processFile(task);
}
