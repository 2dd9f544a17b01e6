// fzlint benchmarks (not tests): prints a table and compares with the budgets in ARCHITECTURE.md.
// Run with `npm run bench` (it builds first). Numbers depend on the machine; this one has 2 cores.
// First the side-by-side table (bench/peers.mjs): fzlint, AutoCorrect and zhlint on the same inputs
// in the same run, with the budgets as ratios; then fzlint's own rows.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { peerRows, printPeerRows } from './peers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const engine = require(path.join(root, 'dist', 'engine.cjs'));
const reference = path.resolve(root, '../shared/fixtures/reference/shanwei-2020.fullwidth.txt');
const text = fs.readFileSync(reference, 'utf8');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};
const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

const rows = [];
const row = (measure, value, budget, ok) => rows.push({ measure, value, budget, ok });

// 1. Warm full lint of the reference report.
engine.lintText(text); // loads jieba and its dictionary
for (let i = 0; i < 20; i++) engine.lintText(text);
const warm = Array.from({ length: 60 }, () => time(() => engine.lintText(text)));
row('full lint, warm, reference report (median of 60)', `${median(warm).toFixed(2)} ms`, 'ratio to zhlint: side-by-side table', null);
row('  p95', `${percentile(warm, 95).toFixed(2)} ms`, '', null);

// Across years (issue 15): the same lint with last year's report linked, within 2× of the lint without.
// "This year" is the reference with its title's year moved on; "last year" is the reference itself,
// parsed once as the CLI does: every paragraph is compared and found copied (the worst case), every
// plan item looked for. Interleaved, so that noise hits both alike.
{
  const { span } = engine.parseReport(text).meta.title;
  const nextYear = text.slice(0, span.start) + text.slice(span.start, span.end).replace('2020', '2021') + text.slice(span.end);
  const previous = { status: 'found', report: { filePath: 'last-year.txt', doc: engine.parseReport(text) } };
  for (let i = 0; i < 20; i++) engine.lintText(nextYear, { previous });
  const alone = [];
  const linked = [];
  for (let i = 0; i < 60; i++) {
    alone.push(time(() => engine.lintText(nextYear)));
    linked.push(time(() => engine.lintText(nextYear, { previous })));
  }
  const ratio = median(linked) / median(alone);
  row(
    "full lint, warm, with last year's report linked (median of 60)",
    `${median(linked).toFixed(2)} ms = ${ratio.toFixed(2)}× without (${median(alone).toFixed(2)} ms)`,
    '≤ 2× without',
    ratio <= 2,
  );
}

// The segmenter caches tokens per sentence, as the editor benefits from; measure without it too.
const segmenter = engine.parseReport('').segmenter;
const uncached = Array.from({ length: 60 }, () => {
  segmenter.clearCache();
  return time(() => engine.lintText(text));
});
row('full lint, warm, token cache cleared (median of 60)', `${median(uncached).toFixed(2)} ms`, '', null);

// 2. Size scaling: 1×, 10×, 100× the reference text (each copy a new text, no cache hits).
const scaled = {};
for (const n of [1, 10, 100]) {
  const big = Array.from({ length: n }, (_, i) => text.replace(/2020年/g, `${2000 + (i % 20)}年`) + `\n（副本${i}）\n`).join('\n');
  segmenter.clearCache();
  engine.lintText(big.slice(0, 1000));
  const runs = n === 100 ? 3 : 7;
  const ts = Array.from({ length: runs }, () => {
    segmenter.clearCache();
    return time(() => engine.lintText(big));
  });
  scaled[n] = median(ts);
  row(
    `lint ${n}× reference (${(big.length / 1000).toFixed(0)}k chars)`,
    `${scaled[n].toFixed(1)} ms`,
    n === 1 ? '' : `≤ ${n * 1.2}× the 1× time`,
    n === 1 ? null : scaled[n] <= scaled[1] * n * 1.2,
  );
}
const mbText = Array.from({ length: Math.ceil(1_000_000 / text.length) }, (_, i) => text.replace(/汕尾/g, `汕尾${i}`))
  .join('\n')
  .slice(0, 1_000_000);
segmenter.clearCache();
const mb = time(() => engine.lintText(mbText));
row('lint 1 MB of text', `${(mb / 1000).toFixed(2)} s`, '≤ 1.5 s', mb <= 1500);

