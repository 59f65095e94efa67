/**
 * The npm package: what `npm pack` puts in it, and that it installs and runs
 * from an empty project with no network (its runtime code is bundled, so it
 * has no dependencies to fetch). Needs the bundles (`npm run build`).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Every file the package may hold: the command line, the library and its types, the schema, and what npm always adds. */
const allowed: RegExp[] = [/^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^dist\/cli\.js$/, /^dist\/core\.js$/, /^dist\/types\/.+\.d\.ts$/, /^schema\/copydeskrc\.schema\.json$/];
const required = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/cli.js', 'dist/core.js', 'dist/types/core/index.d.ts', 'schema/copydeskrc.schema.json'];

test('npm pack holds only what a user runs, and what it documents', () => {
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})) as Array<{files: Array<{path: string}>; size: number}>;
  const paths = packed.files.map((file) => file.path);
  assert.deepEqual(
    paths.filter((path) => !allowed.some((pattern) => pattern.test(path))),
    [],
    'files npm would pack that nobody runs (see .npmignore)'
  );
  for (const path of required) assert.ok(paths.includes(path), `${path} is packed`);
  assert.ok(packed.size < 1_000_000, `the tarball is ${packed.size} bytes`);
});

test('the packed tarball installs offline into an empty project, and `copydesk check` runs there', () => {
  const work = mkdtempSync(join(tmpdir(), 'copydesk-npm-'));
  try {
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work], {cwd: root, stdio: 'ignore'});
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote a tarball');
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name": "newsroom", "private": true}\n');
    writeFileSync(join(project, 'story.txt'), 'The harbour board met on Tuesday to agree the winter timetable for the ferry.\n\nThe harbour board met on Tuesday to agree the winter timetable for the ferry.\n');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)], {cwd: project, stdio: 'ignore'});
    const run = spawnSync(join(project, 'node_modules', '.bin', 'copydesk'), ['check', 'story.txt'], {cwd: project, encoding: 'utf8'});
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^story\.txt:3:1 {2}warning {2}This paragraph repeats the paragraph on line 1\. {2}duplicate-paragraph$/m);
    // The library, as `import {check} from 'copydesk'` in the project.
    const library = spawnSync(process.execPath, ['--input-type=module', '-e', "const {check} = await import('copydesk'); console.log((await check('A.', {format: 'plaintext'})).length);"], {cwd: project, encoding: 'utf8'});
    assert.equal(library.stdout.trim(), '0', library.stderr);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
});
