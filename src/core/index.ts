/**
 * Copydesk's checking core: `check` a draft, or `createChecker` once and
 * check as the text changes. No VS Code and no Node built-ins here: the same
 * code runs on the command line, in the editor and in a browser worker.
 */
export {check, createChecker, type Checker} from './checker.js';
export {AcrossDrafts, draftParagraphs, isRepeatAcrossDrafts, withRepeatsAcrossDrafts, type DraftParagraph, type DraftSentence, type IndexedDraft} from './across-drafts.js';
export {applyFixes, exactRepeatFix, isExactRepeat} from './fixes.js';
export {fixAllRepeats, type Removal} from './fix-all.js';
export {ConfigError, parseConfig, parseJsonText} from './config.js';
export {addToIgnoreList, parseIgnoreList, type IgnoreList} from './ignore-list.js';
export {ignoreEntry} from './ignore.js';
export {phraseProblem} from './attribution/phrases.js';
export {findProjectRoot, findProjectSettings, readProjectIgnoreList, type ProjectFiles, type ProjectSettings, type SettingsParser} from './project-files.js';
export {defaultMaxFileSize, draftExtensions, ignoredListPath, isDraftName, layerSettings, ruleIds, settingsFileName} from './project.js';
export {defaultSettings, formatForPath, markdownExtensions, mergeSettings, resolveSettings} from './settings.js';
export type * from './types.js';
export {readSources, type ReadSourcesOptions, type SourceKind, type SourceSpan, type SourcedStatement} from './sources.js';
