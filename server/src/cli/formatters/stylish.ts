import * as path from 'node:path';
import { createColors } from 'picocolors';
import type { Locale, Severity } from '../../engine/rule';
import { countedFindings, countFindings, isSuppressed, suppressedCounts, sumCounts, type FileResult } from '../result';
import { KIND_LABEL, skipMessage, type SkippedFile } from '../skipped';
import { MAX_SHOWN, type Formatter } from './types';
import { terminalSafeLine } from './terminal-safe';
import { pdfPosition, type PdfSegment } from '../inputs/pdf-layout';

const LABEL: Record<'zh-CN' | 'en', Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

/** Human-readable output grouped by file; Chinese by default. */
/** More info findings of one rule than this in one file are shown by example. */
const INFO_LIMIT = 10;
const INFO_SHOWN = 5;

export const stylishFormatter: Formatter = (results, { locale, color, cwd, showAllInfo, skipped }) => {
  const c = createColors(color);
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  for (const r of results) {
    // Dismissed findings and those in the baseline are not listed: one line below says how many.
    if (countedFindings(r).length === 0 && !r.notes?.length) continue;
    lines.push(c.underline(terminalSafeLine(path.relative(cwd, r.filePath) || r.filePath)));
    for (const note of r.notes ?? []) lines.push(`  ${c.dim(terminalSafeLine(note[locale]))}`);
    // A PDF's findings are shown where the reader sees them: page and line on the page.
    const pos = r.findings.map((f) => (r.pdf ? (pdfLabel(r.pdf, f.line, f.column, locale) ?? `${f.line}:${f.column}`) : `${f.line}:${f.column}`));
    // Loops, not Math.max(...array): spreading 120,000 values overflows the stack.
    let posWidth = 0;
    for (const p of pos) posWidth = Math.max(posWidth, p.length);
    let labelWidth = 0;
    for (const f of r.findings) labelWidth = Math.max(labelWidth, width(LABEL[locale][f.severity]));
    let shown = 0;
    let hidden = 0;
    // Info findings that a published (scraped) copy produces by the hundred are shown by example:
    // the first few of each rule, then one line that says how many more there are.
    const infoSeen = new Map<string, number>();
    const infoTotal = new Map<string, number>();
    for (const f of countedFindings(r)) if (f.severity === 'info') infoTotal.set(f.ruleId, (infoTotal.get(f.ruleId) ?? 0) + 1);
    r.findings.forEach((f, i) => {
      if (isSuppressed(r.review?.[i])) return;
      if (f.severity === 'info' && !showAllInfo && (infoTotal.get(f.ruleId) ?? 0) > INFO_LIMIT) {
        const seen = (infoSeen.get(f.ruleId) ?? 0) + 1;
        infoSeen.set(f.ruleId, seen);
        if (seen > INFO_SHOWN) return;
      }
      if (shown >= MAX_SHOWN) {
        hidden++;
        return;
      }
      shown++;
      const label = pad(LABEL[locale][f.severity], labelWidth);
      const painted = f.severity === 'error' ? c.red(label) : f.severity === 'warning' ? c.yellow(label) : c.blue(label);
      const fresh = r.review?.[i]?.new ? `${c.bold(zh ? '新' : 'new')} ` : '';
      lines.push(`  ${c.dim(pad(pos[i], posWidth))}  ${painted}  ${fresh}${terminalSafeLine(f.messages[locale])}  ${c.dim(terminalSafeLine(f.ruleId))}`);
    });
    if (hidden > 0) {
      lines.push(
        c.dim(
          zh
            ? `  …… 另有 ${hidden} 个问题未列出（已计入下方总数），用 --format json 查看全部`
            : `  … ${hidden} more not shown (counted in the total below); use --format json to see all`,
        ),
      );
    }
    for (const [ruleId, n] of infoTotal) {
      if (n <= INFO_LIMIT || showAllInfo) continue;
      lines.push(
        c.dim(
          zh
            ? `  …… 另有 ${n - INFO_SHOWN} 条同类提示（${ruleId}），用 --format json 或 FZLINT_ALL_INFO=1 查看全部`
            : `  … ${n - INFO_SHOWN} more info findings of ${ruleId}; use --format json or FZLINT_ALL_INFO=1 to see all`,
        ),
      );
    }
    lines.push('');
  }
  lines.push(...skippedLines(skipped ?? [], locale, cwd, c.dim));
  const total = sumCounts(results.map((r) => countFindings(countedFindings(r))));
  const problems = total.errors + total.warnings + total.infos;
  if (problems > 0) {
    const summary = zh
      ? `✖ ${problems} 个问题（${total.errors} 个错误，${total.warnings} 个警告，${total.infos} 个提示）`
      : `✖ ${problems} problem${problems === 1 ? '' : 's'} (${total.errors} error${total.errors === 1 ? '' : 's'}, ${total.warnings} warning${total.warnings === 1 ? '' : 's'}, ${total.infos} info)`;
    lines.push(total.errors > 0 ? c.red(c.bold(summary)) : total.warnings > 0 ? c.yellow(c.bold(summary)) : c.bold(summary));
    const fixable = total.fixableErrors + total.fixableWarnings + total.fixableInfos;
    if (fixable > 0) {
      lines.push(zh ? `  其中 ${fixable} 个可用 --fix 自动修复。` : `  ${fixable} of them can be fixed with the --fix option.`);
    }
  }
  const quiet = suppressedCounts(results);
  if (quiet.dismissed || quiet.baseline) {
    const parts = zh
      ? [quiet.dismissed ? `${quiet.dismissed} 个已排除（核查记录）` : '', quiet.baseline ? `${quiet.baseline} 个已在基线中` : '']
      : [quiet.dismissed ? `${quiet.dismissed} dismissed (verdict ledger)` : '', quiet.baseline ? `${quiet.baseline} in the baseline` : ''];
    const list = parts.filter(Boolean).join(zh ? '，' : ', ');
    lines.push(c.dim(zh ? `  另有 ${list}，未列出也不计入。` : `  Also ${list}: not listed, not counted.`));
  }
  const checked = checkedLine(results, skipped ?? [], locale);
  if (checked) lines.push(problems > 0 ? c.dim(checked) : checked);
  return lines.length ? lines.join('\n') + '\n' : '';
};

