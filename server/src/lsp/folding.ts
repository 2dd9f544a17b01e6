import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportDocument } from '../engine';
import { walkSections } from '../engine/document/sections';
import { sectionContentEnd } from './symbols';

/**
 * `textDocument/foldingRange`: one range per section, from its heading line to the last line of its
 * text (nested sections inside), so a drafter can fold 一、 or （一） away. Single-line sections do
 * not fold.
 */
export function foldingRanges(doc: TextDocument, report: ReportDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const section of walkSections(report.root)) {
    if (!section.heading) continue;
    const startLine = section.heading.line;
    const endLine = doc.positionAt(sectionContentEnd(section)).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}
