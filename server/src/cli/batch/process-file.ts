import type { LintConfig } from '../../engine/config';
import type { CodeRuleRef } from '../../engine/config/types';
import type { Finding } from '../../engine/finding';
import { coverageOf, detectDocument, fixWith, isCheckedKind, languageForPath, lintWith, parseText, type LintPlan } from '../../engine/project';
import type { ReportDocument } from '../../engine/document/report-document';
import { loadBuiltinPack } from '../../engine/pack/builtin-pack';
import { reportFacts } from '../../engine/triage';
import * as path from 'node:path';
import { FileAccessError, fileProblemMessage, writeFileSafely } from '../../engine/io/safe-file';
import { safeToWrite } from '../files';
import { EncodeError, encodeText } from '../inputs/encoding';
import { InputError, readInput, type DecodedInput } from '../read-input';
import { allBuiltinRules } from '../../engine/lint';
import { countFindings, packRuleTexts, type FileResult } from '../result';
import type { SkippedFile } from '../skipped';
import type { PreviousLink } from '../../engine/project';
import { previousLinkFor } from './previous-link';

/** One file to check; plain data, so it can go to a worker thread. */
export interface FileTask {
  file: string;
  config: LintConfig;
  fix: boolean;
  fixDryRun: boolean;
  /**
   * Found by walking a folder or matching a glob (not named one by one): a binary file is listed as
   * skipped, not an error; and unless `anyKind`, so is a file that holds no official document.
   */
  found?: boolean;
  /** --all-files: lint a found file whatever the detector makes of it. */
  anyKind?: boolean;
  /** The target this file came from (files.ts Expanded.roots); --fix writes through no symbolic link below it. */
  root?: string;
  /** Code rules to run (the user opted in with --allow-code-rules); loaded in this thread. */
  codeRules?: CodeRuleRef[];
  /** --fix-read-only: --fix may replace files marked read-only. */
  fixReadOnly?: boolean;
  /** The cached findings for this file's content, if the cache has them (never with --fix). */
  cached?: { hash: string; findings: Finding[] };
  /** --previous FILE|auto (with --archive folders): last year's report for the cross-year rules. */
  previous?: { previous: string; archives?: string[] };
  /** fzlint triage: also read the facts the batch triage needs, naming the report `name` (never with --fix or the cache). */
  facts?: { name: string };
}

export interface FileOutcome {
  result?: FileResult;
  /** Problems to print on stderr; they make the exit code 2. */
  errors: string[];
  /** Not linted (folder or glob run): why. Every formatter lists it. */
  skipped?: SkippedFile;
  /** SHA-256 of the file's bytes, for the cache. */
  hash?: string;
}

let builtinIds: Set<string> | undefined;
/** The pack rules of these findings, explained in the HTML report (FileResult.packRules). */
function withPackRules(result: FileResult, config: LintConfig): FileResult {
  builtinIds ??= new Set(allBuiltinRules().map((r) => r.meta.id));
  const packRules = packRuleTexts(result.findings, config, builtinIds);
  return packRules ? { ...result, packRules } : result;
}

/** The report's indicator coverage (FileResult.coverage), when some system applies to it. */
function withCoverage(result: FileResult, doc: ReportDocument | undefined, plan: LintPlan): FileResult {
  const coverage = doc ? coverageOf(doc, plan) : [];
  return coverage.length ? { ...result, coverage } : result;
}

export function lintOne(
  text: string,
  filePath: string | undefined,
  config: LintConfig,
  fix: boolean,
  codeRules?: readonly CodeRuleRef[],
  previous?: PreviousLink,
): FileResult {
  // Load problems were reported when the configuration was read (engine/project); only valid rules run.
  const plan: LintPlan = { config, codeRules, filePath, previous };
  if (fix) {
    const result = fixWith(text, plan);
    const fixed = withPackRules(
      {
        filePath: filePath ?? '<text>',
        findings: result.remaining,
        source: text,
        output: result.output !== text ? result.output : undefined,
        kind: result.doc?.kind,
      },
      config,
    );
    return withCoverage(fixed, result.doc, plan);
  }
  const result = lintWith(text, plan);
  return withCoverage(
    withPackRules({ filePath: filePath ?? '<text>', findings: result.findings, source: text, kind: result.doc.kind }, config),
    result.doc,
    plan,
  );
}

/**
 * Read, lint and (with --fix) write back one file. Never throws: a read, decode, lint or write
 * problem is this file's error (exit 2 at the end), and the batch goes on with the next file.
 */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  try {
    return await processFileUnguarded(task);
  } catch (error) {
    const zh = task.config.locale === 'zh-CN';
    const message = error instanceof Error ? error.message : String(error);
    return { errors: [zh ? `${task.file}：检查时出错（${message}），已跳过此文件。` : `${task.file}: error while checking (${message}); file skipped.`] };
  }
}

/** What a PDF input adds to its result: the page/line map and the note that its layout can hide defects. */
function inputExtras(input: DecodedInput): Pick<FileResult, 'pdf' | 'notes'> {
  if (!input.pdf) return {};
  return {
    pdf: input.pdf,
    notes: [
      {
        'zh-CN': '提示：这是 PDF 文件，版式会掩盖部分问题（如格式、换行、空格），检查结果以 Word 原件为准；如有 Word 原件请优先检查原件。',
        en: 'Note: this is a PDF; its layout can hide some defects (formatting, line breaks, spaces). Check the Word original when you have it.',
      },
    ],
  };
}

