import * as assert from 'node:assert/strict';
import { splitIssuers } from '../../../server/src/engine/document/metadata';
import { parseReport } from '../../../server/src/engine/document/report-document';

const BODY = '\n\n  2020年，我市深入推进依法行政。\n\n  一、总体情况\n\n';

describe('engine/document/metadata: issuers, cover letters, joint signatures', () => {
  it('splits joint issuers written together, with a space or with 、', () => {
    assert.deepEqual(splitIssuers('中共淮南市委淮南市人民政府'), ['中共淮南市委', '淮南市人民政府']);
    assert.deepEqual(splitIssuers('中共淮南市委 淮南市人民政府'), ['中共淮南市委', '淮南市人民政府']);
    assert.deepEqual(splitIssuers('中共淮南市委、淮南市人民政府'), ['中共淮南市委', '淮南市人民政府']);
    assert.deepEqual(splitIssuers('汕尾市人民政府'), ['汕尾市人民政府']);
  });

  it('stops the issuer at 关于 when the place is repeated after it', () => {
    const doc = parseReport(`清水县人民政府关于清水县2023年度法治政府建设工作总结的报告${BODY}`, { source: 'draft' });
    assert.equal(doc.meta.issuer, '清水县人民政府');
    assert.equal(doc.meta.year, 2023);
  });

  it('reads a title whose issuers stand on the line above its 关于… line as one title of two lines', () => {
    const doc = parseReport(`中共淮南市委 淮南市人民政府\n关于2024年法治政府建设情况的报告${BODY}`, { source: 'draft' });
    assert.equal(doc.meta.title?.text, '中共淮南市委 淮南市人民政府关于2024年法治政府建设情况的报告');
    assert.deepEqual(
      doc.meta.title?.lines.map((l) => l.text),
      ['中共淮南市委 淮南市人民政府', '关于2024年法治政府建设情况的报告'],
    );
    assert.equal(doc.meta.issuer, '中共淮南市委 淮南市人民政府');
    assert.deepEqual(doc.meta.issuers, ['中共淮南市委', '淮南市人民政府']);
    assert.equal(doc.paragraphs[0].kind, 'title');
    assert.equal(doc.paragraphs[0].lastLine, 1, 'one paragraph of two lines');
  });

  it('accepts a title that ends in 总结 or carries a draft label', () => {
    assert.equal(parseReport(`汕尾市人民政府2020年法治政府建设工作总结${BODY}`).meta.year, 2020);
    assert.equal(parseReport(`汕尾市人民政府2020年法治政府建设年度报告（征求意见稿）${BODY}`).meta.issuer, '汕尾市人民政府');
  });

  it('skips a cover letter: its 附件 line is not the title, its 文号 is not the report’s', () => {
    const text = [
      '汕府办函〔2021〕3号',
      '',
      '省司法厅：',
      '  现将《汕尾市人民政府2020年法治政府建设年度报告》报送你们，请审阅。',
      '  附件：汕尾市人民政府2020年法治政府建设年度报告',
      '',
      '汕尾市人民政府2020年法治政府建设年度报告',
      '',
      '汕府〔2021〕9号',
      BODY,
      '汕尾市人民政府',
      '2021年1月31日',
    ].join('\n');
    const doc = parseReport(text, { source: 'draft' });
    assert.equal(doc.meta.title?.text, '汕尾市人民政府2020年法治政府建设年度报告');
    assert.equal(doc.index.toPoint(doc.meta.title!.span.start).line, 7);
    assert.equal(doc.meta.docNumber?.text, '汕府〔2021〕9号');
  });

  it('reads a joint 署名 on two lines', () => {
    const doc = parseReport(`中共淮南市委淮南市人民政府关于2024年法治政府建设情况的报告${BODY}  中共淮南市委\n  淮南市人民政府\n  2025年2月20日\n`, {
      source: 'draft',
    });
    assert.equal(doc.meta.signature?.text, '淮南市人民政府');
    assert.deepEqual(
      doc.meta.signatureLines?.map((s) => s.text),
      ['中共淮南市委', '淮南市人民政府'],
    );
  });

  it('does not take a heading above the 署名 for a joint 署名', () => {
    const doc = parseReport(`汕尾市人民政府2020年法治政府建设年度报告${BODY}  二、加强法治政府\n  汕尾市人民政府\n  2021年1月31日\n`, { source: 'draft' });
    assert.equal(doc.meta.signatureLines, undefined);
  });
});
