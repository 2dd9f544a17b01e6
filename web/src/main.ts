/**
 * fzlint-web: one HTML page (scripts/browser-build.mjs inlines this script) that lints a report
 * with the engine's browser build. Nothing is fetched or sent: the engine, the dictionaries and the
 * rules' pages are in the page.
 *
 * For tests and tools the page keeps its findings as JSON in #fzlint-findings (ruleId, severity,
 * line, column, endLine, endColumn), and body[data-state] is `ready` after each check, with
 * data-revision counting the checks, data-lint-ms the last lint's time, data-check-ms the lint's and
 * the drawing's, and data-first-ready-ms the time from navigation to the first check (benchmarks).
 */
import './early-start';
import {
  fixAllCertain,
  lint,
  ready,
  reportOutline,
  reportParts,
  requiredPartsChecklist,
  ruleExplanation,
  ruleMetas,
  applyEdits,
  readPackText,
  type ConfigProblem,
  type Finding,
  type TextPack,
  type ReportDocument,
  type TextEdit,
} from '../../server/src/engine/browser/index';
import { decodeBytes } from './decode';
import { EncodeError, encodeText, type TextEncoding } from './encode';
import { readDocxText } from './docx';
import { wordCopy, type WordSource } from './word-copy';
import { format, STRINGS, type Strings, type UiLocale } from './i18n';
import { renderMarkdown } from './markdown';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

const textArea = $<HTMLTextAreaElement>('text');
const backdrop = $('backdrop');
const findingsBox = $('findings');
const statusBox = $('status');
const summaryBox = $('summary');
const machine = $('fzlint-findings');

const SEVERITIES = ['error', 'warning', 'info'] as const;
const RECHECK_MS = 250;

let locale: UiLocale = 'zh-CN';
let language: 'plaintext' | 'markdown' = 'plaintext';
let fileName = 'report.txt';
let lineEnd: '\n' | '\r\n' = '\n';
/** The encoding the file was read in (and whether it began with a BOM): the download is written the same way. */
let encoding: { name: TextEncoding; hadBom: boolean } = { name: 'utf-8', hadBom: false };
let findings: Finding[] = [];
let doc: ReportDocument | undefined;
let linted = '';
let revision = 0;
let timer: number | undefined;
let current = -1;
let lastButton: HTMLElement | undefined;
let metas: ReturnType<typeof ruleMetas> | undefined;
let engineReady = false;
/** The Word file the text came from (its bytes and its text as read), for the copy with comments. */
let wordSource: WordSource | undefined;
/** Rule packs the user loaded, applied over the built-in pack in this order. */
let packs: TextPack[] = [];

const t = (): Strings => STRINGS[locale];

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function setStatus(message: string): void {
  statusBox.textContent = message;
}

/** The interface's fixed strings in the current language. */
function renderChrome(): void {
  const s = t();
  document.documentElement.lang = locale;
  document.title = s.title;
  $('title').textContent = s.title;
  $('tagline').textContent = s.tagline;
  $('choose-text').textContent = s.chooseFile;
  $('pack-text').textContent = s.loadPack;
  $('packs-title').textContent = s.packsTitle;
  renderPacks();
  showPackProblems(packReport);
  $('fix-all').textContent = s.fixAll;
  $('download').textContent = s.download;
  $('download-word').textContent = s.downloadWord;
  $('download-word').title = s.downloadWordTitle;
  const lang = $('language');
  lang.textContent = s.language;
  lang.setAttribute('lang', locale === 'zh-CN' ? 'en' : 'zh-CN');
  lang.setAttribute('aria-label', s.languageLabel);
  $('text-label').textContent = s.inputLabel;
  $('legend-title').textContent = `${s.legend}：`;
  for (const sev of SEVERITIES) $(`legend-${sev}`).textContent = s[sev];
  $('findings-title').textContent = s.findings;
  $('outline-title').textContent = s.outline;
  $('parts-title').textContent = s.parts;
  $('drop-overlay').textContent = s.dropHere;
}

