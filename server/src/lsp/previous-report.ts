/**
 * Last year's report in the editor (`fzlint.previousReport`, `fzlint.archiveFolders`): the language
 * server's reader for the project API's linkPrevious (engine/project/previous.ts), as `--previous` and
 * `--archive` on the command line. Files are read as the CLI reads them (cli/read-input: text or
 * documents) and parsed with the report's configuration; parses and the candidates of a folder are
 * cached by path, modification time and size, so a keystroke's lint reads nothing that did not change.
 * A named file that cannot be read is said once (window/showMessage) and the cross-year checks do not
 * run; the server goes on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  candidateNames,
  configFileSetting,
  linkPrevious,
  parseText,
  previousCandidate,
  type LintPlan,
  type PreviousCandidate,
  type PreviousLink,
  type PreviousReader,
} from '../engine/project';
import type { ReportDocument } from '../engine';
import { InputError, readInput } from '../cli/read-input';
import type { FzlintSettings } from './settings';
import { previousUnreadableMessage } from './previous-messages';

interface Stamp {
  mtimeMs: number;
  size: number;
}

function stampOf(file: string): Stamp | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { mtimeMs: st.mtimeMs, size: st.size } : undefined;
  } catch {
    return undefined;
  }
}

const sameStamp = (a: Stamp, b: Stamp | undefined) => !!b && a.mtimeMs === b.mtimeMs && a.size === b.size;

/**
 * What is wrong with a named file, naming it: the reader's message (InputError), or for anything else
 * (a document reader that is not there: the VS Code extension carries no PDF reader) the error itself.
 */
function readProblem(file: string, error: unknown, locale: 'zh-CN' | 'en'): string {
  if (error instanceof InputError) return error.message;
  const zh = locale !== 'en';
  if (/\.pdf$/i.test(file)) {
    return zh
      ? `${file}：编辑器中不能读取 PDF 文件（PDF 读取程序只随命令行版 fzlint 安装）。请把去年的报告另存为 .docx 或 .txt，或在命令行用 --previous 对照。`
      : `${file}: PDF files cannot be read in the editor (the PDF reader comes with the fzlint CLI only). Save last year's report as .docx or .txt, or compare on the command line with --previous.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return zh ? `${file}：读取失败（${reason}）。` : `${file}: reading failed (${reason}).`;
}

/** What a document's lint is told about last year's report. */
export interface DocumentPrevious {
  /** For the lint plan; undefined: off, or the named file cannot be read. */
  link?: PreviousLink;
  /** The file linked (status found), absolute: the code action opens it. */
  file?: string;
  /** Changes whenever the link does (part of the lint cache key). */
  key: string;
}

export interface PreviousHost {
  /** Tell the user once (window/showMessage). */
  notify(message: string): void;
  log(message: string): void;
}

export interface PreviousContext {
  /** The document's file (none for an untitled buffer: no cross-year checks). */
  file: string | undefined;
  settings: FzlintSettings;
  /** Workspace folder paths: relative settings are relative to the folder holding the report. */
  folders: readonly string[];
  plan: LintPlan;
  /** The document's parse with `plan` (its issuer and year choose last year's report). */
  parse(): ReportDocument;
}

export class PreviousReports {
  private host: PreviousHost | undefined;
  private readonly parsed = new Map<string, { stamp: Stamp; config: LintPlan['config']; doc: ReportDocument }>();
  private readonly candidates = new Map<string, { stamp: Stamp; candidate?: PreviousCandidate }>();
  private readonly byUri = new Map<string, DocumentPrevious>();
  /** Problems already told (file and message), told again only after the file was read once more. */
  private readonly told = new Set<string>();

  attach(host: PreviousHost): void {
    this.host = host;
  }

  /** The link last computed for a document (undefined: off). */
  of(uri: string): DocumentPrevious | undefined {
    return this.byUri.get(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The documents whose lint looked for last year's report (any outcome): a saved file may change it. */
  looking(): string[] {
    return [...this.byUri.keys()];
  }

  /** Look for last year's report of a document again (before each lint of it). */
  async refresh(uri: string, context: PreviousContext): Promise<void> {
    const { file, settings } = context;
    if (!settings.previousReport || !file) {
      this.byUri.delete(uri);
      return;
    }
    const doc = context.parse();
    if (doc.kind !== 'annual-report') {
      this.byUri.delete(uri);
      return;
    }
    const named = settings.previousReport === 'auto' ? undefined : configFileSetting(settings.previousReport, file, context.folders);
    const request = {
      previous: named ?? 'auto',
      archives: settings.archiveFolders.map((d) => configFileSetting(d, file, context.folders)),
    };
    try {
      const { link, file: linked } = await linkPrevious(file, doc, request, this.reader(context.plan, settings.locale));
      // Read again: a later problem with it is told again.
      if (named) for (const t of this.told) if (t.startsWith(`${named}\0`)) this.told.delete(t);
      const stamp = linked ? stampOf(linked) : undefined;
      const key = link.status === 'found' ? `found:${linked ?? ''}:${stamp?.mtimeMs ?? ''}:${stamp?.size ?? ''}` : JSON.stringify(link);
      this.byUri.set(uri, { link, file: linked, key });
    } catch (error) {
      if (!named) throw error;
      const problem = readProblem(named, error, settings.locale);
      if (!(error instanceof InputError))
        this.host?.log(`fzlint: reading ${named} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.byUri.set(uri, { key: `error:${problem}` });
      const told = `${named}\0${problem}`;
      if (this.told.has(told)) return;
      this.told.add(told);
      const message = previousUnreadableMessage(problem, settings.locale);
      this.host?.log(message);
      this.host?.notify(message);
    }
  }

  /** Files as the CLI reads them, parsed with the report's configuration; cached by modification time and size. */
  private reader(plan: LintPlan, locale: 'zh-CN' | 'en'): PreviousReader {
    return {
      candidatesIn: async (dir) => {
        let names: string[];
        try {
          names = candidateNames(fs.readdirSync(dir));
        } catch {
          return [];
        }
        const out: PreviousCandidate[] = [];
        for (const name of names) {
          const file = path.join(dir, name);
          const stamp = stampOf(file);
          if (!stamp) continue;
          let hit = this.candidates.get(file);
          if (!hit || !sameStamp(hit.stamp, stamp)) {
            hit = { stamp };
            try {
              hit.candidate = previousCandidate(file, (await readInput(file, locale)).text);
            } catch {
              // A file that cannot be read (or a PDF where its reader is not installed) is not last year's report.
            }
            this.candidates.set(file, hit);
          }
          if (hit.candidate) out.push(hit.candidate);
        }
        return out;
      },
      parse: async (file) => {
        const stamp = stampOf(file);
        const hit = this.parsed.get(file);
        if (hit && stamp && sameStamp(hit.stamp, stamp) && hit.config === plan.config) return hit.doc;
        const text = (await readInput(file, locale)).text;
        const doc = parseText(text, { config: plan.config, filePath: file });
        if (stamp) this.parsed.set(file, { stamp, config: plan.config, doc });
        return doc;
      },
    };
  }

  /** The text of a linked report as the server read it (a document's extracted text), for the editor's read-only view. */
  textOf(file: string): string | undefined {
    return this.parsed.get(path.resolve(file))?.doc.text;
  }
}

/** The server's single instance. */
export const previousReports = new PreviousReports();
