import * as path from '../node-path';
import { builtinPackPath, loadBuiltinPack } from '../pack/builtin-pack';
import type { PackData } from '../pack/types';
import { builtinRules } from '../rules';
import { codeRuleRefs } from './code-rule-refs';
import { BUILTIN_PACK_REF, builtinLayerFields, configFromLayers, mergeLayerData, type OverrideFields } from './apply-layers';
import { readLayerText } from './layer-text';
import { FileAccessError, fileProblemMessage } from '../io/safe-file';
import { isWithin } from '../paths';
import { GlobError, globMatches } from './glob';
import { ignoreFileMatcher, type IgnoreMatcher } from './ignore-file';
import { nodeHost, type ConfigHost } from './host';
import type { PathSegment } from './parse';
import { builtinCheckRules } from '../lint';
import type { ConfigProblem, Layer, ResolvedConfig, SourcePosition } from './types';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['.fzlintrc.json', '.fzlintrc.yaml', '.fzlintrc.yml', 'fzlint.config.json', 'package.json'] as const;
export const IGNORE_FILE_NAME = '.fzlintignore';
export { BUILTIN_PACK_REF };
/** File names tried when `extends` names a folder or a package. */
export const PACK_FILE_NAMES = ['pack.yaml', 'pack.yml', 'pack.json'];
/** npm packages that may be extended: fzlint-pack-* and @scope/fzlint-pack-*. */
export const PACK_PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?fzlint-pack-[a-z0-9][a-z0-9._~-]*$/;

const START: SourcePosition = { line: 1, column: 1, endLine: 1, endColumn: 1 };

interface ConfigLocation {
  file: string;
  /** `['fzlint']` for package.json. */
  prefix?: PathSegment[];
}

/** A loaded extends chain: the nearest config and everything it extends, merged in order. */
export interface Chain {
  configFile?: string;
  dir: string;
  layers: Layer[];
  problems: ConfigProblem[];
  files: string[];
  data: PackData;
}

function problem(file: string, code: ConfigProblem['code'], pos: SourcePosition, zh: string, en: string): ConfigProblem {
  return { file, code, ...pos, messages: { 'zh-CN': zh, en } };
}

