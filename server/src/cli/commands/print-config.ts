import * as path from 'node:path';
import { effectiveOptionsByRule } from '../../engine/config/rule-options';
import type { Locale } from '../../engine/rule';
import { allBuiltinRules } from '../../engine/lint';
import { detectDocument, languageForPath, Project } from '../../engine/project';
import { InputError, readInput } from '../read-input';
import { KIND_LABEL } from '../skipped';
import { t, type CommandIo } from './io';

/**
 * `fzlint print-config <file>`: the configuration that applies to a report, as JSON. Pack data is
 * summarised as counts per kind (`--data` prints it in full).
 */
/** The detected kind of the document and its evidence, when the file can be read. */
async function documentOf(file: string, locale: Locale): Promise<object> {
  try {
    const input = await readInput(file, locale);
    const p = detectDocument(input.text, languageForPath(file));
    return {
      kind: p.kind,
      kindLabel: KIND_LABEL[p.kind][locale],
      title: p.title ? { text: p.title.text, lines: p.title.lines.map((l) => l + 1), genre: p.title.genre } : null,
      issuer: p.issuer ?? null,
      issuerLevel: p.issuerLevel ?? null,
      year: p.year ?? null,
      draftMark: p.draftMark ?? null,
      // Lines are 1-based, as in every other output.
      evidence: p.evidence.map((e) => ({ type: e.type, line: e.line + 1, text: e.text })),
    };
  } catch (error) {
    return { error: error instanceof InputError ? error.message : String(error) };
  }
}

export async function runPrintConfig(args: string[], io: CommandIo, locale: Locale): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    io.stderr(`fzlint: ${t(locale, '用法：fzlint print-config <报告文件>', 'usage: fzlint print-config <report file>')}\n`);
    return 2;
  }
  const target = path.resolve(io.cwd, files[0]);
  const resolved = new Project().resolve(target).resolved;
  const data = resolved.config.data!;
  const out = {
    file: target,
    configFile: resolved.configFile ?? null,
    ignored: resolved.ignored,
    layers: resolved.layers,
    // What the detector makes of the file: the annual-report rules run only on 法治政府建设年度报告.
    document: await documentOf(target, locale),
    source: resolved.config.source,
    locale: resolved.config.locale,
    settings: resolved.settings,
    rules: resolved.config.rules,
    // The options each rule runs with: its schema's defaults, then the configured ones.
    ruleOptions: effectiveOptionsByRule(allBuiltinRules(), resolved.config.ruleOptions),
    // Code rule modules the packs name (run only with --allow-code-rules; never loaded here).
    codeRules: resolved.codeRules.map((r) => ({ module: r.module, declaredIn: r.declaredIn })),
    data: args.includes('--data') ? data : Object.fromEntries(Object.entries(data).map(([k, v]) => [k, (v as unknown[]).length])),
    problems: resolved.problems.map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.messages[locale] })),
  };
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  if (resolved.problems.length > 0) {
    for (const p of resolved.problems) io.stderr(`${path.relative(io.cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.messages[locale]}\n`);
    return 2;
  }
  return 0;
}
