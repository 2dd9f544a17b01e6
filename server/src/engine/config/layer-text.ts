/**
 * The Node-free part of loading a config or pack file: its text parsed (YAML or JSON), validated
 * against the JSON Schema, its declarative rules and its rule settings checked, each problem named
 * with the file, the place and the wording the CLI shows. The resolver (resolve.ts) calls it for every
 * file of an extends chain; a web page (pack-text.ts) for a pack read from disk by the user.
 */
import { builtinPackPath } from '../pack/builtin-pack';
import { checkDefinitionProblems } from '../checks/validate';
import { builtinCheckRules } from '../lint';
import type { CheckDefinition } from '../pack/types';
import { builtinRules } from '../rules';
import { parseConfigText, type ParsedFile, type PathSegment } from './parse';
import { checkRuleOptions, rejectedKeys, withoutKeys } from './rule-options';
import { validateAgainstSchema } from './schema';
import type { CodeRuleOptions, ConfigFields, ConfigProblem, Layer, RuleSettingValue, SourcePosition } from './types';

/** Code rule ids are namespaced (`pack/rule`), so they can never shadow a built-in rule. */
export const CODE_RULE_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** The fields of a pack or config file as written (before the resolver follows `extends`). */
export type RawLayerFields = ConfigFields & { name?: string; version?: string; data?: Layer['data'] };

/** A config or pack file read and checked: the problems found are in `problems` (the rest applies). */
export interface LayerText {
  parsed: ParsedFile;
  isPack: boolean;
  raw: RawLayerFields;
  /** The config fields, unknown rule ids and invalid options of built-in rules dropped. */
  fields: ConfigFields;
  /** The pack's data, declarative rules with a problem dropped (undefined for a config). */
  data?: Layer['data'];
  /** The options given to code rules (checked once they are loaded). */
  codeRuleOptions: CodeRuleOptions[];
}

export type LayerTextResult = { ok: true; layer: LayerText; problems: ConfigProblem[] } | { ok: false; problems: ConfigProblem[] };

function problem(file: string, code: ConfigProblem['code'], pos: SourcePosition, zh: string, en: string): ConfigProblem {
  return { file, code, ...pos, messages: { 'zh-CN': zh, en } };
}

/** Options given to a code rule, with the places of the options object and of each option. */
function codeRuleOptionsAt(ruleId: string, options: Record<string, unknown>, file: string, parsed: ParsedFile, at: PathSegment[]): CodeRuleOptions {
  return {
    ruleId,
    file,
    options,
    pos: parsed.locate(at),
    keys: Object.keys(options).map((name) => ({ name, key: parsed.locate([...at, name], true), value: parsed.locate([...at, name]) })),
  };
}

let defaultKnownRules: Set<string> | undefined;

/** The ids of the built-in rules: code rules and the built-in pack's declarative rules. */
export function builtinRuleIds(): Set<string> {
  return (defaultKnownRules ??= new Set([...builtinRules, ...builtinCheckRules()].map((r) => r.meta.id)));
}

/**
 * Read one config or pack file's text. `prefix` is the path of the config inside the file
 * (`['fzlint']` in package.json); a file with a top-level `name` (and no prefix) is a pack.
 * Fails (ok: false) when the file cannot be parsed or breaks the schema; otherwise the problems are
 * the entries that were dropped (unknown rules, invalid options, invalid declarative rules).
 */
export function readLayerText(text: string, file: string, options: { prefix?: PathSegment[]; knownRules?: ReadonlySet<string> } = {}): LayerTextResult {
  const knownRules = options.knownRules ?? builtinRuleIds();
  const parsed = parseConfigText(text, file, { prefix: options.prefix, json: /\.json$/i.test(file) });
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const value = parsed.file.value;
  const isPack = !options.prefix && !!value && typeof value === 'object' && !Array.isArray(value) && 'name' in (value as object);
  const schemaProblem = validateAgainstSchema(isPack ? 'pack' : 'config', file, parsed.file);
  if (schemaProblem) return { ok: false, problems: [schemaProblem] };
  const problems: ConfigProblem[] = [];
  const raw = (value ?? {}) as RawLayerFields;
  const fields: ConfigFields = { ...raw };
  const data = isPack && raw.data?.checks ? { ...raw.data, checks: packChecks(raw.data.checks, file, parsed.file, problems) } : raw.data;
  const codeRuleOptions = checkRuleIds(fields, file, parsed.file, problems, knownRules);
  return { ok: true, layer: { parsed: parsed.file, isPack, raw, fields, data: isPack ? data : undefined, codeRuleOptions }, problems };
}

