import type { Document, LineCounter } from 'yaml';
import { loadYaml } from './yaml-parser';
import type { ConfigProblem, SourcePosition } from './types';

/** Limits that keep a hostile or broken file from hanging or exhausting the process. */
export const LIMITS = {
  /** Bytes of one config or pack file. A 10,000-entry term list is well under 2 MB. */
  maxFileBytes: 8 * 1024 * 1024,
  /** Alias expansions while turning YAML into data ("billion laughs"). */
  maxAliasCount: 1000,
  /** Nesting of mappings and sequences. */
  maxDepth: 32,
};

export type PathSegment = string | number;

export interface ParsedFile {
  value: unknown;
  /** The position of the value at `path` (the nearest existing ancestor when it is absent). */
  locate(path: readonly PathSegment[], key?: boolean): SourcePosition;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problem: ConfigProblem };

function positionFromOffsets(lc: LineCounter, start: number, end: number): SourcePosition {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Depth of brackets outside quoted strings: caught before the parser recurses. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) max = depth;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '\n') quote = '';
  }
  return max;
}

/**
 * Nesting of YAML block collections, estimated from indentation and compact `- ` / `? ` indicators:
 * caught before the parser recurses (a few thousand indented levels overflow its stack). Lines of a
 * block scalar (`|`, `>`) are text and do not count.
 */
function blockDepth(text: string): number {
  const indents: number[] = [];
  let max = 0;
  let scalarIndent = -1;
  for (const line of text.split(/\r?\n|\r/)) {
    const m = /^([ \t]*)(.*)$/.exec(line)!;
    const indent = m[1].length;
    const rest = m[2];
    if (!rest || rest.startsWith('#')) continue;
    if (scalarIndent >= 0) {
      if (indent > scalarIndent) continue;
      scalarIndent = -1;
    }
    while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
    indents.push(indent);
    const compact = /^(?:[-?](?:[ \t]+|$))*/.exec(rest)![0].replace(/[ \t]/g, '').length;
    const depth = indents.length + compact;
    if (depth > max) max = depth;
    if (/(?:^|[:\s-])[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(rest)) scalarIndent = indent;
  }
  return max;
}

function valueDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v && typeof v === 'object') {
      if (d + 1 > max) max = d + 1;
      if (max > LIMITS.maxDepth) return max;
      for (const child of Object.values(v as object)) stack.push([child, d + 1]);
    }
  }
  return max;
}

function problemAt(file: string, code: ConfigProblem['code'], pos: SourcePosition, zh: string, en: string): ConfigProblem {
  return { file, code, ...pos, messages: { 'zh-CN': zh, en } };
}

const START: SourcePosition = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Parse a YAML or JSON config/pack file into plain data, with positions for error messages.
 * JSON is parsed strictly with JSON.parse; the YAML parser only supplies positions.
 * `prefix` is the path of the interesting part (`['fzlint']` inside package.json).
 */
