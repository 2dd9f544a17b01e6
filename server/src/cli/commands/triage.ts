/**
 * `fzlint triage <folder>…`: the batch triage of received reports (engine/triage). Each report is
 * read and linted with its own configuration, as a folder run would; a file that cannot be read is
 * one line on stderr (exit 2 at the end) and the batch goes on. Exit 0 otherwise: the triage reports,
 * it does not fail a build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileAccessError, fileProblemMessage, readRegularFile, writeFileSafely } from '../../engine/io/safe-file';
import { Project } from '../../engine/project';
import type { Locale } from '../../engine/rule';
import { triage, type ReportFacts } from '../../engine/triage';
import type { FileTask } from '../batch/process-file';
import { runBatch } from '../batch/run-batch';
import { expandTargets, safeToWrite } from '../files';
import { terminalSafeLine } from '../formatters/terminal-safe';
import { decodeInput } from '../read-input';
import type { SkippedFile } from '../skipped';
import { formatTriageCsv } from '../triage/format-csv';
import { formatTriageHtml } from '../triage/format-html';
import { formatTriageJson } from '../triage/format-json';
import { formatTriageStylish } from '../triage/format-stylish';
import { t, type CommandIo } from './io';

const FORMATS = ['stylish', 'html', 'csv', 'json'] as const;
type TriageFormat = (typeof FORMATS)[number];

interface TriageArgs {
  help?: boolean;
  targets: string[];
  expect?: string;
  format: TriageFormat;
  output?: string;
  threshold?: number;
  /** Threads that read and lint, as --workers of a folder run (undefined: automatic). */
  workers?: number;
}

class TriageUsage extends Error {}

const USAGE = {
  'zh-CN': `用法：fzlint triage <文件夹|文件…> [--expect 名单.txt] [--format stylish|html|csv|json] [-o 文件] [--similarity 0.8] [--workers 数|auto]

收到的一批报告分拣：未报送和重复报送（对照 --expect 名单，每行一个单位）、逾期的成文日期、不同单位之间
（及与本单位上一年度报告之间）雷同的段落、与同批相差很大的比率，以及每份报告一行的汇总表。详见 docs/triage.md。
退出码：0 完成；2 用法错误、名单读不了或有文件读不了（其余文件照常分拣）。
`,
  en: `Usage: fzlint triage <folder|file…> [--expect issuers.txt] [--format stylish|html|csv|json] [-o FILE] [--similarity 0.8] [--workers n|auto]

Triage a batch of received reports: not submitted or submitted twice (against the --expect list, one issuer a
line), dates after the deadline, paragraphs shared between issuers (or with last year's report), rates far from
the batch, and one row per report. See docs/triage.md.
Exit codes: 0 done; 2 usage error, unreadable list, or a file that cannot be read (the rest is still triaged).
`,
} as const;

function valueOf(args: readonly string[], i: number, flag: string, locale: Locale): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('-')) throw new TriageUsage(t(locale, `${flag} 需要一个值`, `${flag} needs a value`));
  return v;
}

function parseArgs(args: readonly string[], locale: Locale): TriageArgs {
  const out: TriageArgs = { targets: [], format: 'stylish' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const take = () => inline ?? valueOf(args, i++, flag, locale);
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--expect') out.expect = take();
    else if (flag === '--format' || flag === '-f') {
      const f = take();
      if (!(FORMATS as readonly string[]).includes(f))
        throw new TriageUsage(
          t(locale, `未知的分拣输出格式“${f}”（可用：${FORMATS.join('、')}）`, `unknown triage format "${f}" (available: ${FORMATS.join(', ')})`),
        );
      out.format = f as TriageFormat;
    } else if (flag === '-o' || flag === '--output-file') out.output = take();
    else if (flag === '--similarity') {
      const v = Number(take());
      if (!(v > 0 && v <= 1))
        throw new TriageUsage(t(locale, '--similarity 应为 0 到 1 之间的数（如 0.8）', '--similarity takes a number in (0, 1], e.g. 0.8'));
      out.threshold = v;
    } else if (flag === '--workers') {
      const v = take();
      const n = Number(v);
      if (v !== 'auto' && !(Number.isInteger(n) && n >= 0))
        throw new TriageUsage(t(locale, '--workers 应为非负整数或 auto', '--workers takes a whole number or auto'));
      out.workers = v === 'auto' ? undefined : n;
    } else if (a.startsWith('-') && a !== '-') throw new TriageUsage(t(locale, `未知的选项 ${a}`, `unknown option ${a}`));
    else out.targets.push(a);
  }
  if (out.targets.length === 0 && !out.help) throw new TriageUsage(t(locale, '请指定要分拣的文件夹', 'give the folder to triage'));
  return out;
}

