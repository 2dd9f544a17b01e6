import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { importCycles, importGraph, relativeSpecifiers } from '../../helpers/import-graph';
import { repoRoot } from '../../helpers/paths';

// Every relative import is an edge, type-only imports included (`import type`, `export type … from`,
// `import('./x').T`): a circle of types is still a circle of modules.

const describeCircles = (cycles: string[][]) => cycles.map((c) => c.join(' → ')).join('\n');

describe('import graph', () => {
  it('server/src has no import circle (engine, CLI, language server)', () => {
    const graph = importGraph(path.join(repoRoot, 'server', 'src'));
    assert.ok(graph.has('engine/lint.ts') && graph.has('engine/suppressions.ts'), 'the walk reaches the engine');
    const cycles = importCycles(graph);
    assert.equal(cycles.length, 0, `import circles in server/src:\n${describeCircles(cycles)}`);
  });

  it('client/src has no import circle', () => {
    const cycles = importCycles(importGraph(path.join(repoRoot, 'client', 'src')));
    assert.equal(cycles.length, 0, `import circles in client/src:\n${describeCircles(cycles)}`);
  });

  it('the directive grammar sits below the parser: the Markdown mask does not reach the rules', () => {
    const graph = importGraph(path.join(repoRoot, 'server', 'src'));
    const reachable = new Set<string>();
    const walk = (file: string) => {
      if (reachable.has(file)) return;
      reachable.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk('engine/document/markdown-mask.ts');
    assert.ok(reachable.has('engine/document/directives.ts'));
    for (const above of ['engine/suppressions.ts', 'engine/rule.ts', 'engine/rules/unused-disable.ts', 'engine/document/report-document.ts']) {
      assert.ok(!reachable.has(above), `markdown-mask reaches ${above}`);
    }
  });

  describe('the checker', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-import-graph-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };

    it('names a circle closed by a type-only import, file by file', () => {
      write('a.ts', "import { b } from './sub/b';\nexport const a = b;\n");
      write('sub/b.ts', "import { c } from '../c';\nexport const b = c;\n");
      write('c.ts', "import type { A } from './a';\nexport const c = 1;\nexport type C = A;\n");
      write('d.ts', "import { a } from './a';\nexport const d = a;\n");
      assert.deepEqual(importCycles(importGraph(dir)), [['a.ts', 'sub/b.ts', 'c.ts', 'a.ts']]);
    });

    it('finds circles through index files, re-exports and dynamic imports, and a file importing itself', () => {
      write('x/index.ts', "export * from '../y';\n");
      write('y.ts', "export async function load() { return import('./x'); }\n");
      write('self.ts', "import './self';\n");
      assert.deepEqual(importCycles(importGraph(dir)), [
        ['self.ts', 'self.ts'],
        ['x/index.ts', 'y.ts', 'x/index.ts'],
      ]);
    });

    it('passes a graph without circles and ignores package imports', () => {
      write('a.ts', "import * as fs from 'node:fs';\nimport { b } from './b';\nexport const a = [fs, b];\n");
      write('b.ts', "import 'vscode-languageserver';\nexport const b = 1;\n");
      const graph = importGraph(dir);
      assert.deepEqual(graph.get('a.ts'), ['b.ts']);
      assert.deepEqual(importCycles(graph), []);
    });

    it('reads every form of relative import', () => {
      const text = [
        "import a from './a';",
        "import type { B } from './b';",
        "export { c } from './c';",
        "export type { D } from './d';",
        "import e = require('./e');",
        "const f = require('./f');",
        "const g = import('./g');",
        "type H = import('./h').H;",
        "import 'pkg';",
      ].join('\n');
      assert.deepEqual(relativeSpecifiers('t.ts', text), ['./a', './b', './c', './d', './e', './f', './g', './h']);
    });
  });
});