function asArray(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * A glob relative to `dir` matches `file` (patterns without a slash match the base name anywhere).
 * Matched with RE2 (glob.ts): linear in the path, whatever the pattern. A pattern that cannot be
 * matched that way (a negated extglob) matches nothing.
 */
function globMatcher(patterns: string[]): (rel: string) => boolean {
  if (patterns.length === 0) return () => false;
  const globs = patterns.map((p) => (p.endsWith('/') ? `${p}**` : p.replace(/^\.\//, '')));
  const m = (rel: string) =>
    globs.some((g) => {
      try {
        return globMatches(g, rel);
      } catch (error) {
        if (error instanceof GlobError) return false;
        throw error;
      }
    });
  return (rel) => {
    if (m(rel)) return true;
    // A pattern that names a folder ignores everything under it.
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) if (m(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

/** Files `extends` may load: data only. A package's "main" is never used. */
const DATA_FILE = /\.(?:ya?ml|json)$/i;

/**
 * `extends` never runs code: a .js/.cjs/.mjs (or any non-YAML/JSON) target is refused with a clear
 * error instead of being read (code rules have their own opt-in, see config/code-rules.ts).
 */
function dataFileOnly(ref: string, file: string): { file: string } | { error: { zh: string; en: string } } {
  if (DATA_FILE.test(file)) return { file };
  return {
    error: {
      zh: `extends 只能继承 YAML 或 JSON 文件（.yaml、.yml、.json），“${ref}”指向 ${path.basename(file)}：fzlint 不会执行 extends 指向的代码，已忽略此项。`,
      en: `extends takes only YAML or JSON files (.yaml, .yml, .json); "${ref}" points to ${path.basename(file)}: fzlint never runs code named in extends. Ignored.`,
    },
  };
}

/**
 * Finds and loads configuration for report files, caching per folder and per config file.
 * Call `clear()` when a config, pack or ignore file changes.
 *
 * Discovery: from the report's folder upward, the first folder that has a config file decides
 * (nearest wins; configs further up are not merged — use `extends` to share one).
 * The built-in pack `fzlint:recommended` is always the first layer.
 */
export class ConfigResolver {
  private readonly dirConfigs = new Map<string, ConfigLocation | null>();
  private readonly dirIgnores = new Map<string, string | null>();
  /** The compiled `.fzlintignore` per file, with the text it was compiled from. */
  private readonly ignoreMatchers = new Map<string, { text: string; matches: IgnoreMatcher }>();
  private readonly chains = new Map<string, Chain>();
  private readonly knownRules: Set<string>;
  private builtinChain: Chain | undefined;

  constructor(
    private readonly host: ConfigHost = nodeHost,
    knownRules: readonly string[] = [...builtinRules, ...builtinCheckRules()].map((r) => r.meta.id),
  ) {
    this.knownRules = new Set(knownRules);
  }

  /** The host's readFile; a file that exists but cannot be read is `{ error }`. */
  private read(file: string): string | undefined | { error: FileAccessError } {
    try {
      return this.host.readFile(file);
    } catch (error) {
      if (error instanceof FileAccessError) return { error };
      throw error;
    }
  }

  /** Text of a file, or undefined (missing, or cannot be read). */
  private readText(file: string): string | undefined {
    const r = this.read(file);
    return typeof r === 'string' ? r : undefined;
  }

  clear(): void {
    this.dirConfigs.clear();
    this.dirIgnores.clear();
    this.ignoreMatchers.clear();
    this.chains.clear();
  }

  /** The nearest config file for a folder (package.json counts only with an `fzlint` key). */
  findConfig(dir: string): ConfigLocation | undefined {
    const seen: string[] = [];
    let current = path.resolve(dir);
    let found: ConfigLocation | null;
    for (;;) {
      const cached = this.dirConfigs.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(current);
      found = this.configIn(current);
      if (found) break;
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of seen) this.dirConfigs.set(d, found);
    return found ?? undefined;
  }

  private configIn(dir: string): ConfigLocation | null {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      const text = this.read(file);
      if (text === undefined) continue;
      // A config that exists but cannot be read (a FIFO, a device…) is still the config: loading it reports why.
      if (name !== 'package.json' || typeof text !== 'string') return { file };
      try {
        const pkg = JSON.parse(text) as Record<string, unknown>;
        if (pkg && typeof pkg === 'object' && 'fzlint' in pkg) return { file, prefix: ['fzlint'] };
      } catch {
        // Not our file: a broken package.json is npm's problem.
      }
    }
    return null;
  }

  private nearestIgnoreFile(dir: string): string | undefined {
    const seen: string[] = [];
    let current = path.resolve(dir);
    let found: string | null = null;
    for (;;) {
      const cached = this.dirIgnores.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(current);
      const file = path.join(current, IGNORE_FILE_NAME);
      if (this.read(file) !== undefined) {
        found = file;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of seen) this.dirIgnores.set(d, found);
    return found ?? undefined;
  }

  private ignoreMatcher(file: string): IgnoreMatcher {
    const text = this.readText(file) ?? '';
    const cached = this.ignoreMatchers.get(file);
    if (cached && cached.text === text) return cached.matches;
    const matches = ignoreFileMatcher(text);
    this.ignoreMatchers.set(file, { text, matches });
    return matches;
  }

  private builtinLayer(): Layer {
    const pack = loadBuiltinPack();
    return {
      kind: 'builtin',
      file: builtinPackPath() ?? BUILTIN_PACK_REF,
      ref: BUILTIN_PACK_REF,
      name: pack.file.name,
      version: pack.file.version,
      fields: builtinLayerFields(pack.file),
    };
  }

  /** The chain used when no config file is found: the built-in pack alone. */
  defaultChain(dir: string): Chain {
    if (!this.builtinChain) this.builtinChain = { dir, layers: [this.builtinLayer()], problems: [], files: [], data: loadBuiltinPack().data };
    return { ...this.builtinChain, dir };
  }

  /** Load a config or pack file and everything it extends (cached per file). */
  loadChain(location: ConfigLocation): Chain {
    const key = `${location.file}#${(location.prefix ?? []).join('.')}`;
    const cached = this.chains.get(key);
    if (cached) return cached;
    const layers: Layer[] = [this.builtinLayer()];
    const problems: ConfigProblem[] = [];
    const files: string[] = [];
    const loaded = new Set<string>();
    const root = this.projectRoot(path.dirname(location.file));
    this.loadLayer(location, path.basename(location.file), [], { layers, problems, files, loaded, root }, undefined);
    const data = mergeLayerData(loadBuiltinPack().data, layers);
    const chain: Chain = { configFile: location.file, dir: path.dirname(location.file), layers, problems, files, data };
    this.chains.set(key, chain);
    return chain;
  }

  private loadLayer(
    location: ConfigLocation,
    ref: string,
    stack: string[],
    acc: { layers: Layer[]; problems: ConfigProblem[]; files: string[]; loaded: Set<string>; root: string },
    from: { file: string; pos: SourcePosition } | undefined,
  ): void {
    const { file } = location;
    if (!acc.files.includes(file)) acc.files.push(file);
    const text = this.read(file);
    if (typeof text === 'object') {
      const zh = fileProblemMessage(text.error, 'zh-CN');
      const en = fileProblemMessage(text.error, 'en');
      acc.problems.push(problem(file, 'io', START, zh, en));
      return;
    }
    if (text === undefined) {
      acc.problems.push(
        problem(
          from?.file ?? file,
          'missing',
          from?.pos ?? START,
          `找不到继承的文件“${ref}”（${file}）。`,
          `Cannot find "${ref}" (${file}), named in extends.`,
        ),
      );
      return;
    }
    // Parsing and validation: layer-text.ts (Node-free; a web page reads a pack with the same code).
    const read = readLayerText(text, file, { prefix: location.prefix, knownRules: this.knownRules });
    acc.problems.push(...read.problems);
    if (!read.ok) return;
    const { parsed, isPack, raw, fields, data, codeRuleOptions } = read.layer;
    // Code rules are only recorded here, never loaded (config/code-rules.ts; needs an explicit opt-in).
    const codeRules = codeRuleRefs(raw.codeRules, file, parsed, isPack ? raw.name : undefined, acc.problems);

    const nextStack = [...stack, file];
    const dir = path.dirname(file);
    asArray(raw.extends).forEach((target, i) => {
      const pos = parsed.locate(Array.isArray(raw.extends) ? ['extends', i] : ['extends']);
      if (target === BUILTIN_PACK_REF) return; // always the first layer
      const resolved = this.resolveRef(target, dir, acc.root);
      if ('error' in resolved) {
        acc.problems.push(problem(file, 'missing', pos, resolved.error.zh, resolved.error.en));
        return;
      }
      if (nextStack.includes(resolved.file)) {
        const cycle = [...nextStack.slice(nextStack.indexOf(resolved.file)), resolved.file].map((f) => path.basename(f)).join(' → ');
        acc.problems.push(
          problem(file, 'cycle', pos, `循环继承：${cycle}。请删除其中一处 extends。`, `Circular extends: ${cycle}. Remove one of these extends.`),
        );
        return;
      }
      if (acc.loaded.has(resolved.file)) return; // already merged earlier in the chain
      this.loadLayer({ file: resolved.file }, target, nextStack, acc, { file, pos });
    });
    acc.loaded.add(file);
    acc.layers.push({
      kind: isPack ? 'pack' : 'config',
      file,
      ref,
      name: isPack ? raw.name : undefined,
      version: isPack ? raw.version : undefined,
      fields,
      data: isPack ? data : undefined,
      codeRules,
      codeRuleOptions: codeRuleOptions.length > 0 ? codeRuleOptions : undefined,
    });
  }

  /**
   * The project a config belongs to, which its `extends` paths may not leave: the nearest folder
   * above it with a `.git` (a repository or worktree), else the config's own folder.
   */
  projectRoot(configDir: string): string {
    let dir = path.resolve(configDir);
    for (;;) {
      const git = path.join(dir, '.git');
      if (this.host.isDirectory(git) || this.readText(git) !== undefined) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) return path.resolve(configDir);
      dir = parent;
    }
  }

  private real(p: string): string {
    return this.host.realPath ? this.host.realPath(p) : p;
  }

  /** The containment error when `file` (links resolved) lies outside `root`, else undefined. */
  private outside(ref: string, file: string, root: string): { error: { zh: string; en: string } } | undefined {
    if (isWithin(this.real(root), this.real(file))) return undefined;
    return {
      error: {
        zh: `extends 的“${ref}”指向项目（${root}）之外的文件：只能继承项目内的文件，或 node_modules 中安装的规则包；已忽略此项，未读取该文件。`,
        en: `"${ref}" in extends points outside the project (${root}): only files inside the project, or packs installed in node_modules, can be extended. Ignored; the file was not read.`,
      },
    };
  }

  /** Where an `extends` entry points; relative and absolute paths must stay inside `root` when given. */
  resolveRef(ref: string, fromDir: string, root?: string): { file: string } | { error: { zh: string; en: string } } {
    if (ref.startsWith('fzlint:')) {
      return {
        error: { zh: `没有名为“${ref}”的内置规则包（内置的只有 ${BUILTIN_PACK_REF}）。`, en: `There is no built-in pack "${ref}" (only ${BUILTIN_PACK_REF}).` },
      };
    }
    if (ref.startsWith('./') || ref.startsWith('../') || path.isAbsolute(ref) || ref === '.' || ref === '..') {
      const target = path.resolve(fromDir, ref);
      // Checked before anything is read: a file outside the project is never opened.
      const escape = root ? this.outside(ref, target, root) : undefined;
      if (escape) return escape;
      if (this.host.isDirectory(target)) {
        const inDir = this.packFileIn(target);
        if (inDir) return (root && this.outside(ref, inDir, root)) || { file: inDir };
        return {
          error: {
            zh: `文件夹“${ref}”中没有规则包（${PACK_FILE_NAMES.join('、')}）或配置文件。`,
            en: `The folder "${ref}" has no pack (${PACK_FILE_NAMES.join(', ')}) or config file.`,
          },
        };
      }
      if (this.read(target) === undefined) {
        return { error: { zh: `找不到继承的规则包或配置“${ref}”（${target}）。`, en: `Cannot find the pack or config "${ref}" (${target}).` } };
      }
      return dataFileOnly(ref, target);
    }
    if (PACK_PACKAGE_NAME.test(ref)) {
      const dir = this.host.packageDir(ref, fromDir);
      if (!dir) {
        return {
          error: {
            zh: `找不到规则包“${ref}”：从 ${fromDir} 向上的 node_modules 中都没有安装。请运行 npm install --save-dev ${ref}。`,
            en: `Cannot find the pack "${ref}": it is not installed in any node_modules above ${fromDir}. Run npm install --save-dev ${ref}.`,
          },
        };
      }
      const file = this.packFileIn(dir);
      // The pack file must be the package's own (not a link out of it).
      if (file && !isWithin(this.real(dir), this.real(file))) return this.outside(ref, file, dir)!;
      if (!file)
        return {
          error: {
            zh: `npm 包“${ref}”中没有规则包文件（package.json 的 fzlintPack 字段，或 ${PACK_FILE_NAMES.join('、')}）。`,
            en: `The npm package "${ref}" has no pack file (package.json "fzlintPack", or ${PACK_FILE_NAMES.join(', ')}).`,
          },
        };
      return dataFileOnly(ref, file);
    }
    return {
      error: {
        zh: `无法识别 extends 的值“${ref}”：应为 ${BUILTIN_PACK_REF}、以 ./ 或 ../ 开头的相对路径，或名为 fzlint-pack-*（可带 @scope/）的 npm 包。`,
        en: `Cannot use "${ref}" in extends: give ${BUILTIN_PACK_REF}, a relative path starting with ./ or ../, or an npm package named fzlint-pack-* (optionally @scope/).`,
      },
    };
  }

  /** The pack file of a folder or package: package.json "fzlintPack", pack.yaml/.yml/.json, or a config file. */
  packFileIn(dir: string): string | undefined {
    const pkgText = this.readText(path.join(dir, 'package.json'));
    if (pkgText !== undefined) {
      try {
        const field = (JSON.parse(pkgText) as { fzlintPack?: unknown }).fzlintPack;
        if (typeof field === 'string') {
          const file = path.resolve(dir, field);
          // Stay inside the package.
          if (!path.relative(dir, file).startsWith('..') && this.read(file) !== undefined) return file;
        }
      } catch {
        // fall through to the default names
      }
    }
    for (const name of [...PACK_FILE_NAMES, ...CONFIG_FILE_NAMES.filter((n) => n !== 'package.json')]) {
      const file = path.join(dir, name);
      if (this.read(file) !== undefined) return file;
    }
    return undefined;
  }

  /** The configuration for one report file. */
  resolveFor(filePath: string): ResolvedConfig {
    const abs = path.resolve(filePath);
    const location = this.findConfig(path.dirname(abs));
    const chain = location ? this.loadChain(location) : this.defaultChain(path.dirname(abs));
    return this.applyChain(chain, abs);
  }

  /** Merge a chain's layers (and the overrides matching `abs`) into a LintConfig. */
  applyChain(chain: Chain, abs: string): ResolvedConfig {
    const files = [...chain.files];
    const rel = toPosix(path.relative(chain.dir, abs));
    const inside = !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel);

    let ignored = false;
    const top = chain.layers[chain.layers.length - 1];
    if (chain.configFile && top.kind !== 'builtin' && inside) {
      ignored = globMatcher(top.fields.ignores ?? [])(rel);
    }
    const ignoreFile = this.nearestIgnoreFile(path.dirname(abs));
    if (ignoreFile) {
      files.push(ignoreFile);
      const base = path.dirname(ignoreFile);
      const verdict = this.ignoreMatcher(ignoreFile)(toPosix(path.relative(base, abs)));
      if (verdict) ignored = verdict === 'ignored';
    }

    const overrideApplies = (o: OverrideFields) => inside && globMatcher(asArray(o.files))(rel) && !globMatcher(asArray(o.excludedFiles))(rel);
    const { config, settings, declared } = configFromLayers(chain.layers, chain.data, this.knownRules, overrideApplies);
    return {
      config,
      settings,
      declared,
      configFile: chain.configFile,
      layers: chain.layers.map((l) => ({ kind: l.kind, ref: l.ref, file: l.file, name: l.name, version: l.version })),
      ignored,
      codeRules: chain.layers.flatMap((l) => l.codeRules ?? []),
      codeRuleOptions: chain.layers.flatMap((l) => l.codeRuleOptions ?? []),
      files,
      problems: chain.problems,
    };
  }
}
