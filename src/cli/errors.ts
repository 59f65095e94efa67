/**
 * A failure that ends the run with exit status 2: a usage error, a missing or
 * unreadable path, a file that cannot be fixed safely. The message is printed
 * after `copydesk: ` on standard error.
 */
export class CliError extends Error {
  override name = 'CliError';

  /**
   * @param usage - whether to point at `--help` (the command line itself was wrong).
   * @param path - the file the failure is about, as reports show it, for the JSON report's `errors`.
   */
  constructor(
    message: string,
    readonly usage = false,
    readonly path?: string
  ) {
    super(message);
  }
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`, …), if it is one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A system error in words a writer understands, for `copydesk: <path>: <reason>`. */
export function describeSystemError(error: unknown): string {
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file would be larger than the system allows',
    EROFS: 'the file system is read-only',
    EIO: 'input/output error'
  };
  const code = errorCode(error);
  if (code && reasons[code]) return reasons[code];
  return error instanceof Error ? error.message : String(error);
}
