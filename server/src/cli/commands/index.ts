import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInit } from './init';
import { localeOf, type CommandIo } from './io';
import { runPack } from './pack';
import { runPrintConfig } from './print-config';
import { runVerdict } from './verdict';
import { runTriage } from './triage';

export const SUBCOMMANDS = ['init', 'print-config', 'pack', 'verdict', 'triage'] as const;

/**
 * Subcommands are recognised only as the first argument, and only when no file or folder of that
 * name exists in the current folder: `fzlint init` lints a report file named `init` if there is one
 * (write `fzlint ./init` to be explicit either way). Returns undefined when argv is not a subcommand.
 */
export function runSubcommand(argv: string[], io: CommandIo): number | Promise<number> | undefined {
  const [first, ...rest] = argv;
  if (!first || !(SUBCOMMANDS as readonly string[]).includes(first)) return undefined;
  if (fs.existsSync(path.resolve(io.cwd, first))) return undefined;
  const locale = localeOf(rest, io.env);
  const args = rest.filter((a, i) => a !== '--locale' && rest[i - 1] !== '--locale' && !a.startsWith('--locale='));
  if (first === 'init') return runInit(io, locale);
  if (first === 'print-config') return runPrintConfig(args, io, locale);
  if (first === 'verdict') return runVerdict(args, io, locale);
  if (first === 'triage') return runTriage(args, io, locale);
  return runPack(args, io, locale);
}
