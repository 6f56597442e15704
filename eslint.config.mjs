// ESLint flat config: TypeScript (.ts and .tsx), and the purity rule of src/domain
// (no Office, DOM, React, file system or clock there).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'out/', 'bench/out/', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-useless-escape': 'off',
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true }],
      'no-implied-eval': 'error',
    },
  },
  {
    // Node scripts in CommonJS (bench helpers, test support).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'], message: 'src/domain is pure: no file system or Node APIs.' },
          { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'office-*'], message: 'src/domain is pure: no Office, Excel, React or xlsx libraries.' },
          { group: ['../excel/*', '../xlsx/*', '../taskpane/*', '../commands/*', '../cli/*'], message: 'src/domain must not depend on adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'OfficeExtension', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'performance', 'setTimeout', 'setInterval'],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'src/domain has no clock: take "today" as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain has no clock: take "today" as a parameter.' },
      ],
    },
  },
);
