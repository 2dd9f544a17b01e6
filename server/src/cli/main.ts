import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRuleSetting, type LintConfig } from '../engine/config';
import type { SeveritySetting } from '../engine/rule';
import { allBuiltinRules } from '../engine/lint';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { FileAccessError, fileProblemMessage, writeFileSafely } from '../engine/io/safe-file';
import { isWithin } from '../engine/paths';
import { expandTargets, safeToWrite, targetProblemMessage } from './files';
import { formatters } from './formatters';
import { terminalSafeLine } from './formatters/terminal-safe';
import { HELP_EN, HELP_ZH } from './help';
import { decodeInput, InputError, MAX_FILE_BYTES } from './read-input';
import { countedFindings, countFindings, sumCounts, type FileResult } from './result';
import { applyReviews, type ReviewSources } from './ledger/apply-ledger';
import { LedgerError, readLedger } from '../engine/io/ledger-file';
import { writeBaselineFile } from './ledger/write-baseline';
import { cacheKey, configHash, LintCache, resolveCacheLocation } from './batch/cache';
import { lintOne, type FileTask } from './batch/process-file';
import { createProgress } from './batch/progress';
import { runBatch } from './batch/run-batch';
export { batchWorker } from './batch/worker';
import { runSubcommand } from './commands';
import { annotateArgv, runAnnotate } from './commands/annotate';
import type { SkippedFile } from './skipped';
import { Project, type FileConfig, type ResolveRequest } from '../engine/project';
import { bundledDocsBase, rebaseDocsUrl } from '../engine/docs';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read up to `limit` bytes (more: the promise rejects with StdinTooLarge). */
  readStdin: (limit: number) => Promise<Uint8Array>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** A progress bar is drawn on stderr only when it is a terminal. */
  stderrIsTTY?: boolean;
}

/** Standard input went past the size limit. */
export class StdinTooLarge extends Error {}

declare const FZLINT_VERSION: string | undefined;

