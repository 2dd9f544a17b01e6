import { githubFormatter } from './github';
import { htmlFormatter } from './html';
import { jsonFormatter } from './json';
import { junitFormatter } from './junit';
import { sarifFormatter } from './sarif';
import { stylishFormatter } from './stylish';
import type { Formatter } from './types';

export const formatters: Record<string, Formatter> = {
  stylish: stylishFormatter,
  json: jsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
  junit: junitFormatter,
  html: htmlFormatter,
};
