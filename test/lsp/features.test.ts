/** Unit tests of the language server's feature modules (no process, no protocol). */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedRangeEdit } from '../../server/src/lsp/code-actions';
import { isReportCandidate, isReportDocument } from '../../server/src/lsp/documents';
import { normalizeSettings, type FzlintSettings } from '../../server/src/lsp/settings';
import { Validator } from '../../server/src/lsp/validation';

const TITLE = '汕尾市人民政府2020年法治政府建设年度报告';

describe('lsp/documents', function () {
  it('takes .txt/.md files and untitled plain text or Markdown buffers as candidates', function () {
    assert.equal(isReportCandidate('file:///a/%E6%8A%A5%E5%91%8A.txt', 'plaintext'), true);
    assert.equal(isReportCandidate('file:///a/report.MD', 'markdown'), true);
    assert.equal(isReportCandidate('file:///a/report.markdown', 'markdown'), true);
    assert.equal(isReportCandidate('untitled:Untitled-1', 'plaintext'), true);
    assert.equal(isReportCandidate('untitled:Untitled-1', 'json'), false);
    assert.equal(isReportCandidate('file:///a/notes.log', 'plaintext'), false);
    assert.equal(isReportCandidate('file:///a/Makefile', 'plaintext'), false);
  });

  it('lints official documents only: a report title, also after blank lines, a 文号 or in Markdown; not a README', function () {
    let n = 0;
    const doc = (text: string, uri = `file:///a/r${++n}.txt`, languageId = 'plaintext') => TextDocument.create(uri, languageId, 1, text);
    assert.equal(isReportDocument(doc(`${TITLE}\n\n正文。`)), true);
    assert.equal(isReportDocument(doc(`汕府〔2021〕5号\r\n\r\n# ${TITLE}\r\n`, 'file:///a/r.md', 'markdown')), true, 'Markdown heading, CRLF');
    assert.equal(isReportDocument(doc(`${'\n'.repeat(100)}${TITLE}`)), true, 'blank lines do not count');
    assert.equal(isReportDocument(doc(`${'一行。\n'.repeat(40)}${TITLE}`)), false, 'past the 40th line, after body text');
    assert.equal(isReportDocument(doc('# fzlint\n\n检查法治政府建设年度报告。\n', 'file:///a/README.md', 'markdown')), false, 'a sentence is not a title');
    assert.equal(isReportDocument(doc('')), false);
  });
});

describe('lsp/settings', function () {
  const defaults = {
    enable: true,
    locale: 'zh-CN',
    run: 'onType',
    debounce: 150,
    rules: {},
    configFile: '',
    allowCodeRules: false,
    docsBase: '',
    previousReport: '',
    archiveFolders: [],
  };
  it('keeps valid values and falls back to the defaults', function () {
    assert.deepEqual(normalizeSettings({ enable: false, locale: 'en' }), { ...defaults, enable: false, locale: 'en' });
    assert.deepEqual(normalizeSettings({ locale: 'zh-cn' }), defaults);
    assert.deepEqual(normalizeSettings({ enable: 'no', locale: 'fr' }), defaults);
    assert.deepEqual(normalizeSettings(null), defaults);
  });

  it('reads run, debounce, per-rule severities and the config file path', function () {
    assert.deepEqual(
      normalizeSettings({
        run: 'onSave',
        debounce: 300.4,
        rules: { 'straight-quotes': 'off', 'year-range-dash': 'error', Bad: 'off', x: 'loud' },
        configFile: ' .fzlintrc.yaml ',
      }),
      { ...defaults, run: 'onSave', debounce: 300, rules: { 'straight-quotes': 'off', 'year-range-dash': 'error' }, configFile: '.fzlintrc.yaml' },
    );
    assert.equal(normalizeSettings({ debounce: -5 }).debounce, 0);
    assert.equal(normalizeSettings({ debounce: 1e9 }).debounce, 5000);
    assert.equal(normalizeSettings({ run: 'sometimes' }).run, 'onType');
    assert.deepEqual(normalizeSettings({ rules: ['straight-quotes'] }).rules, {});
    // Code rule ids are namespaced; only `true` itself turns allowCodeRules on.
    assert.deepEqual(normalizeSettings({ rules: { 'my-pack/no-foo': 'warning' } }).rules, { 'my-pack/no-foo': 'warning' });
    assert.equal(normalizeSettings({ allowCodeRules: 'true' }).allowCodeRules, false);
    assert.equal(normalizeSettings({ allowCodeRules: true }).allowCodeRules, true);
  });

  it('reads last year’s report: off, auto (any case) or a path; archive folders as a list of paths', function () {
    assert.equal(normalizeSettings({}).previousReport, '');
    assert.equal(normalizeSettings({ previousReport: ' Auto ' }).previousReport, 'auto');
    assert.equal(normalizeSettings({ previousReport: ' 档案/2022年报告.docx ' }).previousReport, '档案/2022年报告.docx');
    assert.equal(normalizeSettings({ previousReport: true }).previousReport, '');
    assert.deepEqual(normalizeSettings({ archiveFolders: [' 档案 ', '', 3, '/srv/reports'] }).archiveFolders, ['档案', '/srv/reports']);
    assert.deepEqual(normalizeSettings({ archiveFolders: '档案' }).archiveFolders, []);
  });

  it('reads the docs base: an http(s) or file: URL or an absolute folder, as a base ending in /; anything else is dropped', function () {
    assert.equal(normalizeSettings({ docsBase: ' https://intranet.example/fzlint/docs ' }).docsBase, 'https://intranet.example/fzlint/docs/');
    assert.equal(normalizeSettings({ docsBase: 'file:///srv/fzlint/docs/' }).docsBase, 'file:///srv/fzlint/docs/');
    assert.equal(normalizeSettings({ docsBase: path.resolve('/srv/fzlint docs') }).docsBase, pathToFileURL(path.resolve('/srv/fzlint docs') + path.sep).href);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'relative/docs', 'https://x.example/?q=1', 42]) {
      assert.equal(normalizeSettings({ docsBase: bad }).docsBase, '', String(bad));
    }
  });
});

