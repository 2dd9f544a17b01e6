import { trimBlank } from '../document/chars';
import { splitIssuers } from '../document/metadata';
import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/** A date at the end of the last line: the signature and the date share one line. */
const TRAILING_DATE = /(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const SOURCE = '《党政机关公文处理工作条例》第九条；GB/T 9704—2012 7.3.5';

/** The place an issuer name stands for: 汕尾市人民政府 → 汕尾市, 中共淮南市委 → 淮南市. */
function core(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/^中共/, '')
    .replace(/(?:人民政府|政府|委员会|委)$/, '');
}

/** Same issuer, its short form (汕尾市政府), or the same place with a higher-level prefix (天津市静海区). */
function sameIssuer(a: string, b: string): boolean {
  const x = core(a);
  const y = core(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.endsWith(short) && /(?:省|市|自治区|自治州|州|盟|地区)$/.test(long.slice(0, long.length - short.length));
}

export const signatureBlock: Rule = {
  meta: {
    id: 'signature-block',
    appliesTo: 'annual-report',
    catalogue: ['FMT-006'],
    category: 'format',
    severity: 'warning',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '正文之后以发文机关署名和成文日期结束，署名与标题中的发文机关一致',
      en: 'The report closes with the issuer’s signature and the date of writing; the signature matches the issuer in the title',
    },
    messages: {
      missingDate: {
        'zh-CN': `未找到成文日期：正文之后应有发文机关署名和成文日期，如“汕尾市人民政府”“2021年1月31日”各占一行（${SOURCE}）。`,
        en: 'No date of writing found: the report should close with the issuer’s name and the date, e.g. “汕尾市人民政府” / “2021年1月31日” on lines of their own (Regulations on Handling Official Documents, art. 9; GB/T 9704-2012 7.3.5).',
      },
      missingSignature: {
        'zh-CN': `成文日期“{date}”上方没有发文机关署名：应在成文日期之上单独一行写发文机关全称或规范化简称，如“{issuer}”（${SOURCE}）。`,
        en: 'No issuer’s name above the date "{date}": put the full name or standard short name of the issuer on the line above, e.g. "{issuer}" (Regulations on Handling Official Documents, art. 9; GB/T 9704-2012 7.3.5).',
      },
      mismatch: {
        'zh-CN': `署名“{signature}”与标题中的发文机关“{issuer}”不一致：署名应为发文机关全称或规范化简称（${SOURCE}）。请核实标题或署名。`,
        en: 'The signature "{signature}" differs from the issuer "{issuer}" in the title: sign with the issuer’s full name or standard short form (Regulations on Handling Official Documents, art. 9; GB/T 9704-2012 7.3.5). Check the title or the signature.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const { title, date, signature, signatureLines, issuer, issuers } = doc.meta;
    if (!title) return;
    if (!date) {
      const last = [...doc.paragraphs].reverse().find((p) => p.kind !== 'title');
      if (!last) return;
      const lines = doc.prose.slice(last.span.start, last.span.end);
      const lead = lines.length - lines.trimStart().length;
      const text = trimBlank(lines);
      // 汕尾市人民政府  2021年1月31日 on one line: both are there.
      if (text.length <= 60 && TRAILING_DATE.test(text)) return;
      context.report({ span: { start: last.span.start + lead, end: last.span.start + lead + text.length }, messageId: 'missingDate' });
      return;
    }
    if (!signature) {
      context.report({ span: date.span, messageId: 'missingSignature', data: { date: date.text, issuer: issuer ?? '××市人民政府' } });
      return;
    }
    if (!issuers || issuers.length === 0 || !issuer) return;
    const signed = (signatureLines ?? [signature]).flatMap((s) => {
      const parts = splitIssuers(s.text);
      // 汕 尾 市 人 民 政 府: letter-spaced, one name.
      return parts.every((p) => p.length <= 2) ? [s.text.replace(/[\s\u3000]/g, '')] : parts;
    });
    if (signed.some((s) => issuers.some((i) => sameIssuer(s, i)))) return;
    const first = (signatureLines ?? [signature])[0];
    context.report({
      span: { start: first.span.start, end: signature.span.end },
      messageId: 'mismatch',
      data: { signature: (signatureLines ?? [signature]).map((s) => s.text).join(' '), issuer },
      related: [{ span: title.span, message: { 'zh-CN': '标题', en: 'title' } }],
    });
  },
};
