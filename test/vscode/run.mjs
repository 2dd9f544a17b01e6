// `npm run test:vscode`: the editor scenarios of the code-server end-to-end test (status bar, quick fix,
// the four commands) in a real VS Code (Electron), downloaded and started by @vscode/test-electron. For
// machines that can reach update.code.visualstudio.com; on machines that cannot (such as the CI machines
// of this project) the code-server end-to-end test in `npm test` (test/e2e/code-server.test.ts) runs
// the same scenarios in a real VS Code workbench.
//
// @vscode/test-electron is a pinned devDependency: it has no install script and downloads VS Code only
// here, when this suite runs (into .vscode-test/, gitignored), never at `npm install` or `npm ci`.
// (Its package.json asks for Node 22; it runs on the Node 20.19+ that fzlint supports: npm only warns.)
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
      '@vscode/test-electron is not installed (a devDependency): run `npm ci` first.',
      "  Without access to update.code.visualstudio.com (as in this project's CI), the same scenarios run in code-server instead:",
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
// A second report, in a subfolder, that stays closed until the lint-workspace test has run (as in code-server).
const archived = path.resolve(root, '../shared/fixtures/reference/shanwei-2020.mutated.txt');
if (!fs.existsSync(archived)) fail(`the reference report is missing: ${archived}`);
fs.mkdirSync(path.join(workspace, 'archive'));
fs.copyFileSync(archived, path.join(workspace, 'archive', 'shanwei-2020.mutated.txt'));
fs.chmodSync(path.join(workspace, 'archive', 'shanwei-2020.mutated.txt'), 0o644);
fs.writeFileSync(path.join(workspace, 'README.md'), '# 工作笔记\n\n共 78 件，2016-2020年。二是不从一是开始。\n');
// The suite compares what the editor shows with the CLI of the same build, run by this Node (not by
// VS Code's Electron), in a folder with no fzlint configuration above it.
const cliDir = path.join(work, 'cli');
fs.mkdirSync(cliDir);

let code = 0;
try {
  await testElectron.runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(outDir, 'index.cjs'),
    extensionTestsEnv: {
      FZLINT_VSCODE_WORKSPACE: workspace,
      FZLINT_VSCODE_NODE: process.execPath,
      FZLINT_VSCODE_CLI: path.join(root, 'bin', 'fzlint.cjs'),
      FZLINT_VSCODE_CLI_DIR: cliDir,
    },
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
