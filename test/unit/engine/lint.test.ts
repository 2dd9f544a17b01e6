import * as assert from 'node:assert/strict';
import type { Paragraph, Sentence, Word } from 'nlcst';
import { defaultConfig, parseRuleSetting } from '../../../server/src/engine/config';
import { wordValue } from '../../../server/src/engine/document/nlcst';
import { lintText } from '../../../server/src/engine/lint';
import type { Rule, RuleMeta } from '../../../server/src/engine/rule';
import { builtinRules } from '../../../server/src/engine/rules';
import { fullwidthPunctuation } from '../../../server/src/engine/rules/fullwidth-punctuation';

const TEXT = '我市深入推进依法行政,成效明显。';

/** A test rule. Ids are unique per rule: the lint pipeline is cached by rule ids. */
function testRule(id: string, check: Rule['check'], meta: Partial<RuleMeta> = {}): Rule {
  return {
    meta: {
      id,
      catalogue: [],
      category: 'style',
      severity: 'warning',
      fixable: 'none',
      description: { 'zh-CN': '测试规则', en: 'test rule' },
      messages: { found: { 'zh-CN': '发现“{word}”。', en: 'Found "{word}".' } },
      ...meta,
    },
    check,
  };
}

/** Reports every occurrence of 依法行政. */
const findsYifa = testRule('test-finds-yifa', (doc, ctx) => {
  for (let i = doc.prose.indexOf('依法行政'); i >= 0; i = doc.prose.indexOf('依法行政', i + 1)) {
    ctx.report({ span: { start: i, end: i + 4 }, messageId: 'found', data: { word: '依法行政' } });
  }
});

const throws = testRule('test-throws', () => {
  throw new Error('boom');
});

