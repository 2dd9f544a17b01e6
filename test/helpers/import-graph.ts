import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The import graph of the TypeScript files under a folder. Every relative import counts: value
 * imports, `import type`, `export … from`, `import x = require(…)`, dynamic `import(…)` and
 * `require(…)` calls. Type-only imports count too: a circle of types is still a circle of
 * modules that cannot be understood (or moved) one at a time. Package imports are not edges.
 */
export type ImportGraph = Map<string, string[]>;

export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** The relative module specifiers a file imports. */
export function relativeSpecifiers(fileName: string, text: string): string[] {
  return moduleSpecifiers(fileName, text).filter((s) => s.startsWith('.'));
}

/** Every module specifier a file imports (relative ones and packages), in the forms listed above. */
export function moduleSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) out.push(node.text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Files are keyed by their path relative to `root`, with `/` separators. */
export function importGraph(root: string): ImportGraph {
  const key = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const graph: ImportGraph = new Map();
  for (const file of tsFiles(root)) {
    const targets = new Set<string>();
    for (const specifier of relativeSpecifiers(file, fs.readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, specifier);
      if (target && target.startsWith(root + path.sep)) targets.add(key(target));
    }
    graph.set(key(file), [...targets].sort());
  }
  return graph;
}

/**
 * One circle per strongly connected part of the graph (Tarjan), each as the path of files that
 * closes it: `[a, b, c, a]`, sorted by first file. An empty list means the graph has no circle.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const parts: string[][] = [];
  let next = 0;
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (graph.get(v) ?? []).includes(v)) parts.push(part);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return parts.map((part) => shortestCircle(graph, new Set(part))).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The shortest circle through the first file (in sorted order) of a strongly connected part. */
function shortestCircle(graph: ImportGraph, part: Set<string>): string[] {
  const start = [...part].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const w of graph.get(v) ?? []) {
      if (!part.has(w)) continue;
      if (w === start) {
        const circle = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = previous.get(u)) circle.splice(1, 0, u);
        circle.push(start);
        return circle;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