const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);

/** The text with each finding's span marked, the most severe colour where spans overlap. */
function renderBackdrop(): void {
  const text = linted;
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) {
    cuts.add(f.span.start);
    cuts.add(f.span.end);
  }
  const zeroAt = new Map<number, number[]>();
  findings.forEach((f, i) => {
    if (f.span.start === f.span.end) zeroAt.set(f.span.start, [...(zeroAt.get(f.span.start) ?? []), i]);
  });
  // Anchors (empty, so without layout) where headings start: the outline scrolls to them.
  const outline = doc ? reportOutline(doc) : [];
  outline.forEach((h) => cuts.add(h.start));
  const anchorsAt = new Map<number, number[]>();
  outline.forEach((h, k) => anchorsAt.set(h.start, [...(anchorsAt.get(h.start) ?? []), k]));
  const points = [...cuts].sort((a, b) => a - b);
  // A sweep over the cuts: the findings that have begun and not ended cover the piece up to the next cut.
  const byStart = findings.map((_, i) => i).filter((i) => findings[i].span.start < findings[i].span.end);
  byStart.sort((a, b) => findings[a].span.start - findings[b].span.start || a - b);
  const active = new Set<number>();
  let next = 0;
  const parts: string[] = [];
  for (let k = 0; k < points.length; k++) {
    const at = points[k];
    for (const h of anchorsAt.get(at) ?? []) parts.push(`<span data-h="${h}"></span>`);
    for (const i of zeroAt.get(at) ?? []) parts.push(`<span class="point sev-${findings[i].severity}" data-f="${i}"></span>`);
    if (k === points.length - 1) break;
    for (const i of active) if (findings[i].span.end <= at) active.delete(i);
    while (next < byStart.length && findings[byStart[next]].span.start <= at) active.add(byStart[next++]);
    const piece = escapeHtml(text.slice(at, points[k + 1]));
    const over = [...active].sort((a, b) => a - b);
    if (over.length === 0) {
      parts.push(piece);
      continue;
    }
    const top = over.reduce((a, b) => (rank(findings[b]) < rank(findings[a]) ? b : a));
    parts.push(`<mark class="sev-${findings[top].severity}" data-f="${over.join(' ')}">${piece}</mark>`);
  }
  // A final newline needs a character after it to take its line's height.
  backdrop.innerHTML = `${parts.join('')} `;
  backdrop.scrollTop = textArea.scrollTop;
}

function partTitle(title: string | undefined): string {
  return title ?? t().front;
}

function explanationHtml(ruleId: string): string {
  const md = ruleExplanation(ruleId);
  return md ? renderMarkdown(md) : `<p>${escapeHtml(t().noExplanation)}</p>`;
}

/** The outline (headings, each a way to its place) and the required-parts checklist. */
function renderStructure(): void {
  const s = t();
  const outlineList = $('outline');
  outlineList.textContent = '';
  const parts = $('parts');
  parts.textContent = '';
  if (!doc) return;
  const outline = reportOutline(doc);
  outline.forEach((h, k) => {
    const li = document.createElement('li');
    li.style.paddingLeft = `${Math.max(0, h.level - 1) * 1.2}em`;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'heading';
    b.textContent = h.title;
    b.title = h.title;
    b.addEventListener('click', () => {
      lastButton = b;
      revealSpan(h.start, h.end, backdrop.querySelector<HTMLElement>(`[data-h="${k}"]`));
    });
    li.append(b);
    outlineList.append(li);
  });
  if (outline.length === 0) outlineList.textContent = s.noHeadings;
  const annual = doc.kind === 'annual-report';
  $('parts-note').textContent = annual ? (packs.length ? s.partsNoteWithPacks : s.partsNote) : s.notAnnualReport;
  if (!annual) return;
  for (const part of requiredPartsChecklist(doc, packs)) {
    const li = document.createElement('li');
    li.className = part.present ? 'present' : 'absent';
    li.dataset.part = part.id;
    li.textContent = `${part.present ? '✓' : '✗'} ${part.name[locale]}（${part.present ? s.present : s.absent}）`;
    parts.append(li);
  }
}

