// Scaling rows (issue 18): pathological but ordinary inputs, each linted at size n and 2n. Linear
// time means doubling the input at most ~2.2× the time; over 2.5× fails the benchmark (exit code 1).
// Part of `npm run bench`; alone: `npm run build && node bench/scaling.mjs`.
import * as path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const LIMIT = 2.5;

/** The inputs: name, how to make it at size n, and the two sizes. */
const INPUTS = [
  {
    name: 'numeral-free prose',
    unit: 'chars',
    sizes: [90_000, 180_000],
    make: (n) => {
      const s = '推进依法行政，加强制度建设，提高执法水平。';
      return { text: `某县2023年法治政府建设年度报告\n\n${s.repeat(Math.ceil(n / s.length)).slice(0, n)}\n`, filePath: '/bench/r.txt' };
    },
  },
  {
    name: 'nested Markdown list (levels on one line)',
    unit: 'levels',
    sizes: [20_000, 40_000],
    make: (n) => ({ text: `# 某县2023年法治政府建设年度报告\n\n${'- '.repeat(n)}项目，推进工作。\n`, filePath: '/bench/r.md' }),
  },
  {
    name: 'indented Markdown list lines',
    unit: 'lines',
    sizes: [20_000, 40_000],
    make: (n) => ({ text: Array.from({ length: n }, (_, i) => `${' '.repeat(i % 40)}- 项目${i % 2 ? '' : '，推进工作'}`).join('\n'), filePath: '/bench/r.md' }),
  },
  {
    name: 'digit run',
    unit: 'digits',
    sizes: [20_000, 40_000],
    make: (n) => ({ text: `某县2023年法治政府建设年度报告\n\n共办理${'1'.repeat(n)} 件，增长${'2'.repeat(n)}%。\n`, filePath: '/bench/r.txt' }),
  },
  {
    name: '一是 run',
    unit: '× 一是',
    sizes: [25_000, 50_000],
    make: (n) => ({ text: `某县2023年法治政府建设年度报告\n\n${'一是'.repeat(n)}\n`, filePath: '/bench/r.txt' }),
  },
  {
    name: 'totals with 其中 in one sentence',
    unit: 'totals',
    sizes: [2_000, 4_000],
    make: (n) => ({ text: `某县2023年法治政府建设年度报告\n\n${'共办理案件12件，其中行政复议5件、诉讼7件，'.repeat(n)}。\n`, filePath: '/bench/r.txt' }),
  },
  {
    name: 'rates in one sentence',
    unit: 'rates',
    sizes: [5_000, 10_000],
    make: (n) => ({ text: `某县2023年法治政府建设年度报告\n\n${'办结率达到95%，同比增长3.5个百分点，'.repeat(n)}。\n`, filePath: '/bench/r.txt' }),
  },
  {
    name: 'headings',
    unit: 'headings',
    sizes: [10_000, 20_000],
    make: (n) => {
      const parts = ['某县2023年法治政府建设年度报告', ''];
      const cn = '一二三四五六七八九十';
      for (let i = 0; i < n; i++) parts.push(`${cn[i % 10]}、第${i}部分`, '', `（一）推进工作${i}件。`, '');
      return { text: parts.join('\n'), filePath: '/bench/r.txt' };
    },
  },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function scalingRows(engine = require(path.join(root, 'dist', 'engine.cjs'))) {
  const rows = [];
  engine.lintText('某县2023年法治政府建设年度报告\n\n推进的的工作。\n'); // warm up (jieba)
  for (const input of INPUTS) {
    // The two sizes are timed in turns (small, large, small, …) so that a burst of load or a GC hits
    // both alike; each size's median run counts.
    const inputs = input.sizes.map((n) => input.make(n));
    for (const { text, filePath } of inputs) engine.lintText(text, { filePath }); // warm the code paths (and the JIT) on this very input first
    const runs = inputs.map(() => []);
    for (let round = 0; round < 7; round++) {
      inputs.forEach(({ text, filePath }, i) => {
        const t = process.hrtime.bigint();
        engine.lintText(text, { filePath });
        runs[i].push(Number(process.hrtime.bigint() - t) / 1e6);
      });
    }
    const times = runs.map(median);
    const ratio = times[1] / Math.max(times[0], 1);
    const fmt = (t) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
    rows.push({ measure: `scaling: ${input.name}, ${input.sizes[0].toLocaleString('en-US')} ${input.unit}`, value: fmt(times[0]), budget: '', ok: null });
    rows.push({
      measure: `scaling: ${input.name}, ${input.sizes[1].toLocaleString('en-US')} ${input.unit}`,
      value: fmt(times[1]),
      budget: `≤ 2.2× the row above (${ratio.toFixed(2)}×; over ${LIMIT}× fails)`,
      ok: ratio <= LIMIT,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = scalingRows();
  const w = Math.max(...rows.map((r) => r.measure.length));
  for (const r of rows) console.log(`${r.measure.padEnd(w)}  ${r.value.padStart(8)}  ${r.budget}${r.ok === null ? '' : r.ok ? ' ✓' : ' ✗ over budget'}`);
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}
