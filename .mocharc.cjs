// Mocha configuration. The tests read the reference and real-document fixtures from ../shared beside
// the repository. On a machine without it (a user's clone), the test files that need it are left out
// with one notice; in CI (CI set) a missing ../shared is an error, never a silent skip.
const fs = require('node:fs');
const path = require('node:path');

const shared = path.resolve(__dirname, '../shared/fixtures');
const config = { require: ['tsx/cjs'], extension: ['ts'], timeout: 30000, reporter: 'spec' };

/** Test files that read ../shared, directly or through a test helper they import. */
function needingShared() {
  const uses = /shared\/(?:fixtures|design|domain)|\b(?:referenceDir|fullwidthReport|webCopyReport|mutatedReport)\b/;
  const memo = new Map();
  const needs = (file) => {
    if (memo.has(file)) return memo.get(file);
    memo.set(file, false);
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    let result = uses.test(text.replace(/^export const \w+ = path\.(?:resolve|join)\([^\n]*$/gm, ''));
    for (const m of text.matchAll(/from '(\.\.?\/[^']+)'/g)) {
      if (result) break;
      const target = path.resolve(path.dirname(file), m[1]);
      result = ['.ts', '/index.ts', ''].some((ext) => fs.existsSync(target + ext) && fs.statSync(target + ext).isFile() && needs(target + ext));
    }
    memo.set(file, result);
    return result;
  };
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.ts') && needs(p)) out.push(path.relative(__dirname, p));
    }
  };
  walk(path.join(__dirname, 'test'));
  return out;
}

if (!fs.existsSync(shared)) {
  if (process.env.CI) throw new Error(`fzlint tests: ${shared} is missing; CI must provide ../shared beside the repository.`);
  config.ignore = needingShared();
  process.stderr.write(
    `fzlint tests: ../shared is not beside the repository; ${config.ignore.length} test files that read its fixtures are skipped here (they run in CI).\n`,
  );
}

module.exports = config;
