import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportDocument } from '../engine';
import { parseText, type LintPlan } from '../engine/project';
import { LSP_MAX_CHARS } from './size-limit';

interface Parsed {
  version: number;
  languageId: string;
  /** The parse depends on these (language, source, segmenter); shared configs are one object each. */
  config: LintPlan['config'];
  rules: LintPlan['rules'];
  language: LintPlan['language'];
  doc: ReportDocument;
}

const cache = new Map<string, Parsed>();

/**
 * The one parse of a document version, shared by the lint (diagnostics.ts), hover, outline, folding,
 * completion and code actions. Parsed as the lint with `plan` parses (engine/project parseText);
 * parsing needs no word segmenter, so the features alone never load jieba. A document over the size
 * limit is not parsed (its one diagnostic says so): empty outline.
 */
export function parsedFor(doc: TextDocument, plan: LintPlan): ReportDocument {
  const hit = cache.get(doc.uri);
  if (
    hit &&
    hit.version === doc.version &&
    hit.languageId === doc.languageId &&
    hit.config === plan.config &&
    hit.rules === plan.rules &&
    hit.language === plan.language
  )
    return hit.doc;
  const text = doc.getText();
  const parsed = parseText(text.length > LSP_MAX_CHARS ? '' : text, plan);
  cache.set(doc.uri, { version: doc.version, languageId: doc.languageId, config: plan.config, rules: plan.rules, language: plan.language, doc: parsed });
  return parsed;
}

/** The parse of this version whatever its plan, if there is one. */
export function currentParse(doc: TextDocument): ReportDocument | undefined {
  const hit = cache.get(doc.uri);
  return hit && hit.version === doc.version && hit.languageId === doc.languageId ? hit.doc : undefined;
}

export function forgetParsed(uri: string): void {
  cache.delete(uri);
}
