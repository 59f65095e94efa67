import path from 'node:path';
import {reviewDraft, reviewToHtml, reviewToMarkdown, type DraftReview} from '../core/review/index.js';
import {CliError, describeSystemError} from './errors.js';
import {escapeControls} from './escape.js';
import {nodeFileSystem} from './file-system.js';
import {findDrafts, readDrafts} from './read-drafts.js';
import type {ReportCommandOptions} from './report-args.js';
import type {CliEnvironment} from './run.js';
import {writeWhole} from './write-output.js';

/**
 * `copydesk report`: read each draft with its settings and ignore list,
 * review it (the core's `reviewDraft`, as the editor's *Export Review*
 * does) and write one report, to standard output or to `-o FILE`. Drafts
 * are only read. A draft that cannot be read is named on standard error
 * and left out; the report of the others is still written, and the run
 * ends with status 2.
 */
export async function reportCommand(options: ReportCommandOptions, environment: CliEnvironment): Promise<number> {
  const {cwd, stderr} = environment;
  const fs = environment.fs ?? nodeFileSystem;
  const notice = (message: string) => stderr.write(`copydesk: ${escapeControls(message)}\n`);
  const output = options.output === undefined ? undefined : path.resolve(cwd, options.output);
  const place = {cwd, fs, stdin: environment.stdin, notice};
  const targets = await findDrafts(options, place);
  if (output !== undefined) {
    const outputReal = await fs.realpath(output).catch(() => output);
    const draft = targets.find((target) => target.kind === 'file' && target.absolute === outputReal);
    if (draft) throw new CliError(`\`-o ${options.output}\` names a draft being reported (${draft.display}); the report never writes over a draft`, true);
  }
  const reviews: DraftReview[] = [];
  let failed = false;
  const unreadable = (error: CliError) => {
    notice(error.message);
    failed = true;
  };
  for await (const {target, source, found, ignore} of readDrafts(targets, options, place, unreadable)) {
    reviews.push(reviewDraft({path: target.display, text: source.text, format: target.format, settings: found.settings, ignore}));
  }
  const report = options.format === 'html' ? reviewToHtml(reviews) : reviewToMarkdown(reviews);
  if (output === undefined) environment.stdout.write(report);
  else {
    try {
      await writeWhole(fs, output, new TextEncoder().encode(report));
    } catch (error) {
      throw new CliError(`cannot write the report to ${options.output}: ${describeSystemError(error)}`);
    }
    notice(`wrote the review of ${reviews.length} ${reviews.length === 1 ? 'draft' : 'drafts'} to ${options.output}`);
  }
  return failed ? 2 : 0;
}
