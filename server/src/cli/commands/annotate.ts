/**
 * `fzlint annotate <files|folders> -o DIR` (the same as `fzlint --format docx -o DIR …`): for each
 * Word report, a reviewed copy DIR/<name>.docx with every finding as a comment and the certain fixes
 * as tracked changes. Reports are linted exactly as a normal run lints them (the same configuration
 * per file, the same fix-all). Inputs are never written; each file's problem is one line on stderr
 * (exit 2) and the other files go on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliOptions } from '../args';
import { lintOne } from '../batch/process-file';
import { expandTargets, safeToWrite, targetProblemMessage } from '../files';
import { isWithin } from '../../engine/paths';
import { terminalSafeLine } from '../formatters/terminal-safe';
import { isDocxPath, readDocx } from '../inputs/docx';
import { InputError, readFileBytes, readInputFile } from '../read-input';
import { FileAccessError, fileProblemMessage, writeFileSafely } from '../../engine/io/safe-file';
import { detectDocument, isCheckedKind, languageForPath, type FileConfig, type Project } from '../../engine/project';
import type { Locale } from '../../engine/rule';
import { docxFromText } from '../annotate/text-docx';
import { annotatePackage } from '../annotate/write-annotated';
import { t, type CommandIo } from './io';

/** `fzlint annotate …` as first arguments (and no file of that name here): the arguments for `--format docx`. */
export function annotateArgv(argv: readonly string[], cwd: string): string[] | undefined {
  if (argv[0] !== 'annotate' || fs.existsSync(path.resolve(cwd, 'annotate'))) return undefined;
  return ['--format', 'docx', ...argv.slice(1)];
}

/** w:date for the run: SOURCE_DATE_EPOCH when set (reproducible copies), otherwise now; whole seconds. */
function runDate(env: NodeJS.ProcessEnv): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

/** A .docx that is an OLE compound file: encrypted by Word (or a .doc renamed). */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** One file's problem: its one line on stderr. */
class AnnotateProblem extends Error {}