function version(): string {
  if (typeof FZLINT_VERSION === 'string') return FZLINT_VERSION;
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** Run the CLI; resolves to the exit code (0 clean, 1 lint errors, 2 usage/config/I-O error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // `fzlint annotate …` is `fzlint --format docx …`: annotated Word copies.
  argv = annotateArgv(argv, io.cwd) ?? argv;
  // init, print-config, pack … (only as the first argument, and only when no such file exists).
  const subcommand = runSubcommand(argv, io);
  if (subcommand !== undefined) return subcommand;
  let options: CliOptions;
  const fallbackZh = !/^en/i.test(io.env.FZLINT_LOCALE ?? '');
  try {
    options = parseCliArgs(argv, io.env, io.cwd);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`fzlint: ${error.message}\n${fallbackZh ? '用 fzlint --help 查看用法。' : 'Run fzlint --help for usage.'}\n`);
      return 2;
    }
    throw error;
  }
  const zh = options.locale === 'zh-CN';
  if (options.help) {
    io.stdout(zh ? HELP_ZH : HELP_EN);
    return 0;
  }
  if (options.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const formatter = Object.hasOwn(formatters, options.format) ? formatters[options.format] : undefined;
  if (!formatter && options.format !== 'docx') {
    io.stderr(
      `fzlint: ${zh ? `未知的输出格式“${options.format}”（可用：${Object.keys(formatters).join('、')}、docx）` : `unknown format "${options.format}" (available: ${Object.keys(formatters).join(', ')}, docx)`}\n`,
    );
    return 2;
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const r of options.rules) {
    const parsed = parseRuleSetting(r, allBuiltinRules());
    if ('error' in parsed) {
      io.stderr(`fzlint: ${parsed.error}\n`);
      return 2;
    }
    rules[parsed.id] = parsed.setting;
  }
  const config: LintConfig = { rules, ruleOptions: {}, source: options.source, locale: options.locale };
  // Config files: per report, the nearest one (engine/project); flags win over them.
  const project = new Project();
  if (!argv.some((a) => a === '--locale' || a.startsWith('--locale=')) && !io.env.FZLINT_LOCALE) {
    options.locale = config.locale = project.declaredLocale(io.cwd) ?? options.locale;
  }
  const request: ResolveRequest = {
    shell: { rules: config.rules, ruleOptions: config.ruleOptions, source: options.source !== 'auto' ? options.source : undefined, locale: config.locale },
    codeRules: { allow: options.allowCodeRules, reason: 'cli' },
  };
  const configFor = (file: string): FileConfig => project.resolve(file, request);
  // The ledger and the baseline are read first: a broken one stops the run with one line (exit 2).
  const reviewSources: ReviewSources = {};
  try {
    if (options.ledger) reviewSources.ledger = readLedger(path.resolve(io.cwd, options.ledger), options.locale);
    if (options.baseline) reviewSources.baseline = readLedger(path.resolve(io.cwd, options.baseline), options.locale);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    io.stderr(`fzlint: ${terminalSafeLine(error.message)}\n`);
    return 2;
  }
  if (!formatter) return runAnnotate(options, configFor, project, io);
  const results: FileResult[] = [];
  const skipped: SkippedFile[] = [];
  let ioError = false;
  const fail = (message: string) => {
    ioError = true;
    // File names and bytes from the input are shown escaped: no control or bidi character reaches the terminal raw.
    io.stderr(`fzlint: ${terminalSafeLine(message)}\n`);
  };

  if (options.stdin) {
    try {
      let bytes: Uint8Array;
      try {
        bytes = await io.readStdin(MAX_FILE_BYTES);
      } catch (error) {
        if (!(error instanceof StdinTooLarge)) throw error;
        const limit = MAX_FILE_BYTES / 1048576;
        throw new InputError(zh ? `<stdin>：输入过大，超过 ${limit} MB 上限，未检查。` : `<stdin>: input too large (limit ${limit} MB); not checked.`);
      }
      const input = decodeInput(bytes, options.stdinFilename ?? '<stdin>', options.locale);
      const stdinPath = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
      const fc = configFor(stdinPath);
      results.push({
        ...lintOne(
          input.text,
          options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : undefined,
          fc.ignored ? config : fc.config,
          options.fix || options.fixDryRun,
          fc.codeRules,
        ),
        encoding: input.encoding,
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fail(error.message);
    }
  } else {
    if (options.targets.length === 0) {
      io.stderr(
        `fzlint: ${zh ? '请指定要检查的文件或目录，或用 --stdin。用 fzlint --help 查看用法。' : 'give files or directories to check, or --stdin. Run fzlint --help for usage.'}\n`,
      );
      return 2;
    }
    const { files, problems, found, skipped: notLintable, roots } = expandTargets(options.targets, io.cwd, { followSymlinks: options.followSymlinks });
    for (const p of problems) fail(targetProblemMessage(p, options.locale));
    skipped.push(...notLintable);
    // Files the configuration ignores are listed as skipped too, never dropped without a word.
    const lintable = files.filter((f) => {
      if (!configFor(f).ignored) return true;
      skipped.push({ filePath: f, reason: 'ignored' });
      return false;
    });
    const { results: batchResults, skipped: notDocuments, failed } = await checkFiles(lintable, configFor, options, io, found, roots);
    results.push(...batchResults);
    skipped.push(...notDocuments);
    if (failed) ioError = true;
    // Folders and globs that gave nothing to check: said once (exit 2), after the list of skipped files.
    if (batchResults.length === 0 && skipped.length > 0 && problems.length === 0) {
      fail(
        zh
          ? `没有找到可检查的公文：${skipped.length} 个文件均未检查（原因见输出；--all-files 检查全部 .txt、.md、.docx、.doc、.odt、.pdf 文件）。`
          : `found no official document to check: ${skipped.length} file(s) not checked (reasons in the output; --all-files checks every .txt, .md, .docx, .doc, .odt and .pdf file).`,
      );
    }
  }

  // Packs that name code rules, without --allow-code-rules: said once per run, on stderr.
  const notice = project.codeRulesNotice('cli');
  if (notice) io.stderr(`fzlint: ${notice[options.locale]}\n`);
  if (project.hasProblems()) {
    ioError = true;
    results.push(...project.problemReports(options.locale).map((r) => ({ filePath: r.file, findings: r.findings, source: r.source })));
  }
  // Fingerprints of every finding (before --quiet drops some: occurrence numbers stay the same).
  applyReviews(results, reviewSources);
  for (const r of results) {
    if (options.quiet) {
      const keep = r.findings.map((f) => f.severity === 'error');
      r.findings = r.findings.filter((_, i) => keep[i]);
      r.review = r.review?.filter((_, i) => keep[i]);
    }
    // Links into the installed docs move to --docs-base (a pack's own page stays as it is).
    if (options.docsBase) for (const f of r.findings) f.url = rebaseDocsUrl(f.url, options.docsBase);
  }
  const color = options.color ?? (!('NO_COLOR' in io.env) && (Boolean(io.env.FORCE_COLOR) || io.stdoutIsTTY));
  skipped.sort((a, b) => a.filePath.localeCompare(b.filePath));
  const output = formatter(results, {
    locale: options.locale,
    color: options.outputFile ? Boolean(options.color) : color,
    cwd: io.cwd,
    showAllInfo: Boolean(io.env.FZLINT_ALL_INFO),
    skipped,
    docsBase: options.docsBase,
    ledgerEntries: reviewSources.ledger?.entries,
  });
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      // No folder between the working folder and the output file may be a link either.
      const root = isWithin(io.cwd, target) ? io.cwd : path.dirname(target);
      if (!safeToWrite(path.dirname(target), root)) throw new FileAccessError('symlink', path.dirname(target));
      writeFileSafely(target, output);
    } catch (error) {
      fail(
        error instanceof FileAccessError
          ? `${zh ? '无法写入输出文件' : 'cannot write the output file'}: ${fileProblemMessage(error, options.locale, 'write')}`
          : zh
            ? `无法写入输出文件 ${target}：${(error as Error).message}`
            : `cannot write the output file ${target}: ${(error as Error).message}`,
      );
    }
  } else if (output) io.stdout(output);

  if (options.writeBaseline) {
    const problem = writeBaselineFile(path.resolve(io.cwd, options.writeBaseline), results, io.cwd, io.env, options.locale);
    if (problem) fail(problem);
    else if (!ioError) {
      io.stderr(
        zh
          ? `fzlint：已把 ${results.reduce((n, r) => n + r.findings.length, 0)} 个问题写入基线 ${options.writeBaseline}。\n`
          : `fzlint: wrote ${results.reduce((n, r) => n + r.findings.length, 0)} finding(s) to the baseline ${options.writeBaseline}.\n`,
      );
      return 0;
    }
  }
  if (ioError) return 2;
  // Dismissed findings and those in the baseline do not count.
  const total = sumCounts(results.map((r) => countFindings(countedFindings(r))));
  if (total.errors > 0) return 1;
  if (options.maxWarnings >= 0 && total.warnings > options.maxWarnings) {
    io.stderr(
      zh
        ? `fzlint：警告过多（${total.warnings} 个，上限 ${options.maxWarnings}）。\n`
        : `fzlint: too many warnings (${total.warnings}, maximum ${options.maxWarnings}).\n`,
    );
    return 1;
  }
  return 0;
}

