import * as path from 'node:path';
import type { Severity } from '../../engine/rule';
import { countedFindings } from '../result';
import { skipMessage } from '../skipped';
import type { Formatter } from './types';
import { terminalSafe } from './terminal-safe';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a workflow command's message (data): %, CR, LF; other control characters shown as \u{…}. */
export function escapeData(s: string): string {
  return terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escape a workflow command's property value: as data, plus : and ,. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per
 * finding, which the runner turns into annotations on the changed files.
 */
export const githubFormatter: Formatter = (results, { locale, cwd, skipped }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath).split(path.sep).join('/') : r.filePath;
    for (const f of countedFindings(r)) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(`${f.messages[locale]} (${f.ruleId})`)}`);
    }
  }
  for (const s of skipped ?? []) {
    const file = path.isAbsolute(s.filePath) ? path.relative(cwd, s.filePath).split(path.sep).join('/') : s.filePath;
    const what = locale === 'zh-CN' ? `fzlint 未检查此文件：${skipMessage(s, locale)}` : `fzlint did not check this file: ${skipMessage(s, locale)}`;
    lines.push(`::notice file=${escapeProperty(file)},title=${escapeProperty('fzlint')}::${escapeData(what)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
