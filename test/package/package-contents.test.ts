/**
 * What the .vsix holds and what its manifest says. The file list is the one
 * `vsce package --no-dependencies` would zip (the same call as `vsce ls`), so
 * a stray source file, test fixture or source map fails here, not in review.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deflateRawSync} from 'node:zlib';
import {listFiles, PackageManager} from '@vscode/vsce';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Manifest {
  name: string;
  publisher: string;
  license: string;
  icon: string;
  galleryBanner: {color: string; theme: string};
  categories: string[];
  keywords: string[];
  repository: {type: string; url: string};
  engines: {vscode: string};
  contributes: {
    languages: Array<{id: string; aliases: string[]; extensions: string[]; configuration: string}>;
    grammars: Array<{language?: string; scopeName: string; path: string; injectTo?: string[]}>;
    configuration: Array<{id: string; title: string; order: number; properties: Record<string, {order?: number; markdownDescription?: string}>}>;
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

/** Every file the package may hold; anything else is a mistake in .vscodeignore. */
const allowed: RegExp[] = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^dist\/extension\.cjs$/,
  /^dist\/web\/extension\.js$/,
  /^syntaxes\/[^/]+\.json$/,
  /^media\/icon\.png$/,
  /^media\/screenshot\.png$/,
  /^media\/view-icon\.svg$/,
  /^schema\/copydeskrc\.schema\.json$/,
  /^docs\/rules\/[^/]+\.md$/
];

/** Files that must be in the package whenever they exist on disk (the bundles appear after `npm run build`). */
const wantedWhenBuilt = ['dist/extension.cjs', 'dist/web/extension.js', 'schema/copydeskrc.schema.json'];

/** Files the package always needs. */
const required = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png', 'media/view-icon.svg', ...manifest.contributes.grammars.map((grammar) => clean(grammar.path)), ...manifest.contributes.languages.map((language) => clean(language.configuration))];

const files = await listFiles({cwd: root, packageManager: PackageManager.None});

/** A manifest path (`./syntaxes/x.json`) as vsce lists it. */
function clean(path: string): string {
  return path.replace(/^\.\//, '');
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(bytes: Buffer): {width: number; height: number} {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(bytes.subarray(0, 8).equals(signature), 'not a PNG file');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', 'the first PNG chunk is not IHDR');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

test('the package holds only allowed files', () => {
  const stray = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
  assert.deepEqual(stray, [], `.vscodeignore lets these in: ${stray.join(', ')}`);
});

test('no source maps, tests or sources slip in', () => {
  for (const file of files) {
    assert.doesNotMatch(file, /\.map$/, file);
    assert.doesNotMatch(file, /^(src|test|scripts|node_modules|\.vscode-test|samples|scratch)\//, file);
    assert.doesNotMatch(file, /^dist\/test\//, file);
  }
});

test('the package holds the manifest, README, LICENSE, icon and grammars', () => {
  for (const file of required) assert.ok(files.includes(file), `${file} is missing from the package`);
});

test('built bundles and the schema are packaged when they exist', () => {
  for (const file of wantedWhenBuilt) {
    if (existsSync(join(root, file))) assert.ok(files.includes(file), `${file} exists but is not packaged`);
  }
});

test('the package stays under 1 MB compressed', () => {
  // The .vsix is a zip of deflated files; summing each file's deflated size
  // estimates it closely (zip headers add about 100 bytes a file).
  const compressed = files.reduce((sum, file) => sum + deflateRawSync(readFileSync(join(root, file)), {level: 9}).length + 100, 0);
  assert.ok(compressed < 1024 * 1024, `about ${Math.round(compressed / 1024)} KiB compressed`);
});

test('every image the README shows exists; only the Problems screenshot is packaged', () => {
  // vsce points a README link to an unpackaged file at the repository, so the file must be committed, not packaged.
  const images = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]+\]\((media\/[^)\s]+)\)/g)].map((match) => match[1] ?? '');
  assert.deepEqual(images, ['media/screenshot.png', 'media/screenshot-view.png', 'media/screenshot-report.png']);
  for (const image of images) assert.ok(existsSync(join(root, image)), `${image} does not exist`);
  assert.deepEqual(
    files.filter((file) => file.startsWith('media/screenshot')),
    ['media/screenshot.png']
  );
});

