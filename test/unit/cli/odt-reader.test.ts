import * as assert from 'node:assert/strict';
import { odtParagraphs, OdtEncryptedError, readOdt } from '../../../server/src/cli/inputs/odt';
import { zip } from '../../helpers/zip-writer';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

const content = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`;

describe('OpenDocument reader: one line per paragraph', () => {
  it('headings and paragraphs in document order, spaces (text:s c), tabs and line breaks as in the .docx reader', () => {
    const xml = content(
      '<text:h text:outline-level="1">一、总体情况</text:h>' +
        '<text:p>2020年<text:s/>全市<text:s text:c="3"/>共<text:tab/>办理<text:line-break/>案件<text:span>78</text:span>件。</text:p>' +
        '<text:p/>' +
        '<text:list><text:list-item><text:p>列表项</text:p></text:list-item></text:list>',
    );
    assert.deepEqual(odtParagraphs(xml), ['一、总体情况', '2020年 全市   共\t办理 案件78件。', '', '列表项']);
  });

  it('table cells are lines of their own, in order', () => {
    const xml = content(
      '<text:p>表前</text:p><table:table><table:table-row><table:table-cell><text:p>甲</text:p></table:table-cell><table:table-cell><text:p>乙</text:p><text:p>乙二</text:p></table:table-cell></table:table-row></table:table><text:p>表后</text:p>',
    );
    assert.deepEqual(odtParagraphs(xml), ['表前', '甲', '乙', '乙二', '表后']);
  });

  it('leaves out footnotes, comments and deleted tracked changes', () => {
    const xml = content(
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
        '<text:p>正文<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注</text:p></text:note-body></text:note>继续<office:annotation><text:p>批注</text:p></office:annotation>。</text:p>',
    );
    assert.deepEqual(odtParagraphs(xml), ['正文继续。']);
  });

  it('reads content.xml from an .odt archive, and a flat .fodt as it is', async () => {
    const xml = content('<text:p>第一段</text:p><text:p>第二段</text:p>');
    assert.equal((await readOdt(zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': xml }), false)).text, '第一段\n第二段');
    assert.equal((await readOdt(Buffer.from(xml), true)).text, '第一段\n第二段');
  });

  it('refuses broken XML and an archive without content.xml with the reason', async () => {
    assert.throws(() => odtParagraphs('<office:document-content><text:p>未闭合'), /damaged XML|no office:text/);
    await assert.rejects(readOdt(zip({ mimetype: 'x' }), false), /no content\.xml/);
    assert.throws(() => odtParagraphs(`<?xml version="1.0"?><root ${NS}/>`), /no office:text/);
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>';
    await assert.rejects(readOdt(zip({ 'META-INF/manifest.xml': manifest, 'content.xml': 'x' }), false), OdtEncryptedError);
  });
});
