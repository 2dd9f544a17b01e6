/**
 * The project API over an asynchronous reader (engine/project/async-project.ts), which the web
 * worker server resolves configurations with: for the same files, the same configuration, ignores
 * and problems as the CLI's resolver (Project over the file system), and the same findings; code
 * rules refused with the CLI's notice, as a problem on the pack.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AsyncProject, type ReadEntry } from '../../../server/src/engine/project/async-project';
import { lintWith, planFor, Project, type FileConfig } from '../../../server/src/engine/project';
import { codeRulesNotice } from '../../../server/src/engine/config/code-rules';
import { tempTree } from '../config/helpers';

/** Read from disk as the web client answers: a file's text, a folder, or nothing. */
async function readEntry(file: string): Promise<ReadEntry> {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { kind: 'directory' };
    return { kind: 'file', text: fs.readFileSync(file, 'utf8') };
  } catch {
    return { kind: 'missing' };
  }
}

const REPORT = '某某县人民政府2023年法治政府建设年度报告\n\n一、主要举措\n\n今年推进甲乙丙工作，完善了规范性文件管理。\n';

/** What a user sees of a configuration: the lint's findings, ignored or not, the problems per file. */
function seen(fc: FileConfig) {
  const findings = fc.ignored ? [] : lintWith(REPORT, planFor(fc)).findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);
  const problems = fc.problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.code} ${p.messages.en}`);
  return { ignored: fc.ignored, configFile: fc.configFile, findings, problems, rules: fc.config.rules, options: fc.config.ruleOptions };
}

describe('the project API over an asynchronous reader (web worker server)', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  const both = async (rel: string) => {
    const file = tree!.file(rel);
    const cli = new Project().resolve(file, { shell: { locale: 'zh-CN' } });
    const web = await new AsyncProject(readEntry).resolve(file, { locale: 'zh-CN' });
    return { cli, web };
  };

  it('a config extending a data pack (a term, a word), an override, an ignored file: the CLI resolver’s findings', async () => {
    tree = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'reports/.fzlintrc.yaml': [
        'extends: [fzlint:recommended, ../packs/county]',
        'rules:',
        '  repeated-word: off',
        'ignores: ["草稿/**"]',
        'overrides:',
        '  - files: ["部门/**"]',
        '    rules: { canonical-terms: off }',
        '',
      ].join('\n'),
      'packs/county/pack.yaml':
        'name: county\nversion: 1.0.0\ndata:\n  terms:\n    - { id: county-x, wrong: [甲乙丙], right: 丁戊己 }\n  dictionary: [甲乙丙]\n',
      'reports/2023.txt': REPORT,
      'reports/部门/2023.txt': REPORT,
      'reports/草稿/2023.txt': REPORT,
      'reports/.fzlintignore': 'old/\n',
      'reports/old/2023.txt': REPORT,
    });
    const main = await both('reports/2023.txt');
    assert.deepEqual(seen(main.web), seen(main.cli));
    assert.ok(
      seen(main.web).findings.some((f) => f.includes('丁戊己')),
      `the pack's term is checked: ${seen(main.web).findings.join('\n')}`,
    );
    assert.deepEqual(main.web.files.sort(), main.cli.files.sort());

    const dept = await both('reports/部门/2023.txt');
    assert.deepEqual(seen(dept.web), seen(dept.cli));
    assert.ok(!seen(dept.web).findings.some((f) => f.includes('丁戊己')), 'the override turns the term rule off');

    for (const rel of ['reports/草稿/2023.txt', 'reports/old/2023.txt']) {
      const r = await both(rel);
      assert.equal(r.web.ignored, true, `${rel} is ignored`);
      assert.deepEqual(seen(r.web), seen(r.cli));
    }
  });

  it('a malformed pack: the CLI’s problem, naming the file and the place', async () => {
    tree = tempTree({
      '.fzlintrc.json': '{"extends": ["./bad.yaml"]}',
      'bad.yaml': 'name: bad\nversion: 1.0.0\ndata:\n  terms: [ { id: x, wrong: [a] \n',
      'r.txt': REPORT,
    });
    const r = await both('r.txt');
    assert.deepEqual(seen(r.web), seen(r.cli));
    assert.equal(r.web.problems.length, 1);
    assert.equal(r.web.problems[0].file, tree.file('bad.yaml'));
  });

  it('a pack from node_modules, a missing extends target and a too large file, as the CLI says', async () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'extends: [fzlint-pack-city, ./gone.yaml]\n',
      'node_modules/fzlint-pack-city/package.json': '{"name":"fzlint-pack-city"}',
      'node_modules/fzlint-pack-city/pack.yaml': 'name: fzlint-pack-city\nversion: 1.2.0\ndata:\n  dictionary: [城市词]\n',
      'r.txt': REPORT,
    });
    const r = await both('r.txt');
    assert.deepEqual(seen(r.web), seen(r.cli));
    assert.ok(r.web.config.data!.dictionary.includes('城市词'));
    assert.match(r.web.problems.map((p) => p.messages.en).join('\n'), /Cannot find the pack or config "\.\/gone\.yaml"/);

    const big = await new AsyncProject(async (f) => (f.endsWith('.fzlintrc.yaml') ? { kind: 'too-large', size: 9 * 1048576 } : readEntry(f))).resolve(
      tree.file('r.txt'),
    );
    assert.match(big.problems[0].messages.en, /file too large \(9\.0 MB, limit 8\.0 MB\)/);
  });

  it('code rules are never loaded: one problem on the pack, in the words of the CLI’s notice', async () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'extends: ./pack\n',
      'pack/pack.yaml': 'name: p\nversion: 1.0.0\ncodeRules: [./r/a.cjs]\ndata:\n  dictionary: [数据词]\n',
      'pack/r/a.cjs': 'throw new Error("code ran")\n',
      'r.txt': REPORT,
    });
    const file = tree.file('r.txt');
    const cli = new Project().resolve(file);
    const web = await new AsyncProject(readEntry).resolve(file);
    assert.deepEqual(web.codeRules, []);
    assert.equal(web.rules, undefined, 'the built-in rules only');
    assert.ok(web.config.data!.dictionary.includes('数据词'), "the pack's data still applies");
    const notice = codeRulesNotice(cli.codeRulesNotRun, 'cli');
    assert.deepEqual(
      web.problems.map((p) => [p.file, p.line, p.code, p.messages['zh-CN'], p.messages.en]),
      [[tree.file('pack/pack.yaml'), 3, 'code-rule', notice['zh-CN'], notice.en]],
    );
    assert.deepEqual(seen({ ...web, problems: [] }), seen(cli));
  });

  it('reads each file once (also for resolutions at once), and again only after it changed', async () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules: { repeated-word: off }\n', 'a/r.txt': REPORT, 'b/r.txt': REPORT });
    const reads: string[] = [];
    const project = new AsyncProject((f) => (reads.push(f), readEntry(f)));
    // Two reports resolved at once: a path both need is read once.
    await Promise.all([project.resolve(tree.file('a/r.txt')), project.resolve(tree.file('b/r.txt'))]);
    const config = tree.file('.fzlintrc.yaml');
    assert.equal(reads.filter((f) => f === config).length, 1);
    assert.equal(new Set(reads).size, reads.length, 'no path read twice');
    assert.ok(project.isConfigFile(config));
    fs.writeFileSync(config, 'rules: { repeated-word: error }\n');
    project.changed([config]);
    assert.equal((await project.resolve(tree.file('a/r.txt'))).config.rules['repeated-word'], 'error');
    assert.equal(reads.filter((f) => f === config).length, 2);
  });
});