describe('engine/lint', () => {
  describe('a rule that throws', () => {
    it('yields one internal-error finding while the other rules still report', () => {
      const { findings } = lintText(TEXT, { rules: [findsYifa, throws, fullwidthPunctuation], config: { source: 'draft' } });
      const internal = findings.filter((f) => f.ruleId === 'internal-error');
      assert.equal(internal.length, 1);
      assert.equal(internal[0].severity, 'error');
      assert.match(internal[0].messages['zh-CN'], /规则 test-throws 内部错误.*boom/);
      assert.match(internal[0].messages.en, /Rule test-throws failed.*boom/);
      assert.deepEqual([internal[0].line, internal[0].column], [1, 1]);
      assert.deepEqual(
        findings
          .filter((f) => f.ruleId !== 'internal-error')
          .map((f) => f.ruleId)
          .sort(),
        ['fullwidth-punctuation', 'test-finds-yifa'],
      );
    });

    it('turns a report with an unknown message id into an internal error', () => {
      const bad = testRule('test-bad-message', (_doc, ctx) => ctx.report({ span: { start: 0, end: 1 }, messageId: 'nope' }));
      const { findings } = lintText(TEXT, { rules: [bad, findsYifa], config: { source: 'draft' } });
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['internal-error', 'test-finds-yifa'],
      );
      assert.match(findings[0].message, /nope/);
    });
  });

  describe('findings', () => {
    it('carry 1-based UTF-16 line/column, both languages and the docs URL', () => {
      const { findings } = lintText('𠮷野家调研。\r\n  我市深入推进依法行政。', { rules: [findsYifa] });
      assert.equal(findings.length, 1);
      const f = findings[0];
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [2, 9, 2, 13]);
      assert.equal(f.severity, 'warning');
      assert.equal(f.message, '发现“依法行政”。');
      assert.equal(f.messages.en, 'Found "依法行政".');
      assert.match(f.url, /docs\/rules\/test-finds-yifa\.md$/);
    });

    it('have offsets and points relative to the text without its BOM', () => {
      const { findings, doc } = lintText('\ufeff依法行政', { rules: [findsYifa] });
      assert.equal(doc.hadBom, true);
      assert.deepEqual(findings[0].span, { start: 0, end: 4 });
      assert.deepEqual([findings[0].line, findings[0].column], [1, 1]);
    });

    it('use the English message with locale en', () => {
      const { findings } = lintText(TEXT, { rules: [findsYifa], config: { locale: 'en' } });
      assert.equal(findings[0].message, 'Found "依法行政".');
    });

    it('are dropped inside non-prose ranges (Markdown code, URLs)', () => {
      const { findings } = lintText('`依法行政`与https://a.cn/yifa 和依法行政', { rules: [findsYifa], language: 'markdown' });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].column, 27);
    });

    it('come sorted by position whatever the rule order', () => {
      const late = testRule('test-late', (doc, ctx) =>
        ctx.report({ span: { start: doc.text.length - 1, end: doc.text.length }, messageId: 'found', data: { word: '。' } }),
      );
      const { findings } = lintText(TEXT, { rules: [late, findsYifa] });
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['test-finds-yifa', 'test-late'],
      );
    });

    it('take a per-report severity unless the user configured one', () => {
      const weak = testRule(
        'test-weak',
        (_doc, ctx) => ctx.report({ span: { start: 0, end: 1 }, messageId: 'found', data: { word: '我' }, severity: 'info' }),
        {
          severity: 'error',
        },
      );
      assert.equal(lintText(TEXT, { rules: [weak] }).findings[0].severity, 'info');
      assert.equal(lintText(TEXT, { rules: [weak], config: { rules: { 'test-weak': 'warning' } } }).findings[0].severity, 'warning');
    });

    it('demoted in a published copy become info and leave fix-all', () => {
      const { findings } = lintText(TEXT, { rules: [fullwidthPunctuation], config: { source: 'published-copy' } });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].severity, 'info');
      assert.equal(findings[0].fixExcludedFromFixAll, true);
      assert.ok(findings[0].fix, 'the fix is still offered');
    });

    it('give a rule that needs tokens the domain words in the NLCST tree', () => {
      let seen: string[] = [];
      const words = testRule(
        'test-words',
        (doc) => {
          seen = doc.nlcst.children.flatMap((p) =>
            (p as Paragraph).children.flatMap((s) => (s as Sentence).children.filter((n) => n.type === 'WordNode').map((n) => wordValue(n as Word))),
          );
        },
        { needsTokens: true },
      );
      lintText('严格落实重大行政决策合法性审查制度。', { rules: [words] });
      assert.ok(seen.includes('重大行政决策') && seen.includes('合法性审查'), seen.join('/'));
    });
  });

  describe('rule settings (--rule id:level)', () => {
    it('parseRuleSetting reads id:level and id=level', () => {
      assert.deepEqual(parseRuleSetting('fullwidth-punctuation:off', builtinRules), { id: 'fullwidth-punctuation', setting: 'off' });
      assert.deepEqual(parseRuleSetting(' fullwidth-punctuation = warning ', builtinRules), {
        id: 'fullwidth-punctuation',
        setting: 'warning',
      });
      for (const level of ['info', 'error'] as const) {
        assert.deepEqual(parseRuleSetting(`fullwidth-punctuation:${level}`, builtinRules), { id: 'fullwidth-punctuation', setting: level });
      }
    });

    it('names an unknown rule', () => {
      assert.deepEqual(parseRuleSetting('no-such-rule:off', builtinRules), { error: 'unknown rule "no-such-rule"' });
    });

    it('names a bad level and lists the valid ones', () => {
      assert.deepEqual(parseRuleSetting('fullwidth-punctuation:fatal', builtinRules), {
        error: 'unknown severity "fatal" for fullwidth-punctuation (use off, info, warning or error)',
      });
    });

    it('explains the expected form for a value without a level', () => {
      assert.deepEqual(parseRuleSetting('fullwidth-punctuation', builtinRules), {
        error: '--rule expects id:off|info|warning|error, got "fullwidth-punctuation"',
      });
    });

    it('off turns a rule off; its findings disappear and the other rules still report', () => {
      const parsed = parseRuleSetting('fullwidth-punctuation:off', builtinRules);
      assert.ok(!('error' in parsed));
      const config = { ...defaultConfig(), source: 'draft' as const, rules: { [parsed.id]: parsed.setting } };
      const rules = [fullwidthPunctuation, findsYifa];
      assert.deepEqual(
        lintText(TEXT, { rules, config: { source: 'draft' } }).findings.map((f) => f.ruleId),
        ['test-finds-yifa', 'fullwidth-punctuation'],
      );
      assert.deepEqual(
        lintText(TEXT, { rules, config }).findings.map((f) => f.ruleId),
        ['test-finds-yifa'],
      );
    });

    it('a level changes the severity of every finding of that rule', () => {
      const parsed = parseRuleSetting('fullwidth-punctuation:warning', builtinRules);
      assert.ok(!('error' in parsed));
      const { findings } = lintText(TEXT, {
        rules: [fullwidthPunctuation],
        config: { source: 'draft', rules: { [parsed.id]: parsed.setting } },
      });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].severity, 'warning');
      assert.equal(lintText(TEXT, { rules: [fullwidthPunctuation], config: { source: 'draft' } }).findings[0].severity, 'error', 'default');
    });

    it('off for a rule that throws removes the internal error too', () => {
      const { findings } = lintText(TEXT, { rules: [throws, findsYifa], config: { rules: { 'test-throws': 'off' } } });
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['test-finds-yifa'],
      );
    });
  });
});

