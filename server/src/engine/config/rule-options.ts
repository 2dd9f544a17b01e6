import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RuleMeta, RuleOptionSchema, RuleOptionsSchema } from '../rule';
import { compileOptionsValidator } from './options-validator';

/**
 * Rule options checked against the schema each rule declares in `meta.optionsSchema`. A validator is
 * compiled on first use for that schema only: a config that gives no rule options never loads ajv.
 */
const cache = new WeakMap<RuleOptionsSchema, ValidateFunction>();
function validatorFor(schema: RuleOptionsSchema): ValidateFunction {
  let v = cache.get(schema);
  if (!v) {
    v = compileOptionsValidator(schema);
    cache.set(schema, v);
  }
  return v;
}

/** What is wrong with one option. */
export interface RuleOptionError {
  /** The option (top-level key of the options object). */
  key: string;
  /** Where in the options the error is (`['planKeywords', 0]`). */
  path: (string | number)[];
  /** The key is not an option of the rule (else its value is wrong, or it is missing). */
  unknown: boolean;
  /** The option is required and not given (nothing to drop). */
  missing: boolean;
  zh: string;
  en: string;
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字（字符串）', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true 或 false）', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '对象（键值）', en: 'an object (keys and values)' },
  null: { zh: 'null', en: 'null' },
};

