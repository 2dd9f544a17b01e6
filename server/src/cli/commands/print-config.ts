import * as path from 'node:path';
import { ConfigResolver } from '../../engine/config/resolve';
import type { Locale } from '../../engine/rule';
import { t, type CommandIo } from './io';

/**
 * `fzlint print-config <file>`: the configuration that applies to a report, as JSON. Pack data is
 * summarised as counts per kind (`--data` prints it in full).
 */
export function runPrintConfig(args: string[], io: CommandIo, locale: Locale): number {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    io.stderr(`fzlint: ${t(locale, '用法：fzlint print-config <报告文件>', 'usage: fzlint print-config <report file>')}\n`);
    return 2;
  }
  const target = path.resolve(io.cwd, files[0]);
  const resolved = new ConfigResolver().resolveFor(target);
  const data = resolved.config.data!;
  const out = {
    file: target,
    configFile: resolved.configFile ?? null,
    ignored: resolved.ignored,
    layers: resolved.layers,
    source: resolved.config.source,
    locale: resolved.config.locale,
    settings: resolved.settings,
    rules: resolved.config.rules,
    ruleOptions: Object.fromEntries(Object.entries(resolved.config.ruleOptions).filter(([, v]) => Object.keys(v).length > 0)),
    // Code rule modules the packs name (run only with --allow-code-rules; never loaded here).
    codeRules: resolved.codeRules.map((r) => ({ module: r.module, declaredIn: r.declaredIn })),
    data: args.includes('--data')
      ? data
      : Object.fromEntries(Object.entries(data).map(([k, v]) => [k, (v as unknown[]).length])),
    problems: resolved.problems.map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.messages[locale] })),
  };
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  if (resolved.problems.length > 0) {
    for (const p of resolved.problems) io.stderr(`${path.relative(io.cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.messages[locale]}\n`);
    return 2;
  }
  return 0;
}