// 2a. Size rows (issue 8): 1 KB … 10 MB of report text (characters), each step 10× the text; linear
// means each step takes at most 12× the time of the one before. 10 MB takes a while.
{
  const sized = (n) =>
    Array.from({ length: Math.ceil(n / text.length) }, (_, i) => text.replace(/汕尾/g, `汕尾${i}`))
      .join('\n')
      .slice(0, n);
  let previous;
  for (const [label, n, runs] of [
    ['1 KB', 1e3, 41],
    ['10 KB', 1e4, 21],
    ['100 KB', 1e5, 7],
    ['1 MB', 1e6, 3],
    ['10 MB', 1e7, 1],
  ]) {
    const big = sized(n);
    const ts = Array.from({ length: runs }, () => {
      segmenter.clearCache();
      return time(() => engine.lintText(big));
    });
    const t = median(ts);
    const shown = t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`;
    row(
      `lint ${label} of text (${n.toLocaleString('en-US')} chars${runs > 1 ? `, median of ${runs}` : ''})`,
      shown,
      previous === undefined ? '' : `≤ 12× the row above (${(t / previous).toFixed(1)}×)`,
      previous === undefined ? null : t <= previous * 12,
    );
    previous = t;
  }
}

// 2c. Scaling rows (issue 18): pathological inputs at n and 2n; over 2.5× the time fails the run.
rows.push(...(await import('./scaling.mjs')).scalingRows(engine));

// 2b. A rule pack with a 10,000-entry term list (JSON, as generated lists should be): load + lint.
{
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-bench-pack-'));
  const cjk = (n) => String.fromCharCode(0x4e00 + ((n * 7919) % 20000));
  const terms = Array.from({ length: 10000 }, (_, i) => ({
    id: `t${i}`,
    wrong: [`${cjk(i)}${cjk(i + 1)}${cjk(i + 2)}${cjk(3 * i + 5)}`],
    right: `${cjk(i)}${cjk(i + 1)}`,
  }));
  fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify({ name: 'bench-10k', version: '1.0.0', data: { terms } }));
  fs.writeFileSync(path.join(dir, '.fzlintrc.json'), JSON.stringify({ extends: ['./pack.json'] }));
  let resolved;
  const load = time(() => (resolved = new engine.ConfigResolver().resolveFor(path.join(dir, 'report.txt'))));
  if (resolved.problems.length) throw new Error(resolved.problems[0].messages.en);
  row('load + validate a 10,000-term pack (JSON)', `${load.toFixed(0)} ms`, '', null);
  const config = resolved.config;
  for (let i = 0; i < 5; i++) engine.lintText(text, { config });
  const packed = Array.from({ length: 30 }, () => time(() => engine.lintText(text, { config })));
  row('full lint, warm, reference + 10,000-term pack (median of 30)', `${median(packed).toFixed(2)} ms`, '≤ 10 ms', median(packed) <= 10);
  fs.rmSync(dir, { recursive: true, force: true });
}

// 2d. Declarative pack rules at scale (issue 17): 10,000 existence/substitution entries and 500
// RE2 patterns in one pack, then a catastrophic-backtracking pattern over 0.5 MB and 1 MB of text.
{
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-bench-checks-'));
  const cjk = (n) => String.fromCharCode(0x4e00 + ((n * 7919) % 20000));
  const word = (i) => `${cjk(i)}${cjk(i + 3)}${cjk(5 * i + 1)}`;
  const message = { 'zh-CN': '不用“{match}”。', en: 'Avoid "{match}".' };
  const description = { 'zh-CN': '基准测试规则。', en: 'Benchmark rule.' };
  const checks = [
    { id: 'bench/words', kind: 'existence', level: 'warning', message, description, words: Array.from({ length: 5000 }, (_, i) => word(i)) },
    {
      id: 'bench/swaps',
      kind: 'substitution',
      level: 'warning',
      message: { 'zh-CN': '“{match}”应为“{right}”。', en: '"{match}" should be "{right}".' },
      description,
      swaps: Array.from({ length: 5000 }, (_, i) => ({ wrong: [word(i + 5000)], right: `${cjk(i + 5000)}${cjk(i + 5003)}` })),
    },
    ...Array.from({ length: 10 }, (_, g) => ({
      id: `bench/patterns-${g}`,
      kind: 'existence',
      level: 'info',
      message,
      description,
      patterns: Array.from({ length: 50 }, (_, j) => `${cjk(g * 50 + j + 20000)}[\\x{4e00}-\\x{9fff}]{1,3}${cjk(g * 50 + j + 20001)}`),
    })),
  ];
  fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify({ name: 'bench', version: '1.0.0', data: { checks } }));
  fs.writeFileSync(path.join(dir, '.fzlintrc.json'), JSON.stringify({ extends: ['./pack.json'] }));
  let resolved;
  const load = time(() => (resolved = new engine.ConfigResolver().resolveFor(path.join(dir, 'report.txt'))));
  if (resolved.problems.length) throw new Error(resolved.problems[0].messages.en);
  row('load + validate a pack of 10,000 check words + 500 RE2 patterns', `${load.toFixed(0)} ms`, '', null);
  const config = resolved.config;
  // The patterns must really run: a text that holds one hit of each kind gives three findings.
  const probe = `${word(7)}。${word(5007)}。${cjk(20000)}中${cjk(20001)}。`;
  const probeRules = new Set(engine.lintText(probe, { config }).findings.map((f) => f.ruleId));
  if (!['bench/words', 'bench/swaps', 'bench/patterns-0'].every((r) => probeRules.has(r))) {
    throw new Error(`pack checks did not run: ${[...probeRules].join(', ')}`);
  }
  // Warm: the RE2 set builds its DFA states lazily, during the first scans.
  for (let i = 0; i < 30; i++) engine.lintText(text, { config });
  const packed = Array.from({ length: 60 }, () => time(() => engine.lintText(text, { config })));
  row('full lint, warm, reference + that pack (median of 60)', `${median(packed).toFixed(2)} ms`, '≤ 10 ms', median(packed) <= 10);

  // (a+)+$ and (x+x+)+y backtrack exponentially in a backtracking engine; RE2 runs them in linear time.
  const evil = [{ id: 'bench/nested', kind: 'existence', level: 'info', message, description, patterns: ['(a+)+$', '(x+x+)+y', '(\\w|\\d)+z'] }];
  fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify({ name: 'bench', version: '1.0.0', data: { checks: evil } }));
  const evilConfig = new engine.ConfigResolver().resolveFor(path.join(dir, 'report.txt')).config;
  // Only the pack's rule: the row measures RE2, not the other rules over a megabyte.
  const allOff = Object.fromEntries(engine.builtinRules.map((r) => [r.meta.id, 'off']));
  evilConfig.rules = { ...evilConfig.rules, ...allOff };
  const body = (n) => `${'a'.repeat(n / 2 - 1)}!\n${'x'.repeat(n / 2)}`;
  const runs = [512 * 1024, 1024 * 1024].map((n) => {
    const input = body(n);
    if (engine.lintText(input.slice(0, 1000), { config: evilConfig }).findings.length === 0) throw new Error('bench/nested did not run');
    return time(() => engine.lintText(input, { config: evilConfig }));
  });
  row(
    'catastrophic patterns (a+)+$ … over 0.5 MB / 1 MB (RE2)',
    `${(runs[0] / 1000).toFixed(2)} s / ${(runs[1] / 1000).toFixed(2)} s (×${(runs[1] / runs[0]).toFixed(2)})`,
    '≤ 2.5× per doubling',
    runs[1] / runs[0] <= 2.5,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

// 3. CLI cold start without jieba (side-by-side table: with it, against AutoCorrect and zhlint).
const bin = path.join(root, 'bin', 'fzlint.cjs');
// The only default rule that needs words is repeated-word; without it the dictionary is never opened.
const coldNoWords = Array.from({ length: 7 }, () => {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, [bin, '--rule', 'repeated-word:off', reference], { encoding: 'utf8' });
  return Number(process.hrtime.bigint() - t) / 1e6;
});
row('CLI cold start, --rule repeated-word:off (no dictionary; median of 7)', `${(median(coldNoWords) / 1000).toFixed(3)} s`, '', null);

// 4. Peak memory of a CLI run, and of this process after all of the above.
const rss = spawnSync(
  process.execPath,
  [
    '-e',
    `
  process.argv = [process.argv[0], ${JSON.stringify(bin)}, ${JSON.stringify(reference)}];
  process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
  require(${JSON.stringify(bin)});
`,
  ],
  { encoding: 'utf8' },
);
const cliRss = Number(/MAXRSS (\d+)/.exec(rss.stderr)?.[1] ?? 0) / 1024;
row('peak RSS, CLI on the reference report', `${cliRss.toFixed(0)} MB`, '', null);
row('peak RSS, this benchmark process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '', null);

// 5. Editor: the built language server over stdio (issue 5); its own file, bench/lsp-latency.mjs.
rows.push(...(await (await import('./lsp-latency.mjs')).lspRows()));

// 6. fzlint-web in Chromium (issue 16): page size, load to first findings, re-check after an edit.
rows.push(...(await (await import('./web-page.mjs')).webRows()));

const peers = await peerRows({ text, reference });

const w = Math.max(...rows.map((r) => r.measure.length));
console.log(
  `fzlint ${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version} · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`,
);
// The fourth target, from the language-server rows: RSS after 1,000 edits, and not growing.
const rssRow = rows.find((r) => r.measure.startsWith('LSP server RSS after 1,000 edits'));
const growthRow = rows.find((r) => r.measure.includes('growth of the peak'));
if (rssRow) {
  peers.push({
    measure: 'language server RSS after 1,000 edits',
    fzlint: rssRow.value,
    autocorrect: '',
    zhlint: '',
    ratio: '',
    target: '≤ 100 MB',
    ok: rssRow.ok,
  });
  if (growthRow)
    peers.push({
      measure: '  growth of the peak RSS, edits 500 → 1,000',
      fzlint: growthRow.value,
      autocorrect: '',
      zhlint: '',
      ratio: '',
      target: 'not growing',
      ok: growthRow.ok,
    });
}
printPeerRows(peers);
console.log('');
console.log(`${'measure'.padEnd(w)}  ${'value'.padStart(10)}  budget`);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? ' ✓' : ' ✗ over budget';
  console.log(`${r.measure.padEnd(w)}  ${r.value.padStart(10)}  ${r.budget}${mark}`);
}
// A scaling row over its limit is a failure of the benchmark run (the guard of issue 18).
if (rows.some((r) => r.measure.startsWith('scaling:') && r.ok === false)) {
  console.error('fzlint bench: a scaling row is over its limit (doubling the input more than 2.5× the time).');
  process.exitCode = 1;
}
