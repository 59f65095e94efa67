import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', '**/*.generated.js', 'test/vscode/fixtures/**', 'test/grammar/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', fetch: 'readonly'}
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': 'off'
    }
  },
  {
    // The checking core runs in browsers and web workers too.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{group: ['vscode', 'node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core must stay free of VS Code and Node built-ins.'}]}]
    }
  },
  {
    // The extension also runs in VS Code's web-worker host; Node-only code lives in src/node.
    files: ['src/vscode/**/*.ts', 'src/worker/**/*.ts', 'src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', '../node/*'], message: 'src/vscode must run in a web worker too: reach Node only through the platform seam.'}]}]
    }
  }
);
