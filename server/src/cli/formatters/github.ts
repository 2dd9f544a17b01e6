import * as path from 'node:path';
import type { Severity } from '../../engine/rule';
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
export const githubFormatter: Formatter = (results, { locale, cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath).split(path.sep).join('/') : r.filePath;
    for (const f of r.findings) {
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
  return lines.length ? lines.join('\n') + '\n' : '';
};
