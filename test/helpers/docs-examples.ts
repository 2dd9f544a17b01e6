import { parse as parseYaml } from 'yaml';
import type { PackData } from '../../server/src/engine/pack/types';

/**
 * The example blocks of a rule page (docs/rules/<id>.md), read by the convention of docs/README.md:
 *
 * - a fenced block under `## 错误示例` is a wrong example, under `## 正确示例` a right one;
 * - the info string names the language (`text` or `markdown`) and may add `key=value` settings:
 *   `source=draft|published-copy` (how the text is read), `rule.<option>=<value>` (an option of the
 *   rule), `pack=page` (the page's ```yaml block with `data:` is added to the built-in pack),
 *   `previous=page` (the page's ```text last-year block is last year's report of the same issuer) or
 *   `previous=missing` (last year's report was looked for and not found);
 * - `←` starts a note to the reader: it and the rest of the line are not part of the example;
 * - in a wrong block, each line marked with `←` must get a finding of the rule; a wrong block with no
 *   mark must get one on every non-empty line that is not an ellipsis (……) line.
 */
export interface DocsExample {
  kind: 'wrong' | 'right';
  /** 1-based line of the opening fence in the page. */
  pageLine: number;
  language: 'plaintext' | 'markdown';
  source?: 'draft' | 'published-copy';
  /** Pack data the example is linted with, on top of the built-in pack (`pack=page`). */
  packData?: Partial<PackData>;
  options: Record<string, unknown>;
  /** Last year's report (`previous=page`: its text) or a lookup that found none (`previous=missing`). */
  previous?: { text: string } | 'missing';
  /** The example text with the notes stripped. */
  text: string;
  /** 1-based lines of `text` that must carry a finding (wrong examples). */
  expectedLines: number[];
}

const NOTE = /\s*←.*$/;

function settingValue(raw: string): unknown {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

export function readDocsExamples(page: string): DocsExample[] {
  const lines = page.split(/\r?\n/);
  const out: DocsExample[] = [];
  let kind: DocsExample['kind'] | undefined;
  let pageData: Partial<PackData> | undefined;
  const needPageData: DocsExample[] = [];
  const needPrevious: DocsExample[] = [];
  let previousText: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('## ')) {
      kind = /^## 错误示例/.test(line) ? 'wrong' : /^## 正确示例/.test(line) ? 'right' : undefined;
      continue;
    }
    const fence = /^```(\S*)\s*(.*)$/.exec(line);
    if (!fence) continue;
    const [lang, settings] = [fence[1], fence[2].split(/\s+/).filter(Boolean)];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    if (lang === 'yaml' && /^data:/m.test(body.join('\n'))) pageData = (parseYaml(body.join('\n')) as { data: Partial<PackData> }).data;
    if (settings.includes('last-year')) {
      previousText = body.map((l) => l.replace(NOTE, '')).join('\n') + '\n';
      continue;
    }
    if (!kind) continue;
    const example: DocsExample = {
      kind,
      pageLine: start + 1,
      language: lang === 'markdown' || lang === 'md' ? 'markdown' : 'plaintext',
      options: {},
      text: body.map((l) => l.replace(NOTE, '')).join('\n') + '\n',
      expectedLines: [],
    };
    for (const s of settings) {
      const [key, value = ''] = s.split('=');
      if (key === 'source' && (value === 'draft' || value === 'published-copy')) example.source = value;
      else if (s === 'pack=page') needPageData.push(example);
      else if (s === 'previous=page') needPrevious.push(example);
      else if (s === 'previous=missing') example.previous = 'missing';
      else if (key.startsWith('rule.')) example.options[key.slice(5)] = settingValue(value);
      else throw new Error(`page line ${start + 1}: unknown example setting "${s}"`);
    }
    if (kind === 'wrong') {
      const marked = body.flatMap((l, n) => (NOTE.test(l) ? [n + 1] : []));
      example.expectedLines = marked.length ? marked : body.flatMap((l, n) => (l.trim() && !/^[\s…]*$/.test(l) ? [n + 1] : []));
    }
    out.push(example);
  }
  for (const example of needPrevious) {
    if (!previousText) throw new Error(`page line ${example.pageLine}: previous=page, but the page has no \`\`\`text last-year block`);
    example.previous = { text: previousText };
  }
  for (const example of needPageData) {
    if (!pageData) throw new Error(`page line ${example.pageLine}: pack=page, but the page has no \`\`\`yaml block with data:`);
    example.packData = pageData;
  }
  return out;
}
