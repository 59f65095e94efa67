// Builds every bundle with esbuild: the core library, the command line, and
// (added by their owners) the extension for Node and for the web worker.
// `node scripts/build.mjs --watch` rebuilds on change.
import {build, context} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const watch = process.argv.includes('--watch');

/** Shared options: every bundle carries its dependencies. */
const common = {bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2022'};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  // The library others import: `import {check} from 'copydesk'`.
  {...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', format: 'esm', platform: 'neutral', mainFields: ['module', 'main']},
  // The command line.
  {...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'esm', platform: 'node', banner: {js: '#!/usr/bin/env node'}}
];

const present = targets.filter((target) => target.entryPoints.every((entry) => existsSync(entry)));

if (watch) {
  for (const target of present) await (await context(target)).watch();
} else {
  await Promise.all(present.map((target) => build(target)));
  // Declarations for the library's users.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], {stdio: 'inherit'});
}
