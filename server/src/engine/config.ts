import type { Locale, Rule, Severity, SeveritySetting } from './rule';
import type { SourceMode } from './document/types';
import type { PackData } from './pack/types';

/** The settings a lint run needs. Config files and rule packs (later) resolve to this. */
export interface LintConfig {
  /** Per-rule severity overrides; `off` disables the rule. */
  rules: Record<string, SeveritySetting>;
  /** Rule options by rule id. */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** `auto` detects a scraped web copy. */
  source: SourceMode | 'auto';
  locale: Locale;
  /** Rule data from the packs; the built-in recommended pack when absent. */
  data?: PackData;
}

export function defaultConfig(): LintConfig {
  return { rules: {}, ruleOptions: {}, source: 'auto', locale: 'zh-CN' };
}

const SETTINGS = new Set(['off', 'info', 'warning', 'error']);

/** Parse `id:level` (the CLI's `--rule`). Returns an error message for a bad value. */
export function parseRuleSetting(value: string, known: readonly Rule[]): { id: string; setting: SeveritySetting } | { error: string } {
  const m = /^([a-z0-9-]+)\s*[:=]\s*([a-z]+)$/i.exec(value.trim());
  if (!m) return { error: `--rule expects id:off|info|warning|error, got "${value}"` };
  const [, id, level] = m;
  if (!known.some((r) => r.meta.id === id)) return { error: `unknown rule "${id}"` };
  if (!SETTINGS.has(level)) return { error: `unknown severity "${level}" for ${id} (use off, info, warning or error)` };
  return { id, setting: level as SeveritySetting };
}

export function effectiveSeverity(rule: Rule, config: LintConfig): SeveritySetting {
  return config.rules[rule.meta.id] ?? rule.meta.severity;
}

export type { Severity };
