// ESLint for fzlint's own code (`npm run lint`): the TypeScript of the engine, server, CLI, extension and
// tests, and the plain JavaScript of scripts/, bench/ and bin/. Formatting is Prettier's job
// (.prettierrc.json), so no rule here is about layout.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated or third-party files; test fixtures are data (reports, schemas, code-rule packs).
    ignores: ['dist/**', '.vscode-test/**', 'node_modules/**', 'test-output/**', 'vendor/**', 'test/fixtures/**', '.scratch-*/**', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Bugs that the recommended sets leave on.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'array-callback-return': ['error', { checkForEach: false }],
      'no-new-wrappers': 'error',
      'no-throw-literal': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
      // Unused code is a bug or a leftover; `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // The Chinese text this project checks is full of characters that look like spaces (U+3000, the
      // full-width space of every paragraph indent); they are the data, in strings, regexes and comments.
      // Control characters in regexes are deliberate here: NUL marks a binary file, C0 controls are
      // refused in reports, XML and file names, ESC starts the terminal colours the tests look for.
      'no-control-regex': 'off',
      // \`new Promise((resolve) => setTimeout(resolve, ms))\` is this code's sleep; the timer handle it
      // returns is harmless.
      'no-promise-executor-return': 'off',
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Type-aware checks for the two mistakes that are easy in an LSP server and a worker pool: a promise
      // nobody awaits (its rejection is lost) and an async function where a void callback is expected.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Plain JavaScript run by Node: scripts, benchmarks, the CLI entry, the mocha config, example packs.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // CommonJS is these files' module system, not a leftover.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Tests use `!` after an assertion or a lookup that the test itself just made sure of.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Generated inputs come from a seed (test/helpers/seed.ts): the same every run, replayable.
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use seededRandom(testSeed()) from test/helpers/seed.ts: the same inputs every run, and a failure can be replayed.',
        },
      ],
    },
  },
);
