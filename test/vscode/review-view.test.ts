import * as assert from 'node:assert/strict';
import {commands, window, workspace, type TextEditor, type Uri} from 'vscode';
import type {ReviewRow, ReviewSnapshot} from '../../src/vscode/views/review-view.js';
import {interfaceHooks, rangeText, readText, showDraft, workspaceUri, writeDraft} from './helpers.js';

/** How long a wait may take before the test fails with what it saw (a deadline, not a sleep). */
const waitLimit = 20_000;

// Paragraph 5 repeats paragraph 1 word for word (its claims are folded into the repeat), paragraph 6 is a near copy of paragraph 2.
const draft = [
  'Library Hours Cut Across the County',
  '',
  'The county library service will close four branches on Mondays from March. Opening hours fell 15% last year. The cuts were caused by the new funding formula.',
  '',
  'Residents packed the meeting at the town hall on Tuesday night to hear the plans. Critics say the consultation was rushed.',
  '',
  'Visits rose 8% after the branch reopened [source?]. Book loans fell by a third in two years TK. "We were never asked," said Dana Whitlock, who runs a reading group in Esterby.',
  '',
  'The county library service will close four branches on Mondays from March. Opening hours fell 15% last year. The cuts were caused by the new funding formula.',
  '',
  'Residents packed the meeting at the town hall on Monday night to hear the plans. Critics say the consultation was rushed.',
  ''
].join('\n');

const claimRows = [
  'The county library service will close four … | line 3',
  '  fell 15% | figure · open',
  '  caused | cause · open',
  'Residents packed the meeting at the town … | line 5',
  '  Critics say | vague source · open',
  'Visits rose 8% after the branch reopened … | line 7',
  '  rose 8% | figure · marked',
  '  a third | figure · marked',
  'Residents packed the meeting at the town … | line 11',
  '  Critics say | vague source · open'
];

const repeatRows = [
  'The county library service will close four … | line 9 · exact copy',
  '  The county library service will close four … | first copy · line 3',
  'Residents packed the meeting at the town … | line 11 · near copy: Tuesday → Monday',
  '  Residents packed the meeting at the town … | first copy · line 5'
];

/** A row as one line: indented by depth, label and description. */
function describeRow(row: ReviewRow): string {
  return `${'  '.repeat(row.depth)}${row.label} | ${row.description}`;
}

/** Resolve with what the view lists once `accept` likes it: checked now and each time the view is rebuilt. */
async function waitForReview(accept: (snapshot: ReviewSnapshot) => boolean, what: string): Promise<ReviewSnapshot> {
  const hooks = await interfaceHooks();
  return new Promise((resolve, reject) => {
    const test = (snapshot: ReviewSnapshot) => {
      if (!accept(snapshot)) return;
      subscription.dispose();
      clearTimeout(deadline);
      resolve(snapshot);
    };
    const subscription = hooks.onDidRefreshReview(test);
    const deadline = setTimeout(() => {
      subscription.dispose();
      const now = hooks.review();
      reject(new Error(`Waited ${waitLimit / 1000} s for the Copydesk view to show ${what}; it shows ${now.uri}:\n${[...now.claims, ...now.repeats].map(describeRow).join('\n')}`));
    }, waitLimit);
    test(hooks.review());
  });
}

/** Wait until the view lists these claims for the draft. */
function waitForClaims(uri: Uri, rows: string[]): Promise<ReviewSnapshot> {
  return waitForReview((snapshot) => snapshot.uri === uri.toString() && JSON.stringify(snapshot.claims.map(describeRow)) === JSON.stringify(rows), `the claims\n${rows.join('\n')}`);
}

/** The row with this line (as {@link describeRow} writes it). */
function row(rows: ReviewRow[], line: string): ReviewRow {
  const found = rows.find((candidate) => describeRow(candidate) === line);
  assert.ok(found, `no row "${line}" among\n${rows.map(describeRow).join('\n')}`);
  return found;
}

