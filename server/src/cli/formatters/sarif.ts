import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding } from '../../engine/finding';
import type { Rule, Severity, TextEdit } from '../../engine/rule';
import { docsUrl, ruleDocsUrl } from '../../engine/docs';
import { allBuiltinRules } from '../../engine/lint';
import type { FileResult, FindingReview } from '../result';
import { skipMessage } from '../skipped';
import type { Formatter } from './types';

declare const FZLINT_VERSION: string | undefined;

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** Where a finding's span starts and ends, as SARIF wants it: 1-based lines, UTF-16 columns, char offsets. */
function region(f: { line: number; column: number; endLine: number; endColumn: number; span: { start: number; end: number } }): Sarif.Region {
  return {
    startLine: f.line,
    startColumn: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    charOffset: f.span.start,
    charLength: f.span.end - f.span.start,
  };
}

/** Line/column of a UTF-16 offset (1-based), counting \r\n, \n and \r as line ends. */
function pointAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function editRegion(source: string, e: TextEdit): Sarif.Region {
  const s = pointAt(source, e.start);
  const t = pointAt(source, e.end);
  return { startLine: s.line, startColumn: s.column, endLine: t.line, endColumn: t.column, charOffset: e.start, charLength: e.end - e.start };
}

function ruleDescriptor(rule: Rule, locale: 'zh-CN' | 'en', docsBase: string | undefined): Sarif.ReportingDescriptor {
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return {
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description[locale] },
    fullDescription: { text: `${rule.meta.description[locale]} / ${rule.meta.description[other]}` },
    helpUri: rule.meta.docsUrl ?? ruleDocsUrl(rule.meta.id, docsBase),
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: {
      category: rule.meta.category,
      catalogue: rule.meta.catalogue,
      fixable: rule.meta.fixable,
      'description.zh-CN': rule.meta.description['zh-CN'],
      'description.en': rule.meta.description.en,
      tags: [rule.meta.category, ...rule.meta.catalogue],
    },
  };
}

function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath.startsWith('<')) return { uri: filePath.replace(/[<>]/g, '') };
  const rel = path.relative(cwd, filePath);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(filePath).href };
}

/**
 * SARIF 2.1.0: one run, all built-in rules in tool.driver.rules, columns in UTF-16 code units (the
 * run's columnKind), regions with line/column and charOffset/charLength, certain fixes as fixes.
 * Rule pages (helpUri) and the tool's page (informationUri) are the installed docs, or under --docs-base.
 */
export const sarifFormatter: Formatter = (results: FileResult[], { locale, cwd, skipped, docsBase }) => {
  const rules = allBuiltinRules().map((r) => ruleDescriptor(r, locale, docsBase));
  const ruleIndex = new Map(allBuiltinRules().map((r, i) => [r.meta.id, i]));
  const artifacts: Sarif.Artifact[] = [];
  const sarifResults: Sarif.Result[] = [];
  results.forEach((r, artifactIndex) => {
    const loc = artifactUri(r.filePath, cwd);
    artifacts.push({
      location: loc,
      encoding: r.encoding === 'gb18030' ? 'GB18030' : 'UTF-8',
      roles: ['analysisTarget'],
      ...(r.kind ? { properties: { documentKind: r.kind } } : {}),
    });
    const artifactLocation = { ...loc, index: artifactIndex };
    r.findings.forEach((f, i) => {
      const result: Sarif.Result = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: f.messages[locale] },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
      };
      const idx = ruleIndex.get(f.ruleId);
      if (idx !== undefined) result.ruleIndex = idx;
      if (f.related?.length) {
        result.relatedLocations = f.related.map((rel, id) => ({
          id,
          message: { text: rel.message[locale] },
          physicalLocation: { artifactLocation, region: region({ ...pointEnd(r.source, rel.span), span: rel.span }) },
        }));
      }
      if (f.fix && !f.fixExcludedFromFixAll) result.fixes = [sarifFix(r.source, f, artifactLocation, locale)];
      result.properties = {
        messageId: f.messageId,
        'message.zh-CN': f.messages['zh-CN'],
        'message.en': f.messages.en,
        ...(f.suggestions?.length ? { suggestions: f.suggestions.length } : {}),
      };
      addReview(result, r.review?.[i], locale);
      sarifResults.push(result);
    });
  });
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fzlint',
            version: typeof FZLINT_VERSION === 'string' ? FZLINT_VERSION : '0.0.0',
            informationUri: docsUrl('README.md', docsBase),
            language: locale,
            rules,
          },
        },
        // Files found and not linted: one notification each (SARIF 2.1.0 §3.58), with the reason.
        ...(skipped?.length
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: skipped.map((s) => ({
                    descriptor: { id: `skipped/${s.reason}` },
                    level: 'note' as const,
                    message: { text: locale === 'zh-CN' ? `未检查：${skipMessage(s, locale)}` : `Not checked: ${skipMessage(s, locale)}` },
                    locations: [{ physicalLocation: { artifactLocation: artifactUri(s.filePath, cwd) } }],
                  })),
                },
              ],
            }
          : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * The fingerprint (partialFingerprints), a dismissal as an external suppression with its reason
 * (§3.35), and with a ledger or baseline the baselineState: new, or unchanged for a known finding.
 */
function addReview(result: Sarif.Result, v: FindingReview | undefined, locale: 'zh-CN' | 'en'): void {
  if (!v) return;
  result.partialFingerprints = { 'fzlint/v1': v.fingerprint };
  if (v.verdict?.status === 'dismissed') {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: v.verdict.reason }];
  } else if (v.baseline) {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: locale === 'zh-CN' ? '已在基线中' : 'in the baseline' }];
  }
  if (v.new) result.baselineState = 'new';
  else if (v.baseline || v.verdict) result.baselineState = 'unchanged';
  if (v.verdict)
    result.properties = {
      ...result.properties,
      verdict: v.verdict.status,
      'verdict.reason': v.verdict.reason,
      ...(v.verdict.by ? { 'verdict.by': v.verdict.by } : {}),
    };
}

function pointEnd(source: string, span: { start: number; end: number }) {
  const s = pointAt(source, span.start);
  const e = pointAt(source, span.end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

function sarifFix(source: string, f: Finding, artifactLocation: Sarif.ArtifactLocation, locale: 'zh-CN' | 'en'): Sarif.Fix {
  const edits = [...f.fix!.edits].sort((a, b) => a.start - b.start);
  return {
    description: { text: f.fix!.title[locale] },
    artifactChanges: [
      {
        artifactLocation,
        replacements: edits.map((e) => ({ deletedRegion: editRegion(source, e), ...(e.text ? { insertedContent: { text: e.text } } : {}) })),
      },
    ],
  };
}