/** The expected issuers (UTF-8 or GB18030/GBK, as reports are read): one name a line; blank lines and lines starting with # are ignored. */
function readExpected(file: string, locale: Locale): string[] {
  const { bytes } = readRegularFile(file, 1024 * 1024);
  const { text } = decodeInput(bytes, file, locale);
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export async function runTriage(args: readonly string[], io: CommandIo, locale: Locale): Promise<number> {
  let options: TriageArgs;
  try {
    options = parseArgs(args, locale);
  } catch (error) {
    if (!(error instanceof TriageUsage)) throw error;
    io.stderr(`fzlint triage: ${error.message}\n${t(locale, '用 fzlint triage --help 查看用法。', 'Run fzlint triage --help for usage.')}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE[locale]);
    return 0;
  }
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    io.stderr(`fzlint: ${terminalSafeLine(message)}\n`);
  };
  let expected: string[] | undefined;
  if (options.expect) {
    const file = path.resolve(io.cwd, options.expect);
    try {
      expected = readExpected(file, locale);
    } catch (error) {
      const detail = error instanceof FileAccessError ? fileProblemMessage(error, locale) : (error as Error).message;
      io.stderr(`fzlint: ${terminalSafeLine(t(locale, `无法读取应报送名单：${detail}`, `cannot read the expected-issuer list: ${detail}`))}\n`);
      return 2;
    }
  }
  const { files, problems, found, skipped: notLintable } = expandTargets(options.targets, io.cwd, { followSymlinks: false });
  for (const p of problems) {
    if (p.reason === 'missing') fail(t(locale, `${p.target}：文件或目录不存在。`, `${p.target}: no such file or directory.`));
    else if (p.reason === 'not-regular') fail(t(locale, `${p.target}：不是普通文件，未读取。`, `${p.target}: not a regular file; not read.`));
    else fail(t(locale, `${p.target}：没有可检查的文件。`, `${p.target}: holds or matches no files.`));
  }
  const skipped: SkippedFile[] = [...notLintable];
  const output = options.output ? path.resolve(io.cwd, options.output) : undefined;
  if (output && files.some((f) => path.resolve(f) === output)) {
    io.stderr(`fzlint: ${terminalSafeLine(t(locale, `${output}：输出文件不能是输入文件。`, `${output}: the output file may not be an input.`))}\n`);
    return 2;
  }
  const project = new Project();
  const shown = (f: string) => path.relative(io.cwd, f) || f;
  const tasks: FileTask[] = [];
  for (const file of [...files].sort()) {
    const fc = project.resolve(file, { shell: { locale } });
    if (fc.ignored) skipped.push({ filePath: file, reason: 'ignored' });
    else
      tasks.push({
        file,
        config: fc.config,
        codeRules: fc.codeRules.length ? fc.codeRules : undefined,
        fix: false,
        fixDryRun: false,
        found: found.has(file) || undefined,
        facts: { name: shown(file) },
      });
  }
  // Read and lint on the batch's worker threads (as a folder run does); the triage itself runs here.
  const outcomes = await runBatch(tasks, { workers: options.workers });
  const reports: ReportFacts[] = [];
  for (const o of outcomes) {
    for (const e of o.errors) fail(e);
    if (o.skipped) skipped.push(o.skipped);
    if (o.result?.facts) reports.push(o.result.facts);
  }
  // A broken config or pack file: said (the reports were checked with the rest of the configuration).
  for (const r of project.problemReports(locale)) for (const f of r.findings) fail(`${r.file}:${f.line}:${f.column}: ${f.messages[locale]}`);
  const result = triage(reports, { expected, similarity: options.threshold !== undefined ? { threshold: options.threshold } : undefined });
  const skippedShown = skipped.map((s) => ({ ...s, filePath: shown(s.filePath) })).sort((a, b) => a.filePath.localeCompare(b.filePath));
  const text =
    options.format === 'html'
      ? formatTriageHtml(result, locale, skippedShown)
      : options.format === 'csv'
        ? formatTriageCsv(result, locale)
        : options.format === 'json'
          ? formatTriageJson(result, locale, skippedShown)
          : formatTriageStylish(result, locale);
  if (!output) {
    io.stdout(text);
    return failed ? 2 : 0;
  }
  try {
    fs.mkdirSync(path.dirname(output), { recursive: true });
    if (!safeToWrite(path.dirname(output), path.dirname(output))) throw new FileAccessError('symlink', path.dirname(output));
    writeFileSafely(output, text);
  } catch (error) {
    const detail = error instanceof FileAccessError ? fileProblemMessage(error, locale, 'write') : `${output}: ${(error as Error).message}`;
    io.stderr(`fzlint: ${terminalSafeLine(t(locale, `无法写入输出文件：${detail}`, `cannot write the output file: ${detail}`))}\n`);
    return 2;
  }
  return failed ? 2 : 0;
}
