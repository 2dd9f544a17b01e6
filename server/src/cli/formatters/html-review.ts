/**
 * The review part of the HTML report: per finding a verdict (confirmed / dismissed) and a reason the
 * reviewer sets in the page, the ledger's verdicts shown (dismissed ones struck through with their
 * reason), new findings badged, and a button that exports the verdicts as a ledger file (a Blob link,
 * also shown as text to copy). Everything stays in the page: no network.
 */
import type { Locale } from '../../engine/rule';
import type { LedgerEntry } from '../../engine/io/ledger-file';
import { LEDGER_VERSION } from '../../engine/io/ledger-file';

/** The download's name: browsers drop a leading dot, so not .fzlint-verdicts.json (use it with --ledger). */
const DOWNLOAD_NAME = 'fzlint-verdicts.json';
import type { FindingReview } from '../result';

const T = {
  'zh-CN': {
    heading: '核查意见',
    intro:
      '逐条选择“确认”或“排除”并写明理由，然后导出核查记录（JSON 文件 fzlint-verdicts.json）。用 fzlint --ledger fzlint-verdicts.json 检查修改后的报告时，已排除的问题显示为已排除，不再计入。',
    by: '审阅人',
    export: '导出核查记录',
    download: '下载',
    none: '—',
    confirmed: '确认',
    dismissed: '排除',
    reason: '理由',
    isNew: '新',
    newTitle: '核查记录和基线中都没有的新问题',
    baseline: '基线',
    wasDismissed: '已排除',
    wasConfirmed: '已确认',
  },
  en: {
    heading: 'Verdicts',
    intro:
      'Mark findings confirmed or dismissed with a reason, then export the verdict ledger (the JSON file fzlint-verdicts.json). With fzlint --ledger fzlint-verdicts.json on the revised report, dismissed findings are shown as dismissed and no longer count.',
    by: 'Reviewer',
    export: 'Export the verdict ledger',
    download: 'download',
    none: '—',
    confirmed: 'confirmed',
    dismissed: 'dismissed',
    reason: 'reason',
    isNew: 'new',
    newTitle: 'not in the ledger or the baseline',
    baseline: 'baseline',
    wasDismissed: 'dismissed',
    wasConfirmed: 'confirmed',
  },
} as const;

type Escape = (s: string) => string;

export const REVIEW_STYLE = `li.finding.dismissed .msg{text-decoration:line-through;color:#777}.verdict{font-size:.9em;color:#555;margin-left:.4em}
.new{background:#b00020;color:#fff;border-radius:3px;padding:0 .3em;font-size:.85em;margin-right:.3em}.base{background:#ddd;border-radius:3px;padding:0 .3em;font-size:.85em;margin-right:.3em}
.review{margin-left:.5em;font-size:.9em}.review input{width:14em}#fz-ledger-out{max-height:16em;overflow:auto;background:#fafafa;border:1px solid #ccc;padding:.4em}`;

/**
 * The toolbar: reviewer name, export button, download link, the exported text; the ledger the run used
 * rides in a data attribute (escaped like all text: no second script element), the export starts from it.
 */
export function reviewToolbar(locale: Locale, entries: readonly LedgerEntry[], escape: Escape): string {
  const t = T[locale];
  const ledger = JSON.stringify({ fzlintLedger: LEDGER_VERSION, entries });
  return `<section id="verdicts" data-ledger="${escape(ledger)}"><h2>${escape(t.heading)}</h2><p>${escape(t.intro)}</p><p><label>${escape(t.by)} <input id="fz-by"></label> <button type="button" id="fz-export">${escape(t.export)}</button> <a id="fz-download" download="${escape(DOWNLOAD_NAME)}" hidden>${escape(t.download)} ${escape(DOWNLOAD_NAME)}</a></p><pre id="fz-ledger-out" hidden></pre></section>`;
}

