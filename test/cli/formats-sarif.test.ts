import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {after, before, describe, test} from 'node:test';
import {Ajv, type ValidateFunction} from 'ajv';
import {fixtureWorkspace} from './formats-fixture.js';
import {cli} from './workspace.js';

const schemaFile = fileURLToPath(new URL('../external/sarif/sarif-2.1.0-rtm.5.json', import.meta.url));

/**
 * Keywords whose meaning is the same in JSON Schema draft-04 (the SARIF
 * schema's) and draft-07 (what ajv 8 reads). Draft-04's `id` is draft-07's
 * `$id`; its boolean `exclusiveMinimum`/`exclusiveMaximum` and other changed
 * keywords must not appear, or the schema would be read wrongly.
 */
const sameInBothDrafts = new Set(['$schema', 'title', 'description', 'additionalProperties', 'type', 'properties', 'format', 'enum', 'minItems', 'uniqueItems', 'items', '$ref', 'required', 'definitions', 'minimum', 'maximum', 'default', 'pattern', 'anyOf', 'oneOf']);

/** Every keyword the schema uses, skipping the names of properties and definitions. */
function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywords(item, found);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      found.add(key);
      if (key === 'properties' || key === 'definitions') for (const sub of Object.values(value as object)) keywords(sub, found);
      else if (key !== 'enum' && key !== 'default') keywords(value, found);
    }
  }
  return found;
}

async function sarifValidator(): Promise<ValidateFunction> {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as Record<string, unknown>;
  const unknown = [...keywords(schema)].filter((keyword) => keyword !== 'id' && !sameInBothDrafts.has(keyword));
  assert.deepEqual(unknown, [], 'the SARIF schema uses a keyword whose meaning may differ between draft-04 and draft-07');
  const {id, $schema: _draft04, ...rest} = schema as {id: string; $schema: string};
  // Strict, except that the schema names a required property inside `anyOf` that its branch does not
  // define (valid JSON Schema, which ajv's strictRequired flags), and its pattern for a language tag
  // has a stray `]`, legal only in a non-Unicode regular expression.
  const ajv = new Ajv({allErrors: true, strict: true, strictRequired: false, unicodeRegExp: false});
  // ajv 8 bundles no format checks (they are in ajv-formats); these three are all the schema uses.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/[\s\\]/.test(value));
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value));
  return ajv.compile({$id: id, ...rest});
}

function assertValid(validate: ValidateFunction, document: unknown): void {
  const valid = validate(document);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: {text: string};
  locations: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}; region: object}}>;
  relatedLocations?: Array<{physicalLocation: {region: object}}>;
  partialFingerprints: Record<string, string>;
  fixes?: Array<{description: {text: string}; artifactChanges: Array<{replacements: object[]}>}>;
}

interface SarifRun {
  tool: {driver: {name: string; rules: Array<{id: string; shortDescription: {text: string}; helpUri: string}>}};
  originalUriBaseIds: Record<string, {uri: string}>;
  columnKind: string;
  invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications: Array<{message: {text: string}}>}>;
  results: SarifResult[];
}

