import type { Locale } from '../../engine/rule';

/** What a subcommand needs from the process (the same shape as the CLI's io). */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const i = argv.indexOf('--locale');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--locale='))?.slice(9);
  const value = flag ?? env.FZLINT_LOCALE ?? '';
  return /^en/i.test(value) ? 'en' : 'zh-CN';
}

export function t(locale: Locale, zh: string, en: string): string {
  return locale === 'zh-CN' ? zh : en;
}
