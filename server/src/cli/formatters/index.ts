import { jsonFormatter } from './json';
import { stylishFormatter } from './stylish';
import type { Formatter } from './types';

export const formatters: Record<string, Formatter> = {
  stylish: stylishFormatter,
  json: jsonFormatter,
};
