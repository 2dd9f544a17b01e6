/**
 * Rule documentation where users are: the CLI's machine formats link the pages installed with
 * fzlint (file: URIs of files that exist, so they open offline) unless --docs-base names another
 * base; the HTML report carries the explanations itself. Needs `npm run build`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { escapeHtml } from '../../server/src/cli/formatters/html';
import { builtinRules } from '../../server/src/engine/rules';
import { allBuiltinRules } from '../../server/src/engine/lint';
import { repoRoot } from '../helpers/paths';
import { runCli, runJson, type JsonResult } from '../helpers/run-cli';

const REPORT = [
  '某某市人民政府2020年法治政府建设年度报告',
  '',
  '　　一、主要举措和成效',
  '',
  '　　（一）深化"放管服"改革。办理案件78 件，复议12 件。',
  '',
  '　　二、存在的不足和原因',
  '',
  '　　（一）基层力量不足。',
  '',
  '　　某某市人民政府',
  '',
  '　　2021年1月31日',
  '',
].join('\n');

/** The installed package's docs folder (here: the repository's), as the file: URI base the CLI uses. */
const bundledBase = pathToFileURL(path.join(repoRoot, 'docs') + path.sep).href;

function tempReport(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-docs-'));
  const file = path.join(dir, '2020年法治政府建设年度报告.txt');
  fs.writeFileSync(file, REPORT);
  return { dir, file };
}