function typeName(type: unknown): { zh: string; en: string } {
  const names = (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? { zh: String(t), en: String(t) });
  return { zh: names.map((n) => n.zh).join(' 或 '), en: names.map((n) => n.en).join(' or ') };
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function shownPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The declared option a misspelled key most likely meant (case or at most two edits away). */
function closest(key: string, names: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** The schema of the option (or array item) at `path`, for its example. */
function schemaAt(schema: RuleOptionsSchema, path: readonly (string | number)[]): RuleOptionSchema | undefined {
  let s: RuleOptionSchema | undefined = schema.properties[String(path[0])];
  for (const seg of path.slice(1)) {
    if (!s) return undefined;
    if (typeof seg === 'number') s = s.items as RuleOptionSchema | undefined;
    else s = (s.properties as Record<string, RuleOptionSchema> | undefined)?.[seg];
  }
  return s;
}

function valueAt(options: unknown, path: readonly (string | number)[]): unknown {
  let v = options;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Why the value at an error's place is wrong: `{ zh: '应为…', en: 'must be …' }`. */
function reason(error: ErrorObject, example: unknown): { zh: string; en: string } {
  const p = error.params as Record<string, unknown>;
  const eg = example === undefined ? undefined : shown(example);
  switch (error.keyword) {
    case 'type': {
      const t = typeName(p.type);
      return { zh: `应为${t.zh}${eg ? `（如 ${eg}）` : ''}`, en: `must be ${t.en}${eg ? ` (e.g. ${eg})` : ''}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => shown(v));
      return { zh: `应为 ${allowed.join('、')} 之一`, en: `must be one of ${allowed.join(', ')}` };
    }
    case 'const':
      return { zh: `只能是 ${shown(p.allowedValue)}`, en: `must be ${shown(p.allowedValue)}` };
    case 'pattern':
    case 'format':
      return eg
        ? { zh: `应写成 ${eg} 这样的形式`, en: `must look like ${eg}` }
        : { zh: `格式不对（应匹配 ${String(p.pattern ?? p.format)}）`, en: `does not have the expected form (${String(p.pattern ?? p.format)})` };
    case 'minLength':
      return {
        zh: Number(p.limit) <= 1 ? '不能为空' : `至少 ${String(p.limit)} 个字符`,
        en: Number(p.limit) <= 1 ? 'must not be empty' : `needs at least ${String(p.limit)} characters`,
      };
    case 'maxLength':
      return { zh: `最多 ${String(p.limit)} 个字符`, en: `allows at most ${String(p.limit)} characters` };
    case 'minItems':
      return { zh: `至少要有 ${String(p.limit)} 项`, en: `needs at least ${String(p.limit)} item(s)` };
    case 'maxItems':
      return { zh: `最多 ${String(p.limit)} 项`, en: `allows at most ${String(p.limit)} item(s)` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { zh: `应 ${String(p.comparison)} ${String(p.limit)}`, en: `must be ${String(p.comparison)} ${String(p.limit)}` };
    default:
      return { zh: `无效（${error.message ?? error.keyword}）`, en: `is not valid (${error.message ?? error.keyword})` };
  }
}

function describe(meta: Pick<RuleMeta, 'id'>, schema: RuleOptionsSchema, options: unknown, error: ErrorObject): RuleOptionError {
  const id = meta.id;
  const names = Object.keys(schema.properties);
  const base = pathOf(error.instancePath);
  if (error.keyword === 'additionalProperties' && base.length === 0) {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const guess = closest(key, names);
    let zh: string;
    let en: string;
    if (names.length === 0) {
      zh = `规则“${id}”不接受任何选项（“${key}”已忽略）。`;
      en = `Rule "${id}" takes no options ("${key}" is ignored).`;
    } else if (guess) {
      zh = `规则“${id}”没有选项“${key}”，是否应为“${guess}”？此项已忽略。`;
      en = `Rule "${id}" has no option "${key}"; did you mean "${guess}"? It is ignored.`;
    } else {
      zh = `规则“${id}”没有选项“${key}”（可用选项：${names.join('、')}），此项已忽略。`;
      en = `Rule "${id}" has no option "${key}" (its options: ${names.join(', ')}); it is ignored.`;
    }
    return { key, path: [key], unknown: true, missing: false, zh, en };
  }
  if (error.keyword === 'required' && base.length === 0) {
    const key = String((error.params as { missingProperty: string }).missingProperty);
    return { key, path: [key], unknown: false, missing: true, zh: `规则“${id}”缺少必填选项“${key}”。`, en: `Rule "${id}" needs the option "${key}".` };
  }
  if (base.length === 0) {
    const why = reason(error, undefined);
    return {
      key: '',
      path: [],
      unknown: false,
      missing: false,
      zh: `规则“${id}”的选项${why.zh}，已全部忽略。`,
      en: `Rule "${id}": the options ${why.en}; they are ignored.`,
    };
  }
  const key = String(base[0]);
  const at = shownPath(base);
  const examples = schemaAt(schema, base)?.examples;
  const why = reason(error, Array.isArray(examples) ? examples[0] : undefined);
  const now = shown(valueAt(options, base));
  return {
    key,
    path: base,
    unknown: false,
    missing: false,
    zh: `规则“${id}”的选项“${at}”${why.zh}，现为 ${now}，此项已忽略。`,
    en: `Rule "${id}": option "${at}" ${why.en}, not ${now}; it is ignored.`,
  };
}

/**
 * What is wrong with `options` for a rule: one error per option (the first found), none when they
 * are valid or the rule declares no schema (a code rule without one: its options are not checked).
 */
export function checkRuleOptions(meta: Pick<RuleMeta, 'id' | 'optionsSchema'>, options: unknown): RuleOptionError[] {
  const schema = meta.optionsSchema;
  if (!schema) return [];
  const validate = validatorFor(schema);
  if (validate(options)) return [];
  const byKey = new Map<string, RuleOptionError>();
  for (const error of validate.errors ?? []) {
    const e = describe(meta, schema, options, error);
    const before = byKey.get(e.key);
    // One error per option: an unknown key says it all; else the first (deepest first is ajv's order).
    if (!before || (e.unknown && !before.unknown)) byKey.set(e.key, e);
  }
  // In the order the options are written.
  const order = options && typeof options === 'object' ? Object.keys(options) : [];
  return [...byKey.values()].sort((a, b) => rank(order, a.key) - rank(order, b.key));
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/** The options `errors` reject (`''`: the options object itself); a missing option rejects nothing. */
export function rejectedKeys(errors: readonly RuleOptionError[]): Set<string> {
  return new Set(errors.filter((e) => !e.missing).map((e) => e.key));
}

/** The options without the rejected keys (all of them when the object itself was rejected). */
export function withoutKeys(options: Record<string, unknown>, rejected: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (rejected.has('')) return out;
  for (const [k, v] of Object.entries(options))
    if (!rejected.has(k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Why a code rule's `meta.optionsSchema` cannot be used, or undefined when it can: it must be a JSON
 * Schema `{ type: 'object', properties: {…} }` that admits no other key, and compile.
 */
export function optionsSchemaProblem(schema: unknown): { zh: string; en: string } | undefined {
  const s = schema as Partial<RuleOptionsSchema> | null;
  if (
    !s ||
    typeof s !== 'object' ||
    Array.isArray(s) ||
    s.type !== 'object' ||
    !s.properties ||
    typeof s.properties !== 'object' ||
    Array.isArray(s.properties)
  ) {
    return {
      zh: 'meta.optionsSchema 应为 { type: "object", properties: {…}, additionalProperties: false }。',
      en: 'meta.optionsSchema must be { type: "object", properties: {…}, additionalProperties: false }.',
    };
  }
  if (s.additionalProperties !== false) {
    return {
      zh: 'meta.optionsSchema 须写 additionalProperties: false（拼错的选项才能被发现）。',
      en: 'meta.optionsSchema needs additionalProperties: false (so that a misspelled option is caught).',
    };
  }
  try {
    validatorFor(s as RuleOptionsSchema);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { zh: `meta.optionsSchema 不是有效的 JSON Schema：${message}`, en: `meta.optionsSchema is not a valid JSON Schema: ${message}` };
  }
  return undefined;
}

/**
 * The options a rule runs with, as `print-config` shows them: the schema's defaults, then the
 * configured options. For a rule with a schema only its declared options are shown (every rule also
 * receives the report settings, which it ignores unless it declares them); without one, all.
 */
export function effectiveRuleOptions(meta: Pick<RuleMeta, 'optionsSchema'>, configured: Record<string, unknown> = {}): Record<string, unknown> {
  const schema = meta.optionsSchema;
  if (!schema) return { ...configured };
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(schema.properties)) {
    if (Object.prototype.hasOwnProperty.call(configured, name)) out[name] = configured[name];
    else if (prop.default !== undefined) out[name] = prop.default;
  }
  return out;
}

/**
 * The effective options of every rule that takes any (`print-config`): for each of `rules` with
 * options in its schema, its defaults and configured options; for other configured ids (code rules
 * not loaded, so without a known schema), the options as configured.
 */
export function effectiveOptionsByRule(
  rules: readonly { meta: Pick<RuleMeta, 'id' | 'optionsSchema'> }[],
  configured: Record<string, Record<string, unknown>>,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const known = new Set<string>();
  for (const { meta } of rules) {
    known.add(meta.id);
    const given = Object.prototype.hasOwnProperty.call(configured, meta.id) ? configured[meta.id] : undefined;
    if (meta.optionsSchema && Object.keys(meta.optionsSchema.properties).length === 0) continue;
    const options = effectiveRuleOptions(meta, given);
    if (meta.optionsSchema || Object.keys(options).length > 0) out[meta.id] = options;
  }
  for (const [id, given] of Object.entries(configured)) if (!known.has(id) && Object.keys(given).length > 0) out[id] = { ...given };
  return out;
}
