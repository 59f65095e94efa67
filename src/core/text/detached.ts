/**
 * A copy of a slice that does not hold on to the text it was cut from. A
 * JavaScript engine may keep a slice as a view of the whole string, and
 * every parsed node of a chunk holds slices of it: without a copy, each
 * chunk parsed after an edit would keep that whole version of the document
 * alive for as long as the chunk is cached (a megabyte per edit of a long
 * draft). Joining to another string and slicing it again makes a new string
 * of the chunk's own length.
 */
export function detached(slice: string): string {
  return (' ' + slice).slice(1);
}
