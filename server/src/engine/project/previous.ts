/**
 * Linking last year's report to a lint (`--previous FILE|auto` on the command line, the editor's
 * `fzlint.previousReport`): the part both shells share. The shell reads the files (its PreviousReader:
 * the CLI once per run, the language server cached by modification time); this decides which file is
 * last year's report and what the lint is told (PreviousLink).
 */
import * as path from '../node-path';
import { choosePrevious } from './project';
import type { PreviousCandidate, PreviousLink } from '../across-years/previous-report';
import { detectDocument } from '../document/detect';
import type { ReportDocument } from '../document/report-document';
import { languageForPath } from '../lint';
import { REPORT_EXTENSIONS } from '../paths';

export interface PreviousRequest {
  /** `auto`, or the file of last year's report (absolute, or relative to the working folder). */
  previous: string;
  /** More folders to look in with `auto` (`--archive`, `fzlint.archiveFolders`). */
  archives?: readonly string[];
}

/** How a shell reads the files. */
export interface PreviousReader {
  /** The report files of a folder with their detected issuer and year ([] for a folder that cannot be read). */
  candidatesIn(dir: string): Promise<PreviousCandidate[]>;
  /** Last year's report, parsed; throws when the file cannot be read. */
  parse(file: string): Promise<ReportDocument>;
}

export interface LinkedPrevious {
  link: PreviousLink;
  /** The absolute path of the report linked (status `found`): the editor opens it. */
  file?: string;
}

/** The names in a folder listing that may be reports (not Word's ~$ lock files), sorted. */
export function candidateNames(names: readonly string[]): string[] {
  return names.filter((n) => REPORT_EXTENSIONS.test(n) && !n.startsWith('~$')).sort();
}

/** A file's text as a candidate: an annual report with its detected issuer and year; other documents are none. */
export function previousCandidate(filePath: string, text: string): PreviousCandidate | undefined {
  const profile = detectDocument(text, languageForPath(filePath));
  if (profile.kind !== 'annual-report') return undefined;
  return { filePath, issuer: profile.issuer, year: profile.year };
}

/**
 * The link for the report `file` (`doc`: its parse): the named file as it is, or with `auto` the one
 * report of the same issuer for year Y−1 in the report's folder and the archive folders. Messages name
 * files by their base name. Throws what `reader.parse` throws for a named file that cannot be read.
 */
export async function linkPrevious(file: string, doc: ReportDocument, request: PreviousRequest, reader: PreviousReader): Promise<LinkedPrevious> {
  if (request.previous !== 'auto') {
    const named = path.resolve(request.previous);
    return { link: { status: 'found', report: { filePath: path.basename(named), doc: await reader.parse(named) } }, file: named };
  }
  const self = path.resolve(file);
  const dirs = [...new Set([path.dirname(self), ...(request.archives ?? []).map((d) => path.resolve(d))])];
  const candidates = (await Promise.all(dirs.map((d) => reader.candidatesIn(d)))).flat().filter((c) => path.resolve(c.filePath) !== self);
  const choice = choosePrevious(doc, candidates);
  if (choice.status === 'ambiguous') return { link: { ...choice, files: choice.files.map((f) => path.basename(f)) } };
  if (choice.status !== 'chosen') return { link: choice };
  const chosen = path.resolve(choice.candidate.filePath);
  return { link: { status: 'found', report: { filePath: path.basename(chosen), doc: await reader.parse(chosen) } }, file: chosen };
}
