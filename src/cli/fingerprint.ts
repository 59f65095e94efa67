import {createHash} from 'node:crypto';
import type {FileResult} from './results.js';

/**
 * A stable fingerprint for each finding, in report order: the SHA-256 (hex)
 * of its rule, its file's CI path and its ignore key, the normalised text
 * it is about. It survives edits elsewhere in the draft and lines moving,
 * so CI services (GitHub code scanning, GitLab Code Quality) match the
 * finding across commits; it changes when the text it is about changes,
 * as the ignore key does. The same text flagged twice in one file by one
 * rule (a paragraph repeated three times) would share a fingerprint, and
 * services merge findings that do, so the second and later get their
 * occurrence number hashed in too.
 */
export function fingerprints(results: readonly FileResult[], pathOf: (result: FileResult) => string): string[][] {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const filePath = pathOf(result);
    return result.findings.map((finding) => {
      const identity = JSON.stringify([finding.rule, filePath, finding.ignoreKey]);
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      return sha256(occurrence === 1 ? identity : `${identity}#${occurrence}`);
    });
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
