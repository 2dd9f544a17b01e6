/**
 * The project API (engine/project): one resolve per lint, cached by the config files' contents, and
 * one parse per text version shared by the lint.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintWith, parseText, planFor, Project, projectCounters } from '../../../server/src/engine/project';

const REPORT = '某县人民政府2023年法治政府建设年度报告\n\n  2023年，我县推进法治政府建设。全县共办理案件12 件。\n';

describe('engine/project', function () {
  let dir: string;
  let report: string;
  let rc: string;

  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-project-'));
    report = path.join(dir, 'report.txt');
    rc = path.join(dir, '.fzlintrc.json');
    fs.writeFileSync(report, REPORT);
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'number-unit-space': 'warning' } }));
  });
  afterEach(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a server project returns the same configuration object while the config files hold the same bytes', function () {
    const project = new Project({ revalidate: true });
    const first = project.resolve(report);
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'number-unit-space': 'warning' } })); // rewritten, same bytes
    const second = project.resolve(report);
    assert.equal(second.config, first.config, 'the resolution is reused');
    assert.equal(first.config.rules['number-unit-space'], 'warning');
  });

  it('a changed config file is seen by the next resolve, with no watcher involved', function () {
    const project = new Project({ revalidate: true });
    assert.equal(project.resolve(report).config.rules['number-unit-space'], 'warning');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'number-unit-space': 'error' } }));
    assert.equal(project.resolve(report).config.rules['number-unit-space'], 'error');
    fs.writeFileSync(path.join(dir, '.fzlintignore'), 'report.txt\n');
    assert.equal(project.resolve(report).ignored, true, 'a new ignore file counts too');
  });

  it('a CLI project reads each file once: one run sees one state of the files', function () {
    const project = new Project();
    assert.equal(project.resolve(report).config.rules['number-unit-space'], 'warning');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'number-unit-space': 'error' } }));
    assert.equal(project.resolve(report).config.rules['number-unit-space'], 'warning');
  });

  it('one resolve and one parse per lint when the parse is shared', function () {
    const project = new Project({ revalidate: true });
    const before = { ...projectCounters };
    const fc = project.resolve(report);
    const plan = planFor(fc);
    const doc = parseText(REPORT, plan);
    const result = lintWith(REPORT, plan, doc);
    assert.deepEqual(
      { resolutions: projectCounters.resolutions - before.resolutions, parses: projectCounters.parses - before.parses },
      { resolutions: 1, parses: 1 },
    );
    const spacing = result.findings.filter((f) => f.ruleId === 'number-unit-space');
    assert.ok(spacing.length > 0 && spacing.every((f) => f.severity === 'warning'), 'the project config applies');
  });
});