describe('engine/lint: scope by document kind', () => {
  const ANNUAL =
    '某市人民政府2020年法治政府建设年度报告\n\n  2020年，我市推进法治政府建设。\n\n一、主要举措和成效\n\n  完善制度。\n\n二、存在的不足和原因\n\n  基层力量薄弱，主要是编制不足。\n';
  const NOTICE = '某市人民政府办公室关于做好某项工作的通知\n\n各县（市、区）人民政府：\n\n  现就有关事项通知如下。\n\n一、总体要求\n\n  完善制度。\n';
  const ids = (text: string) => new Set(lintText(text, { config: { source: 'draft' } }).findings.map((f) => f.ruleId));

  it('runs the annual-report rules on an annual report only', () => {
    const annual = lintText(ANNUAL, { config: { source: 'draft' } });
    assert.equal(annual.doc.kind, 'annual-report');
    assert.ok(ids(ANNUAL).has('report-required-parts'), 'the missing parts of an annual report are reported');
    const notice = lintText(NOTICE, { config: { source: 'draft' } });
    assert.equal(notice.doc.kind, 'official-document');
    const annualOnly = builtinRules.filter((r) => r.meta.appliesTo === 'annual-report').map((r) => r.meta.id);
    assert.ok(annualOnly.includes('report-required-parts') && annualOnly.includes('report-title') && annualOnly.includes('submission-deadline'));
    assert.deepEqual(
      notice.findings.filter((f) => annualOnly.includes(f.ruleId)).map((f) => f.ruleId),
      [],
    );
  });

  it('runs the general official-document rules on every document', () => {
    const punct = NOTICE.replace('现就有关事项通知如下。', '现就有关事项,通知如下。');
    assert.ok(ids(punct).has('fullwidth-punctuation'));
    assert.ok(ids('一、甲\n\n三、乙\n').has('heading-hierarchy'), 'also on a text that is not an official document');
  });
});

describe('engine/lint: one defect, one finding', () => {
  const TITLE_TEXT = '某市人民政府2022年法治政府建设年度报告\n\n  贯彻落实《法治政府建设实施纲要(2021—2025年)》，推进依法行政。\n';

  it('a wrong law title stands; the half-width brackets inside it are not reported again', () => {
    const { findings } = lintText(TITLE_TEXT, { config: { source: 'draft' } });
    const title = findings.find((f) => f.ruleId === 'canonical-titles');
    assert.ok(title, 'canonical-titles reports the title');
    const inside = findings.filter((f) => f.span.start >= title.span.start && f.span.end <= title.span.end && f !== title);
    assert.deepEqual(
      inside.map((f) => f.ruleId),
      [],
    );
  });

  it('with canonical-titles off, the brackets are reported by fullwidth-punctuation', () => {
    const { findings } = lintText(TITLE_TEXT, { config: { source: 'draft', rules: { 'canonical-titles': 'off' } } });
    assert.equal(findings.filter((f) => f.ruleId === 'fullwidth-punctuation').length, 2);
  });
});
