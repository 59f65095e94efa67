import {workspace, type ConfigurationScope} from 'vscode';
import {ruleIds, type PartialSettings, type RuleId, type RuleLevel, type Sensitivity} from '../core/index.js';
import {configSection, editorDefaults, markdownLanguages, settingNames, type RunMode} from './constants.js';

/** The settings that steer the editor rather than the checks. */
export interface EditorOptions {
  run: RunMode;
  languages: readonly string[];
  maxFileSize: number;
  /** Compare drafts with the workspace's other drafts (`copydesk.duplicates.acrossFiles`). */
  acrossFiles: boolean;
}


/** The editor-only settings for a resource. */
export function readEditorOptions(scope?: ConfigurationScope): EditorOptions {
  const config = workspace.getConfiguration(configSection, scope);
  return {
    run: config.get<RunMode>(settingNames.run, editorDefaults.run) === 'onSave' ? 'onSave' : 'onType',
    languages: config.get<string[]>(settingNames.languages, [...editorDefaults.languages]),
    maxFileSize: config.get<number>(settingNames.maxFileSize, editorDefaults.maxFileSize),
    acrossFiles: config.get<boolean>(settingNames.acrossFiles, editorDefaults.acrossFiles) !== false
  };
}

/**
 * The checking settings as VS Code holds them for a resource, in the core's
 * shape. Only values of the right type are passed on, so a hand-edited
 * settings.json with a typo falls back to the default rather than breaking
 * the checks; the core fills in the rest.
 */
export function readCheckSettings(scope?: ConfigurationScope): PartialSettings {
  const config = workspace.getConfiguration(configSection, scope);
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  for (const rule of ruleIds) {
    const level = config.get<string>(`${settingNames.rules}.${rule}`);
    if (level === 'error' || level === 'warning' || level === 'info' || level === 'off') rules[rule] = level;
  }
  const numbers = {
    minWords: config.get<unknown>(settingNames.minWords),
    nearThreshold: config.get<unknown>(settingNames.nearThreshold),
    passageMinWords: config.get<unknown>(settingNames.passageMinWords)
  };
  const duplicates: PartialSettings['duplicates'] = {};
  for (const [key, value] of Object.entries(numbers) as Array<[keyof typeof numbers, unknown]>) {
    if (typeof value === 'number' && Number.isFinite(value)) duplicates[key] = value;
  }
  const attribution: PartialSettings['attribution'] = {};
  const sensitivity = config.get<unknown>(settingNames.sensitivity);
  if (sensitivity === 'strict' || sensitivity === 'balanced' || sensitivity === 'lenient') attribution.sensitivity = sensitivity as Sensitivity;
  const reportingVerbs = stringList(config.get<unknown>(settingNames.reportingVerbs));
  if (reportingVerbs) attribution.reportingVerbs = reportingVerbs;
  const namedSources = stringList(config.get<unknown>(settingNames.namedSources));
  if (namedSources) attribution.namedSources = namedSources;
  const marker = config.get<unknown>(settingNames.marker);
  if (typeof marker === 'string' && marker.trim()) attribution.marker = marker;
  return {rules, duplicates, attribution};
}

/** How the core should read a document of this language. */
export function formatOf(languageId: string): 'markdown' | 'plaintext' {
  return markdownLanguages.includes(languageId) ? 'markdown' : 'plaintext';
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : undefined;
}
