/**
 * The Node-free part of applying an extends chain: its layers' data merged over the built-in pack's,
 * and their rule settings, report settings, source and locale merged into a LintConfig. The resolver
 * (resolve.ts) uses it for a report file; a web page (pack-text.ts) for a pack the user loaded.
 */
import type { LintConfig } from '../config';
import { mergePackData } from '../pack/merge';
import type { PackData, PackFile } from '../pack/types';
import type { SeveritySetting } from '../rule';
import type { ConfigFields, Layer, ReportSettings, RuleSettingValue } from './types';

/** How `extends` names the built-in pack. */
export const BUILTIN_PACK_REF = 'fzlint:recommended';

export type OverrideFields = NonNullable<ConfigFields['overrides']>[number];

/** The built-in pack's data with the packs' data of the chain merged over it, in order. */
export function mergeLayerData(builtin: PackData, layers: readonly Pick<Layer, 'kind' | 'data'>[]): PackData {
  const dataLayers = layers.filter((l) => l.kind !== 'builtin' && l.data);
  return dataLayers.length === 0 ? builtin : mergePackData([{ data: builtin }, ...dataLayers.map((l) => ({ data: l.data!, remove: l.data!.remove }))]);
}

/**
 * The layers' fields merged in order (later wins), then the overrides `overrideApplies` selects.
 * Report settings become option defaults of every rule in `knownRules`.
 */
export function configFromLayers(
  layers: readonly Pick<Layer, 'fields'>[],
  data: PackData,
  knownRules: Iterable<string>,
  overrideApplies: (o: OverrideFields) => boolean = () => false,
): { config: LintConfig; settings: ReportSettings; declared: { source?: LintConfig['source']; locale?: LintConfig['locale'] } } {
  const rules: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  const settings: ReportSettings = {};
  let source: LintConfig['source'] | undefined;
  let locale: LintConfig['locale'] | undefined;
  const apply = (f: ConfigFields | OverrideFields) => {
    for (const [id, value] of Object.entries(f.rules ?? {})) {
      const [severity, options] = Array.isArray(value) ? value : [value, undefined];
      rules[id] = severity;
      if (options) ruleOptions[id] = { ...ruleOptions[id], ...options };
    }
    if (f.issuerLevel !== undefined) settings.issuerLevel = f.issuerLevel;
    if (f.deadline !== undefined) settings.deadline = f.deadline;
    if (f.demonstrationArea !== undefined) settings.demonstrationArea = f.demonstrationArea;
    if (f.source !== undefined) source = f.source;
    if (f.locale !== undefined) locale = f.locale;
  };
  for (const layer of layers) apply(layer.fields);
  for (const layer of layers) for (const o of layer.fields.overrides ?? []) if (overrideApplies(o)) apply(o);
  if (Object.keys(settings).length > 0) {
    for (const id of knownRules) ruleOptions[id] = { ...settings, ...ruleOptions[id] };
  }
  const config: LintConfig = { rules, ruleOptions, source: source ?? 'auto', locale: locale ?? 'zh-CN', data };
  return { config, settings, declared: { source, locale } };
}

/** The built-in pack's own rule settings: the first layer of every chain. */
export function builtinLayerFields(pack: PackFile): ConfigFields {
  return { rules: (pack.rules ?? {}) as Record<string, RuleSettingValue> };
}
