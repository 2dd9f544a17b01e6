import { parseArgs } from 'node:util';
import { normalizeDocsBase } from '../engine/docs';
import type { SourceMode } from '../engine/document/types';
import type { Locale } from '../engine/rule';

export interface CliOptions {
  targets: string[];
  stdin: boolean;
  stdinFilename?: string;
  format: string;
  fix: boolean;
  fixDryRun: boolean;
  rules: string[];
  quiet: boolean;
  maxWarnings: number;
  locale: Locale;
  source: SourceMode | 'auto';
  color?: boolean;
  help: boolean;
  version: boolean;
  /** Write the formatted output to this file (atomically) instead of stdout. */
  outputFile?: string;
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads for a batch; undefined = automatic. */
  workers?: number;
  /** Run the code rules (JS) that packs name: `--allow-code-rules` or FZLINT_ALLOW_CODE_RULES=1. */
  allowCodeRules: boolean;
  /** Folder and glob runs lint every .txt/.md/.docx file, whatever its kind (`--all-files`). */
  allFiles: boolean;
  /** --fix-read-only: --fix also rewrites files marked read-only. */
  fixReadOnly: boolean;
  /** --follow-symlinks: folder walks enter linked folders (each real folder once). */
  followSymlinks: boolean;
  /**
   * Where rule pages are linked (`--docs-base` or FZLINT_DOCS_BASE), normalized to a base URL ending
   * in `/`; undefined: the pages installed with fzlint (engine/docs.ts).
   */
  docsBase?: string;
  /** --format docx / `fzlint annotate`: certain fixes as tracked changes (off with --no-track-changes). */
  trackChanges: boolean;
  /** --docx-from-text: --format docx also annotates .txt/.md reports, as a Word file of their text. */
  docxFromText: boolean;
  /** --ledger FILE: the reviewers' verdicts (dismissed findings are suppressed). */
  ledger?: string;
  /** --baseline FILE: findings in it are known and do not fail the run. */
  baseline?: string;
  /** --write-baseline FILE: write this run's findings as a baseline. */
  writeBaseline?: string;
  /** --previous FILE|auto: last year's report of the same issuer, for the cross-year rules. */
  previous?: string;
  /** --archive DIR (repeatable): more folders where --previous auto looks. */
  archives: string[];
}

export class UsageError extends Error {}

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string = process.cwd()): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        source: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'output-file': { type: 'string', short: 'o' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        workers: { type: 'string' },
        'allow-code-rules': { type: 'boolean' },
        'all-files': { type: 'boolean' },
        'fix-read-only': { type: 'boolean' },
        'follow-symlinks': { type: 'boolean' },
        'docs-base': { type: 'string' },
        'no-track-changes': { type: 'boolean' },
        'docx-from-text': { type: 'boolean' },
        ledger: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        previous: { type: 'string' },
        archive: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const targets = parsed.positionals.filter((p) => p !== '-');
  const stdin = Boolean(v.stdin) || parsed.positionals.includes('-');
  const locale = (v.locale ?? (/^en/i.test(env.FZLINT_LOCALE ?? '') ? 'en' : 'zh-CN')) as string;
  if (locale !== 'zh-CN' && locale !== 'en') throw new UsageError(`--locale must be zh-CN or en, got "${locale}"`);
  const source = (v.source ?? 'auto') as string;
  if (!['auto', 'draft', 'published-copy'].includes(source)) {
    throw new UsageError(`--source must be auto, draft or published-copy, got "${source}"`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`--max-warnings expects a whole number, got "${v['max-warnings']}"`);
    }
  }
  let workers: number | undefined;
  if (v.workers !== undefined && v.workers !== 'auto') {
    workers = Number(v.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers expects a whole number or auto, got "${v.workers}"`);
  }
  const docsBaseText = v['docs-base'] ?? (env.FZLINT_DOCS_BASE || undefined);
  const docsBase = docsBaseText === undefined ? undefined : normalizeDocsBase(docsBaseText, cwd);
  if (docsBaseText !== undefined && !docsBase) {
    throw new UsageError(`--docs-base expects an http(s) or file: URL or a folder path, got "${docsBaseText}"`);
  }
  if (stdin && targets.length > 0) throw new UsageError('give either files or --stdin, not both');
  for (const flag of ['ledger', 'baseline', 'write-baseline', 'previous'] as const) {
    if (v[flag] === '') throw new UsageError(`--${flag} expects a file name`);
  }
  if (stdin && v.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run with --format json');
  return {
    targets,
    stdin,
    stdinFilename: v['stdin-filename'],
    format: v.format ?? 'stylish',
    fix: Boolean(v.fix),
    fixDryRun: Boolean(v['fix-dry-run']),
    rules: v.rule ?? [],
    quiet: Boolean(v.quiet),
    maxWarnings,
    locale,
    source: source as SourceMode | 'auto',
    color: v['no-color'] ? false : v.color,
    help: Boolean(v.help),
    version: Boolean(v.version),
    outputFile: v['output-file'],
    cache: Boolean(v.cache) || v['cache-location'] !== undefined,
    cacheLocation: v['cache-location'],
    workers,
    fixReadOnly: Boolean(v['fix-read-only']),
    followSymlinks: Boolean(v['follow-symlinks']),
    allowCodeRules: Boolean(v['allow-code-rules']) || /^(?:1|true|yes)$/i.test(env.FZLINT_ALLOW_CODE_RULES ?? ''),
    allFiles: Boolean(v['all-files']),
    docsBase,
    trackChanges: !v['no-track-changes'],
    docxFromText: Boolean(v['docx-from-text']),
    ledger: v.ledger,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    previous: v.previous,
    archives: v.archive ?? [],
  };
}
