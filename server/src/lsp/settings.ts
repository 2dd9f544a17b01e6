import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver/node';
import type { Locale } from '../engine';

/** The `fzlint.*` settings the server honours. */
export interface FzlintSettings {
  /** Lint report documents at all. */
  enable: boolean;
  /** Language of messages and fix titles. */
  locale: Locale;
}

export const DEFAULT_SETTINGS: Readonly<FzlintSettings> = Object.freeze({ enable: true, locale: 'zh-CN' });

function readLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^zh(?:[-_](?:cn|hans))?$/i.test(value)) return 'zh-CN';
  if (/^en(?:[-_]\w+)?$/i.test(value)) return 'en';
  return undefined;
}

/** Turn whatever the client sent for the `fzlint` section into valid settings (bad values → defaults). */
export function normalizeSettings(raw: unknown): FzlintSettings {
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : DEFAULT_SETTINGS.enable,
    locale: readLocale(section.locale) ?? DEFAULT_SETTINGS.locale,
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
