import { defaultConfig, type LintConfig } from '../config';
import type { ShellSettings } from './file-config';

/**
 * The configuration of a text without config files: the defaults (the built-in pack) with the
 * shell's settings on top. Project.defaults, and the web worker language server, which reads no files.
 */
export function shellDefaultsConfig(shell: ShellSettings = {}): LintConfig {
  const base = defaultConfig();
  return {
    ...base,
    rules: { ...shell.rules },
    ruleOptions: { ...shell.ruleOptions },
    source: shell.source ?? base.source,
    locale: shell.locale ?? base.locale,
  };
}