describe('lsp/code-actions changedRangeEdit', function () {
  const edit = (before: string, after: string) => {
    const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, before);
    const e = changedRangeEdit(doc, before, after);
    if (e) assert.equal(TextDocument.applyEdits(doc, [e]), after);
    return e;
  };

  it('replaces only the changed middle', function () {
    assert.equal(edit('abc', 'abc'), undefined);
    assert.deepEqual(edit('共78 件。\n下一行', '共78件。\n下一行'), {
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } },
      newText: '',
    });
    edit('一、总体情况，\n二、存在问题', '一、总体情况。\n二、存在问题。');
    edit('', 'new');
    edit('old', '');
  });

  it('never cuts a surrogate pair or a CRLF in half', function () {
    // U+20BB7 𠮷 and U+20BB8 share their high surrogate.
    const e = edit('a\u{20BB7}b', 'a\u{20BB8}b');
    assert.ok(e);
    assert.equal(e.newText, '\u{20BB8}');
    const crlf = edit('甲\r\n乙', '甲\n乙');
    assert.ok(crlf);
    assert.equal(crlf.range.start.character, 1);
  });
});

describe('lsp/validation Validator', function () {
  const settings: FzlintSettings = normalizeSettings({});

  function harness(debounceMs: number) {
    const docs = new Map<string, TextDocument>();
    const published: PublishDiagnosticsParams[] = [];
    let notify: (() => void) | undefined;
    const validator = new Validator(
      {
        document: (uri) => docs.get(uri),
        settings: async () => settings,
        diagnose: (doc): Diagnostic[] => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: doc.getText() }],
        publish: (p) => {
          published.push(p);
          notify?.();
        },
        error: (m) => assert.fail(m),
      },
      debounceMs,
    );
    const next = () =>
      new Promise<PublishDiagnosticsParams>((resolve) => {
        const at = published.length;
        notify = () => {
          if (published.length > at) resolve(published[at]);
        };
      });
    return { docs, published, validator, next };
  }

  it('publishes once, for the last of several quick changes', async function () {
    const { docs, published, validator, next } = harness(30);
    const uri = 'file:///r.txt';
    const waiting = next();
    for (let v = 1; v <= 5; v++) {
      const doc = TextDocument.create(uri, 'plaintext', v, `v${v}`);
      docs.set(uri, doc);
      validator.schedule(doc);
    }
    const p = await waiting;
    assert.equal(p.version, 5);
    assert.equal(p.diagnostics[0].message, 'v5');
    validator.dispose();
    assert.equal(published.length, 1);
  });

  it('does not delay the first run of an opened document, and clears on close', async function () {
    const { docs, validator, next } = harness(10000);
    const uri = 'file:///r.txt';
    const doc = TextDocument.create(uri, 'plaintext', 1, 'text');
    docs.set(uri, doc);
    const first = next();
    validator.schedule(doc, 0); // didOpen
    validator.schedule(doc); // the content-changed event that follows it, same version
    assert.equal((await first).version, 1);

    const closed = next();
    validator.schedule(TextDocument.update(doc, [{ text: 'more' }], 2));
    docs.delete(uri);
    validator.close(uri);
    assert.deepEqual(await closed, { uri, diagnostics: [] });
    validator.dispose();
  });
});
