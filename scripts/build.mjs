// Builds every bundle with esbuild: the core library, the command line, and
// (added by their owners) the extension for Node and for the web worker.
// `node scripts/build.mjs --watch` rebuilds on change.
import {build, context} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';

const watch = process.argv.includes('--watch');

/** Shared options: every bundle carries its dependencies, with whitespace and syntax minified (names kept, so stack traces stay readable) to keep the package small. */
const common = {bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2022', minifyWhitespace: true, minifySyntax: true};

/**
 * Fails the build when a bundle for the web-worker host pulls in a Node
 * built-in (`fs`, `node:path`, …): esbuild would otherwise leave some of
 * them as empty shims that break only at run time.
 * @type {import('esbuild').Plugin}
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const builtins = new Set(builtinModules);
    build.onResolve({filter: /.*/}, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!args.path.startsWith('node:') && !builtins.has(name.split('/')[0])) return undefined;
      return {errors: [{text: `"${args.path}" is a Node built-in; the web extension must not use it (imported by ${args.importer})`}]};
    });
  }
};

/**
 * The web test bundle gets a small `node:assert/strict` of its own
 * (test/vscode/web/assert.ts), and a command-line runner that runs nothing
 * (test/vscode/web/command-line.ts): the web-worker host has no Node built-ins.
 * @type {import('esbuild').Plugin}
 */
const assertForWeb = {
  name: 'assert-for-web',
  setup(build) {
    build.onResolve({filter: /^node:assert(\/strict)?$/}, () => ({path: path.resolve('test/vscode/web/assert.ts')}));
    // The test that runs the command line runs nothing there.
    build.onResolve({filter: /^\.\/command-line\.js$/}, () => ({path: path.resolve('test/vscode/web/command-line.ts')}));
  }
};

/**
 * The Node extension host's side of the platform seam: src/vscode/platform.ts
 * becomes src/node/platform.ts (checks in a worker thread), and the worker's
 * own bundle (src/node/check-worker.ts) is built into the extension as text
 * (`copydesk:check-worker`), so the extension stays one file.
 * @type {import('esbuild').Plugin}
 */
const nodeHost = {
  name: 'node-host',
  setup(build) {
    build.onResolve({filter: /^\.\/platform\.js$/}, (args) =>
      args.importer.endsWith(path.join('src', 'vscode', 'extension.ts')) ? {path: path.resolve('src/node/platform.ts')} : undefined
    );
    build.onResolve({filter: /^copydesk:check-worker$/}, () => ({path: 'check-worker', namespace: 'copydesk-worker'}));
    build.onLoad({filter: /.*/, namespace: 'copydesk-worker'}, () => workerAsText(build, {entryPoints: ['src/node/check-worker.ts'], format: 'cjs', platform: 'node'}));
  }
};

/**
 * The web-worker host's check worker (src/web/check-worker.ts), built into
 * the web extension as text (`copydesk:web-check-worker`): src/vscode/platform.ts
 * starts a Web Worker from it.
 * @type {import('esbuild').Plugin}
 */
const webHost = {
  name: 'web-host',
  setup(build) {
    build.onResolve({filter: /^copydesk:web-check-worker$/}, () => ({path: 'web-check-worker', namespace: 'copydesk-worker'}));
    build.onLoad({filter: /.*/, namespace: 'copydesk-worker'}, () =>
      // A classic script (VS Code's host loads a worker's script with importScripts), with the `worker` condition as below.
      workerAsText(build, {entryPoints: ['src/web/check-worker.ts'], format: 'iife', platform: 'browser', conditions: ['worker'], plugins: [noNodeBuiltins]})
    );
  }
};

/** A worker's bundle, as a module whose default export is its text. */
async function workerAsText(build, options) {
  const result = await build.esbuild.build({...common, sourcemap: false, write: false, metafile: true, ...options});
  // Every file of the worker's bundle is watched, not only its entry.
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  return {contents: `export default ${JSON.stringify(result.outputFiles[0].text)};`, loader: 'js', watchFiles: inputs};
}

/** Options of the bundles that run in VS Code's web-worker extension host. */
const webWorker = {format: 'cjs', platform: 'browser', conditions: ['worker'], external: ['vscode'], plugins: [noNodeBuiltins]};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  // The library others import: `import {check} from 'copydesk'`.
  {...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', format: 'esm', platform: 'neutral', mainFields: ['module', 'main']},
  // The command line.
  {...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'esm', platform: 'node', banner: {js: '#!/usr/bin/env node'}},
  // The extension for VS Code's Node extension host (package.json `main`).
  {...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', platform: 'node', external: ['vscode'], plugins: [nodeHost]},
  // The same extension for the web-worker host (`browser`): no Node built-ins allowed, and the
  // `worker` export condition first (a worker has no DOM: decode-named-character-reference's
  // `browser` build calls `document.createElement`).
  {...common, ...webWorker, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', plugins: [noNodeBuiltins, webHost]},
  // The in-editor test suite, mocha bundled in (scripts/test-vscode.mjs runs it).
  // (Mocha's parallel mode, never used here, resolves worker files at run time: esbuild's warning about it is silenced.)
  {...common, entryPoints: ['test/vscode/index.ts'], outfile: 'dist/test/vscode/index.cjs', format: 'cjs', platform: 'node', external: ['vscode'], logOverride: {'require-resolve-not-external': 'silent'}},
  // The same suite for the web-worker host (`COPYDESK_VSCODE_HOST=web npm run test:vscode`). Named
  // `.cjs.js`: that host treats a path not ending in `.cjs` as ESM in a `"type": "module"` package
  // (which it cannot load), then appends `.js` to what it fetches; the runner asks for `index.cjs`.
  {...common, ...webWorker, entryPoints: ['test/vscode/index.web.ts'], outfile: 'dist/test/vscode/web/index.cjs.js', plugins: [assertForWeb, noNodeBuiltins]}
];

const present = targets.filter((target) => target.entryPoints.every((entry) => existsSync(entry)));

if (watch) {
  for (const target of present) await (await context(target)).watch();
} else {
  await Promise.all(present.map((target) => build(target)));
  // Declarations for the library's users.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], {stdio: 'inherit'});
}
