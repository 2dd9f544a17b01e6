/**
 * Last year's report in the web worker server (`fzlint.previousReport`, `fzlint.archiveFolders`):
 * the project API's linkPrevious (engine/project/previous.ts, as `--previous` and `--archive`) with a
 * reader that asks the client: the file's text through the read-file request, a folder's names (for
 * `auto`) through the folder-listing request (client/src/workspace-files.ts, inside the workspace
 * folders only). Paths are the workspace URIs' paths (workspace-files.ts).
 *
 * The worker reads a .txt/.md report (UTF-8) and a Word .docx (its bytes through the read-bytes
 * request, its text as the CLI reads it: cli/inputs/docx.ts); a .doc, .odt or .pdf needs the desktop's
 * readers, so a named one is said once (and the cross-year checks do not run), and with `auto` such
 * files are not candidates. Each lint asks for the files again (the worker sees no modification
 * time); a text read before is not parsed again, a Word file read before is not unpacked again.
 */
import {
  candidateNames,
  configFileSetting,
  linkPrevious,
  parseText,
  previousCandidate,
  type LintPlan,
  type PreviousLink,
  type ReadEntry,
} from '../engine/project';
import type { ReportDocument } from '../engine';
import type { FzlintSettings } from './settings';
import { workspacePath, workspaceUri, type ListFolderResult, type ReadBytesResult } from './workspace-files';
import { isDocxPath, readDocx } from '../cli/inputs/docx';
import { fromBase64 } from './web-dictionary';
import { previousUnreadableMessage } from './previous-messages';

const TEXT_REPORT = /\.(txt|md|markdown)$/i;
/** The formats the worker reads: text, and Word .docx. */
const READABLE_REPORT = /\.(txt|md|markdown|docx)$/i;

export interface WebPreviousHost {
  read(uri: string): Promise<ReadEntry>;
  /** A file's bytes (a Word report). */
  readBytes(uri: string): Promise<ReadBytesResult>;
  list(uri: string): Promise<ListFolderResult>;
  /** Tell the user once (window/showMessage). */
  notify(message: string): void;
  log(message: string): void;
}

/** What a document's lint is told about last year's report. */
export interface WebPrevious {
  /** For the lint plan; undefined: the named file cannot be read. */
  link?: PreviousLink;
  /** The URI of the report linked (status found): 对照去年报告 opens it. */
  uri?: string;
  /** Changes whenever the link does (part of the lint cache key). */
  key: string;
}

class ReadProblem extends Error {}

/** What reading a report gave: its text, or the entry that says why not (`unreadable`: the Word reader's problem). */
interface ReadReport {
  text?: string;
  entry?: ReadEntry | ReadBytesResult;
  unreadable?: string;
}

function problemText(file: string, read: ReadReport, locale: 'zh-CN' | 'en'): string {
  const zh = locale !== 'en';
  const entry = read.entry;
  if (!READABLE_REPORT.test(file)) {
    return zh
      ? `${file}：网页版编辑器只能读取 .txt、.md 或 .docx 格式的去年报告（.doc、.odt、PDF 文件需要桌面版 VS Code 或命令行）。请把去年的报告另存为 .docx 或 .txt。`
      : `${file}: the editor on the web reads last year's report as .txt, .md or .docx only (.doc, .odt and PDF files need the desktop VS Code or the CLI). Save last year's report as .docx or .txt.`;
  }
  if (read.unreadable !== undefined)
    return zh ? `${file}：无法读取 Word 文件（${read.unreadable}）。` : `${file}: cannot read the Word file (${read.unreadable}).`;
  if (entry?.kind === 'too-large') return zh ? `${file}：文件过大，未读取。` : `${file}: file too large; not read.`;
  return zh ? `${file}：文件不存在或不在工作区中。` : `${file}: no such file in the workspace.`;
}

export class WebPreviousReports {
  private readonly byUri = new Map<string, WebPrevious>();
  private readonly parsed = new Map<string, { text: string; config: LintPlan['config']; doc: ReportDocument; generation: number }>();
  private readonly candidates = new Map<string, { text: string; candidate?: ReturnType<typeof previousCandidate> }>();
  private readonly told = new Set<string>();
  /** Word files read before: their bytes (base64, as sent) and what reading them gave. */
  private readonly words = new Map<string, { base64: string; read: ReadReport }>();
  private folders: string[] = [];
  private generation = 0;

