import {constants, type Stats} from 'node:fs';
import {open, realpath, rename, stat, unlink} from 'node:fs/promises';

/** An open file: the calls the command line makes on one (a subset of Node's `FileHandle`). */
export interface OpenFile {
  stat(): Promise<Stats>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{bytesRead: number}>;
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{bytesWritten: number}>;
  chmod(mode: number): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls with which the command line reads drafts and
 * settings and writes `--fix`'s result. Tests pass their own (usually
 * Node's with one call replaced) to make a write fail part-way, which no
 * real disk does on demand.
 */
export interface FileSystem {
  open(file: string, flags: number, mode?: number): Promise<OpenFile>;
  stat(file: string): Promise<Stats>;
  realpath(file: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** Node's own file system. */
export const nodeFileSystem: FileSystem = {
  open: (file, flags, mode) => open(file, flags, mode),
  stat: (file) => stat(file),
  realpath: (file) => realpath(file),
  rename: (from, to) => rename(from, to),
  unlink: (file) => unlink(file)
};

/**
 * Flags to open a file for reading without waiting: a named pipe opened
 * plainly blocks until something writes to it, so `O_NONBLOCK` lets the
 * open return and the type check that follows refuse it. (Windows has no
 * such flag and no such pipes in the file system.)
 */
export const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Flags to create a new file for writing, failing if the name is taken (so a temporary file never replaces another). */
export const createFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;

/** What a path that is not a regular file is, in words, for "not a regular file (…)". */
export function describeFileType(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'an unusual file';
}