/** The attributes of a finding's <li>: its class and the data the export needs. */
export function findingAttributes(review: FindingReview | undefined, ruleId: string, file: string, text: string, escape: Escape): string {
  if (!review) return '';
  const cls = review.verdict?.status === 'dismissed' ? 'finding dismissed' : review.verdict?.status === 'confirmed' ? 'finding confirmed' : 'finding';
  return ` class="${cls}" data-fp="${escape(review.fingerprint)}" data-rule="${escape(ruleId)}" data-file="${escape(file)}" data-text="${escape(text)}"`;
}

/** Badges before the message: 新 for a new finding, 基线 for one in the baseline. */
export function findingBadges(review: FindingReview | undefined, locale: Locale, escape: Escape): string {
  const t = T[locale];
  if (!review) return '';
  if (review.new) return `<span class="new" title="${escape(t.newTitle)}">${escape(t.isNew)}</span>`;
  if (review.baseline) return `<span class="base">${escape(t.baseline)}</span>`;
  return '';
}

/** The ledger's verdict (with its reason) and the controls to change it. */
export function findingControls(review: FindingReview | undefined, locale: Locale, escape: Escape): string {
  if (!review) return '';
  const t = T[locale];
  const v = review.verdict;
  const said = v
    ? `<span class="verdict">${escape(v.status === 'dismissed' ? t.wasDismissed : t.wasConfirmed)}${v.reason ? `：${escape(v.reason)}` : ''}${v.by ? `（${escape(v.by)}，${escape(v.date)}）` : ''}</span>`
    : '';
  const option = (value: string, label: string) => `<option value="${value}"${(v?.status ?? '') === value ? ' selected' : ''}>${escape(label)}</option>`;
  return `${said}<span class="review"><select class="fz-verdict">${option('', t.none)}${option('confirmed', t.confirmed)}${option('dismissed', t.dismissed)}</select> <input class="fz-reason" placeholder="${escape(t.reason)}" value="${escape(v?.reason ?? '')}"></span>`;
}

/** The page's review script (the CSP allows it by hash, with the sort script). */
export const REVIEW_SCRIPT = `(function(){var btn=document.getElementById('fz-export');if(!btn)return;var base=[];try{base=JSON.parse(document.getElementById('verdicts').dataset.ledger).entries||[]}catch(e){}
document.querySelectorAll('li.finding select.fz-verdict').forEach(function(s){s.addEventListener('change',function(){var li=s.closest('li');li.classList.toggle('dismissed',s.value==='dismissed');li.classList.toggle('confirmed',s.value==='confirmed')})});
btn.addEventListener('click',function(){var map={};base.forEach(function(e){map[e.fingerprint]=e});var by=document.getElementById('fz-by').value.trim();var date=new Date().toISOString().slice(0,10);
document.querySelectorAll('li.finding').forEach(function(li){var fp=li.dataset.fp,v=li.querySelector('select.fz-verdict').value,reason=li.querySelector('input.fz-reason').value.trim(),old=map[fp];if(!v){if(old&&old.verdict!=='baseline')delete map[fp];return}if(old&&old.verdict===v&&old.reason===reason)return;var e={fingerprint:fp,ruleId:li.dataset.rule,verdict:v,reason:reason};if(by)e.by=by;e.date=date;e.file=li.dataset.file;e.text=li.dataset.text;map[fp]=e});
var entries=Object.keys(map).map(function(k){var e=map[k],o={fingerprint:e.fingerprint,ruleId:e.ruleId,verdict:e.verdict,reason:e.reason||''};if(e.by)o.by=e.by;o.date=e.date||'';o.file=e.file||'';o.text=e.text||'';return o}).sort(function(a,b){return a.file<b.file?-1:a.file>b.file?1:a.fingerprint<b.fingerprint?-1:a.fingerprint>b.fingerprint?1:0});
var text=JSON.stringify({fzlintLedger:${LEDGER_VERSION},entries:entries},null,2)+'\\n';var out=document.getElementById('fz-ledger-out');out.textContent=text;out.hidden=false;
var a=document.getElementById('fz-download'),make=URL.createObjectURL.bind(URL),drop=URL.revokeObjectURL.bind(URL);if(a.href)drop(a.href);a.href=make(new Blob([text],{type:'application/json'}));a.hidden=false;a.click()})})();`;