export function parseConfigText(text: string, file: string, options: { json?: boolean; prefix?: PathSegment[] } = {}): ParseResult {
  const json = options.json ?? /\.json$/i.test(file);
  const prefix = options.prefix ?? [];
  // Made with the YAML document (yamlDoc): every position lookup comes after it; a JSON file that parses never loads yaml.
  let lc!: LineCounter;
  if (text.length > LIMITS.maxFileBytes) {
    return {
      ok: false,
      problem: problemAt(
        file,
        'unsafe',
        START,
        `文件过大（超过 ${LIMITS.maxFileBytes / 1024 / 1024} MB），未读取。`,
        `The file is too large (over ${LIMITS.maxFileBytes / 1024 / 1024} MB); not read.`,
      ),
    };
  }
  const depth = Math.max(flowDepth(text), json ? 0 : blockDepth(text));
  if (depth > LIMITS.maxDepth) {
    return {
      ok: false,
      problem: problemAt(
        file,
        'unsafe',
        START,
        `嵌套层数过深（${depth} 层，上限 ${LIMITS.maxDepth}），未读取。`,
        `Nesting is too deep (${depth} levels, maximum ${LIMITS.maxDepth}); not read.`,
      ),
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // The YAML parser gives positions; for JSON it runs only when a position is needed (an error),
  // because JSON.parse is many times faster on a large pack.
  let parsedDoc: Document.Parsed | undefined;
  const yamlDoc = (): Document.Parsed =>
    (parsedDoc ??= loadYaml().parseDocument(body, { lineCounter: (lc = new (loadYaml().LineCounter)()), prettyErrors: false, uniqueKeys: true, strict: true }));
  let value: unknown;
  if (json) {
    try {
      value = JSON.parse(body);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      let pos = START;
      try {
        const yamlError = yamlDoc().errors[0];
        if (at) pos = positionFromOffsets(lc, Number(at[1]), Number(at[1]) + 1);
        else if (yamlError) pos = positionFromOffsets(lc, yamlError.pos[0], yamlError.pos[1]);
      } catch {
        // keep the start of the file
      }
      return { ok: false, problem: problemAt(file, 'parse', pos, `JSON 语法错误：${message}`, `Invalid JSON: ${message}`) };
    }
  } else {
    let doc: Document.Parsed;
    try {
      doc = yamlDoc();
    } catch (error) {
      return { ok: false, problem: problemAt(file, 'parse', START, `无法解析：${String(error)}`, `Cannot parse: ${String(error)}`) };
    }
    const error = doc.errors[0];
    if (error) {
      const first = error.message.split('\n')[0];
      if (/call stack/i.test(first)) {
        return {
          ok: false,
          problem: problemAt(
            file,
            'unsafe',
            START,
            `嵌套层数过深（上限 ${LIMITS.maxDepth}），未读取。`,
            `Nesting is too deep (maximum ${LIMITS.maxDepth}); not read.`,
          ),
        };
      }
      return {
        ok: false,
        problem: problemAt(file, 'parse', positionFromOffsets(lc, error.pos[0], error.pos[1]), `YAML 语法错误：${first}`, `Invalid YAML: ${first}`),
      };
    }
    try {
      value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    } catch (error) {
      const aliasBomb = /alias/i.test(String(error));
      return {
        ok: false,
        problem: aliasBomb
          ? problemAt(
              file,
              'unsafe',
              START,
              `YAML 别名（*引用）展开过多（上限 ${LIMITS.maxAliasCount}），疑为“十亿笑声”攻击，未读取。`,
              `Too many YAML alias expansions (maximum ${LIMITS.maxAliasCount}): a resource exhaustion attack? Not read.`,
            )
          : problemAt(file, 'parse', START, `无法解析：${String(error)}`, `Cannot parse: ${String(error)}`),
      };
    }
  }
  const d = valueDepth(value);
  if (d > LIMITS.maxDepth) {
    return {
      ok: false,
      problem: problemAt(
        file,
        'unsafe',
        START,
        `嵌套层数过深（超过 ${LIMITS.maxDepth} 层），未读取。`,
        `Nesting is too deep (over ${LIMITS.maxDepth} levels); not read.`,
      ),
    };
  }
  for (const seg of prefix) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[seg as string] : undefined;

  const locate = (path: readonly PathSegment[], key = false): SourcePosition => {
    let doc: Document.Parsed;
    try {
      doc = yamlDoc();
    } catch {
      return START;
    }
    const full = [...prefix, ...path];
    for (let n = full.length; n >= 0; n--) {
      const sub = full.slice(0, n);
      if (key && n === full.length && n > 0) {
        const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
        const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
        const pair = items?.find((p) => p.key && String(p.key.value) === String(sub[sub.length - 1]));
        if (pair?.key?.range) return positionFromOffsets(lc, pair.key.range[0], pair.key.range[1]);
      }
      const node = (sub.length === 0 ? doc.contents : doc.getIn(sub, true)) as { range?: [number, number, number] } | null | undefined;
      if (node && node.range) return positionFromOffsets(lc, node.range[0], node.range[1]);
    }
    return START;
  };
  return { ok: true, file: { value, locate } };
}