/** Run the command that selecting a row runs, as VS Code does on a click. */
async function select(found: ReviewRow): Promise<void> {
  assert.ok(found.command, 'the row has a command');
  await commands.executeCommand(found.command.command, ...found.command.arguments);
}

function editorsOf(uri: Uri): TextEditor[] {
  return window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === uri.toString()).sort((a, b) => (a.viewColumn ?? 0) - (b.viewColumn ?? 0));
}

/** Open the Copydesk view, then the draft, and wait for its lists. */
async function openReview(name: string): Promise<{uri: Uri; snapshot: ReviewSnapshot}> {
  await commands.executeCommand('workbench.view.extension.copydesk');
  const uri = await writeDraft(name, draft);
  await showDraft(uri);
  return {uri, snapshot: await waitForClaims(uri, claimRows)};
}

const sourcesDraft = [
  'Bus Route Saved After Protest',
  '',
  '"Nobody told us anything."',
  '',
  '"We have listened to the riders," said Mayor Lena Ortiz on Friday. Ortiz said the city would pay for the route until 2027.',
  '',
  'The transit agency said it would publish a new timetable next month. According to a budget memo, the route costs $1.2 million a year.',
  '',
  'Officials said other routes could be cut. "It is the only way I can get to work," a rider said.',
  ''
].join('\n');

const sourceRows = [
  'Mayor Lena Ortiz | 1 quote · 1 statement',
  '  “We have listened to the riders” | quote · line 5',
  '  the city would pay for the route until… | statement · line 5',
  'The transit agency | 1 statement',
  '  it would publish a new timetable next month | statement · line 7',
  'Vague and anonymous sources | 1 quote · 2 statements',
  '  a budget memo | 1 statement',
  '    the route costs $1.2 million a year | statement · line 7',
  '  Officials | 1 statement',
  '    other routes could be cut | statement · line 9',
  '  a rider | 1 quote',
  '    “It is the only way I can get…” | quote · line 9',
  'Quotes with no speaker | 1',
  '  “Nobody told us anything” | quote · line 3 · no speaker'
];

