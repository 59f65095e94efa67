// Runs the extension's mocha suite (test/vscode, bundled into
// dist/test/vscode/index.cjs) inside a real VS Code extension host.
//
// - With VSCODE_EXECUTABLE set: @vscode/test-electron runs that VS Code.
// - With COPYDESK_VSCODE=download: @vscode/test-electron downloads VS Code
//   (needs internet).
// - Otherwise, offline: code-server 4.100.3 (VS Code 1.100.3's server and
//   web workbench, installed once into .vscode-test/) serves the workbench,
//   Debian's Chromium opens it headless through playwright-core, and the
//   workbench URL asks for the test run.
//
// A run that cannot start VS Code fails; it never passes by skipping.
//
//   node scripts/test-vscode.mjs [--no-build] [--install-only]
//
// Environment: COPYDESK_VSCODE_HOST=web runs the extension's browser build
// and the suite in the web-worker extension host (through code-server);
// COPYDESK_VSCODE_TIMEOUT (seconds, default 600) limits the
// whole run; COPYDESK_KEEP_TEMP=1 keeps the temporary folders;
// COPYDESK_VSCODE_GREP=text runs only the tests whose titles match.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {format} from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const codeServerVersion = '4.100.3';
/** VS Code release the code-server above is built on (for the download route). */
const vscodeVersion = '1.100.3';
const cacheDir = path.join(root, '.vscode-test', `code-server-${codeServerVersion}`);
const codeServerDir = path.join(cacheDir, 'node_modules', 'code-server');
const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
const installedMarker = path.join(cacheDir, '.installed');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fixtures = path.join(root, 'test', 'vscode', 'fixtures', 'workspace');
/** COPYDESK_VSCODE_HOST=web: the extension and the suite run in the web-worker extension host (code-server route only). */
const webHost = process.env.COPYDESK_VSCODE_HOST === 'web';
const testsBundle = path.join(root, 'dist', 'test', 'vscode', ...(webHost ? ['web', 'index.cjs'] : ['index.cjs']));
/** The file behind it: the web-worker host appends `.js` to what it loads (see scripts/build.mjs). */
const testsBundleFile = webHost ? `${testsBundle}.js` : testsBundle;
const timeLimit = Number(process.env.COPYDESK_VSCODE_TIMEOUT ?? 600) * 1000;
const deadline = Date.now() + timeLimit;
const keepTemp = process.env.COPYDESK_KEEP_TEMP === '1';

/** Settings that quiet the workbench; the suite's own settings live in the fixture workspace. */
const userSettings = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false
};

/** Workbench log lines that say nothing about the tests (kept for the failure report, not printed). */
const workbenchNoise = /open-vsx\.org|ENOTFOUND|connection token|Creating a socket|Service Worker|ChatSessionStore|builtin extensions cache|vsda/;

const argv = process.argv.slice(2);
const args = new Set(argv);
/**
 * `--vsix FILE`: install that package into code-server (`--install-extension`)
 * and run the suite against the installed copy, so the package users get is
 * the one tested, not the development folder.
 */
const vsix = args.has('--vsix') ? path.resolve(argv[argv.indexOf('--vsix') + 1] ?? '') : undefined;

