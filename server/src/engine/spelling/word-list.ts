/**
 * A list of accepted words as people write one, in a `.letter-words` file or a `words` directive:
 * words separated by spaces, commas or line breaks, `#` starting a comment. Read into lower case with
 * curly apostrophes made straight, as the spelling rule compares words. One reader for the file (the
 * server and letter-check), the directive (the rule) and the editor's "add to the team's words".
 */
export function readWordList(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const comment = line.indexOf('#');
    const content = comment < 0 ? line : line.slice(0, comment);
    for (const word of content.split(/[\s,]+/)) if (word) words.add(word.toLowerCase().replace(/’/g, "'"));
  }
  return words;
}