test('the icon is a 128×128 PNG', () => {
  assert.equal(manifest.icon, 'media/icon.png');
  const path = join(root, manifest.icon);
  assert.ok(existsSync(path), `${manifest.icon} does not exist`);
  assert.deepEqual(pngSize(readFileSync(path)), {width: 128, height: 128});
});

test('pngSize reads the IHDR chunk and rejects what is not a PNG', () => {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(256, 16);
  header.writeUInt32BE(64, 20);
  assert.deepEqual(pngSize(header), {width: 256, height: 64});
  assert.throws(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), /not a PNG/);
});

test('the manifest has the Marketplace fields', () => {
  assert.equal(manifest.engines.vscode, '^1.100.0');
  assert.deepEqual(manifest.categories, ['Linters']);
  assert.equal(manifest.license, 'MIT');
  assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  for (const keyword of ['journalism', 'editing', 'duplicates', 'attribution', 'markdown']) assert.ok(manifest.keywords.includes(keyword), keyword);
  assert.deepEqual(manifest.repository, {type: 'git', url: 'https://github.com/copydesk/copydesk'});
  assert.ok(existsSync(join(root, 'LICENSE')));
});

test('the Draft Article language points at an existing configuration', () => {
  const draft = manifest.contributes.languages.find((language) => language.id === 'copydesk-draft');
  assert.ok(draft, 'no copydesk-draft language');
  assert.ok(draft.aliases.includes('Draft Article'));
  assert.deepEqual(draft.extensions, ['.draft', '.article']);
  const configuration = JSON.parse(readFileSync(join(root, draft.configuration), 'utf8')) as {wordPattern: {pattern: string; flags: string}};
  assert.ok(new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags).test('mayor’s'));
});

test('the Draft Article language wraps lines by default (a paragraph is one long line)', () => {
  assert.deepEqual(manifest.contributes.configurationDefaults['[copydesk-draft]'], {'editor.wordWrap': 'on'});
});

test('the Settings editor lists When to check and the rule levels first, in titled sections', () => {
  // VS Code sorts sections by their order, then settings by theirs; without one it sorts by key, putting attribution.marker first.
  const sections = [...manifest.contributes.configuration].sort((a, b) => a.order - b.order);
  assert.deepEqual(
    sections.map((section) => section.title),
    ['Copydesk', 'Repeats', 'Claims and sources']
  );
  const listed = sections.flatMap((section) => {
    const entries = Object.entries(section.properties);
    for (const [key, property] of entries) {
      assert.equal(typeof property.order, 'number', `${key} has no order`);
      // A setting's displayed title comes from its key, so the description leads with a title an editor reads.
      assert.match(property.markdownDescription ?? '', /^\*\*[A-Z][^*]+\*\*/, `${key} has no readable title in its description`);
    }
    return entries.sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0)).map(([key]) => key);
  });
  assert.deepEqual(listed.slice(0, 4), ['copydesk.run', 'copydesk.rules.duplicate-paragraph', 'copydesk.rules.repeated-heading', 'copydesk.rules.needs-attribution']);
  assert.match(sections[0]?.properties['copydesk.rules.duplicate-paragraph']?.markdownDescription ?? '', /^\*\*Duplicate paragraphs\*\*/);
});

test('each grammar exists, parses and declares the scope the manifest gives it', () => {
  const languages = new Set(manifest.contributes.languages.map((language) => language.id));
  for (const grammar of manifest.contributes.grammars) {
    const path = join(root, grammar.path);
    assert.ok(existsSync(path) && statSync(path).isFile(), `${grammar.path} does not exist`);
    const raw = JSON.parse(readFileSync(path, 'utf8')) as {scopeName: string; injectionSelector?: string};
    assert.equal(raw.scopeName, grammar.scopeName, grammar.path);
    if (grammar.language) assert.ok(languages.has(grammar.language), `${grammar.path} names unknown language ${grammar.language}`);
    if (grammar.injectTo) assert.match(raw.injectionSelector ?? '', /^L:text\.html\.markdown\b/, `${grammar.path} has no Markdown injection selector`);
  }
  const injection = manifest.contributes.grammars.find((grammar) => grammar.injectTo);
  assert.deepEqual(injection?.injectTo, ['text.html.markdown']);
  assert.ok(manifest.contributes.grammars.some((grammar) => grammar.language === 'copydesk-draft' && grammar.scopeName === 'text.copydesk-draft'));
});
