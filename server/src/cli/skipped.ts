import * as path from 'node:path';
import type { DocumentKind } from '../engine/document/detect';
import type { Locale } from '../engine/rule';

/**
 * Why a file found by a folder or glob run was not linted. No file is left out without a word:
 * every formatter lists these (docs/formats.md).
 */
export type SkipReason = 'not-a-document' | 'unsupported-type' | 'binary' | 'ignored' | 'word-lock' | 'unreadable' | 'not-regular';

export interface SkippedFile {
  filePath: string;
  reason: SkipReason;
  /** More about the reason: the system's error code for an unreadable file (EACCES). */
  detail?: string;
}

const MESSAGES: Record<SkipReason, Record<Locale, (ext: string, detail?: string) => string>> = {
  unreadable: {
    'zh-CN': (_e, d) => `无法读取${d === 'EACCES' || d === 'EPERM' ? '（没有读取权限）' : d ? `（${d}）` : ''}`,
    en: (_e, d) => `cannot be read${d === 'EACCES' || d === 'EPERM' ? ' (permission denied)' : d ? ` (${d})` : ''}`,
  },
  'not-regular': {
    'zh-CN': () => '不是普通文件（管道、设备或套接字），未打开',
    en: () => 'not a regular file (a FIFO, device or socket); not opened',
  },
  'not-a-document': {
    'zh-CN': () => '不是公文：没有公文标题、发文字号、主送机关或年度报告的结构（用 --all-files 也检查此类文件）',
    en: () => 'not an official document: no document title, 文号, addressee or annual-report structure (--all-files checks such files too)',
  },
  'unsupported-type': {
    'zh-CN': (ext) =>
      `不支持的文件类型${ext ? `（${ext}）` : ''}：fzlint 检查 .txt、.md、.docx、.doc、.odt 和 .pdf 文件${/^\.wps$/i.test(ext) ? '；WPS 的 .wps 文件请先另存为 .docx' : ''}`,
    en: (ext) =>
      `unsupported file type${ext ? ` (${ext})` : ''}: fzlint checks .txt, .md, .docx, .doc, .odt and .pdf files${/^\.wps$/i.test(ext) ? '; save a WPS .wps file as .docx first' : ''}`,
  },
  binary: {
    'zh-CN': () => '二进制文件，不是文本',
    en: () => 'a binary file, not text',
  },
  ignored: {
    'zh-CN': () => '被 .fzlintignore 或配置文件的 ignores 排除',
    en: () => 'excluded by .fzlintignore or the ignores of a config file',
  },
  'word-lock': {
    'zh-CN': () => 'Word 的临时锁定文件（~$…），不是文档',
    en: () => 'a Word lock file (~$…), not a document',
  },
};

export function skipMessage(s: SkippedFile, locale: Locale): string {
  return MESSAGES[s.reason][locale](path.extname(s.filePath), s.detail);
}

export const KIND_LABEL: Record<DocumentKind, Record<Locale, string>> = {
  'annual-report': { 'zh-CN': '法治政府建设年度报告', en: 'annual report on law-based government' },
  'official-document': { 'zh-CN': '其他公文', en: 'other official document' },
  other: { 'zh-CN': '非公文', en: 'not an official document' },
};
