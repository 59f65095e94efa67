// Takes media/screenshot.png from the real extension: code-server (installed
// by `.ci/prepare-vscode`) serves VS Code with this folder as the development
// extension, headless Chromium opens samples/harbour-draft.txt with the
// Problems panel (or, with --view, the Copydesk view in the side bar), and
// the page is captured. With --report, *Copydesk: Export Review* is run from
// the command palette and its save dialog accepted as offered (an HTML file
// beside the draft), and the same page then opens that file, as an editor
// reading the report in a browser would see it. Run `npm run build` first.
//   node scripts/screenshot.mjs [--view | --report] [output.png]
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, '.vscode-test', 'code-server-4.100.3', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const args = process.argv.slice(2);
const view = args.includes('--view');
const report = args.includes('--report');
if (view && report) throw new Error('screenshot.mjs takes --view or --report, not both');
const named = args.find((arg) => !arg.startsWith('--'));
const output = path.resolve(named ?? path.join(root, 'media', view ? 'screenshot-view.png' : report ? 'screenshot-report.png' : 'screenshot.png'));

const temp = mkdtempSync(path.join(tmpdir(), 'copydesk-shot-'));
const workspace = path.join(temp, 'drafts');
cpSync(path.join(root, 'samples'), workspace, {recursive: true});
const userData = path.join(temp, 'data');
mkdirSync(path.join(userData, 'User'), {recursive: true});
writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify({'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Light Modern', 'security.workspace.trust.enabled': false, 'editor.minimap.enabled': false})
);
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const {port: free} = server.address();
    server.close(() => resolve(free));
  });
});
writeFileSync(path.join(temp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
const server = spawn(process.execPath, [entry, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--bind-addr', `127.0.0.1:${port}`, '--config', path.join(temp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', path.join(temp, 'ext')], {stdio: 'ignore', detached: true});

const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']});
try {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false);
    if (ok) break;
    if (tries > 100) throw new Error('code-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const page = await browser.newPage({viewport: {width: 1400, height: 860}});
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`], ['skipWelcome', 'true']];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.waitForSelector('.monaco-workbench', {timeout: 60_000});
  await page.waitForTimeout(4000);
  // Quick Open lists the file only once the workspace's files are searched; Enter before that opens nothing.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', {state: 'visible'});
  await page.keyboard.type('harbour-draft.txt');
  await page.waitForSelector('.quick-input-widget .monaco-list-row[aria-label*="harbour-draft.txt"]', {timeout: 20_000});
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tabs-container .tab.active[aria-label*="harbour-draft.txt"]', {timeout: 20_000});
  if (view) {
    // The Copydesk view fills its lists once the extension has checked the draft.
    await page.click('.activitybar .action-item a[aria-label^="Copydesk"]');
    await page.waitForSelector('[id="workbench.view.extension.copydesk"] .monaco-list-row', {timeout: 60_000});
    // Wide enough for the items' descriptions (a near copy's differences, a source's counts).
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const edge = sidebar.x + sidebar.width;
      await page.mouse.move(edge - 1, 400);
      await page.mouse.down();
      await page.mouse.move(edge + 230, 400, {steps: 8});
      await page.mouse.up();
    }
    // Open the sources, to show what each is quoted as saying.
    const collapsed = page.locator('.pane:has(.pane-header[aria-label^="Sources"]) .monaco-tl-twistie.collapsible.collapsed');
    for (let opened = 0; opened < 4 && (await collapsed.count()) > 0; opened++) await collapsed.first().click();
    // The editor takes the focus back, so no tree row is drawn selected.
    await page.click('.monaco-editor .view-lines');
  } else if (report) {
    // Once the draft's findings are listed, the extension is active and the draft is the active editor the command reviews.
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', {timeout: 60_000});
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+Shift+P');
    const input = await page.waitForSelector('.quick-input-widget .quick-input-box input', {state: 'visible'});
    await page.keyboard.type('Copydesk: Export Review');
    await page.waitForSelector('.quick-input-widget .monaco-list-row[aria-label*="Export Review"]', {timeout: 10_000});
    await page.keyboard.press('Enter');
    // The save dialog (code-server's own, a path in the quick input) offers harbour-draft-review.html beside the draft.
    const offered = path.join(workspace, 'harbour-draft-review.html');
    await page.waitForFunction(({box, name}) => box.value.endsWith(name), {box: input, name: path.basename(offered)}, {timeout: 20_000});
    await page.keyboard.press('Enter');
    await page.waitForSelector('.notifications-toasts .notification-list-item-message:has-text("wrote the review")', {timeout: 20_000});
    if (!existsSync(offered)) throw new Error(`Export Review did not write ${offered}`);
    // The report's page is set at 60rem; a narrower window keeps the margins small, and the whole page is captured.
    await page.setViewportSize({width: 1100, height: 860});
    await page.goto(pathToFileURL(offered).href);
    await page.screenshot({path: output, fullPage: true});
  } else {
    // Diagnostics appear in the Problems panel once the extension has checked the draft.
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', {timeout: 60_000});
  }
  if (!report) {
    await page.waitForTimeout(1500);
    await page.screenshot({path: output});
  }
  console.log(`screenshot: ${path.relative(root, output)}`);
} finally {
  await browser.close();
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  rmSync(temp, {recursive: true, force: true});
}
