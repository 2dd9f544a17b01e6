/**
 * The document model's vocabulary (rules/document-model.json), read once into the shapes the
 * detector needs. Pure data access: no Node built-ins, so the VS Code client can bundle it.
 */
import data from '../../../../rules/document-model.json';

export interface DocumentVocabulary {
  /** Every 文种 that can end a title, longest first. */
  genres: string[];
  annualSubjects: string[];
  annualGenres: string[];
  annualNotIf: string[];
  structureParts: string[][];
  structureSubjects: string[];
  structureMinParts: number;
  draftMarks: string[];
  notTitleStarts: string[];
  organSuffixes: string[];
  speechAudience: string[];
  chromeLabels: string[];
  /** Labels whose value is a list of keywords (主题词): it may be empty. */
  keywordLabels: string[];
  chromeStarts: string[];
  chromeContains: string[];
  appendixLabels: string[];
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;

export const vocabulary: DocumentVocabulary = {
  genres: [...new Set([...data.genres.official, ...data.genres.appended])].sort(byLengthDesc),
  annualSubjects: data.annualReport.subjects,
  annualGenres: data.annualReport.genres,
  annualNotIf: data.annualReport.notIf,
  structureParts: data.structure.parts,
  structureSubjects: data.structure.subjects,
  structureMinParts: data.structure.minParts,
  draftMarks: data.draftMarks,
  notTitleStarts: data.notTitleStarts.starts,
  organSuffixes: [...data.organSuffixes.suffixes].sort(byLengthDesc),
  speechAudience: data.speech.audience,
  chromeLabels: [...data.chrome.labels].sort(byLengthDesc),
  keywordLabels: data.chrome.keywordLabels,
  chromeStarts: data.chrome.lines,
  chromeContains: data.chrome.contains,
  appendixLabels: data.appendix.labels,
};

/** The longest word of `words` that `text` ends with. */
export function endingOf(text: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

export function includesAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

export function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w));
}