function pdfLabel(segments: PdfSegment[][], line: number, column: number, locale: Locale): string | undefined {
  const at = pdfPosition(segments, line, column);
  if (!at) return undefined;
  return locale === 'zh-CN' ? `第${at.page}页第${at.line}行` : `p.${at.page} l.${at.line}`;
}

/** How many files were checked, of which kinds, and how many were not: 检查了 12 个文件（…），未检查 3 个。 */
export function checkedLine(results: FileResult[], skipped: SkippedFile[], locale: Locale): string {
  const linted = results.filter((r) => r.kind !== undefined);
  if (linted.length === 0 && skipped.length === 0) return '';
  const zh = locale === 'zh-CN';
  const byKind = (['annual-report', 'official-document', 'other'] as const)
    .map((k) => [k, linted.filter((r) => r.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => (zh ? `${KIND_LABEL[k][locale]} ${n} 份` : `${n} ${KIND_LABEL[k][locale]}${n === 1 ? '' : 's'}`));
  const clean = linted.length > 0 && results.every((r) => countedFindings(r).length === 0);
  const head = zh
    ? `${clean ? '✔ ' : ''}检查了 ${linted.length} 个文件${byKind.length ? `（${byKind.join('，')}）` : ''}${clean ? '，未发现问题' : ''}`
    : `${clean ? '✔ ' : ''}Checked ${linted.length} file${linted.length === 1 ? '' : 's'}${byKind.length ? ` (${byKind.join(', ')})` : ''}${clean ? ', no problems found' : ''}`;
  const tail = skipped.length
    ? zh
      ? `；未检查 ${skipped.length} 个文件（原因见上）`
      : `; ${skipped.length} file${skipped.length === 1 ? '' : 's'} not checked (reasons above)`
    : '';
  return `${head}${tail}${zh ? '。' : '.'}`;
}

/** More files of one reason than this are shown by example. */
const SKIPPED_SHOWN = 20;

function skippedLines(skipped: SkippedFile[], locale: Locale, cwd: string, dim: (s: string) => string): string[] {
  if (skipped.length === 0) return [];
  const zh = locale === 'zh-CN';
  const out = [zh ? `未检查的文件（${skipped.length} 个）：` : `Files not checked (${skipped.length}):`];
  const byReason = new Map<string, SkippedFile[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
  for (const group of byReason.values()) {
    for (const s of group.slice(0, SKIPPED_SHOWN)) {
      out.push(`  ${terminalSafeLine(path.relative(cwd, s.filePath) || s.filePath)}  ${dim(skipMessage(s, locale))}`);
    }
    if (group.length > SKIPPED_SHOWN) {
      const n = group.length - SKIPPED_SHOWN;
      out.push(dim(zh ? `  …… 另有 ${n} 个同样原因的文件（用 --format json 查看全部）` : `  … ${n} more for the same reason (use --format json to see all)`));
    }
  }
  out.push('');
  return out;
}
