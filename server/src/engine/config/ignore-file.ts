/**
 * `.fzlintignore`: the gitignore format, matched by the `ignore` package (the matcher ESLint and
 * Prettier use), relative to the folder that holds the file. So `/drafts/` excludes only the top
 * folder drafts, `drafts/` any folder of that name, `**\/tmp` tmp at any depth, `!keep.txt`
 * re-includes (unless a folder above it is excluded, as in git), `#` starts a comment line and
 * blank lines do nothing. Matching is case-sensitive, as git's default.
 */
import ignore from 'ignore';

/**
 * What the ignore file says about a path (relative to its folder, `/`-separated): `ignored`,
 * `unignored` (a `!` line re-includes it, which also overrides a config's `ignores`), or nothing.
 */
export type IgnoreMatcher = (relativePath: string) => 'ignored' | 'unignored' | undefined;

/** The matcher for the text of one `.fzlintignore`. */
export function ignoreFileMatcher(text: string): IgnoreMatcher {
  const rules = ignore({ ignorecase: false }).add(text);
  return (relativePath) => {
    // Paths outside the folder (or the folder itself) are not the ignore file's business.
    if (relativePath === '' || relativePath === '..' || relativePath.startsWith('../') || relativePath.startsWith('/') || /^[A-Za-z]:/.test(relativePath))
      return undefined;
    const verdict = rules.test(relativePath);
    return verdict.ignored ? 'ignored' : verdict.unignored ? 'unignored' : undefined;
  };
}
