import { isAsciiDigit, isBlank, isLatinLetter } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext, Suggestion } from '../rule';
import { NO_OPTIONS } from '../rule';

/**
 * A year range: two 4-digit years joined by a wrong connector. The 一字线 — (U+2014) and the 浪纹线
 * ～ (U+FF5E) are right and not matched. `——` is the 破折号 in GB/T 15834-2011, not a 连接号.
 *   1 first year · 2 optional 年 · 3 connector with its spaces · 4 second year · 5 optional 年
 */
const RANGE = /((?:19|20)\d{2})(年?)([ \t\u00a0\u3000]*(?:——|――|--|[-–－~‐‑‒−﹣])[ \t\u00a0\u3000]*)((?:19|20)\d{2})(年?)/g;

type ConnectorKind = 'hyphen' | 'en-dash' | 'fullwidth-hyphen' | 'tilde' | 'double-dash' | 'other-dash';

function connectorKind(connector: string): ConnectorKind {
  if (connector === '——' || connector === '――') return 'double-dash';
  if (connector === '-' || connector === '--') return 'hyphen';
  if (connector === '–') return 'en-dash';
  if (connector === '－') return 'fullwidth-hyphen';
  if (connector === '~') return 'tilde';
  return 'other-dash';
}

const CONNECTOR_NAMES: Record<ConnectorKind, { zh: string; en: string }> = {
  hyphen: { zh: '连字符', en: 'hyphen' },
  'en-dash': { zh: '半字线（en dash）', en: 'en dash' },
  'fullwidth-hyphen': { zh: '全角连字符', en: 'full-width hyphen' },
  tilde: { zh: '半角波浪号', en: 'ASCII tilde' },
  'double-dash': { zh: '破折号', en: 'double dash (the 破折号)' },
  'other-dash': { zh: '短横线', en: 'dash' },
};

/**
 * Is the match part of something else: a standard or model number (GB/T 15835-2011, ISO 9001-2015,
 * No.2016-2020), a longer number, or a date or serial (2020-2021-03, 2016-2020号)?
 */
function partOfSomethingElse(text: string, start: number, end: number): boolean {
  const prev = text[start - 1];
  if (isAsciiDigit(prev) || prev === '.' || prev === '-' || prev === '_' || prev === '#' || prev === '＃') return true;
  // A Latin letter or slash before the number, possibly across spaces: GB/T 9704-2012, ISO 2015-2020.
  let j = start - 1;
  while (j >= 0 && isBlank(text[j])) j--;
  if (isLatinLetter(text[j]) || text[j] === '/' || text[j] === '／') return true;
  const next = text[end];
  if (isAsciiDigit(next)) return true;
  // 2020-2021-03, 2016-2020.5, 2016-2020/…: a date or a serial, not a range.
  if ((next === '-' || next === '.' || next === '/' || next === '－') && isAsciiDigit(text[end + 1])) return true;
  if (next === '号') return true; // a serial number, 〔2021〕2016-2020号
  return false;
}

export const yearRangeDash: Rule = {
  meta: {
    id: 'year-range-dash',
    catalogue: ['PUN-003'],
    category: 'punctuation',
    severity: 'warning',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '年份起止用一字线“—”（2016—2020年）',
      en: 'Year ranges take the em dash “—” (2016—2020年)',
    },
    messages: {
      wrongConnector: {
        'zh-CN': '年份起止“{range}”中的{connectorName}“{connector}”应改为一字线“—”，写作“{fixed}”（GB/T 15834—2011 4.13.3.2：标示时间等的起止，一般用一字线，有时也可用浪纹线“～”）。',
        en: 'In the year range "{range}" the {connectorNameEn} "{connector}" should be the em dash "—": write "{fixed}" (GB/T 15834-2011 4.13.3.2: the start and end of a period take the 一字线, sometimes the wave dash "～").',
      },
      doubleDash: {
        'zh-CN': '年份起止“{range}”中的“——”是破折号，不是连接号，应改为一字线“—”，写作“{fixed}”（GB/T 15834—2011 4.13.3.2：标示时间等的起止，一般用一字线）。',
        en: 'In the year range "{range}" the "——" is the 破折号 (a dash of break), not a connector: write the em dash "—", "{fixed}" (GB/T 15834-2011 4.13.3.2).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    RANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RANGE.exec(text))) {
      const [whole, first, firstNian, connectorRun, second, secondNian] = m;
      const start = m.index;
      const end = start + whole.length;
      // Restart right after the first year, so that a second year can open the next range.
      RANGE.lastIndex = start + first.length;
      const y1 = Number(first);
      const y2 = Number(second);
      if (!(y2 > y1 && y2 - y1 <= 100)) continue;
      if (partOfSomethingElse(text, start, start + whole.length - secondNian.length)) continue;
      const connector = connectorRun.replace(/[ \t\u00a0\u3000]/g, '');
      const kind = connectorKind(connector);
      const connectorStart = start + first.length + firstNian.length;
      const connectorEnd = connectorStart + connectorRun.length;
      const fixed = `${first}${firstNian}—${second}${secondNian}`;
      const suggestions: Suggestion[] = [
        {
          title: { 'zh-CN': `改为一字线：${fixed}`, en: `Use the em dash: ${fixed}` },
          edits: [{ start: connectorStart, end: connectorEnd, text: '—' }],
        },
      ];
      if (kind === 'tilde') {
        const wave = `${first}${firstNian}～${second}${secondNian}`;
        suggestions.push({
          title: { 'zh-CN': `改为浪纹线：${wave}`, en: `Use the wave dash: ${wave}` },
          edits: [{ start: connectorStart, end: connectorEnd, text: '～' }],
        });
      }
      const name = CONNECTOR_NAMES[kind];
      context.report({
        span: { start, end },
        messageId: kind === 'double-dash' ? 'doubleDash' : 'wrongConnector',
        data: { range: whole, connector, connectorName: name.zh, connectorNameEn: name.en, fixed },
        suggestions,
        // A scraper maps ～ and － to ASCII: in a web copy these may not be the author's.
        publishedCopyDemoted: context.source === 'published-copy' && (kind === 'hyphen' || kind === 'tilde') ? true : undefined,
      });
      RANGE.lastIndex = end;
    }
  },
};
