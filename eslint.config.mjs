// ESLint (make test-pipeline): the start-up scripts inline in index.html, which run before the app in
// any browser that loads the page, so stay ES5; and the build's scripts and their tests (Node, ES modules).
import js from '@eslint/js';
import html from 'eslint-plugin-html';
import globals from 'globals';

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'tests/pipeline/fixtures/**'] },
  {
    files: ['index.html'],
    plugins: { html },
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: globals.browser },
    // ES5 has no catch without a binding, and a storage that throws is only a returning visitor's.
    rules: { ...js.configs.recommended.rules, 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/pipeline/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    rules: js.configs.recommended.rules,
  },
];
