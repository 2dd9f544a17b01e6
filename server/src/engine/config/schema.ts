import type { ErrorObject } from 'ajv';
import configSchema from '../../../../rules/schema/config.schema.json';
import packSchema from '../../../../rules/schema/pack.schema.json';
import type { ParsedFile, PathSegment } from './parse';
import { schemaValidators } from './schema-validators';
import type { ConfigProblem } from './types';

export { AJV_OPTIONS } from './schema-validators';

/** The JSON Schemas, for tests and tools. */
export const schemas = { pack: packSchema, config: configSchema };

const KEYWORD_RANK: Record<string, number> = {
  additionalProperties: 0,
  required: 1,
  enum: 2,
  const: 2,
  pattern: 3,
  minLength: 3,
  minItems: 3,
  maxItems: 3,
  minimum: 3,
  propertyNames: 3,
  type: 4,
  oneOf: 9,
  anyOf: 9,
};

function pathOf(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function shown(path: PathSegment[]): string {
  return path.length ? path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') : '(顶层)';
}

/** Pick the error that says most about what is wrong: the deepest, then the most specific keyword. */
function bestError(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => {
    const da = pathOf(a.instancePath).length + (a.keyword === 'additionalProperties' || a.keyword === 'required' ? 1 : 0);
    const db = pathOf(b.instancePath).length + (b.keyword === 'additionalProperties' || b.keyword === 'required' ? 1 : 0);
    if (da !== db) return db - da;
    return (KEYWORD_RANK[a.keyword] ?? 5) - (KEYWORD_RANK[b.keyword] ?? 5);
  })[0];
}

function describe(error: ErrorObject): { zh: string; en: string; path: PathSegment[]; key: boolean } {
  const path = pathOf(error.instancePath);
  const at = shown(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const full = [...path, name];
      if (/^(pattern|patterns|regex|regexp|regexes)$/i.test(name)) {
        return {
          zh: `不支持正则表达式字段“${shown(full)}”：规则包只能写字面字符串（wrong、keywords 等），以免正则回溯拖垮编辑器`,
          en: `regular expressions are not supported ("${shown(full)}"): packs use literal strings (wrong, keywords, …) so that no pattern can hang the editor`,
          path: full,
          key: true,
        };
      }
      return {
        zh: `未知的设置项“${shown(full)}”（检查拼写；见文档中的可用字段）`,
        en: `unknown property "${shown(full)}" (check the spelling; see the docs for the fields)`,
        path: full,
        key: true,
      };
    }
    case 'required':
      return { zh: `${at} 缺少必填字段“${String(p.missingProperty)}”`, en: `${at} lacks the required field "${String(p.missingProperty)}"`, path, key: false };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return { zh: `${at} 的值无效，应为 ${allowed.join('、')} 之一`, en: `${at} must be one of ${allowed.join(', ')}`, path, key: false };
    }
    case 'type':
      return { zh: `${at} 的类型不对，应为 ${String(p.type)}`, en: `${at} must be of type ${String(p.type)}`, path, key: false };
    case 'pattern':
      return { zh: `${at} 的格式不对（应匹配 ${String(p.pattern)}）`, en: `${at} does not have the expected form (${String(p.pattern)})`, path, key: false };
    case 'minLength':
      return { zh: `${at} 不能为空字符串`, en: `${at} must not be empty`, path, key: false };
    case 'minItems':
      return { zh: `${at} 至少要有 ${String(p.limit)} 项`, en: `${at} needs at least ${String(p.limit)} item(s)`, path, key: false };
    case 'propertyNames':
      return {
        zh: `${at} 中的名称“${String(p.propertyName)}”无效（规则名只含小写字母、数字和连字符）`,
        en: `invalid name "${String(p.propertyName)}" in ${at} (rule ids use lower-case letters, digits and hyphens)`,
        path: [...path, String(p.propertyName)],
        key: true,
      };
    default:
      return { zh: `${at}：${error.message ?? '无效'}`, en: `${at}: ${error.message ?? 'invalid'}`, path, key: false };
  }
}

/**
 * Validate a parsed config or pack against its JSON Schema. Returns at most one problem (the most
 * telling error, with how many more there are), located at the offending value.
 */
export function validateAgainstSchema(kind: 'pack' | 'config', file: string, parsed: ParsedFile): ConfigProblem | undefined {
  const validate = schemaValidators()[kind];
  if (validate(parsed.value)) return undefined;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const best = bestError(errors);
  const d = describe(best);
  // oneOf/type errors for the same value are one mistake; count the other places only.
  const places = new Set(errors.map((e) => e.instancePath));
  const more = places.size - 1;
  const what = kind === 'pack' ? { zh: '规则包', en: 'pack' } : { zh: '配置', en: 'config' };
  return {
    file,
    code: 'schema',
    ...parsed.locate(d.path, d.key),
    messages: {
      'zh-CN': `${what.zh}不符合格式要求：${d.zh}。${more > 0 ? `（另有 ${more} 处问题）` : ''}`,
      en: `Invalid ${what.en}: ${d.en}.${more > 0 ? ` (${more} more problem${more > 1 ? 's' : ''})` : ''}`,
    },
  };
}
