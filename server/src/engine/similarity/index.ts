export { normalizeParagraph } from './normalize';
export { jaccard, shingles } from './minhash';
export {
  DEFAULT_SIMILARITY_OPTIONS,
  findCopying,
  findSimilarParagraphs,
  type CopiedParagraph,
  type CopyRelation,
  type Copying,
  type SameText,
  type ParagraphGroup,
  type ParagraphPlace,
  type SimilarPair,
  type SimilarParagraphs,
  type SimilarityDocument,
  type SimilarityOptions,
  type SimilarityParagraph,
} from './shared-paragraphs';
