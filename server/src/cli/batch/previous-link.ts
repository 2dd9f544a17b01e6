/**
 * Last year's report for a lint (`--previous FILE` or `--previous auto`): read the named file, or
 * look in the report's own folder (and `--archive` folders) for the one report of the same issuer
 * for year Y−1. The folder's candidates are read and detected once per process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { choosePrevious, detectDocument, languageForPath, parseText, type LintPlan, type PreviousCandidate, type PreviousLink } from '../../engine/project';
import type { LintConfig } from '../../engine/config';
import type { ReportDocument } from '../../engine/document/report-document';
import { REPORT_EXTENSIONS } from '../files';
import { InputError, readInput } from '../read-input';

const folderCandidates = new Map<string, Promise<PreviousCandidate[]>>();

async function candidatesIn(dir: string, locale: 'zh-CN' | 'en'): Promise<PreviousCandidate[]> {
  let hit = folderCandidates.get(dir);
  if (!hit) {
    hit = (async () => {
      let names: string[];
      try {
        names = fs.readdirSync(dir).filter((n) => REPORT_EXTENSIONS.test(n) && !n.startsWith('~$'));
      } catch {
        return [];
      }
      const out: PreviousCandidate[] = [];
      for (const name of names.sort()) {
        const file = path.join(dir, name);
        try {
          if (!fs.statSync(file).isFile()) continue;
          const input = await readInput(file, locale);
          const profile = detectDocument(input.text, languageForPath(file));
          if (profile.kind !== 'annual-report') continue;
          out.push({ filePath: file, issuer: profile.issuer, year: profile.year });
        } catch (error) {
          // A candidate that cannot be read is not last year's report; the batch reports it on its own.
          if (!(error instanceof InputError) && !(error as NodeJS.ErrnoException).code) throw error;
        }
      }
      return out;
    })();
    folderCandidates.set(dir, hit);
  }
  return hit;
}

async function parseFile(file: string, config: LintConfig, locale: 'zh-CN' | 'en'): Promise<ReportDocument> {
  const input = await readInput(file, locale);
  const plan: LintPlan = { config, filePath: file };
  return parseText(input.text, plan);
}

/** The link for one report; `doc` is its parse. Throws InputError when a named previous report cannot be read. */
export async function previousLinkFor(
  file: string,
  doc: ReportDocument,
  request: { previous: string; archives?: string[] },
  config: LintConfig,
): Promise<PreviousLink> {
  const locale = config.locale;
  if (request.previous !== 'auto') {
    const named = path.resolve(request.previous);
    return { status: 'found', report: { filePath: path.basename(named), doc: await parseFile(named, config, locale) } };
  }
  const dirs = [path.dirname(file), ...(request.archives ?? []).map((d) => path.resolve(d))];
  const candidates = (await Promise.all([...new Set(dirs)].map((d) => candidatesIn(d, locale))))
    .flat()
    .filter((c) => path.resolve(c.filePath) !== path.resolve(file));
  const choice = choosePrevious(doc, candidates);
  if (choice.status === 'ambiguous') return { ...choice, files: choice.files.map((f) => path.basename(f)) };
  if (choice.status !== 'chosen') return choice;
  const chosen = choice.candidate.filePath;
  return { status: 'found', report: { filePath: path.basename(chosen), doc: await parseFile(chosen, config, locale) } };
}
