import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver/node';
import type { Locale } from '../engine';
import { normalizeDocsBase } from '../engine/docs';

export type RunMode = 'onType' | 'onSave';
export type RuleSeveritySetting = 'off' | 'info' | 'warning' | 'error';

/** The `fzlint.*` settings the server honours. */
export interface FzlintSettings {
  /** Lint report documents at all. */
  enable: boolean;
  /** Language of messages and fix titles. */
  locale: Locale;
  /** Lint while typing (debounced) or only when the document is saved. */
  run: RunMode;
  /** Milliseconds between the last change and a lint run (`run: onType`). */
  debounce: number;
  /** Per-rule severity overrides (`off` turns a rule off), as `--rule id:level` on the command line. */
  rules: Record<string, RuleSeveritySetting>;
  /** A fzlint configuration file (absolute, or relative to the workspace folder); empty: look it up. */
  configFile: string;
  /**
   * Load the code rules (JS) that packs name. Only honoured from the user's own settings (the
   * extension declares it `machine`-scoped and restricted) and only in a trusted workspace (trust.ts).
   */
  allowCodeRules: boolean;
  /**
   * Where rule pages are linked (an http(s) or file: URL, or an absolute folder path, normalized to
   * a base ending in `/`); empty: the pages bundled with the extension (engine/docs.ts).
   */
  docsBase: string;
  /**
   * Last year's report for the cross-year checks: '' (off), a file (absolute, or relative to the
   * workspace folder), or `auto` (the one report of the same issuer for year Y−1 in the document's
   * folder and `archiveFolders`), as `--previous` on the command line (lsp/previous-report.ts).
   */
  previousReport: string;
  /** More folders `previousReport: auto` looks in (absolute, or relative to the workspace folder), as `--archive`. */
  archiveFolders: string[];
}

export const DEFAULT_SETTINGS: Readonly<FzlintSettings> = Object.freeze({
  enable: true,
  locale: 'zh-CN',
  run: 'onType',
  debounce: 150,
  rules: Object.freeze({}) as Record<string, RuleSeveritySetting>,
  configFile: '',
  allowCodeRules: false,
  docsBase: '',
  previousReport: '',
  archiveFolders: Object.freeze([]) as unknown as string[],
});

function readLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^zh(?:[-_](?:cn|hans))?$/i.test(value)) return 'zh-CN';
  if (/^en(?:[-_]\w+)?$/i.test(value)) return 'en';
  return undefined;
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

/** `{ "rule-id": "off" | "info" | "warning" | "error" }`; other entries are dropped. */
function readRules(value: unknown): Record<string, RuleSeveritySetting> {
  const out: Record<string, RuleSeveritySetting> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (/^[a-z][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?$/.test(id) && typeof level === 'string' && LEVELS.has(level)) out[id] = level as RuleSeveritySetting;
  }
  return out;
}

/** '' (off), `auto` (any case), or a path. */
function readPreviousReport(value: unknown): string {
  if (typeof value !== 'string') return '';
  const v = value.trim();
  return v.toLowerCase() === 'auto' ? 'auto' : v;
}

/** Turn whatever the client sent for the `fzlint` section into valid settings (bad values → defaults). */
export function normalizeSettings(raw: unknown): FzlintSettings {
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const debounce = typeof section.debounce === 'number' && Number.isFinite(section.debounce) ? Math.round(section.debounce) : DEFAULT_SETTINGS.debounce;
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : DEFAULT_SETTINGS.enable,
    locale: readLocale(section.locale) ?? DEFAULT_SETTINGS.locale,
    run: section.run === 'onSave' ? 'onSave' : 'onType',
    debounce: Math.min(Math.max(debounce, 0), 5000),
    rules: readRules(section.rules),
    configFile: typeof section.configFile === 'string' ? section.configFile.trim() : '',
    allowCodeRules: section.allowCodeRules === true,
    docsBase: typeof section.docsBase === 'string' ? (normalizeDocsBase(section.docsBase) ?? '') : '',
    previousReport: readPreviousReport(section.previousReport),
    archiveFolders: Array.isArray(section.archiveFolders)
      ? section.archiveFolders.filter((d): d is string => typeof d === 'string' && d.trim() !== '').map((d) => d.trim())
      : [],
  };
}

/**
 * Settings per document. With a client that answers `workspace/configuration`, each document's
 * settings are pulled for its own scope (folder settings win) and cached until the configuration
 * changes; otherwise the `fzlint` section pushed with `workspace/didChangeConfiguration` applies to all.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<FzlintSettings>>();
  private pushed: FzlintSettings = { ...DEFAULT_SETTINGS };

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
  ) {}

  get(uri: string): Promise<FzlintSettings> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'fzlint' }).then(normalizeSettings, (error: unknown) => {
        this.connection.console.warn(`fzlint: could not read settings for ${uri}: ${String(error)}`);
        return { ...DEFAULT_SETTINGS };
      });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  changed(params: DidChangeConfigurationParams): void {
    this.cache.clear();
    if (!this.pull) {
      const all = params.settings && typeof params.settings === 'object' ? (params.settings as Record<string, unknown>) : {};
      this.pushed = normalizeSettings(all.fzlint);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