describe('the Copydesk view', () => {
  afterEach(async () => {
    await commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the claims by paragraph with their kind and state, leaves out the claims folded into an exact repeat, and lists each repeat with its first copy', async () => {
    const {snapshot} = await openReview('review.txt');
    assert.deepEqual(snapshot.claims.map(describeRow), claimRows);
    assert.deepEqual(snapshot.repeats.map(describeRow), repeatRows);
    assert.deepEqual(snapshot.sources.map(describeRow), [
      'Dana Whitlock | 1 quote',
      '  “We were never asked” | quote · line 7',
      'Vague and anonymous sources | 2 statements',
      '  Critics | 2 statements',
      '    the consultation was rushed | statement · line 5',
      '    the consultation was rushed | statement · line 11'
    ]);
    assert.deepEqual(snapshot.badges, {claims: '4 claims to source', repeats: '2 repeats', sources: undefined});
    // Only open claims carry the quick fixes (package.json's menus match these).
    assert.deepEqual(
      snapshot.claims.filter((found) => found.depth === 1).map((found) => found.contextValue),
      ['copydesk.claim.open', 'copydesk.claim.open', 'copydesk.claim.open', 'copydesk.claim.marked', 'copydesk.claim.marked', 'copydesk.claim.open']
    );
  });

  it('selecting a claim selects its words in the draft; selecting a repeat shows it, with its first copy beside it', async () => {
    const {uri, snapshot} = await openReview('review-reveal.txt');
    await select(row(snapshot.claims, '  caused | cause · open'));
    const [editor] = editorsOf(uri);
    assert.ok(editor);
    assert.equal(rangeText(editor.selection), '3:124-3:130');
    assert.equal(editor.document.getText(editor.selection), 'caused');
    assert.ok(editor.visibleRanges.some((range) => range.contains(editor.selection)), 'the claim is scrolled into view');

    await select(row(snapshot.repeats, 'Residents packed the meeting at the town … | line 11 · near copy: Tuesday → Monday'));
    const [main, beside] = editorsOf(uri);
    assert.ok(main && beside, 'the draft is shown twice, side by side');
    assert.equal((beside.viewColumn ?? 0) - (main.viewColumn ?? 0), 1);
    assert.equal(rangeText(main.selection), '11:1-11:122');
    assert.equal(rangeText(beside.selection), '5:1-5:123');
    assert.ok(beside.visibleRanges.some((range) => range.contains(beside.selection)), 'the first copy is scrolled into view');

    await select(row(snapshot.repeats, '  The county library service will close four … | first copy · line 3'));
    assert.equal(rangeText(editorsOf(uri)[0]?.selection ?? main.selection), '3:1-3:158');
  });

  it('Mark as Needing a Source marks the claim: the marker goes in before the full stop and the claim is listed as marked', async () => {
    const {uri, snapshot} = await openReview('review-mark.txt');
    assert.equal(await commands.executeCommand('copydesk.view.markSource', row(snapshot.claims, '  fell 15% | figure · open').element), true);
    const marked = await waitForClaims(uri, claimRows.map((line) => (line === '  fell 15% | figure · open' ? '  fell 15% | figure · marked' : line)));
    assert.equal(marked.badges.claims, '3 claims to source');
    const document = await workspace.openTextDocument(uri);
    assert.equal(document.lineAt(2).text, 'The county library service will close four branches on Mondays from March. Opening hours fell 15% last year [source?]. The cuts were caused by the new funding formula.');
    // The marker does not break the exact repeat (markers are not compared), so its claims stay folded.
    assert.deepEqual(marked.repeats.map(describeRow), repeatRows);
  });

  it('Add Attribution inserts the quick fix’s attribution, with the cursor on its placeholder', async () => {
    const {uri, snapshot} = await openReview('review-attribute.txt');
    assert.equal(await commands.executeCommand('copydesk.view.addAttribution', row(snapshot.claims, '  caused | cause · open').element), true);
    const [editor] = editorsOf(uri);
    assert.ok(editor);
    assert.equal(
      editor.document.lineAt(2).text,
      'The county library service will close four branches on Mondays from March. Opening hours fell 15% last year. The cuts were caused by the new funding formula, according to source.'
    );
    assert.equal(editor.document.getText(editor.selection), 'source');
  });

  it('Ignore This Claim records it in the ignore list and lists it (and the same sentence elsewhere) as ignored', async () => {
    const {uri, snapshot} = await openReview('review-ignore.txt');
    const ignored = workspaceUri('.copydesk/ignored.json');
    try {
      assert.equal(await commands.executeCommand('copydesk.view.ignore', row(snapshot.claims, '  Critics say | vague source · open').element), true);
      assert.equal(await readText(ignored), `${JSON.stringify({version: 1, ignored: ['needs-attribution:critics say the consultation was rushed.']}, null, 2)}\n`);
      const after = await waitForClaims(
        uri,
        claimRows.map((line) => (line === '  Critics say | vague source · open' ? '  Critics say | vague source · ignored' : line))
      );
      assert.equal(after.badges.claims, '2 claims to source');
      assert.deepEqual(
        after.claims.filter((found) => found.label === 'Critics say').map((found) => found.contextValue),
        ['copydesk.claim.ignored', 'copydesk.claim.ignored']
      );
    } finally {
      // Other tests share the list: empty it (VS Code's watcher may miss a file created and deleted within a moment).
      await workspace.fs.writeFile(ignored, new TextEncoder().encode('{"version": 1, "ignored": []}\n'));
    }
    await waitForClaims(uri, claimRows);
  });

  it('Markdown: Ignore This Claim puts the comment above the paragraph, and the claim is listed as ignored', async () => {
    await commands.executeCommand('workbench.view.extension.copydesk');
    const uri = await writeDraft('review-ignore.md', '# Ferry Fares\n\nThe ferry will stop at Esterby from June. The closure was caused by the storm.\n');
    await showDraft(uri);
    const before = await waitForClaims(uri, ['The ferry will stop at Esterby from … | line 3', '  caused | cause · open']);
    assert.equal(await commands.executeCommand('copydesk.view.ignore', row(before.claims, '  caused | cause · open').element), true);
    assert.equal(
      (await workspace.openTextDocument(uri)).getText(),
      '# Ferry Fares\n\n<!-- copydesk-ignore-next-line needs-attribution -->\nThe ferry will stop at Esterby from June. The closure was caused by the storm.\n'
    );
    const after = await waitForClaims(uri, ['The ferry will stop at Esterby from … | line 4', '  caused | cause · ignored']);
    assert.equal(after.badges.claims, undefined);
  });

  it('a repeat of a paragraph in another draft (after Check Workspace) names that draft, and selecting it opens the first copy there beside it', async () => {
    await commands.executeCommand('workbench.view.extension.copydesk');
    const lighthouse = 'Volunteers repainted the old lighthouse on the north headland over three wet weekends in April.';
    const write = async (name: string, text: string): Promise<Uri> => {
      const uri = workspaceUri(`scratch/review-across/${name}`);
      await workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return uri;
    };
    const first = await write('a-headland.md', `# Headland\n\nThe coastguard station reopened as a museum on Saturday morning.\n\n${lighthouse}\n`);
    const later = await write('b-lighthouse.md', `# Lighthouse\n\n${lighthouse}\n`);
    const hooks = await interfaceHooks();
    const standIn = hooks.replaceNotifications(() => Promise.resolve(undefined));
    try {
      await commands.executeCommand('copydesk.checkWorkspace');
      await showDraft(later);
      const rows = ['Volunteers repainted the old lighthouse on the … | line 3 · exact copy of a-headland.md', '  a-headland.md | first copy · line 5'];
      const snapshot = await waitForReview(
        (found) => found.uri === later.toString() && JSON.stringify(found.repeats.map(describeRow)) === JSON.stringify(rows),
        `the repeats\n${rows.join('\n')}`
      );
      await select(row(snapshot.repeats, rows[0] ?? ''));
      const [beside] = editorsOf(first);
      assert.ok(beside, 'the other draft is shown');
      assert.equal(rangeText(beside.selection), '5:1-5:96');
      assert.equal(rangeText(editorsOf(later)[0]?.selection ?? beside.selection), '3:1-3:96');
    } finally {
      standIn.dispose();
      hooks.forgetWorkspaceIndex();
    }
  });

  it('lists the sources: each named source with what it said, vague sources apart, quotes with no speaker flagged; selecting one shows it', async () => {
    await commands.executeCommand('workbench.view.extension.copydesk');
    const uri = await writeDraft('sources.txt', sourcesDraft);
    await showDraft(uri);
    const snapshot = await waitForReview(
      (found) => found.uri === uri.toString() && JSON.stringify(found.sources.map(describeRow)) === JSON.stringify(sourceRows),
      `the sources\n${sourceRows.join('\n')}`
    );
    assert.equal(snapshot.badges.sources, '1 quote with no speaker');
    assert.equal(row(snapshot.sources, '  “Nobody told us anything” | quote · line 3 · no speaker').contextValue, 'copydesk.statement.noSpeaker');
    await select(row(snapshot.sources, '    other routes could be cut | statement · line 9'));
    const [editor] = editorsOf(uri);
    assert.ok(editor);
    assert.equal(editor.document.getText(editor.selection), 'Officials said other routes could be cut.');
    await select(row(snapshot.sources, 'Mayor Lena Ortiz | 1 quote · 1 statement'));
    assert.equal(editor.document.getText(editor.selection), 'Mayor Lena Ortiz');
  });
});