/** A file: URI that names an existing file (the fragment aside). */
function assertExistingPage(url: string, page: string): void {
  assert.ok(url.startsWith('file:'), `${url} is a file: URI`);
  assert.equal(url.replace(/#.*$/, ''), `${bundledBase}${page}`);
  assert.ok(fs.statSync(fileURLToPath(url.replace(/#.*$/, ''))).isFile(), `${url} names an existing file`);
}

function messages(results: JsonResult[]): (JsonResult['messages'][number] & { url?: string })[] {
  return results.flatMap((r) => r.messages);
}

describe('rule documentation links (--docs-base, json url, sarif helpUri)', () => {
  const { dir, file } = tempReport();

  it('json: each finding’s url is the installed rule page, a file that exists', () => {
    const { results } = runJson([file]);
    const found = messages(results);
    assert.ok(
      found.some((m) => m.ruleId === 'number-unit-space'),
      'the report has the expected findings',
    );
    for (const m of found) assertExistingPage(m.url!, `rules/${m.ruleId}.md`);
  });

  it('json: a config error links docs/configuration.md of the installed package', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-docs-config-'));
    fs.writeFileSync(path.join(project, '.fzlintrc.json'), '{ "rules": { "no-such-rule": "error" } }');
    const report = path.join(project, '2020年法治政府建设年度报告.txt');
    fs.writeFileSync(report, REPORT);
    const { run, results } = runJson([report], { cwd: project });
    assert.equal(run.status, 2);
    const config = messages(results).filter((m) => m.ruleId === 'config-error');
    assert.ok(config.length > 0, run.stdout);
    for (const m of config) assertExistingPage(m.url!, 'configuration.md');
  });

  it('sarif: every rule’s helpUri and the tool’s informationUri are installed pages that exist', () => {
    const r = runCli(['--format', 'sarif', file]);
    assert.equal(r.status, 1, r.stderr);
    const driver = (JSON.parse(r.stdout) as Sarif.Log).runs[0].tool.driver;
    assert.equal(driver.rules!.length, allBuiltinRules().length);
    for (const rule of driver.rules!) assertExistingPage(rule.helpUri!, `rules/${rule.id}.md`);
    assertExistingPage(driver.informationUri!, 'README.md');
  });

  it('--docs-base https://…: json url and sarif helpUri are the page under that base', () => {
    const base = 'https://intranet.example.gov.cn/fzlint/docs';
    const { results } = runJson(['--docs-base', base, file]);
    for (const m of messages(results)) assert.equal(m.url, `${base}/rules/${m.ruleId}.md`);
    const driver = (JSON.parse(runCli(['--format', 'sarif', '--docs-base', `${base}/`, file]).stdout) as Sarif.Log).runs[0].tool.driver;
    for (const rule of driver.rules!) assert.equal(rule.helpUri, `${base}/rules/${rule.id}.md`);
    assert.equal(driver.informationUri, `${base}/README.md`);
  });

  it('--docs-base with a folder path (relative to the working folder) and FZLINT_DOCS_BASE', () => {
    const { results } = runJson(['--docs-base', 'mirror/docs', file], { cwd: dir });
    const base = pathToFileURL(path.join(dir, 'mirror', 'docs') + path.sep).href;
    for (const m of messages(results)) assert.equal(m.url, `${base}rules/${m.ruleId}.md`);
    const viaEnv = runJson([file], { env: { FZLINT_DOCS_BASE: 'https://docs.example/' } }).results;
    for (const m of messages(viaEnv)) assert.equal(m.url, `https://docs.example/rules/${m.ruleId}.md`);
  });

  it('--docs-base that is no http(s) or file: URL or folder: a usage error on one line, exit 2', () => {
    const r = runCli(['--docs-base', 'javascript:alert(1)', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^fzlint: --docs-base expects an http\(s\) or file: URL or a folder path, got "javascript:alert\(1\)"\n/);
    assert.equal(r.stdout, '');
  });
});

describe('HTML report: rule explanations embedded', () => {
  const { file } = tempReport();

  it('explains each rule with findings in the page itself, from its bundled page, and links the findings there', () => {
    const r = runCli(['--format', 'html', file]);
    assert.equal(r.status, 1, r.stderr);
    const html = r.stdout;
    const rule = builtinRules.find((x) => x.meta.id === 'number-unit-space')!;
    assert.match(html, /<section id="rules"><h2>规则说明（\d+）<\/h2>/);
    const article = html.match(/<article id="rule-number-unit-space">[\s\S]*?<\/article>/)?.[0];
    assert.ok(article, 'an explanation of number-unit-space');
    assert.ok(article.includes(escapeHtml(rule.meta.description['zh-CN'])), 'the rule’s description');
    // The page's own text (the Chinese part), escaped: the reasoning and the examples.
    const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'number-unit-space.md'), 'utf8');
    const reason = page.split('\n').find((l) => l.startsWith('GB/T 15835'))!;
    assert.ok(article.includes(escapeHtml(reason)), 'the page’s explanation');
    assert.doesNotMatch(article, /What:/, 'the English part only in an English report');
    // Each listed finding links its rule's explanation within the page, not a file on this machine.
    assert.match(html, /<a href="#rule-number-unit-space">number-unit-space<\/a>/);
    assert.doesNotMatch(html, /href="file:/);
    // Only rules with findings are explained.
    const explained = [...html.matchAll(/<article id="rule-([a-z0-9-]+)">/g)].map((m) => m[1]);
    const found = new Set(messages(runJson([file]).results).map((m) => m.ruleId));
    assert.deepEqual(new Set(explained), found);
  });

  it('in English: the page’s English section; a web docs base adds an online link', () => {
    const html = runCli(['--format', 'html', '--locale', 'en', '--docs-base', 'https://docs.example/fzlint/', file]).stdout;
    const article = html.match(/<article id="rule-number-unit-space">[\s\S]*?<\/article>/)?.[0] ?? '';
    assert.match(article, /\*\*What:\*\* a blank/);
    assert.doesNotMatch(article, /检查什么/);
    assert.match(article, /<a href="https:\/\/docs\.example\/fzlint\/rules\/number-unit-space\.md">online<\/a>/);
  });
});

describe('no placeholder repository address', () => {
  it('no source, test, doc, rule data or manifest names the placeholder repository on GitHub (it does not exist)', () => {
    const needle = ['github.com', 'fzlint'].join('/');
    const skip = new Set(['node_modules', 'dist', '.git', 'test-output']);
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(e.name) || e.name.startsWith('.scratch-')) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(?:ts|cjs|mjs|js|json|md|yaml|yml|txt|sh|lua)$|^\.\w+ignore$/.test(e.name) && fs.statSync(p).size < 2_000_000) {
          const text = fs.readFileSync(p, 'utf8');
          if (text.includes(needle)) hits.push(path.relative(repoRoot, p));
        }
      }
    };
    walk(repoRoot);
    assert.ok(
      fs.existsSync(path.join(repoRoot, 'package.json')) && fs.existsSync(path.join(repoRoot, 'server', 'src', 'engine', 'rule.ts')),
      'the walk covers the repository',
    );
    assert.deepEqual(hits, []);
  });
});
