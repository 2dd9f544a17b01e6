import * as path from 'node:path';
import { countedFindings, countFindings, sumCounts } from '../result';
import { skipMessage } from '../skipped';
import type { Formatter } from './types';

/** XML text/attribute escaping; characters XML 1.0 cannot carry are dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML: one test case per file. A file with errors or warnings fails; the failure lists every
 * error and warning; info findings go to the test case's system-out.
 */
export const junitFormatter: Formatter = (results, { locale, cwd, skipped }) => {
  const zh = locale === 'zh-CN';
  const label = zh ? { error: '错误', warning: '警告', info: '提示' } : { error: 'error', warning: 'warning', info: 'info' };
  const cases: string[] = [];
  let failures = 0;
  for (const r of results) {
    const name = path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath).split(path.sep).join('/') : r.filePath;
    const c = countFindings(countedFindings(r));
    const line = (f: (typeof r.findings)[number]) => `${name}:${f.line}:${f.column} ${label[f.severity]} ${f.messages[locale]} (${f.ruleId})`;
    const failing = countedFindings(r).filter((f) => f.severity !== 'info');
    const infos = countedFindings(r).filter((f) => f.severity === 'info');
    let body = '';
    if (failing.length) {
      failures++;
      const message = zh ? `${c.errors} 个错误，${c.warnings} 个警告` : `${c.errors} errors, ${c.warnings} warnings`;
      body += `\n      <failure message="${xmlEscape(message)}" type="${c.errors ? 'error' : 'warning'}">${xmlEscape(failing.map(line).join('\n'))}</failure>`;
    }
    if (infos.length) body += `\n      <system-out>${xmlEscape(infos.map(line).join('\n'))}</system-out>`;
    cases.push(`    <testcase classname="fzlint" name="${xmlEscape(name)}" file="${xmlEscape(name)}" time="0">${body}${body ? '\n    ' : ''}</testcase>`);
  }
  // A file found and not linted is a skipped test case, with the reason.
  for (const s of skipped ?? []) {
    const name = path.isAbsolute(s.filePath) ? path.relative(cwd, s.filePath).split(path.sep).join('/') : s.filePath;
    cases.push(
      `    <testcase classname="fzlint" name="${xmlEscape(name)}" file="${xmlEscape(name)}" time="0">\n      <skipped message="${xmlEscape(skipMessage(s, locale))}"/>\n    </testcase>`,
    );
  }
  const total = sumCounts(results.map((r) => countFindings(countedFindings(r))));
  const skippedCount = skipped?.length ?? 0;
  const attrs = `tests="${results.length + skippedCount}" failures="${failures}" errors="0" skipped="${skippedCount}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fzlint" ${attrs}>`,
    `  <testsuite name="fzlint" ${attrs} time="0">`,
    `    <properties><property name="errors" value="${total.errors}"/><property name="warnings" value="${total.warnings}"/><property name="infos" value="${total.infos}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
