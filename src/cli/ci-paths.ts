import path from 'node:path';

/**
 * A checked file's path as CI services want it: relative to the working
 * folder (where a CI job checks out the repository) with `/` separators
 * and no `./`, when the file is inside that folder; otherwise the path as
 * shown (`../x.md`, `/abs/x.md`), which the service may not place. `-`
 * (standard input) stays `-`.
 */
export function ciPath(shown: string, cwd: string): string {
  return pathInside(shown, cwd) ?? shown;
}

/** The path relative to `cwd` with `/` separators, or `undefined` when it is not inside `cwd` (or is standard input). */
export function pathInside(shown: string, cwd: string): string | undefined {
  if (shown === '-') return undefined;
  const relative = path.relative(cwd, path.resolve(cwd, shown));
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
