import * as path from './node-path';

/** True when `p` is `dir` itself or lies below it, by path (symbolic links are not followed). */
export function isWithin(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The files fzlint reads as reports: text, Markdown and documents (.wps is not among them: no reader). */
export const REPORT_EXTENSIONS = /\.(txt|md|markdown|docx|doc|odt|fodt|pdf)$/i;
