// `npm run test:vscode`: the editor scenarios in a real VS Code (Electron), downloaded and started by
// @vscode/test-electron. For machines that can reach update.code.visualstudio.com; on machines that
// cannot (such as the CI machines of this project) use the code-server end-to-end test in `npm test`
// (test/e2e/code-server.test.ts), which installs the same VSIX into a real VS Code workbench.
//
// @vscode/test-electron is deliberately not a dependency (2.5.x runs on Node 20; 3.x needs Node 22).
// It downloads nothing at install time, only when run:  npm install --no-save @vscode/test-electron@2.5.2
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const fail = (message) => {
  console.error(`test:vscode: ${message}`);
  process.exit(1);
};

let testElectron;
try {
  testElectron = require('@vscode/test-electron');
} catch {
  fail(
    [
      '@vscode/test-electron is not installed, so this suite cannot run here.',
      '  It downloads VS Code from update.code.visualstudio.com when run; on a machine with that access:',
      '    npm install --no-save @vscode/test-electron@2.5.2 && npm run test:vscode',
      '  Without that access (as in this project\'s CI), the same scenarios run in code-server instead:',
      '    npx mocha test/e2e/code-server.test.ts   (part of npm test)',
    ].join('\n'),
  );
}

// The suite runs inside the extension host as CommonJS; mocha stays external (resolved from node_modules).
const outDir = path.join(root, 'test-output', 'vscode', 'suite');
fs.mkdirSync(outDir, { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { index: 'test/vscode/suite/index.ts', 'editor.suite': 'test/vscode/suite/editor.suite.ts' },
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-vscode-'));
const workspace = path.join(work, 'workspace');
fs.mkdirSync(workspace);
const report = path.resolve(root, '../shared/fixtures/reference/shanwei-2020.fullwidth.txt');
if (!fs.existsSync(report)) fail(`the reference report is missing: ${report}`);
fs.copyFileSync(report, path.join(workspace, 'shanwei-2020.fullwidth.txt'));
fs.chmodSync(path.join(workspace, 'shanwei-2020.fullwidth.txt'), 0o644);
fs.writeFileSync(path.join(workspace, 'README.md'), '# 工作笔记\n\n共 78 件，2016-2020年。二是不从一是开始。\n');

let code = 0;
try {
  await testElectron.runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(outDir, 'index.cjs'),
    extensionTestsEnv: { FZLINT_VSCODE_WORKSPACE: workspace },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(work, 'user-data')}`,
      `--extensions-dir=${path.join(work, 'extensions')}`,
    ],
  });
} catch (err) {
  code = 1;
  const text = String(err?.message ?? err);
  console.error(`test:vscode: failed: ${text}`);
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo|download/i.test(text)) {
    console.error('  VS Code could not be downloaded (no access to update.code.visualstudio.com?).');
    console.error('  The code-server end-to-end test (npm test) covers the same scenarios without a download.');
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(code);