/** The findings list, grouped by the report's parts. */
function renderList(): void {
  const s = t();
  findingsBox.textContent = '';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  summaryBox.textContent = findings.length
    ? format(s.summary, { n: findings.length, e: counts.error, w: counts.warning, i: counts.info, ms: document.body.dataset.lintMs ?? '' })
    : s.noFindings;
  if (!doc) return;
  const parts = reportParts(doc);
  const byPart = new Map<number, number[]>();
  findings.forEach((f, i) => {
    let p = parts.findIndex((part) => f.span.start >= part.start && f.span.start < part.end);
    if (p < 0) p = parts.length - 1;
    byPart.set(p, [...(byPart.get(p) ?? []), i]);
  });
  for (const [p, indexes] of [...byPart].sort((a, b) => a[0] - b[0])) {
    const section = document.createElement('section');
    section.className = 'part';
    const h = document.createElement('h3');
    h.textContent = `${partTitle(parts[p]?.title)}（${indexes.length}）`;
    section.append(h);
    const list = document.createElement('ol');
    for (const i of indexes) list.append(findingItem(i));
    section.append(list);
    findingsBox.append(section);
  }
}

function findingItem(i: number): HTMLLIElement {
  const s = t();
  const f = findings[i];
  const li = document.createElement('li');
  li.className = `sev-${f.severity}`;
  li.id = `finding-${i}`;
  li.dataset.rule = f.ruleId;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'finding';
  button.dataset.index = String(i);
  button.innerHTML =
    `<span class="badge sev-${f.severity}">${escapeHtml(s[f.severity])}</span>${escapeHtml(f.messages[locale])}` +
    `<span class="where">${escapeHtml(format(s.at, { line: f.line, column: f.column }))} · ${escapeHtml(f.ruleId)}</span>`;
  button.addEventListener('click', () => {
    lastButton = button;
    reveal(i);
  });
  li.append(button);
  const fixes = document.createElement('div');
  fixes.className = 'fixes';
  if (f.fix) fixes.append(fixButton(format(s.applyFix, { title: f.fix.title[locale] }), f.fix.edits, 'fix'));
  for (const sug of f.suggestions ?? []) fixes.append(fixButton(format(s.applySuggestion, { title: sug.title[locale] }), sug.edits, 'suggestion'));
  if (fixes.childElementCount) li.append(fixes);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const meta = (metas ??= ruleMetas(packs)).get(f.ruleId);
  summary.textContent = meta ? `${s.explanation}：${meta.description[locale]}` : s.explanation;
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (details.open && !details.querySelector('.doc')) {
      const body = document.createElement('div');
      body.className = 'doc';
      body.innerHTML = explanationHtml(f.ruleId);
      details.append(body);
    }
  });
  li.append(details);
  return li;
}

function fixButton(label: string, edits: readonly TextEdit[], kind: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = kind;
  b.textContent = label;
  b.addEventListener('click', () => applyToText(edits));
  return b;
}

/**
 * Replace the editor's text through the browser's editing command, so that Ctrl+Z undoes it; a
 * browser without it gets the value set (no undo).
 */
function replaceRange(start: number, end: number, text: string): void {
  textArea.focus();
  textArea.setSelectionRange(start, end);
  if (!document.execCommand('insertText', false, text)) textArea.setRangeText(text, start, end, 'end');
}

/** Apply one fix's edits to the text (offsets into the text last checked), then check again. */
function applyToText(edits: readonly TextEdit[]): void {
  // Edited since the check: the fix's offsets are stale; check again and let the user choose anew.
  if (textArea.value !== linted) {
    lintNow();
    return;
  }
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  if (sorted.length === 1) replaceRange(sorted[0].start, sorted[0].end, sorted[0].text);
  else replaceRange(0, textArea.value.length, applyEdits(textArea.value, edits));
  lintNow();
}