/**
 * A pack's declarative rules (engine/checks): each with a problem (an id that is not namespaced, a
 * field its kind needs, a pattern RE2 cannot run) is reported at its place and dropped; the others
 * learn the file that defines them.
 */
function packChecks(checks: CheckDefinition[], file: string, parsed: ParsedFile, problems: ConfigProblem[]): CheckDefinition[] {
  const builtin = file === builtinPackPath();
  const bad = new Set<number>();
  for (const p of checkDefinitionProblems(checks, builtin)) {
    bad.add(p.index);
    problems.push(problem(file, 'schema', parsed.locate(['data', 'checks', p.index, ...p.at]), p.zh, p.en));
  }
  // The built-in pack's rules have pages of their own (docs/rules/<id>.md).
  if (builtin) return checks.filter((_, i) => !bad.has(i));
  return checks.filter((_, i) => !bad.has(i)).map((c) => ({ ...c, definedIn: file }));
}

/** Unknown rule ids and invalid options of built-in rules become problems; returns the options given to code rules. */
function checkRuleIds(fields: ConfigFields, file: string, parsed: ParsedFile, problems: ConfigProblem[], knownRules: ReadonlySet<string>): CodeRuleOptions[] {
  const pending: CodeRuleOptions[] = [];
  const check = (rules: Record<string, RuleSettingValue> | undefined, at: PathSegment[]) => {
    if (!rules) return;
    for (const id of Object.keys(rules)) {
      if (knownRules.has(id) || CODE_RULE_ID.test(id)) {
        // pack/rule: a code rule, known only once loaded; its options are checked then.
        checkOptions(rules, id, file, parsed, [...at, id], problems, pending);
        continue;
      }
      problems.push(
        problem(
          file,
          'unknown-rule',
          parsed.locate([...at, id], true),
          `未知的规则“${id}”（已忽略此项；规则列表见 docs/README.md）。`,
          `Unknown rule "${id}" (ignored; see docs/README.md for the rules).`,
        ),
      );
      delete rules[id];
    }
  };
  if (fields.rules) fields.rules = { ...fields.rules };
  check(fields.rules, ['rules']);
  fields.overrides = fields.overrides?.map((o, i) => {
    const copy = { ...o, rules: o.rules ? { ...o.rules } : undefined };
    check(copy.rules, ['overrides', i, 'rules']);
    return copy;
  });
  return pending;
}

/**
 * Options `[level, {…}]` for a built-in rule, checked against its options schema: each unknown or
 * invalid option is a problem naming the rule and the key, and is dropped (the level and the
 * valid options still apply). Code rules are checked once loaded (`codeRuleOptions`).
 */
function checkOptions(
  rules: Record<string, RuleSettingValue>,
  id: string,
  file: string,
  parsed: ParsedFile,
  at: PathSegment[],
  problems: ConfigProblem[],
  pending: CodeRuleOptions[],
): void {
  const value = rules[id];
  if (!Array.isArray(value) || value.length < 2) return;
  const options = value[1] as Record<string, unknown>;
  const rule = builtinRules.find((r) => r.meta.id === id) ?? builtinCheckRules().find((r) => r.meta.id === id);
  if (!rule) {
    if (CODE_RULE_ID.test(id)) pending.push(codeRuleOptionsAt(id, options, file, parsed, [...at, 1]));
    return;
  }
  const errors = checkRuleOptions(rule.meta, options);
  if (errors.length === 0) return;
  for (const e of errors) {
    const where = e.missing || e.key === '' ? parsed.locate([...at, 1]) : parsed.locate([...at, 1, ...e.path], e.unknown);
    problems.push(problem(file, 'schema', where, e.zh, e.en));
  }
  rules[id] = [value[0], withoutKeys(options, rejectedKeys(errors))];
}
