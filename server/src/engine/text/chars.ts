/**
 * Character classes by UTF-16 code, for the scans that read a text character by character instead of
 * running a pattern over it (no one-character string a test).
 */

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A to Z, either case. */
export function isAsciiLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

/** White space as a regular expression's `\s` matches it and `trim` removes it (line breaks included). */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