/** Select a finding's span in the text and scroll it into view; its list entry is marked. */
function reveal(i: number): void {
  const f = findings[i];
  if (!f) return;
  markCurrent(i);
  revealSpan(f.span.start, f.span.end, backdrop.querySelector<HTMLElement>(`[data-f~="${i}"]`));
}

/** Select a span of the text, scrolled to where `anchor` (its place in the backdrop) is. */
function revealSpan(start: number, end: number, anchor: HTMLElement | null): void {
  textArea.focus({ preventScroll: true });
  textArea.setSelectionRange(start, end);
  if (anchor) textArea.scrollTop = Math.max(0, anchor.offsetTop - textArea.clientHeight / 3);
  backdrop.scrollTop = textArea.scrollTop;
}

function markCurrent(i: number): void {
  document.querySelectorAll('.current').forEach((e) => e.classList.remove('current'));
  current = i;
  if (i < 0) return;
  document.getElementById(`finding-${i}`)?.classList.add('current');
  backdrop.querySelectorAll(`[data-f~="${i}"]`).forEach((e) => e.classList.add('current'));
}

/** The finding at the caret, marked in the list (the way back from the text to the list). */
function followCaret(): void {
  if (textArea.value !== linted) return;
  const at = textArea.selectionStart;
  const i = findings.findIndex((f) => f.span.start <= at && at <= f.span.end);
  if (i >= 0 && i !== current) {
    markCurrent(i);
    document.getElementById(`finding-${i}`)?.scrollIntoView({ block: 'nearest' });
  }
}

function publish(ms: number): void {
  machine.textContent = JSON.stringify(
    findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      start: f.span.start,
      end: f.span.end,
      fixable: Boolean(f.fix),
    })),
  );
  revision++;
  document.body.dataset.lintMs = ms.toFixed(1);
  document.body.dataset.revision = String(revision);
  document.body.dataset.state = 'ready';
}

function lintNow(): void {
  window.clearTimeout(timer);
  timer = undefined;
  if (!engineReady) return;
  const text = textArea.value;
  const started = performance.now();
  const result = lint(text, { locale, language, packs });
  const ms = performance.now() - started;
  linted = text;
  doc = result.doc;
  findings = result.findings;
  current = -1;
  document.body.dataset.lintMs = ms.toFixed(1);
  renderBackdrop();
  renderStructure();
  renderList();
  setStatus('');
  publish(ms);
  // The whole check as the user waits for it (lint and drawing), and when the page was first ready.
  document.body.dataset.checkMs = (performance.now() - started).toFixed(1);
  document.body.dataset.firstReadyMs ??= performance.now().toFixed(0);
}

function scheduleLint(): void {
  document.body.dataset.state = 'checking';
  window.clearTimeout(timer);
  timer = window.setTimeout(lintNow, RECHECK_MS);
}

function fixAllNow(): void {
  if (!engineReady) return;
  const { output, fixed } = fixAllCertain(textArea.value, { locale, language, packs });
  if (fixed === 0) {
    setStatus(t().noFixes);
    return;
  }
  replaceRange(0, textArea.value.length, output);
  lintNow();
  setStatus(format(t().fixedCount, { n: fixed }));
}

