/**
 * Last year's report for a lint (`--previous FILE` or `--previous auto`): the command line's reader
 * for the project API's linkPrevious (engine/project/previous.ts). The folders' candidates are read
 * and detected once per process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  candidateNames,
  linkPrevious,
  parseText,
  previousCandidate,
  type LintPlan,
  type PreviousCandidate,
  type PreviousLink,
  type PreviousReader,
} from '../../engine/project';
import type { LintConfig } from '../../engine/config';
import type { ReportDocument } from '../../engine/document/report-document';
import { InputError, readInput } from '../read-input';

const folderCandidates = new Map<string, Promise<PreviousCandidate[]>>();

async function candidatesIn(dir: string, locale: 'zh-CN' | 'en'): Promise<PreviousCandidate[]> {
  let hit = folderCandidates.get(dir);
  if (!hit) {
    hit = (async () => {
      let names: string[];
      try {
        names = candidateNames(fs.readdirSync(dir));
      } catch {
        return [];
      }
      const out: PreviousCandidate[] = [];
      for (const name of names) {
        const file = path.join(dir, name);
        try {
          if (!fs.statSync(file).isFile()) continue;
          const candidate = previousCandidate(file, (await readInput(file, locale)).text);
          if (candidate) out.push(candidate);
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

/** The command line's reader: files as `fzlint FILE` reads them (text or documents), parsed with the report's config. */
function cliReader(config: LintConfig): PreviousReader {
  return {
    candidatesIn: (dir) => candidatesIn(dir, config.locale),
    parse: async (file) => {
      const plan: LintPlan = { config, filePath: file };
      return parseText((await readInput(file, config.locale)).text, plan);
    },
  };
}

/** The link for one report; `doc` is its parse. Throws InputError when a named previous report cannot be read. */
export async function previousLinkFor(
  file: string,
  doc: ReportDocument,
  request: { previous: string; archives?: string[] },
  config: LintConfig,
): Promise<PreviousLink> {
  return (await linkPrevious(file, doc, request, cliReader(config))).link;
}