  constructor(private readonly host: WebPreviousHost) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = [...uris];
  }

  of(uri: string): WebPrevious | undefined {
    return this.byUri.get(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The text of a linked report as the server read it, for the editor's read-only view. */
  textOf(uri: string): string | undefined {
    return this.parsed.get(uri)?.doc.text;
  }

  /** Look for last year's report of a document again (before each lint of it); `parse`: its parse with `plan`. */
  async refresh(uri: string, settings: FzlintSettings, plan: LintPlan, parse: () => ReportDocument): Promise<void> {
    const at = workspacePath(uri);
    if (!settings.previousReport || !at || parse().kind !== 'annual-report') {
      this.byUri.delete(uri);
      return;
    }
    const folders = this.folders.flatMap((f) => {
      const w = workspacePath(f);
      return w && w.root === at.root ? [w.path] : [];
    });
    const named = settings.previousReport === 'auto' ? undefined : configFileSetting(settings.previousReport, at.path, folders);
    const request = { previous: named ?? 'auto', archives: settings.archiveFolders.map((d) => configFileSetting(d, at.path, folders)) };
    try {
      const { link, file } = await linkPrevious(at.path, parse(), request, this.reader(at.root, plan, settings.locale));
      const linked = file === undefined ? undefined : workspaceUri(at.root, file);
      if (named) for (const t of this.told) if (t.startsWith(`${named}\0`)) this.told.delete(t);
      const key = link.status === 'found' && linked ? `found:${linked}:${this.parsed.get(linked)?.generation ?? ''}` : JSON.stringify(link);
      this.byUri.set(uri, { link, uri: linked, key });
    } catch (error) {
      if (!named || !(error instanceof ReadProblem)) throw error;
      const problem = error.message;
      this.byUri.set(uri, { key: `error:${problem}` });
      const told = `${named}\0${problem}`;
      if (this.told.has(told)) return;
      this.told.add(told);
      const message = previousUnreadableMessage(problem, settings.locale);
      this.host.log(message);
      this.host.notify(message);
    }
  }

  private async readText(root: string, file: string): Promise<ReadReport> {
    if (isDocxPath(file)) return this.readWord(workspaceUri(root, file));
    if (!TEXT_REPORT.test(file)) return {};
    const entry = await this.host.read(workspaceUri(root, file));
    // UTF-8 with or without a byte order mark, as the CLI reads a text report.
    return entry.kind === 'file' ? { text: entry.text.replace(/^\uFEFF/, ''), entry } : { entry };
  }

  /** A Word report's text as the CLI reads it (one line per paragraph); unpacked again only when its bytes changed. */
  private async readWord(uri: string): Promise<ReadReport> {
    const entry = await this.host.readBytes(uri).catch((): ReadBytesResult => ({ kind: 'missing' }));
    if (entry.kind !== 'file') {
      this.words.delete(uri);
      return { entry };
    }
    const hit = this.words.get(uri);
    if (hit && hit.base64 === entry.base64) return hit.read;
    let read: ReadReport;
    try {
      read = { text: (await readDocx(fromBase64(entry.base64))).text, entry };
    } catch (error) {
      read = { entry, unreadable: error instanceof Error ? error.message : String(error) };
    }
    this.words.set(uri, { base64: entry.base64, read });
    return read;
  }

  private reader(root: string, plan: LintPlan, locale: 'zh-CN' | 'en') {
    return {
      candidatesIn: async (dir: string) => {
        const names = await this.host.list(workspaceUri(root, dir)).catch(() => null);
        const out = [];
        for (const name of candidateNames(names ?? [])) {
          const file = `${dir.replace(/\/+$/, '')}/${name}`;
          const { text } = await this.readText(root, file);
          if (text === undefined) continue;
          const uri = workspaceUri(root, file);
          let hit = this.candidates.get(uri);
          if (!hit || hit.text !== text) {
            hit = { text, candidate: previousCandidate(file, text) };
            this.candidates.set(uri, hit);
          }
          if (hit.candidate) out.push(hit.candidate);
        }
        return out;
      },
      parse: async (file: string) => {
        const read = await this.readText(root, file);
        const text = read.text;
        if (text === undefined) throw new ReadProblem(problemText(file, read, locale));
        const uri = workspaceUri(root, file);
        const hit = this.parsed.get(uri);
        if (hit && hit.text === text && hit.config === plan.config) return hit.doc;
        const doc = parseText(text, { config: plan.config, filePath: file });
        this.parsed.set(uri, { text, config: plan.config, doc, generation: ++this.generation });
        return doc;
      },
    };
  }
}
