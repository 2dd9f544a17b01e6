// Modules the browser build (scripts/build.mjs, plugin `embedded`) makes from the package's files.

declare module 'fzlint-embedded:docs' {
  /** Text of each rule's page, by its path under docs/ (`rules/<id>.md`). */
  const pages: Record<string, string>;
  export default pages;
}

declare module 'fzlint-embedded:domain-dictionary' {
  /** The text of each rules/dict/*.txt, in file-name order. */
  const texts: string[];
  export default texts;
}

declare module 'fzlint-embedded:builtin-pack' {
  /** rules/recommended.yaml, parsed at build time. */
  const pack: unknown;
  export default pack;
}

declare module 'fzlint-embedded:jieba-dict-gzip' {
  /** dist/jieba.dict, gzip-compressed, in base64. */
  const base64: string;
  export default base64;
}

declare module 'fzlint-embedded:schema-validators' {
  import type { ValidateFunction } from 'ajv';
  /** rules/schema/pack.schema.json and config.schema.json, compiled at build time (ajv standalone). */
  export const pack: ValidateFunction;
  export const config: ValidateFunction;
}

declare module 'fzlint-embedded:option-validators' {
  import type { ValidateFunction } from 'ajv';
  /** The built-in rules' options validators (ajv standalone), by the JSON text of their schema. */
  export const bySchema: Record<string, ValidateFunction>;
}
