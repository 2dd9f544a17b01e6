/**
 * retext-chinese: the parser plugin of fzlint's unified processor. retext is unified with a parser
 * to NLCST and plugins after it; this is that parser for Chinese reports, over the document model.
 *
 * - The parser reads the text into the report document (parseReport: lines, title block, headings,
 *   paragraphs, sentences) and keeps it on the file as `file.data.report`, where the rules read it.
 *   A document already parsed for the same text (a shell's own parse) is reused.
 * - The NLCST tree (Root → Paragraph → Sentence → Word …, words from the segmenter) is built when
 *   something asks for it: `doc.nlcst` for the rules, or here when a retext plugin registered an
 *   extension. Plugins follow the protocol of retext's own parsers: functions in the processor's
 *   `nlcstSentenceExtensions`, `nlcstParagraphExtensions` and `nlcstRootExtensions` data, applied to
 *   every sentence, paragraph and the root. Without one, the parser hands unified an empty root and
 *   a lint that needs no words never segments the text (nor loads the dictionary).
 */
import type { Paragraph, Root, Sentence } from 'nlcst';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { parseReport, type ParseOptions, type ReportDocument } from './report-document';

declare module 'vfile' {
  interface DataMap {
    /** The report document the text was parsed into (retext-chinese). */
    report: ReportDocument;
  }
}

/** The extension lists of the retext parser protocol (their types come with retext-latin). */
type Extensions = {
  nlcstSentenceExtensions: ((node: Sentence) => void)[];
  nlcstParagraphExtensions: ((node: Paragraph) => void)[];
  nlcstRootExtensions: ((node: Root) => void)[];
};

function withoutBom(value: string): string {
  return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
}

/** The unified parser plugin (use it as `unified().use(retextChinese, options)`). */
export function retextChinese(this: Processor, options: ParseOptions = {}): void {
  const data = <K extends keyof Extensions>(key: K): Extensions[K] =>
    ((this.data as (k: string) => unknown)(key) as Extensions[K] | undefined) ?? ([] as Extensions[K]);
  this.parser = (value: string, file: VFile): Root => {
    const given = file.data.report;
    const doc = given && given.text === withoutBom(value) ? given : parseReport(value, options);
    file.data.report = doc;
    const sentence = data('nlcstSentenceExtensions');
    const paragraph = data('nlcstParagraphExtensions');
    const root = data('nlcstRootExtensions');
    if (sentence.length + paragraph.length + root.length === 0) return { type: 'RootNode', children: [] };
    const tree = doc.nlcst;
    for (const p of tree.children) {
      if (p.type !== 'ParagraphNode') continue;
      for (const s of p.children) if (s.type === 'SentenceNode') for (const extend of sentence) extend(s);
      for (const extend of paragraph) extend(p);
    }
    for (const extend of root) extend(tree);
    return tree;
  };
}
