import * as assert from 'node:assert/strict';
import { CONTEXT_CHARS, fingerprintFindings, normaliseForFingerprint } from '../../../server/src/engine/fingerprint';
import { lintText } from '../../../server/src/engine/lint';

/** A finding of `ruleId` on the first occurrence of `needle` (after `from`) in `text`. */
function at(text: string, needle: string, ruleId = 'some-rule', from = 0) {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} is in the text`);
  return { ruleId, span: { start, end: start + needle.length } };
}

function printOf(text: string, needle: string, ruleId = 'some-rule'): string {
  return fingerprintFindings(text, [at(text, needle, ruleId)])[0];
}

const LINE = '全年共办理行政复议案件 78 件，依法纠错12件，纠错率为15.4%。';
const TEXT = ['某县人民政府2025年法治政府建设年度报告', '', '一、主要举措', '', LINE, '', '二、存在的不足', '', '培训覆盖面还不够广。'].join('\n');

describe('finding fingerprints (engine/fingerprint)', () => {
  it('have the shape <16 hex digits>:<occurrence>', () => {
    assert.match(printOf(TEXT, '78 件'), /^[0-9a-f]{16}:0$/);
  });

  it('stay the same when lines are inserted above or other text changes, and do not use line numbers', () => {
    const before = printOf(TEXT, '78 件');
    const inserted = TEXT.replace('一、主要举措\n', '一、主要举措\n\n新增的一段文字。\n\n又一段。\n');
    assert.equal(printOf(inserted, '78 件'), before, 'lines inserted above');
    const otherEdited = inserted.replace('培训覆盖面还不够广。', '培训覆盖面和针对性都还不够。').replace('主要举措', '主要工作举措');
    assert.equal(printOf(otherEdited, '78 件'), before, 'other text changed');
    const crlf = otherEdited.replace(/\n/g, '\r\n');
    assert.equal(printOf(crlf, '78 件'), before, 'CRLF line ends');
  });

  it('change when the span or the text right beside it changes, and with the rule', () => {
    const before = printOf(TEXT, '78 件');
    assert.notEqual(printOf(TEXT.replace('78 件', '79 件'), '79 件'), before, 'span changed');
    assert.notEqual(printOf(TEXT.replace('办理行政复议案件 78', '办理行政诉讼案件 78'), '78 件'), before, 'the words just before changed');
    assert.notEqual(printOf(TEXT.replace('78 件，依法', '78 件。依法'), '78 件'), before, 'the words just after changed');
    assert.notEqual(printOf(TEXT, '78 件', 'other-rule'), before, 'another rule');
  });

  it('ignore text beyond the context window on the same line', () => {
    const long = `${'甲'.repeat(40)}差错${'乙'.repeat(40)}`;
    const before = printOf(long, '差错');
    const far = `丙${'甲'.repeat(39)}差错${'乙'.repeat(39)}丁`;
    assert.equal(printOf(far, '差错'), before, `more than ${CONTEXT_CHARS} characters away`);
    const near = `${'甲'.repeat(39)}丙差错${'乙'.repeat(40)}`;
    assert.notEqual(printOf(near, '差错'), before, 'right beside the span');
  });

  it('treat full-width and half-width digits and whitespace runs alike', () => {
    assert.equal(normaliseForFingerprint('７８\u3000 件\t\t办理'), '78 件 办理');
    assert.equal(printOf('办理案件７８件。', '７８件'), printOf('办理案件78件。', '78件'));
    assert.equal(printOf('办理  案件 78件。', '78件'), printOf('办理 案件 78件。', '78件'));
  });

  it('number findings with the same rule and context 0, 1, … in document order, whatever order they come in', () => {
    const text = '一是加强。\n一是加强。\n';
    const first = at(text, '一是');
    const second = at(text, '一是', 'some-rule', first.span.end);
    const [a, b] = fingerprintFindings(text, [second, first]);
    assert.equal(b.replace(/:\d+$/, ''), a.replace(/:\d+$/, ''));
    assert.match(b, /:0$/);
    assert.match(a, /:1$/);
  });

  it('of real findings survive a line inserted above them', () => {
    const draft = ['某县人民政府2025年法治政府建设年度报告', '', '一、主要举措', '', '我县深入推进依法行政,成效明显。', ''].join('\n');
    const revised = draft.replace('一、主要举措\n', '一、主要举措\n\n我县持续完善制度建设。\n');
    const prints = (text: string) => {
      const { findings } = lintText(text, { filePath: 'r.txt' });
      return new Map(fingerprintFindings(text, findings).map((fp, i) => [fp, findings[i]]));
    };
    const a = prints(draft);
    const b = prints(revised);
    const comma = [...a].find(([, f]) => f.ruleId === 'fullwidth-punctuation');
    assert.ok(comma, 'the half-width comma is found');
    assert.ok(b.has(comma[0]), 'same fingerprint after the insertion');
    assert.equal(b.get(comma[0])!.line, comma[1].line + 2, 'on another line');
  });
});
