/**
 * One project API: the CLI and the language server resolve a report's configuration, decide its kind
 * and lint it through engine/project, so for the same file and the same config files they give the
 * same findings — on the reference report, its web copy and every real text in ../shared.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TestLspClient } from '../helpers/lsp-client';
import { fullwidthReport, repoRoot, webCopyReport } from '../helpers/paths';
import { runJson } from '../helpers/run-cli';

const REAL = path.resolve(repoRoot, '../shared/fixtures/real');

/** A project config that changes levels and options, so both shells must really read it. */
const CONFIG = {
  rules: { 'repeated-word': 'off', 'number-unit-space': 'error', 'submission-deadline': ['warning', {}] },
  issuerLevel: 'city',
};

interface Seen {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  level: string;
}

const LEVEL = ['', 'error', 'warning', 'info', 'info'];

const byPlace = (a: Seen, b: Seen) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

function fromDiagnostic(d: Diagnostic): Seen {
  return {
    ruleId: String(d.code),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: d.message,
    level: LEVEL[d.severity ?? 1],
  };
}

describe('the CLI and the language server give the same findings for the same file and config', function () {
  this.timeout(120000);
  const texts = [
    fullwidthReport,
    webCopyReport,
    ...fs
      .readdirSync(REAL)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(REAL, f)),
  ];
  let dir: string;
  let client: TestLspClient;

  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-parity-'));
    fs.writeFileSync(path.join(dir, '.fzlintrc.json'), JSON.stringify(CONFIG));
    ({ client } = await TestLspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'parity' }] }));
  });

  after(async function () {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const source of texts) {
    it(path.basename(source), async function () {
      const file = path.join(dir, path.basename(source));
      fs.copyFileSync(source, file);
      const { results } = runJson(['--locale', 'zh-CN', file]);
      assert.equal(results.length, 1);
      const cli = results[0].messages.map((m) => ({
        ruleId: m.ruleId,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        level: m.level,
      }));

      const uri = pathToFileURL(file).href;
      await client.open(uri, 'plaintext', 1, fs.readFileSync(file, 'utf8'));
      const published = await client.diagnosticsForVersion(uri, 1, 60000);
      await client.close(uri);
      const server = published.diagnostics.map(fromDiagnostic);

      assert.ok(!cli.some((m) => m.ruleId === 'repeated-word'), 'the config turned repeated-word off');
      assert.ok(
        cli.filter((m) => m.ruleId === 'number-unit-space').every((m) => m.level === 'error'),
        'the config made number-unit-space an error',
      );
      assert.deepEqual(server.sort(byPlace), cli.sort(byPlace));
    });
  }
});