try {
  if (args.has('--install-only')) {
    ensureCodeServer();
  } else {
    process.exitCode = await main();
  }
} catch (error) {
  console.error(`test-vscode: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

async function main() {
  const started = Date.now();
  if (!args.has('--no-build')) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: 'inherit'});
  if (!existsSync(testsBundleFile)) throw new Error(`${path.relative(root, testsBundleFile)} is missing; run npm run build.`);
  const temp = mkdtempSync(path.join(tmpdir(), 'copydesk-vscode-'));
  // The tests edit and save files: they get their own copy of the fixture workspace.
  const workspace = path.join(temp, 'workspace');
  cpSync(fixtures, workspace, {recursive: true});
  const userData = path.join(temp, 'data');
  mkdirSync(path.join(userData, 'User'), {recursive: true});
  // The extension's kind `web` makes the workbench run its browser build in the web-worker host, and the suite with it.
  const settings = webHost ? {...userSettings, 'remote.extensionKind': {'copydesk.copydesk': ['web']}} : userSettings;
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  let code = 1;
  try {
    if ((process.env.VSCODE_EXECUTABLE || process.env.COPYDESK_VSCODE === 'download') && !webHost && !vsix) {
      code = await runWithElectron(workspace, userData, path.join(temp, 'extensions'));
    } else {
      ensureCodeServer();
      const extension = vsix ? installPackage(vsix, path.join(temp, 'extensions')) : root;
      code = await runWithCodeServer(workspace, userData, temp, extension);
    }
  } finally {
    console.log(`test-vscode: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (keepTemp || code !== 0) console.log(`test-vscode: temporary files in ${temp}`);
    else rmSync(temp, {recursive: true, force: true});
  }
  return code;
}

