/**
 * The tools Copydesk is measured against, run on the same text in the same
 * process: retext-intensify (retext parses English with retext-english, then
 * the plugin walks the tree) and write-good (regular expressions over the
 * raw string).
 */
import {createRequire} from 'node:module';
import {retext} from 'retext';
import retextIntensify from 'retext-intensify';

/** write-good ships no types; it returns one suggestion per flagged span. */
type WriteGood = (text: string) => Array<{index: number; offset: number; reason: string}>;
const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;

const intensify = retext().use(retextIntensify).freeze();

/** retext-intensify on the text; returns its message count. */
export function runIntensify(text: string): number {
  return intensify.processSync(text).messages.length;
}

/** write-good with its default checks; returns its suggestion count. */
export function runWriteGood(text: string): number {
  return writeGood(text).length;
}