/** Check many files: cache look-ups, a progress bar on a TTY, serial or on worker threads. */
async function checkFiles(
  files: string[],
  configFor: (file: string) => FileConfig,
  options: CliOptions,
  io: CliIo,
  found: ReadonlySet<string> = new Set(),
  roots?: ReadonlyMap<string, string>,
): Promise<{ results: FileResult[]; skipped: SkippedFile[]; failed: boolean }> {
  const useCache = options.cache && !options.fix && !options.fixDryRun;
  // Cached findings link the installed docs: a copy installed elsewhere starts a new cache.
  const cache = useCache
    ? new LintCache(resolveCacheLocation(io.cwd, options.cacheLocation, io.env), `${version()} ${bundledDocsBase()}`, cacheKey(io.env))
    : undefined;
  if (cache?.ignored === 'symlink') {
    io.stderr(
      `fzlint: ${options.locale === 'zh-CN' ? `缓存文件 ${cache.file} 是符号链接，不读取也不写入；本次不用缓存。` : `the cache file ${cache.file} is a symbolic link: neither read nor written; no cache this run.`}\n`,
    );
  }
  const tasks: FileTask[] = files.map((file) => {
    const fc = configFor(file);
    const fileConfig = fc.config;
    const codeRules = fc.codeRules;
    return {
      file,
      config: fileConfig,
      codeRules: codeRules.length ? codeRules : undefined,
      fix: options.fix,
      fixReadOnly: options.fixReadOnly || undefined,
      fixDryRun: options.fixDryRun,
      found: found.has(file) || undefined,
      anyKind: options.allFiles || undefined,
      root: roots?.get(file),
      // Code rules can change without the configuration changing: never served from the cache.
      cached: codeRules.length ? undefined : cache?.lookup(file, configHash(fileConfig, version())),
      previous: options.previous
        ? {
            previous: options.previous === 'auto' ? 'auto' : path.resolve(io.cwd, options.previous),
            archives: options.archives.map((d) => path.resolve(io.cwd, d)),
          }
        : undefined,
    };
  });
  const progress = createProgress(tasks.length, Boolean(io.stderrIsTTY), io.stderr, options.locale);
  const outcomes = await runBatch(tasks, { workers: options.workers, onProgress: (n) => progress.tick(n) });
  progress.done();
  const results: FileResult[] = [];
  const skipped: SkippedFile[] = [];
  let failed = false;
  outcomes.forEach((o, i) => {
    for (const e of o.errors) {
      failed = true;
      io.stderr(`fzlint: ${terminalSafeLine(e)}\n`);
    }
    if (o.skipped) skipped.push(o.skipped);
    if (!o.result) return;
    results.push(o.result);
    if (cache && o.hash && !tasks[i].codeRules) cache.store(tasks[i].file, o.hash, configHash(tasks[i].config, version()), o.result.findings);
  });
  try {
    if (cache?.ignored !== 'symlink') cache?.save();
  } catch (error) {
    const detail = error instanceof FileAccessError ? fileProblemMessage(error, options.locale, 'write') : `${cache?.file}: ${(error as Error).message}`;
    io.stderr(`fzlint: ${options.locale === 'zh-CN' ? '无法写入缓存' : 'cannot write the cache'}: ${detail}\n`);
  }
  return { results, skipped, failed };
}

/** Entry point for bin/fzlint.cjs. */
export function run(): void {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async (limit) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        size += (chunk as Buffer).length;
        if (size > limit) {
          process.stdin.destroy();
          throw new StdinTooLarge();
        }
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`fzlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
