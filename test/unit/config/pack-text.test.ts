/**
 * readPackText: a pack read from its text alone (what fzlint-web does with a file the user chose)
 * gives the same data, settings and problems as the CLI's resolver reading the same file from a
 * config that extends it, and refuses a pack with code rules.
 */
import { strict as assert } from 'node:assert';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { packsConfig, readPackText } from '../../../server/src/engine/config/pack-text';
import { lintText } from '../../../server/src/engine/lint';
import { tempTree } from './helpers';

const PACK = `name: fzlint-pack-test-city
version: 1.2.0
rules:
  report-required-parts: warning
data:
  terms:
    - id: city-office
      wrong: [市法制办]
      right: 市司法局
      certain: true
      severity: warning
      message: { zh-CN: "机构改革后写“市司法局”", en: "Write 市司法局" }
  dictionary: [青山湾区]
`;

const TEXT = '某市2024年法治政府建设年度报告\n\n一、主要举措\n\n市法制办牵头起草了青山湾区条例。\n';

/** The CLI's view: a config `extends: [fzlint:recommended, ./<name>]` next to the pack. */
function viaResolver(name: string, packText: string) {
  const tree = tempTree({ '.git/HEAD': '', '.fzlintrc.yaml': `extends: [fzlint:recommended, ./${name}]\n`, [name]: packText, 'report.txt': TEXT });
  try {
    const resolved = new ConfigResolver().resolveFor(tree.file('report.txt'));
    // The problems name the file as the CLI got it: compare by base name.
    return { ...resolved, problems: resolved.problems.map((p) => ({ ...p, file: p.file.slice(tree.root.length + 1) })) };
  } finally {
    tree.cleanup();
  }
}

const brief = (f: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: string }) =>
  `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`;

describe('readPackText (a pack from its text, for fzlint-web)', () => {
  it('reads a valid pack: its name, version, and the same findings as a config extending it', () => {
    const read = readPackText(PACK, 'city.yaml');
    assert.ok(read.ok, JSON.stringify(read.problems));
    assert.equal(read.pack.name, 'fzlint-pack-test-city');
    assert.equal(read.pack.version, '1.2.0');
    assert.deepEqual(read.problems, []);
    const page = lintText(TEXT, { config: packsConfig([read.pack]) }).findings.map(brief);
    const cli = lintText(TEXT, { config: viaResolver('city.yaml', PACK).config, filePath: 'report.txt' }).findings.map(brief);
    assert.ok(
      page.some((f) => f.startsWith('canonical-terms@5:1')),
      page.join('\n'),
    );
    assert.deepEqual(page, cli);
    // Without the pack, the term is not reported: the pack's data is what changed the result.
    assert.ok(!lintText(TEXT).findings.some((f) => f.ruleId === 'canonical-terms' && f.line === 5 && f.column === 1));
  });

  it('reads JSON when the name ends in .json', () => {
    const read = readPackText(JSON.stringify({ name: 'fzlint-pack-json', version: '0.1.0', data: { dictionary: ['青山湾区'] } }), 'p.json');
    assert.ok(read.ok);
    assert.ok(packsConfig([read.pack]).data!.dictionary.includes('青山湾区'));
  });

  it('malformed YAML: the file, the place and the message the CLI gives', () => {
    const broken = 'name: fzlint-pack-broken\nversion: 1.0.0\ndata:\n  terms: [a, b\n';
    const read = readPackText(broken, 'broken.yaml');
    assert.ok(!read.ok);
    assert.equal(read.problems.length, 1);
    const [p] = read.problems;
    assert.equal(p.file, 'broken.yaml');
    assert.equal(p.code, 'parse');
    assert.match(p.messages['zh-CN'], /YAML 语法错误/);
    assert.deepEqual(read.problems, viaResolver('broken.yaml', broken).problems);
  });

  it('a schema error: located at the offending value, worded as the CLI words it', () => {
    const bad = 'name: fzlint-pack-bad\nversion: 1.0.0\ndata:\n  terms:\n    - id: x\n      wrong: [甲]\n      right: 乙\n      severity: loud\n';
    const read = readPackText(bad, 'bad.yaml');
    assert.ok(!read.ok);
    const [p] = read.problems;
    assert.equal(p.code, 'schema');
    assert.equal(p.line, 8);
    assert.match(p.messages['zh-CN'], /^规则包不符合格式要求：data\.terms\[0\]\.severity 的值无效/);
    assert.deepEqual(read.problems, viaResolver('bad.yaml', bad).problems);
  });

  it('an unknown rule is dropped with the CLI problem; the rest of the pack applies', () => {
    const text = 'name: fzlint-pack-typo\nversion: 1.0.0\nrules:\n  canonical-termz: error\ndata:\n  dictionary: [青山湾区]\n';
    const read = readPackText(text, 'typo.yaml');
    assert.ok(read.ok);
    assert.equal(read.problems.length, 1);
    assert.equal(read.problems[0].code, 'unknown-rule');
    assert.deepEqual(read.problems, viaResolver('typo.yaml', text).problems);
  });

  it('refuses a pack with code rules, saying why', () => {
    const text = 'name: fzlint-pack-code\nversion: 1.0.0\ncodeRules: [./rules/my-rule.cjs]\n';
    const read = readPackText(text, 'code.yaml');
    assert.ok(!read.ok);
    const [p] = read.problems;
    assert.equal(p.code, 'code-rule');
    assert.equal(p.file, 'code.yaml');
    assert.equal(p.line, 3);
    assert.match(p.messages['zh-CN'], /含代码规则.*网页中不运行代码/);
    assert.match(p.messages.en, /code rules.*runs no code/);
  });

  it('refuses a pack that extends another file, and a config file that is not a pack', () => {
    const ext = readPackText('name: fzlint-pack-ext\nversion: 1.0.0\nextends: [fzlint:recommended, ./other.yaml]\n', 'ext.yaml');
    assert.ok(!ext.ok);
    assert.match(ext.problems[0].messages['zh-CN'], /继承其他文件（extends：\.\/other\.yaml）/);
    const config = readPackText('rules:\n  canonical-terms: off\n', '.fzlintrc.yaml');
    assert.ok(!config.ok);
    assert.match(config.problems[0].messages['zh-CN'], /不是规则包/);
  });
});
