import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Root, Sentence } from 'nlcst';
import retextSyntaxUrls from 'retext-syntax-urls';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { bareUrls } from '../../../server/src/engine/document/markdown-mask';
import { retextChinese } from '../../../server/src/engine/document/retext-chinese';
import { scriptSegmenter } from '../../../server/src/engine/document/segmenter';
import { lintText } from '../../../server/src/engine/lint';
import { repoRoot } from '../../helpers/paths';

const urlsOf = (text: string) => bareUrls(text).map((s) => text.slice(s.start, s.end));

describe('bare URLs (retext with retext-syntax-urls, over ASCII runs)', () => {
  it('finds URLs with a scheme or www. inside Chinese text, without running into it', () => {
    assert.deepEqual(urlsOf('详见https://www.gov.cn/zhengce/a,b.htm相关规定。'), ['https://www.gov.cn/zhengce/a,b.htm']);
    assert.deepEqual(urlsOf('网址：http://www.shanwei.gov.cn，电话：12345。'), ['http://www.shanwei.gov.cn']);
    assert.deepEqual(urlsOf('登录www.shanwei.gov.cn查询。'), ['www.shanwei.gov.cn']);
    assert.deepEqual(urlsOf('地址 https://a.cn/?q=1&b=2#x 。'), ['https://a.cn/?q=1&b=2#x']);
    assert.deepEqual(urlsOf('见ftp://files.example.org/report.pdf;'), ['ftp://files.example.org/report.pdf']);
  });

  it('drops sentence punctuation after a URL, and a closing bracket it does not open', () => {
    assert.deepEqual(urlsOf('(see https://x.cn/a).'), ['https://x.cn/a']);
    assert.deepEqual(urlsOf('see https://x.cn/a(1).'), ['https://x.cn/a(1)']);
    assert.deepEqual(urlsOf('see www.gov.cn.'), ['www.gov.cn']);
    assert.deepEqual(urlsOf('参见(https://en.wikipedia.org/wiki/A_(b))。'), ['https://en.wikipedia.org/wiki/A_(b)']);
    assert.deepEqual(urlsOf('见[https://x.cn/a[1]]。'), ['https://x.cn/a[1]']);
  });

  it('does not take numbers, article numbers, file names or one-label www. for URLs', () => {
    assert.deepEqual(urlsOf('增长1.5个百分点，第1.2条，附件report.docx，www.gov。'), []);
    assert.deepEqual(urlsOf('比率为98.7%，版本v2.0.1。'), []);
    assert.deepEqual(urlsOf('http://'), []);
  });

  it('positions are offsets in the whole text (several URLs, UTF-16 text before them)', () => {
    const text = '𠀋一 https://a.cn/x 二 www.b.gov.cn 三';
    const spans = bareUrls(text);
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ['https://a.cn/x', 'www.b.gov.cn'],
    );
    assert.equal(spans[0].start, text.indexOf('https'));
  });

  it('a URL is not prose: a year range inside it is not reported, the same range in prose is', () => {
    const report = (line: string) => `某县2023年法治政府建设年度报告\n一、主要举措和成效\n${line}\n`;
    const rules = (line: string) =>
      lintText(report(line), { config: { source: 'draft' } })
        .findings.filter((f) => f.line === 3)
        .map((f) => f.ruleId);
    assert.ok(rules('落实2016-2020年规划。').includes('year-range-dash'));
    assert.ok(!rules('详见https://www.gov.cn/2016-2020/plan.html。').includes('year-range-dash'));
  });

  it('a text without :// or www. never loads retext (built bundle)', () => {
    const engine = path.join(repoRoot, 'dist', 'engine.cjs');
    assert.ok(fs.existsSync(engine), 'dist/engine.cjs is built (npm test builds first)');
    const script = `
      const engine = require(${JSON.stringify(engine)});
      const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('url-syntax.cjs'));
      engine.lintText('某县2023年法治政府建设年度报告\\n增长1.5个百分点。\\n');
      const before = loaded();
      engine.lintText('某县2023年法治政府建设年度报告\\n详见https://www.gov.cn。\\n');
      process.stdout.write(JSON.stringify([before, loaded()]));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [false, true]);
  });
});

describe('retext-chinese (the unified parser plugin)', () => {
  const parse = (text: string, ...plugins: ((this: never) => void)[]) => {
    let processor = unified().use(retextChinese, { segmenter: scriptSegmenter, source: 'draft' });
    for (const p of plugins) processor = processor.use(p as never);
    const file = new VFile(text);
    return { tree: processor.parse(file) as unknown as Root, file };
  };

  it('keeps the report document on the file and gives an empty root when no retext plugin asks for the tree', () => {
    const { tree, file } = parse('某县2023年法治政府建设年度报告\n一、主要举措和成效\n');
    assert.deepEqual(tree, { type: 'RootNode', children: [] });
    assert.equal(file.data.report?.headings.length, 1);
  });

  it('applies the sentence extensions retext plugins register (retext-syntax-urls: URL words become a source node)', () => {
    const seen: string[] = [];
    function counter(this: { data(key: string): unknown; data(key: string, value: unknown): void }) {
      const list = (this.data('nlcstSentenceExtensions') as ((s: Sentence) => void)[] | undefined) ?? [];
      list.push((s) => seen.push(s.type));
      this.data('nlcstSentenceExtensions', list);
    }
    // (A URL with a scheme or www. is blanked as non-prose before; a bare domain is left to plugins.)
    const { tree } = parse('开展执法检查。见 example.com 网站。\n', retextSyntaxUrls as never, counter as never);
    assert.deepEqual(seen, ['SentenceNode', 'SentenceNode']);
    const sources: { value: string; offset?: number }[] = [];
    const walk = (n: { type: string; value?: string; children?: unknown[]; position?: { start: { offset?: number } } }) => {
      if (n.type === 'SourceNode') sources.push({ value: n.value!, offset: n.position?.start.offset });
      for (const c of n.children ?? []) walk(c as never);
    };
    walk(tree as never);
    assert.deepEqual(sources, [{ value: 'example.com', offset: 9 }]);
  });
});
