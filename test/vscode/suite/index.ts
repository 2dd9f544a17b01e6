/**
 * Entry point that @vscode/test-electron loads inside the VS Code extension host (`npm run test:vscode`,
 * see test/vscode/run.mjs): runs the bundled editor suite with mocha and reports failures.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'editor.suite.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
  });
}
