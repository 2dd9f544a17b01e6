/**
 * The VS Code client's half of 对照去年报告 (client/src/previous-report.ts), against a stand-in for the
 * `vscode` module (no VS Code can be started here; the code-server end-to-end test drives the real
 * workbench): the text comes from the server's `fzlint/previousReportText`, the document is served
 * under the read-only `fzlint-previous:` scheme with the file's path, and it is shown beside the
 * report with the cursor on the finding's line.
 */
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import * as path from 'node:path';

interface FakeUri {
  scheme: string;
  path: string;
  with(change: { scheme?: string }): FakeUri;
  toString(): string;
}

function uri(scheme: string, p: string): FakeUri {
  return { scheme, path: p, with: (c) => uri(c.scheme ?? scheme, p), toString: () => `${scheme}://${encodeURI(p)}` };
}

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

interface Provider {
  provideTextDocumentContent(u: FakeUri): string;
}
const providers = new Map<string, Provider>();
const shown: { uri: string; text: string; languageId: string; viewColumn: unknown; line: number }[] = [];

const fakeVscode = {
  EventEmitter: class {
    event = () => ({ dispose() {} });
    fire() {}
  },
  Position,
  Range,
  Selection: Range,
  ViewColumn: { Beside: -2 },
  Uri: {
    parse: (s: string) => {
      const m = /^([a-z-]+):\/\/(.*)$/.exec(s);
      return m ? uri(m[1], decodeURI(m[2])) : uri('untitled', s);
    },
  },
  workspace: {
    registerTextDocumentContentProvider: (scheme: string, provider: Provider) => {
      providers.set(scheme, provider);
      return { dispose: () => providers.delete(scheme) };
    },
    openTextDocument: async (u: FakeUri) => {
      const text = providers.get(u.scheme)!.provideTextDocumentContent(u);
      return { uri: u, languageId: 'plaintext', lineCount: text.split('\n').length, getText: () => text };
    },
  },
  languages: {
    setTextDocumentLanguage: async <T extends object>(doc: T, languageId: string) => ({ ...doc, languageId }),
  },
  window: {
    showTextDocument: async (doc: { uri: FakeUri; getText(): string; languageId: string }, options: { viewColumn: unknown; selection: Range }) => {
      const editor = { selection: options.selection };
      shown.push({
        uri: doc.uri.toString(),
        text: doc.getText(),
        languageId: doc.languageId,
        viewColumn: options.viewColumn,
        line: options.selection.start.line,
      });
      return editor;
    },
  },
};

// `import 'vscode'` in the client module gets the stand-in.
const moduleApi = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
const load = moduleApi._load;

describe('VS Code client: last year’s report opens read-only (client/src/previous-report.ts)', function () {
  let viewer: typeof import('../../client/src/previous-report');
  before(() => {
    moduleApi._load = function (request, parent, isMain) {
      return request === 'vscode' ? fakeVscode : load.call(this, request, parent, isMain);
    };
    // Required (not imported) after the hook, so that its `vscode` import is resolved by it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    viewer = require('../../client/src/previous-report') as typeof viewer;
  });
  after(() => {
    moduleApi._load = load;
  });
  beforeEach(() => {
    shown.length = 0;
    providers.clear();
  });

  const lastYear = path.resolve('/报告/去年.docx');
  const text = '某县人民政府2022年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件86件。\n二、存在的不足和原因\n基层执法人员法律素养有待提升。\n';

  it('asks the server for the text, serves it under fzlint-previous: and shows it beside the report at the line', async () => {
    const requests: [string, unknown][] = [];
    const client = { sendRequest: async (method: string, params: unknown) => (requests.push([method, params]), text) };
    const { show } = viewer.previousReportViewer(() => client as never);
    assert.ok(providers.has(viewer.PREVIOUS_REPORT_SCHEME), 'a content provider (read-only documents) for the scheme');
    const fileUri = `file://${encodeURI(lastYear)}`;
    assert.equal(await show(fileUri, 4), true);
    assert.deepEqual(requests, [['fzlint/previousReportText', { uri: fileUri }]]);
    assert.deepEqual(shown, [{ uri: `fzlint-previous://${encodeURI(lastYear)}`, text, languageId: 'fzreport', viewColumn: -2, line: 4 }]);
  });

  it('a line past the end shows the last line; no text from the server, not a file, or no client: nothing shown (the server’s showDocument then)', async () => {
    let answer: string | null = text;
    const client = { sendRequest: async () => answer };
    const { show } = viewer.previousReportViewer(() => client as never);
    assert.equal(await show(`file://${encodeURI(lastYear)}`, 99), true);
    assert.equal(shown[0].line, text.split('\n').length - 1);
    answer = null;
    assert.equal(await show(`file://${encodeURI(lastYear)}`, 1), false);
    assert.equal(await show('untitled://x', 1), false);
    // The language client not running (yet): nothing shown either.
    assert.equal(await viewer.previousReportViewer(() => undefined).show(`file://${encodeURI(lastYear)}`, 1), false);
    assert.equal(shown.length, 1);
  });
});