async function processFileUnguarded(task: FileTask): Promise<FileOutcome> {
  const { file, config } = task;
  const zh = config.locale === 'zh-CN';
  let input;
  try {
    input = await readInput(file, config.locale);
  } catch (error) {
    // A binary file found by a folder walk is not a document: listed as skipped, not an error.
    if (error instanceof InputError && error.binary && task.found) return { errors: [], skipped: { filePath: file, reason: 'binary' } };
    if (error instanceof InputError) return { errors: [error.message] };
    if ((error as NodeJS.ErrnoException).code) return { errors: [`${file}: ${(error as Error).message}`] };
    throw error;
  }
  // The same detector as the engine's parser (ReportDocument.kind), on the same masked text.
  const kind = detectDocument(input.text, languageForPath(file)).kind;
  if (task.found && !task.anyKind && !isCheckedKind(kind)) return { errors: [], skipped: { filePath: file, reason: 'not-a-document' } };
  const hash = input.hash;
  // Last year's report (--previous): read before the lint; cross-year findings are never cached.
  let previous: PreviousLink | undefined;
  if (task.previous && kind === 'annual-report') {
    try {
      previous = await previousLinkFor(file, parseText(input.text, { config, filePath: file }), task.previous, config);
    } catch (error) {
      if (error instanceof InputError) return { errors: [error.message] };
      throw error;
    }
  }
  if (task.facts) {
    const { findings, doc } = lintWith(input.text, { config, codeRules: task.codeRules, filePath: file });
    const c = countFindings(findings);
    const sections = (config.data ?? loadBuiltinPack().data).sections;
    const facts = reportFacts(
      task.facts.name,
      doc,
      { errors: c.errors, warnings: c.warnings, infos: c.infos },
      sections,
      config.ruleOptions['submission-deadline'] ?? {},
    );
    return { result: { filePath: file, findings, source: input.text, encoding: input.encoding, kind, facts }, errors: [], hash };
  }
  if (task.cached && !previous && hash && task.cached.hash === hash && !task.fix && !task.fixDryRun) {
    // The cache holds findings only: the coverage map of an annual report comes from a parse (no lint).
    const plan: LintPlan = { config, codeRules: task.codeRules, filePath: file };
    const cached = withPackRules(
      { filePath: file, findings: task.cached.findings, source: input.text, encoding: input.encoding, kind, ...inputExtras(input) },
      config,
    );
    return { result: kind === 'annual-report' ? withCoverage(cached, parseText(input.text, plan), plan) : cached, errors: [], hash };
  }
  const wantsFix = task.fix || task.fixDryRun;
  const result: FileResult = { ...lintOne(input.text, file, config, wantsFix, task.codeRules, previous), encoding: input.encoding, ...inputExtras(input) };
  const errors: string[] = [];
  if (task.fix && result.output !== undefined) {
    const refuse = (message: string) => {
      errors.push(message);
      // nothing was written: show the findings of the file as it is
      Object.assign(result, lintOne(input.text, file, config, false, task.codeRules, previous), { output: undefined });
    };
    if (input.document) {
      const ext = path.extname(file) || `.${input.document}`;
      const kind = input.document === 'pdf' ? 'PDF' : input.document === 'odt' || input.document === 'fodt' ? 'OpenDocument' : 'Word';
      const where = input.document === 'pdf' ? (zh ? 'Word 原件' : 'the Word original') : zh ? '原文档' : 'the document';
      refuse(
        zh
          ? `${file}：${kind} 文件只读，--fix 不改写 ${ext}；请按下列问题在${where}中修改，或另存为 .txt 后再用 --fix。`
          : `${file}: ${kind} files are read-only; --fix does not rewrite ${ext}. Correct the findings below in ${where}, or save as .txt and use --fix there.`,
      );
    } else if (!safeToWrite(file, task.root ?? path.dirname(file))) {
      refuse(
        zh
          ? `${file}：是符号链接，或位于所检查目录中的符号链接文件夹内；--fix 不通过符号链接写入，未修改此文件。请直接对链接指向的文件运行 fzlint --fix。`
          : `${file}: a symbolic link, or inside a linked folder below the target; --fix never writes through symbolic links, so this file was not changed. Run fzlint --fix on the file the link points to.`,
      );
    } else {
      try {
        writeFileSafely(file, encodeText(result.output, input.encoding, input.hadBom), { expect: input.stamp, allowReadOnly: task.fixReadOnly });
        result.output = undefined;
      } catch (error) {
        if (error instanceof FileAccessError) {
          refuse(fileProblemMessage(error, config.locale, 'write'));
          return { result, errors, hash };
        }
        if (!(error instanceof EncodeError)) throw error;
        refuse(
          zh
            ? `${file}：修复后的文本含有 ${input.encoding.toUpperCase()} 无法表示的字符“${error.char}”，未写回（文件保持原样）。`
            : `${file}: the fixed text has a character ${input.encoding.toUpperCase()} cannot represent ("${error.char}"); not written (the file is unchanged).`,
        );
      }
    }
  }
  return { result, errors, hash };
}
