import * as assert from 'node:assert/strict';
import { readMarker } from '../../../server/src/engine/document/headings';
import { parseReport } from '../../../server/src/engine/document/report-document';
import type { Heading, MarkerForm } from '../../../server/src/engine/document/types';

function headingsOf(text: string, language: 'plaintext' | 'markdown' = 'plaintext'): Heading[] {
  return parseReport(text, { language, source: 'draft' }).headings;
}

function onlyHeading(text: string, language: 'plaintext' | 'markdown' = 'plaintext'): Heading {
  const hs = headingsOf(text, language);
  assert.equal(hs.length, 1, `one heading in ${JSON.stringify(text)}`);
  return hs[0];
}

describe('engine/document/headings', () => {
  describe('marker forms', () => {
    const cases: [string, number, number, MarkerForm, string, string][] = [
      // text, level, ordinal, form, marker text, canonical
      ['一、总体情况', 1, 1, 'canonical', '一、', '一、'],
      ['（一）加强组织领导', 2, 1, 'canonical', '（一）', '（一）'],
      ['1.全力做好依法防控', 3, 1, 'canonical', '1.', '1.'],
      ['（1）完善制度', 4, 1, 'canonical', '（1）', '（1）'],
      ['(一)加强组织领导', 2, 1, 'ascii-parens', '(一)', '（一）'],
      ['(1)完善制度', 4, 1, 'ascii-parens', '(1)', '（1）'],
      ['（一)加强组织领导', 2, 1, 'mixed-parens', '（一)', '（一）'],
      ['(一）加强组织领导', 2, 1, 'mixed-parens', '(一）', '（一）'],
      ['（一）、加强组织领导', 2, 1, 'trailing-punct', '（一）、', '（一）'],
      ['1、全力做好依法防控', 3, 1, 'dunhao-after-digit', '1、', '1.'],
      ['1．全力做好依法防控', 3, 1, 'fullwidth-dot', '1．', '1.'],
      ['一.总体情况', 1, 1, 'wrong-punct-after-chinese', '一.', '一、'],
      ['一，总体情况', 1, 1, 'wrong-punct-after-chinese', '一，', '一、'],
      ['十二、其他工作', 1, 12, 'canonical', '十二、', '十二、'],
      ['二十一、其他工作', 1, 21, 'canonical', '二十一、', '二十一、'],
      ['（十二）其他工作', 2, 12, 'canonical', '（十二）', '（十二）'],
      ['12.其他工作', 3, 12, 'canonical', '12.', '12.'],
    ];
    for (const [text, level, ordinal, form, markerText, canonical] of cases) {
      it(`${text}: level ${level}, ordinal ${ordinal}, ${form}`, () => {
        const h = onlyHeading(text);
        assert.ok(h.marker, 'has a marker');
        assert.equal(h.level, level, 'level');
        assert.equal(h.marker.level, level, 'marker level');
        assert.equal(h.marker.ordinal, ordinal, 'ordinal');
        assert.equal(h.marker.form, form, 'form');
        assert.equal(h.marker.text, markerText, 'marker text');
        assert.equal(h.marker.canonical, canonical, 'canonical marker');
        assert.equal(text.slice(h.marker.span.start, h.marker.span.end), markerText, 'marker span');
        assert.equal(h.title, text.slice(markerText.length), 'title after the marker');
        assert.equal(text.slice(h.titleSpan.start, h.titleSpan.end), h.title, 'title span');
        assert.equal(h.runIn, false);
      });
    }
  });

  describe('Markdown headings', () => {
    it('## 一、… carries both the Markdown depth and the marker', () => {
      const h = onlyHeading('## 一、主要举措', 'markdown');
      assert.equal(h.markdownDepth, 2);
      assert.equal(h.marker?.text, '一、');
      assert.equal(h.level, 1, 'the marker decides the level');
      assert.equal(h.title, '主要举措');
    });

    it('# title without a marker is a heading of level depth − 1', () => {
      const h = onlyHeading('# 年度工作情况', 'markdown');
      assert.equal(h.marker, undefined);
      assert.equal(h.markdownDepth, 1);
      assert.equal(h.level, 0);
      assert.equal(h.title, '年度工作情况');
      const h3 = onlyHeading('### 其他事项', 'markdown');
      assert.equal(h3.level, 2);
    });

    it('closing #s are not part of the title', () => {
      assert.equal(onlyHeading('## 主要举措 ##', 'markdown').title, '主要举措');
    });

    it('# is plain text in a .txt file', () => {
      assert.deepEqual(headingsOf('# 年度工作情况'), []);
    });
  });

  describe('run-in headings', () => {
    it('（一）按照……。后文 is a run-in heading whose title ends at the full stop', () => {
      const text = '（一）按照省委部署推进工作。全年共办理案件78件。';
      const h = onlyHeading(text);
      assert.equal(h.runIn, true);
      assert.equal(h.title, '按照省委部署推进工作');
      assert.equal(text.slice(h.titleSpan.start, h.titleSpan.end), '按照省委部署推进工作');
    });

    it('a stand-alone heading is not run-in, even with a final full stop', () => {
      assert.equal(onlyHeading('（一）切实履行推进法治建设第一责任人职责').runIn, false);
      assert.equal(onlyHeading('（一）切实履行推进法治建设第一责任人职责。').runIn, false);
    });

    it('1. headings of the reference report are run-in', () => {
      const h = onlyHeading('  1.全力做好依法防控新冠肺炎疫情工作。疫情发生后，我市迅速行动。');
      assert.equal(h.runIn, true);
      assert.equal(h.title, '全力做好依法防控新冠肺炎疫情工作');
    });
  });

  describe('not headings', () => {
    for (const text of [
      '1.5亿元用于法治政府建设。',
      '1.5％的增幅',
      '一是加强领导，二是完善制度。',
      '2020年，我市深入推进依法行政。',
      '十九届四中全会精神',
      '（2016-2020年）规划',
    ]) {
      it(text, () => assert.deepEqual(headingsOf(text), []));
    }

    it('1.5亿元 at the start of a soft-wrapped Markdown line is not a heading', () => {
      assert.deepEqual(headingsOf('全年投入资金\n1.5亿元用于建设。', 'markdown'), []);
    });

    it('readMarker rejects a zero ordinal', () => {
      assert.equal(readMarker('0.开头', 0), undefined);
      assert.equal(readMarker('（0）开头', 0), undefined);
    });
  });

  it('finds headings after leading NBSP and ideographic spaces', () => {
    const text = '\u00a0\u00a0一、总体情况\n\n\u3000\u3000（二）加强领导\n\n\u3000\u00a0 1.完善制度';
    const hs = headingsOf(text);
    assert.deepEqual(
      hs.map((h) => [h.line, h.level, h.marker?.text, h.title]),
      [
        [0, 1, '一、', '总体情况'],
        [2, 2, '（二）', '加强领导'],
        [4, 3, '1.', '完善制度'],
      ],
    );
    for (const h of hs) assert.equal(text.slice(h.marker!.span.start, h.marker!.span.end), h.marker!.text);
  });
});