/** The classic route: a desktop VS Code run by @vscode/test-electron. */
async function runWithElectron(workspace, userData, extensionsDir) {
  const {runTests} = await import('@vscode/test-electron');
  const options = {
    extensionDevelopmentPath: root,
    extensionTestsPath: testsBundle,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`, `--extensions-dir=${extensionsDir}`]
  };
  if (process.env.VSCODE_EXECUTABLE) options.vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  else options.version = vscodeVersion;
  try {
    return await withTimeLimit(runTests(options), 'VS Code');
  } catch (error) {
    console.error(`test-vscode: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * The offline route: code-server serves the workbench, headless Chromium
 * opens it with the test run asked for in the URL's payload, and the page
 * reports the output and the exit code through `codeAutomationLog` and
 * `codeAutomationExit`.
 */
async function runWithCodeServer(workspace, userData, temp, extension) {
  if (!existsSync(chromium)) throw new Error(`${chromium} is missing; run .ci/prepare-vscode (or set CHROMIUM_PATH).`);
  const {chromium: playwright} = await import('playwright-core');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const configFile = path.join(temp, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const serverLog = [];
  const server = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--bind-addr', `127.0.0.1:${port}`,
      '--config', configFile,
      '--user-data-dir', userData,
      '--extensions-dir', path.join(temp, 'extensions')
    ],
    {cwd: temp, env: {...process.env, VSCODE_PROXY_URI: ''}, stdio: ['ignore', 'pipe', 'pipe'], detached: true}
  );
  server.stdout.on('data', (chunk) => serverLog.push(String(chunk)));
  server.stderr.on('data', (chunk) => serverLog.push(String(chunk)));
  const serverExited = new Promise((resolve) => server.on('exit', (code, signal) => resolve(`code-server exited (${signal ?? code})`)));

  const consoleLines = [];
  let browser;
  let code = 1;
  try {
    await withTimeLimit(Promise.race([healthy(origin), serverExited.then((why) => Promise.reject(new Error(why)))]), 'code-server to start', 60_000);
    browser = await playwright.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
    const page = await browser.newPage();
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      // The test output arrives as console arguments (a format string first), mixed with the workbench's own log.
      const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      if (workbenchNoise.test(line)) consoleLines.push(`[workbench ${type}] ${line}`);
      else if (type === 'error') process.stderr.write(`${line}\n`);
      else process.stdout.write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (exitCode) => exit(Number(exitCode)));
    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(testsBundle)],
      ['skipWelcome', 'true']
    ];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    code = await withTimeLimit(Promise.race([exited, serverExited.then((why) => Promise.reject(new Error(why)))]), 'the tests');
  } catch (error) {
    console.error(`test-vscode: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    if (code !== 0) printDiagnostics(consoleLines, serverLog, userData);
    await browser?.close().catch(() => {});
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  return code;
}

/** Install a .vsix into an extensions folder with code-server itself; returns the installed extension's folder. */
function installPackage(file, extensionsDir) {
  if (!existsSync(file)) throw new Error(`${file} is missing; run npm run package.`);
  execFileSync(process.execPath, [codeServerEntry, '--install-extension', file, '--extensions-dir', extensionsDir], {stdio: 'inherit'});
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const installed = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  if (!existsSync(path.join(installed, 'package.json'))) throw new Error(`the package did not install into ${installed}`);
  console.log(`test-vscode: testing the installed package in ${installed}`);
  return installed;
}

/** Install code-server into the cache folder once (about a minute and 300 MB; it builds native modules). */
function ensureCodeServer() {
  if (existsSync(installedMarker) && existsSync(codeServerEntry)) return;
  for (const tool of ['/usr/bin/rg', 'g++', 'make', 'python3']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], {stdio: 'ignore'});
    } catch {
      throw new Error(`${tool} is missing; run .ci/prepare-vscode first.`);
    }
  }
  console.log(`test-vscode: installing code-server ${codeServerVersion} into ${path.relative(root, cacheDir)} (once)`);
  // @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the archive: Debian's rg serves.
  const ripgrepCache = path.join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const ripgrepArchive = path.join(ripgrepCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(ripgrepArchive)) {
    const staging = mkdtempSync(path.join(tmpdir(), 'copydesk-rg-'));
    cpSync('/usr/bin/rg', path.join(staging, 'rg'));
    mkdirSync(ripgrepCache, {recursive: true});
    execFileSync('tar', ['-czf', ripgrepArchive, '-C', staging, 'rg']);
    rmSync(staging, {recursive: true, force: true});
  }
  rmSync(cacheDir, {recursive: true, force: true});
  mkdirSync(cacheDir, {recursive: true});
  execFileSync('npm', ['install', '--prefix', cacheDir, '--no-audit', '--no-fund', '--no-save', `code-server@${codeServerVersion}`], {
    stdio: 'inherit',
    env: {
      ...process.env,
      // Node's headers are in /usr/include/node: node-gyp downloads nothing.
      npm_config_nodedir: '/usr',
      // The postinstall runs `npx node-gyp`, which would otherwise ask.
      npm_config_yes: 'true',
      // Its postinstall refuses to run as root otherwise (npm 11 warns the option is unknown).
      npm_config_unsafe_perm: 'true',
      // npm 11.19+ skips dependencies' install scripts unless allowed; code-server's builds VS Code's native modules.
      npm_config_dangerously_allow_all_scripts: 'true'
    }
  });
  const vscodeModules = path.join(codeServerDir, 'lib', 'vscode', 'node_modules');
  if (!existsSync(codeServerEntry) || !existsSync(vscodeModules) || readdirSync(vscodeModules).length === 0) {
    throw new Error('code-server was installed without its VS Code dependencies (its postinstall did not run).');
  }
  writeFileSync(installedMarker, `${new Date().toISOString()}\n`);
}

/** Print what explains a failed run: the browser console, code-server's output and the extension host's logs. */
function printDiagnostics(consoleLines, serverLog, userData) {
  const section = (title, text) => console.error(`\n----- ${title} -----\n${text.trimEnd() || '(empty)'}\n`);
  section('browser console', consoleLines.join('\n'));
  section('code-server output', serverLog.join(''));
  for (const file of findFiles(path.join(userData, 'logs'), (name) => /exthost/i.test(name) && name.endsWith('.log'))) {
    section(path.relative(userData, file), readFileSync(file, 'utf8'));
  }
}

function findFiles(folder, accept) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? findFiles(file, accept) : accept(file) ? [file] : [];
  });
}

async function healthy(origin) {
  for (;;) {
    try {
      const response = await globalThis.fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `promise`, or a rejection once `limit` ms (by default, what is left of the whole run's time limit) have passed. */
function withTimeLimit(promise, what, limit = deadline - Date.now()) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up waiting for ${what} after ${Math.round(limit / 1000)} s`)), Math.max(0, limit));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