export async function runAnnotate(options: CliOptions, configFor: (file: string) => FileConfig, project: Project, io: CommandIo): Promise<number> {
  const locale: Locale = options.locale;
  const zh = locale === 'zh-CN';
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    io.stderr(`fzlint: ${terminalSafeLine(message)}\n`);
  };
  if (!options.outputFile) {
    fail(
      t(
        locale,
        '--format docx（fzlint annotate）需要用 -o <目录> 指定批注副本的输出目录。',
        '--format docx (fzlint annotate) needs -o <folder>: where the annotated copies go.',
      ),
    );
    return 2;
  }
  if (options.stdin || options.fix) {
    fail(t(locale, '--format docx 不能与 --stdin 或 --fix 同用。', '--format docx cannot be combined with --stdin or --fix.'));
    return 2;
  }
  if (options.targets.length === 0) {
    fail(t(locale, '请指定要批注的 Word 文件或目录。', 'give the Word files or folders to annotate.'));
    return 2;
  }
  const outDir = path.resolve(io.cwd, options.outputFile);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
    fail(
      t(
        locale,
        `${options.outputFile}：不是目录；-o 应指定审阅副本的输出目录。`,
        `${options.outputFile}: not a folder; -o names the folder for the reviewed copies.`,
      ),
    );
    return 2;
  }
  const expanded = expandTargets(options.targets, io.cwd, { followSymlinks: options.followSymlinks });
  const { problems, found } = expanded;
  // Copies written by an earlier run into a folder being walked are not annotated again.
  const files = expanded.files.filter((f) => !(found.has(f) && isWithin(outDir, f)));
  for (const p of problems) fail(targetProblemMessage(p, locale));
  const inputs = new Set(files.map(realOrResolved));
  const written = new Map<string, string>();
  const date = runDate(io.env);

  for (const file of files) {
    const display = path.relative(io.cwd, file) || file;
    const docx = isDocxPath(file);
    if (!docx && !options.docxFromText) {
      if (!found.has(file))
        fail(
          zh
            ? `${display}：不是 Word（.docx）文件，未批注；加 --docx-from-text 可把文本转成带批注的 Word 文件。`
            : `${display}: not a Word (.docx) file, not annotated; --docx-from-text writes an annotated Word file of its text.`,
        );
      continue;
    }
    const fc = configFor(file);
    if (fc.ignored) continue;
    const target = path.join(outDir, `${path.basename(file).replace(/\.[^.]*$/, '')}.docx`);
    try {
      if (inputs.has(realOrResolved(target))) {
        throw new AnnotateProblem(
          zh
            ? `${display}：输出文件 ${path.relative(io.cwd, target) || target} 是输入文件之一，不覆盖输入；请用 -o 指定另一个目录。`
            : `${display}: the output ${path.relative(io.cwd, target) || target} is one of the inputs, which are never overwritten; give another folder with -o.`,
        );
      }
      const earlier = written.get(target);
      if (earlier) {
        throw new AnnotateProblem(
          zh
            ? `${display}：与 ${earlier} 同名，输出文件 ${target} 已被它占用，未批注。`
            : `${display}: same name as ${earlier}; the output ${target} is taken by it; not annotated.`,
        );
      }
      let bytes: Uint8Array;
      let text: string;
      try {
        if (docx) {
          bytes = Buffer.from(readFileBytes(file, locale).bytes);
          if (isCompoundFile(bytes))
            throw new AnnotateProblem(
              zh
                ? `${display}：不是 .docx 压缩包（是加密的 Word 文件，或改了扩展名的旧版 .doc），未批注。请去掉密码或另存为 .docx。`
                : `${display}: not a .docx package (an encrypted Word file, or an old .doc renamed); not annotated. Remove the password or save as .docx.`,
            );
        } else bytes = await docxFromText(readInputFile(file, locale).text);
        text = (await readDocx(bytes)).text;
      } catch (error) {
        if (error instanceof AnnotateProblem || error instanceof InputError) throw error;
        throw new AnnotateProblem(
          zh
            ? `${display}：无法读取 Word 文件（${(error as Error).message}），未批注。`
            : `${display}: cannot read the Word file (${(error as Error).message}); not annotated.`,
        );
      }
      if (found.has(file) && !options.allFiles && !isCheckedKind(detectDocument(text, languageForPath(file)).kind)) continue;
      const codeRules = fc.codeRules.length ? fc.codeRules : undefined;
      let findings = lintOne(text, file, fc.config, false, codeRules).findings;
      if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
      const fixed = options.trackChanges ? (lintOne(text, file, fc.config, true, codeRules).output ?? text) : undefined;
      let outcome;
      try {
        outcome = await annotatePackage({ bytes, text, findings, fixed, locale, date });
      } catch (error) {
        throw new AnnotateProblem(
          zh
            ? `${display}：无法写入批注（${(error as Error).message}），未批注。`
            : `${display}: cannot annotate (${(error as Error).message}); not annotated.`,
        );
      }
      fs.mkdirSync(outDir, { recursive: true });
      // No folder from the working folder (or the output's parent) down to the output may be a link.
      if (!safeToWrite(outDir, isWithin(io.cwd, outDir) ? io.cwd : path.dirname(outDir))) throw new FileAccessError('symlink', outDir);
      writeFileSafely(target, outcome.bytes);
      written.set(target, display);
      const shown = path.relative(io.cwd, target) || target;
      // File names are shown escaped: no control or bidi character reaches the terminal raw.
      io.stdout(
        `${terminalSafeLine(
          zh
            ? `${display} → ${shown}：${outcome.comments} 条批注，${outcome.changes} 处修订`
            : `${display} → ${shown}: ${outcome.comments} comment(s), ${outcome.changes} tracked change(s)`,
        )}\n`,
      );
      if (outcome.fixesNotTracked)
        io.stderr(
          `fzlint: ${terminalSafeLine(zh ? `${display}：部分修复改动了段落结构或无法对应到文档，只写在批注中，未作为修订。` : `${display}: some fixes change paragraphs or could not be placed; they are in the comments only, not tracked changes.`)}\n`,
        );
      if (outcome.approximateParagraphs > 0)
        io.stderr(
          `fzlint: ${terminalSafeLine(zh ? `${display}：${outcome.approximateParagraphs} 个段落的结构无法逐字对应，其中的批注放在段落末尾。` : `${display}: ${outcome.approximateParagraphs} paragraph(s) could not be matched character by character; their comments sit at the paragraph's end.`)}\n`,
        );
    } catch (error) {
      if (error instanceof AnnotateProblem || error instanceof InputError) fail(error.message);
      else if (error instanceof FileAccessError) fail(fileProblemMessage(error, locale, 'write'));
      else
        fail(
          zh
            ? `${display}：批注时出错（${(error as Error).message}），已跳过此文件。`
            : `${display}: error while annotating (${(error as Error).message}); file skipped.`,
        );
    }
  }
  // Folders that held nothing to annotate: said once, as a normal run says it.
  if (written.size === 0 && !failed) {
    fail(
      zh
        ? '没有写出审阅副本：所给的文件和目录中没有可批注的 Word 公文（文本报告需加 --docx-from-text；--all-files 不论类型）。'
        : 'no reviewed copy written: the files and folders given hold no Word document to annotate (text reports need --docx-from-text; --all-files takes any kind).',
    );
  }
  const notice = project.codeRulesNotice('cli');
  if (notice) io.stderr(`fzlint: ${notice[locale]}\n`);
  if (project.hasProblems()) {
    for (const r of project.problemReports(locale)) for (const f of r.findings) fail(`${r.file}:${f.line}:${f.column}: ${f.message}`);
  }
  return failed ? 2 : 0;
}
