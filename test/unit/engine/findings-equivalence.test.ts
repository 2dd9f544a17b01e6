/**
 * Identical findings with fzlint's jieba and with jieba-wasm (the segmenter before issue 13): every
 * rule, on the reference fixtures, every text in ../shared/fixtures/real/ and the fuzz corpus (the
 * engine fuzzer's generator, sampled with a fixed seed).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { readDocx } from '../../../server/src/cli/inputs/docx';
import { loadDomainDictionary } from '../../../server/src/engine/document/segmenter';
import type { Finding } from '../../../server/src/engine/finding';
import { lintText, type LintOptions } from '../../../server/src/engine/lint';
import { lintInput } from '../../fuzz/generators';
import { WasmSegmenter } from '../../helpers/jieba-wasm';
import { referenceDir, repoRoot } from '../../helpers/paths';

const realDir = path.resolve(repoRoot, '../shared/fixtures/real');

/** What a user sees of a finding. */
const shown = (f: Finding) =>
  `${f.ruleId}@${f.span.start}-${f.span.end} ${f.severity} ${f.message}${f.fix ? ` fix=${JSON.stringify(f.fix)}` : ''}${f.suggestions ? ` suggestions=${JSON.stringify(f.suggestions)}` : ''}`;

describe('findings with fzlint jieba = findings with jieba-wasm', function () {
  this.timeout(600000);
  const reference = new WasmSegmenter(loadDomainDictionary());
  const compare = (name: string, text: string, options: LintOptions = {}) => {
    const before = lintText(text, { ...options, segmenter: reference }).findings.map(shown);
    const after = lintText(text, options).findings.map(shown);
    assert.deepEqual(after, before, name);
    return before.length;
  };

  it('on the reference and real fixtures', async () => {
    let files = 0;
    let findings = 0;
    for (const dir of [referenceDir, realDir]) {
      for (const f of fs.readdirSync(dir).sort()) {
        const file = path.join(dir, f);
        if (/^README/i.test(f)) continue;
        let text: string | undefined;
        if (/\.(txt|md)$/i.test(f)) text = fs.readFileSync(file, 'utf8');
        else if (/\.docx$/i.test(f)) text = (await readDocx(fs.readFileSync(file))).text;
        if (text === undefined) continue;
        files++;
        findings += compare(f, text, { filePath: file });
        findings += compare(`${f} (published copy)`, text, { filePath: file, config: { source: 'published-copy' } });
      }
    }
    assert.ok(files >= 14, `${files} fixture files`);
    assert.ok(findings > 100, `${findings} findings compared`);
  });

  it('on the fuzz corpus (fixed seed)', () => {
    const inputs = fc.sample(lintInput, { numRuns: 300, seed: 13 });
    let findings = 0;
    for (const [i, input] of inputs.entries()) {
      findings += compare(`fuzz case ${i}: ${JSON.stringify(input.text.slice(0, 80))}`, input.text, {
        language: input.language,
        config: { source: input.source, locale: input.locale },
      });
    }
    assert.ok(findings > 100, `${findings} findings compared`);
  });
});