/** Offer bytes as a file download (no network: a blob URL, revoked soon after). */
function save(bytes: Uint8Array<ArrayBuffer>, type: string, name: string): void {
  const blob = new Blob([bytes], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function download(): void {
  const text = lineEnd === '\n' ? textArea.value : textArea.value.replace(/\n/g, lineEnd);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = encodeText(text, encoding.name, encoding.hadBom);
  } catch (error) {
    if (!(error instanceof EncodeError)) throw error;
    setStatus(format(t().encodeError, { char: error.char, offset: error.offset }));
    return;
  }
  save(bytes, `text/plain;charset=${encoding.name}`, fileName);
}

/**
 * The Word copy for review, as `fzlint annotate` writes it: the Word file the text came from (or, for
 * pasted and text files, a Word file of the text) with each finding of that text as a comment, and the
 * changes made in this page (fixes applied, edits) as tracked changes.
 */
async function downloadWord(): Promise<void> {
  if (!engineReady) return;
  const s = t();
  try {
    const copy = await wordCopy(wordSource, textArea.value, fileName, { locale, language, packs });
    save(copy.bytes as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', copy.name);
    const notes = [format(s.wordWritten, { name: copy.name, comments: copy.comments, changes: copy.changes })];
    if (copy.fixesNotTracked) notes.push(s.wordNotTracked);
    if (copy.approximateParagraphs > 0) notes.push(format(s.wordApproximate, { n: copy.approximateParagraphs }));
    setStatus(notes.join(' '));
    document.body.dataset.wordComments = String(copy.comments);
    document.body.dataset.wordChanges = String(copy.changes);
  } catch (error) {
    setStatus(format(s.wordError, { reason: (error as Error).message }));
  }
}

/** The loaded packs, each with its name, version and a remove button. */
function renderPacks(): void {
  const s = t();
  const list = $('pack-list');
  list.textContent = '';
  $('packs').hidden = packs.length === 0;
  for (const pack of packs) {
    const li = document.createElement('li');
    li.dataset.pack = pack.name;
    const label = document.createElement('span');
    label.className = 'pack-name';
    label.textContent = pack.version ? `${pack.name} ${pack.version}` : pack.name;
    label.title = pack.file;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove-pack';
    remove.textContent = s.removePack;
    remove.setAttribute('aria-label', format(s.removePackLabel, { name: pack.name }));
    remove.addEventListener('click', () => {
      packs = packs.filter((p) => p !== pack);
      showPackProblems(undefined);
      packsChanged();
      setStatus(format(t().packRemoved, { name: pack.name }));
    });
    li.append(label, ' ', remove);
    list.append(li);
  }
}

interface PackReport {
  /** A file that was not loaded, or a loaded pack with entries ignored. */
  kind: 'refused' | 'warnings';
  name: string;
  problems: readonly ConfigProblem[];
}

let packReport: PackReport | undefined;

/** A pack's problems under the toolbar (a refused file's, or the entries a loaded pack had ignored). */
function showPackProblems(report: PackReport | undefined): void {
  packReport = report;
  const box = $('pack-problems');
  box.textContent = '';
  box.hidden = !report;
  if (!report) return;
  const s = t();
  const p = document.createElement('p');
  p.textContent = format(report.kind === 'refused' ? s.packRefused : s.packWarnings, { name: report.name });
  const list = document.createElement('ul');
  for (const problem of report.problems) {
    const li = document.createElement('li');
    li.textContent = format(s.packAt, { file: problem.file, line: problem.line, column: problem.column, message: problem.messages[locale] });
    list.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', s.closeProblems);
  close.addEventListener('click', () => showPackProblems(undefined));
  box.append(close, p, list);
}

function packsChanged(): void {
  metas = undefined;
  renderPacks();
  lintNow();
}

/** Read a pack file the user chose or dropped: data rules only; its problems are shown, never thrown. */
async function readPack(file: File): Promise<void> {
  const s = t();
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  if ('error' in decoded) {
    showPackProblems({ kind: 'refused', name: file.name, problems: [] });
    setStatus(format(s.fileError, { name: file.name, reason: s.packNotText }));
    return;
  }
  let read: ReturnType<typeof readPackText>;
  try {
    read = readPackText(decoded.text, file.name);
  } catch (error) {
    const message = (error as Error).message;
    read = {
      ok: false,
      problems: [{ file: file.name, code: 'parse', line: 1, column: 1, endLine: 1, endColumn: 1, messages: { 'zh-CN': message, en: message } }],
    };
  }
  if (!read.ok) {
    showPackProblems({ kind: 'refused', name: file.name, problems: read.problems });
    setStatus(format(s.packRefusedStatus, { name: file.name }));
    return;
  }
  const pack = read.pack;
  // The same pack loaded again replaces the earlier copy (a corrected file, read anew).
  packs = [...packs.filter((p) => p.name !== pack.name), pack];
  showPackProblems(read.problems.length ? { kind: 'warnings', name: pack.name, problems: read.problems } : undefined);
  packsChanged();
  setStatus(format(s.packLoaded, { name: pack.name, version: pack.version ?? '' }));
}

const PACK_FILE = /\.(ya?ml|json)$/i;

/** A file's text in the editor, checked. */
function show(
  name: string,
  kind: 'plaintext' | 'markdown',
  text: string,
  read: { name: TextEncoding; hadBom: boolean } = { name: 'utf-8', hadBom: false },
): void {
  language = kind;
  encoding = read;
  fileName = name;
  wordSource = undefined;
  // The editor holds lines ending in \n; the download gets the file's own line ends back.
  lineEnd = /\r\n/.test(text) ? '\r\n' : '\n';
  textArea.value = text;
  textArea.scrollTop = 0;
  lintNow();
}

async function readFile(file: File): Promise<void> {
  const s = t();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    let text: string;
    try {
      text = (await readDocxText(bytes)).text;
    } catch (error) {
      setStatus(format(s.fileError, { name: file.name, reason: (error as Error).message }));
      return;
    }
    show(file.name.replace(/\.docx$/i, '.txt'), 'plaintext', text);
    wordSource = { bytes, text, name: file.name };
    setStatus(format(s.fileRead, { name: file.name, encoding: 'Word' }));
    return;
  }
  if (!/\.(txt|md|markdown)$/i.test(file.name)) {
    setStatus(format(s.fileError, { name: file.name, reason: s.unsupported }));
    return;
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    setStatus(format(s.fileError, { name: file.name, reason: decoded.error === 'damaged-utf8' ? s.damaged : s.notText }));
    return;
  }
  show(file.name, /\.(md|markdown)$/i.test(file.name) ? 'markdown' : 'plaintext', decoded.text, { name: decoded.encoding, hadBom: decoded.hadBom });
  setStatus(format(s.fileRead, { name: file.name, encoding: decoded.encoding === 'gb18030' ? 'GB18030' : 'UTF-8' }));
}

function wire(): void {
  textArea.addEventListener('input', scheduleLint);
  textArea.addEventListener('scroll', () => {
    backdrop.scrollTop = textArea.scrollTop;
  });
  textArea.addEventListener('keyup', followCaret);
  textArea.addEventListener('click', followCaret);
  textArea.addEventListener('keydown', (e) => {
    // Escape: back from the text to the finding last opened in the list.
    if (e.key === 'Escape' && lastButton) {
      e.preventDefault();
      lastButton.focus();
    }
  });
  $('fix-all').addEventListener('click', fixAllNow);
  $('download').addEventListener('click', download);
  $('download-word').addEventListener('click', () => void downloadWord());
  $('language').addEventListener('click', () => {
    locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
    renderChrome();
    if (textArea.value !== linted) lintNow();
    else {
      renderStructure();
      renderList();
    }
  });
  const packInput = $<HTMLInputElement>('pack-file');
  packInput.addEventListener('change', () => {
    const file = packInput.files?.[0];
    if (file) void readPack(file);
    packInput.value = '';
  });
  const input = $<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void readFile(file);
    input.value = '';
  });
  const overlay = $('drop-overlay');
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) overlay.hidden = true;
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void (PACK_FILE.test(file.name) ? readPack(file) : readFile(file));
  });
}

async function start(): Promise<void> {
  performance.mark('fzlint-script');
  renderChrome();
  wire();
  setStatus(t().loading);
  await ready();
  performance.mark('fzlint-dictionary');
  engineReady = true;
  lintNow();
}

void start();