describe('copydesk check --format sarif', () => {
  let ws: Awaited<ReturnType<typeof fixtureWorkspace>>;
  let validate: ValidateFunction;
  before(async () => {
    ws = await fixtureWorkspace();
    validate = await sarifValidator();
  });
  after(() => ws.remove());

  test('the SARIF log of the fixture drafts is valid against the SARIF 2.1.0 schema', async () => {
    const outcome = await cli(['check', '--format', 'sarif', 'drafts'], {cwd: ws.root});
    assert.equal(outcome.status, 1);
    assert.equal(outcome.stderr, '');
    assertValid(validate, JSON.parse(outcome.stdout));
  });

  test('rules, regions in UTF-16 columns, related locations, fingerprints and fixes', async () => {
    const log = JSON.parse((await cli(['check', '--format', 'sarif', 'drafts'], {cwd: ws.root})).stdout) as {version: string; runs: SarifRun[]};
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.deepEqual(
      run.tool.driver.rules.map((rule) => [rule.id, rule.helpUri]),
      ['duplicate-paragraph', 'repeated-heading', 'needs-attribution'].map((id) => [id, `https://github.com/copydesk/copydesk/blob/main/docs/rules/${id}.md`])
    );
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, {'%SRCROOT%': {uri: pathToFileURL(ws.root).href + '/'}});
    assert.deepEqual(run.invocations, [{executionSuccessful: true, toolExecutionNotifications: []}]);
    assert.deepEqual(
      run.results.map((result) => [result.ruleId, result.ruleIndex, result.level, result.locations[0].physicalLocation.artifactLocation.uri]),
      [
        // The space and comma of the file name are percent-encoded, as a URI needs.
        ['needs-attribution', 2, 'note', 'drafts/council%2C%20vote.txt'],
        ['duplicate-paragraph', 0, 'warning', 'drafts/harbour.md'],
        ['repeated-heading', 1, 'warning', 'drafts/harbour.md']
      ]
    );
    const repeat = run.results[1];
    assert.deepEqual(repeat.locations[0].physicalLocation, {
      artifactLocation: {uri: 'drafts/harbour.md', uriBaseId: '%SRCROOT%'},
      region: {startLine: 11, startColumn: 1, endLine: 12, endColumn: 79}
    });
    assert.deepEqual(repeat.relatedLocations, [
      {id: 1, physicalLocation: {artifactLocation: {uri: 'drafts/harbour.md', uriBaseId: '%SRCROOT%'}, region: {startLine: 3, startColumn: 1, endLine: 4, endColumn: 79}}, message: {text: 'The earlier copy'}}
    ]);
    // The same hash as the GitLab report's fingerprint: rule, path and ignore key.
    assert.deepEqual(repeat.partialFingerprints, {'copydesk/ignoreKey/v1': 'e24463e04e0560cbb8f3ad81db2aca4051367ee9b441cde2a0e17d8c9fa8bcb3'});
    assert.deepEqual(repeat.fixes, [
      {
        description: {text: 'Delete this repeated paragraph'},
        artifactChanges: [
          {
            artifactLocation: {uri: 'drafts/harbour.md', uriBaseId: '%SRCROOT%'},
            replacements: [{deletedRegion: {startLine: 11, startColumn: 1, endLine: 14, endColumn: 1}, insertedContent: {text: ''}}]
          }
        ]
      }
    ]);
    // An insertion is an empty region: its end column is its start column.
    assert.deepEqual(run.results[0].locations[0].physicalLocation.region, {startLine: 3, startColumn: 112, endLine: 3, endColumn: 120});
    assert.deepEqual(
      run.results[0].fixes?.map((fix) => fix.artifactChanges[0].replacements),
      [
        [{deletedRegion: {startLine: 3, startColumn: 160, endLine: 3, endColumn: 160}, insertedContent: {text: ', according to SOURCE'}}],
        [{deletedRegion: {startLine: 3, startColumn: 160, endLine: 3, endColumn: 160}, insertedContent: {text: ' [source?]'}}]
      ]
    );
  });

  test('a file that cannot be read: still valid, the run marked unsuccessful with a notification naming it', async () => {
    const outcome = await cli(['check', '--format', 'sarif', 'drafts/ferry.md', 'drafts/gone.md'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    const log = JSON.parse(outcome.stdout) as {runs: SarifRun[]};
    assertValid(validate, log);
    assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
    assert.deepEqual(log.runs[0].invocations[0].toolExecutionNotifications, [
      {level: 'error', message: {text: 'drafts/gone.md: no such file or folder'}, locations: [{physicalLocation: {artifactLocation: {uri: 'drafts/gone.md', uriBaseId: '%SRCROOT%'}}}]}
    ]);
  });

  test('a usage error still prints a valid log with no results', async () => {
    const outcome = await cli(['check', '--format', 'sarif', '--stdin-format', 'html', '-'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    const log = JSON.parse(outcome.stdout) as {runs: SarifRun[]};
    assertValid(validate, log);
    assert.deepEqual(log.runs[0].results, []);
    assert.equal(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, '`--stdin-format` must be markdown or plaintext, not `html`');
  });

  test('standard input and a file outside the working folder: a description, and an absolute file URI', async () => {
    const stdin = await cli(['check', '--format', 'sarif', '-'], {cwd: path.join(ws.root, 'drafts'), stdin: await readFile(path.join(ws.root, 'drafts', 'harbour.md'))});
    const fromStdin = JSON.parse(stdin.stdout) as {runs: SarifRun[]};
    assertValid(validate, fromStdin);
    assert.deepEqual(fromStdin.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {description: {text: 'standard input'}});
    assert.equal(fromStdin.runs[0].results[0].fixes, undefined);

    const outside = await cli(['check', '--format', 'sarif', '../drafts/harbour.md'], {cwd: path.join(ws.root, '.git')});
    const fromOutside = JSON.parse(outside.stdout) as {runs: SarifRun[]};
    assertValid(validate, fromOutside);
    assert.deepEqual(fromOutside.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {uri: pathToFileURL(path.join(ws.root, 'drafts', 'harbour.md')).href});
  });

  test('the validator refuses what the schema forbids (so a pass above means something)', () => {
    assert.equal(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'copydesk'}}, results: [{message: {text: 'x'}, level: 'loud'}]}]}), false);
    assert.equal(validate({version: '2.0.0', runs: []}), false);
  });
});
