/**
 * Every name the extension shares with VS Code: command ids, setting names,
 * file names, the diagnostic source. Kept here so package.json, the code and
 * the tests spell them once.
 */
import {defaultMaxFileSize, draftExtensions, ignoredListPath, settingsFileName} from '../core/index.js';

/** `publisher.name` from package.json. */
export const extensionId = 'copydesk.copydesk';

/** The `source` of every diagnostic and the name of the output channel's owner. */
export const diagnosticSource = 'copydesk';

/** Name of the output channel. */
export const outputChannelName = 'Copydesk';

/** Command ids (see `contributes.commands`). */
export const commandIds = {
  checkDocument: 'copydesk.checkDocument',
  checkWorkspace: 'copydesk.checkWorkspace',
  fixAllRepeats: 'copydesk.fixAllRepeats',
  showOutput: 'copydesk.showOutput',
  exportReview: 'copydesk.exportReview',
  /** Internal: the plain-text "Ignore this finding" quick fix. */
  ignoreFinding: 'copydesk.ignoreFinding'
} as const;

/** The configuration section; every setting below lives under it. */
export const configSection = 'copydesk';

/** Setting names, relative to {@link configSection} (see `contributes.configuration`). */
export const settingNames = {
  run: 'run',
  languages: 'languages',
  maxFileSize: 'maxFileSize',
  rules: 'rules',
  minWords: 'duplicates.minWords',
  nearThreshold: 'duplicates.nearThreshold',
  passageMinWords: 'duplicates.passageMinWords',
  acrossFiles: 'duplicates.acrossFiles',
  sensitivity: 'attribution.sensitivity',
  reportingVerbs: 'attribution.reportingVerbs',
  namedSources: 'attribution.namedSources',
  marker: 'attribution.marker'
} as const;

/** When checks run. */
export type RunMode = 'onType' | 'onSave';

/** Defaults of the editor-only settings (the checking settings' defaults come from the core). */
export const editorDefaults = {
  run: 'onType' as RunMode,
  languages: ['markdown', 'plaintext', 'copydesk-draft'] as readonly string[],
  maxFileSize: defaultMaxFileSize,
  acrossFiles: true
};

/** Milliseconds after the last keystroke before an `onType` check. */
export const typingDelay = 300;

/** The configuration file looked up in the document's folder and above it, up to the workspace folder. */
export const configFileName = settingsFileName;

/** The plain-text ignore list, relative to the workspace folder. */
export const ignoredFilePath = ignoredListPath;

/** The Markdown comment that silences the next line. */
export const ignoreNextLineComment = (rule: string) => `<!-- copydesk-ignore-next-line ${rule} -->`;

/** Files the "Check Workspace" command reads. */
export const workspaceFilesGlob = `**/*.{${draftExtensions.map((extension) => extension.slice(1)).join(',')}}`;
export const workspaceFilesExclude = '**/node_modules/**';

/** Language ids checked as Markdown; every other enabled language is checked as plain text. */
export const markdownLanguages: readonly string[] = ['markdown'];


/** The built-in command that opens the Problems panel. */
export const showProblemsCommand = 'workbench.actions.view.problems';
