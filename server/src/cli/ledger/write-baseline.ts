/** `--write-baseline FILE`: this run's findings as a baseline (the ledger format, verdict "baseline"). */
import * as path from 'node:path';
import { FileAccessError, fileProblemMessage } from '../../engine/io/safe-file';
import type { Locale } from '../../engine/rule';
import type { FileResult } from '../result';
import { baselineEntries } from './apply-ledger';
import { today, writeLedger } from '../../engine/io/ledger-file';

/** Write the baseline; returns a one-line problem (the run exits 2) or undefined. Never overwrites an input. */
export function writeBaselineFile(target: string, results: readonly FileResult[], cwd: string, env: NodeJS.ProcessEnv, locale: Locale): string | undefined {
  const zh = locale === 'zh-CN';
  if (results.some((r) => path.resolve(cwd, r.filePath) === target)) {
    return zh ? `${target}：是被检查的文件，不能用作基线文件（不覆盖输入）。` : `${target}: is one of the files checked; not overwritten with the baseline.`;
  }
  const name = (r: FileResult) => (path.isAbsolute(r.filePath) ? path.relative(path.dirname(target), r.filePath).split(path.sep).join('/') : r.filePath);
  try {
    writeLedger(target, { entries: baselineEntries(results, name, today(env)) });
  } catch (error) {
    const detail = error instanceof FileAccessError ? fileProblemMessage(error, locale, 'write') : `${target}: ${(error as Error).message}`;
    return zh ? `无法写入基线文件：${detail}` : `cannot write the baseline: ${detail}`;
  }
  return undefined;
}
