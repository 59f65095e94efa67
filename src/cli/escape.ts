/**
 * Control characters as escapes, so a line of output stays one line: a
 * file may be named with a newline, a tab or a terminal escape, and the text
 * report promises one line a finding (and a terminal must not obey an
 * escape hidden in a name). `\n`, `\r` and `\t` keep their usual escapes,
 * other C0 and C1 controls and DEL become `\xNN`, the Unicode line and
 * paragraph separators `\u2028` and `\u2029`.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    const code = char.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}
