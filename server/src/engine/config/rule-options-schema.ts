/**
 * The config schema's per-rule entries (definitions.rules.properties of rules/schema/config.schema.json):
 * every built-in rule with its description, and, for rules that take options, its options schema.
 * Editors use them for completion; loading a config validates options with rule-options.ts instead.
 */
import { allBuiltinRules } from '../lint';

export function ruleOptionProperties(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rule of allBuiltinRules()) {
    const { id, description, optionsSchema } = rule.meta;
    const text = `${description['zh-CN']} · ${description.en}`;
    const options = optionsSchema && Object.keys(optionsSchema.properties).length > 0 ? optionsSchema : undefined;
    out[id] = options
      ? {
          description: text,
          oneOf: [{ $ref: '#/definitions/severity' }, { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2 }],
        }
      : { description: text, allOf: [{ $ref: '#/definitions/ruleSetting' }] };
  }
  return out;
}

/** The schema as the config loader validates it: without the per-rule entries (see above). */
export function withoutRuleProperties<T>(schema: T): T {
  const copy = JSON.parse(JSON.stringify(schema)) as { definitions?: { rules?: { properties?: unknown } } };
  if (copy.definitions?.rules) delete copy.definitions.rules.properties;
  return copy as T;
}
