/**
 * `fzlint verdict dismiss|confirm <report> (--fingerprint F | --rule ID --line N) --reason "…"
 * [--ledger FILE] [--by NAME]`: record a reviewer's verdict on one finding of the report in the
 * verdict ledger (default .fzlint-verdicts.json in the current folder). The report is checked first,
 * so only a finding it has can be recorded, with its rule and text.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprintFindings } from '../../engine/fingerprint';
import { FileAccessError, fileProblemMessage } from '../../engine/io/safe-file';
import { Project } from '../../engine/project';
import type { Locale } from '../../engine/rule';
import { lintOne } from '../batch/process-file';
import { spanText } from '../ledger/apply-ledger';
import { DEFAULT_LEDGER_NAME, LedgerError, readLedgerIfExists, today, writeLedger, type LedgerEntry } from '../../engine/io/ledger-file';
import { InputError, readInput } from '../read-input';
import { terminalSafeLine } from '../formatters/terminal-safe';
import { t, type CommandIo } from './io';

const USAGE_ZH = '用法：fzlint verdict dismiss|confirm <报告> (--fingerprint 指纹 | --rule 规则 --line 行号) --reason "理由" [--ledger 文件] [--by 审阅人]';
const USAGE_EN = 'usage: fzlint verdict dismiss|confirm <report> (--fingerprint F | --rule ID --line N) --reason "…" [--ledger FILE] [--by NAME]';

export async function runVerdict(args: string[], io: CommandIo, locale: Locale): Promise<number> {
  const say = (zh: string, en: string) => io.stderr(`fzlint: ${terminalSafeLine(t(locale, zh, en))}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        fingerprint: { type: 'string' },
        rule: { type: 'string' },
        line: { type: 'string' },
        reason: { type: 'string' },
        ledger: { type: 'string' },
        by: { type: 'string' },
      },
    });
  } catch (error) {
    say(`${(error as Error).message}。${USAGE_ZH}`, `${(error as Error).message}. ${USAGE_EN}`);
    return 2;
  }
  const [action, report, ...extra] = parsed.positionals;
  const v = parsed.values;
  const line = v.line === undefined ? undefined : Number(v.line);
  const byPlace = v.rule !== undefined && line !== undefined && Number.isInteger(line) && line > 0;
  if ((action !== 'dismiss' && action !== 'confirm') || !report || extra.length || (!v.fingerprint && !byPlace) || (v.fingerprint && (v.rule || v.line))) {
    say(USAGE_ZH, USAGE_EN);
    return 2;
  }
  const reason = (v.reason ?? '').trim();
  if (action === 'dismiss' && !reason) {
    say('排除一个问题须用 --reason 写明理由。', 'dismissing a finding needs a --reason.');
    return 2;
  }
  const target = path.resolve(io.cwd, report);
  const ledgerFile = path.resolve(io.cwd, v.ledger ?? DEFAULT_LEDGER_NAME);
  if (ledgerFile === target) {
    say(`${ledgerFile}：是报告本身，不能用作核查记录。`, `${ledgerFile}: is the report itself; not used as the ledger.`);
    return 2;
  }
  let ledger;
  try {
    ledger = readLedgerIfExists(ledgerFile, locale);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    say(error.message, error.message);
    return 2;
  }
  let text: string;
  try {
    text = (await readInput(target, locale)).text;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    say(error.message, error.message);
    return 2;
  }
  const project = new Project();
  const fc = project.resolve(target, { shell: { rules: {}, ruleOptions: {}, locale }, codeRules: { allow: false, reason: 'cli' } });
  const { findings } = lintOne(text, target, fc.config, false);
  const prints = fingerprintFindings(text, findings);
  const matches = findings
    .map((f, i) => ({ f, fp: prints[i] }))
    .filter(({ f, fp }) => (v.fingerprint ? fp === v.fingerprint : f.ruleId === v.rule && f.line === line));
  if (matches.length !== 1) {
    const where = v.fingerprint
      ? t(locale, `指纹 ${v.fingerprint}`, `fingerprint ${v.fingerprint}`)
      : t(locale, `规则 ${v.rule} 第 ${line} 行`, `rule ${v.rule} on line ${line}`);
    if (matches.length === 0)
      say(
        `${report}：没有${where}的问题（用 --format json 查看各问题的 fingerprint）。`,
        `${report}: no finding with ${where} (--format json shows each finding's fingerprint).`,
      );
    else {
      const list = matches.map((m) => `${m.fp}（${m.f.line}:${m.f.column}）`).join('、');
      say(
        `${report}：${where}有 ${matches.length} 个问题，请用 --fingerprint 指定其一：${list}`,
        `${report}: ${matches.length} findings with ${where}; choose one with --fingerprint: ${list}`,
      );
    }
    return 2;
  }
  const { f, fp } = matches[0];
  const entry: LedgerEntry = {
    fingerprint: fp,
    ruleId: f.ruleId,
    verdict: action === 'dismiss' ? 'dismissed' : 'confirmed',
    reason,
    ...(v.by ? { by: v.by } : {}),
    date: today(io.env),
    file: path.relative(path.dirname(ledgerFile), target).split(path.sep).join('/'),
    text: spanText(text, f.span),
  };
  try {
    writeLedger(ledgerFile, { entries: [...ledger.entries.filter((e) => e.fingerprint !== fp), entry] });
  } catch (error) {
    const detail = error instanceof FileAccessError ? fileProblemMessage(error, locale, 'write') : `${ledgerFile}: ${(error as Error).message}`;
    say(`无法写入核查记录：${detail}`, `cannot write the ledger: ${detail}`);
    return 2;
  }
  io.stdout(
    terminalSafeLine(
      t(
        locale,
        `已记入 ${ledgerFile}：${action === 'dismiss' ? '排除' : '确认'} ${f.ruleId}（第 ${f.line} 行“${entry.text}”，指纹 ${fp}）`,
        `Recorded in ${ledgerFile}: ${action === 'dismiss' ? 'dismissed' : 'confirmed'} ${f.ruleId} (line ${f.line} "${entry.text}", fingerprint ${fp})`,
      ),
    ) + '\n',
  );
  return 0;
}
