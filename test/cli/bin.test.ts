import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {library, repeatsOnly, tram, workspace} from './workspace.js';

// The bundle `npm run build` writes from src/cli/main.ts, as `npx copydesk` runs it.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function copydesk(argv: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [bin, ...argv], {cwd, input, encoding: 'utf8', env: {...process.env, NO_COLOR: '', FORCE_COLOR: undefined}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('dist/cli.js, the built command', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    assert.ok(existsSync(bin), 'dist/cli.js is missing: run `npm run build` first');
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'story.txt': `${library}\n\n${tram}\n\n${library}\n`, 'bad/.copydeskrc.json': '{"rules": {"x": "off"}}', 'bad/a.md': '# A\n'});
  });
  after(() => ws?.remove());

  test('is an ES module script with a node shebang', () => {
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  test('checks a file: report on stdout, exit 1', () => {
    assert.deepEqual(copydesk(['check', 'story.txt'], ws.root), {
      status: 1,
      stdout: 'story.txt:5:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file\n',
      stderr: ''
    });
  });

  test('reads standard input and prints JSON', () => {
    const outcome = copydesk(['check', '--format', 'json', '--stdin-format', 'plaintext', '-'], ws.root, `${tram}\n\n${tram}\n`);
    assert.equal(outcome.status, 1);
    const report = JSON.parse(outcome.stdout);
    assert.deepEqual([report.files[0].path, report.summary], ['-', {files: 1, findings: 1, byRule: {'duplicate-paragraph': 1}}]);
  });

  test('an invalid settings file: exit 2 and the reason on stderr', () => {
    assert.deepEqual(copydesk(['check', 'bad'], ws.root), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: bad/.copydeskrc.json: rules.x: unknown rule `x` (the rules are duplicate-paragraph, repeated-heading, needs-attribution)\n'
    });
  });
});
