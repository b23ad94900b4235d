/** Expands a snippet body as VS Code would, with a value per placeholder label (choices take their first option). */
export function expand(body: string[], values: Record<string, string>, choose: Record<string, string> = {}): string {
  const byNumber = new Map<string, string>();
  const text = body.join('\n');
  const unescape = (s: string) => s.replace(/\\([\\$},|])/g, '$1');
  return text
    .replace(/\$\{(\d+):((?:\\.|[^}\\])*)\}|\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}|\$(\d+)|\$\{(\d+)\/\(\.\*\)\/\$\{1:\/downcase\}\/\}/g, (_, n1, label, n2, options, n3, n4) => {
      if (n4) {
        // A mirror in lower case (a report's section heading repeats the table's grade so).
        const value = byNumber.get(n4);
        if (value === undefined) throw new Error(`mirror $${n4} before its placeholder`);
        return value.toLowerCase();
      }
      if (n1) {
        const label_ = unescape(label);
        // Every placeholder is written [words], so the checker knows it for one still to fill.
        const inner = /^\[(.+)\]$/.exec(label_)?.[1];
        if (inner === undefined) throw new Error(`placeholder "${label_}" is not written as [words]`);
        const value = values[inner];
        if (value === undefined) throw new Error(`no value for placeholder "${label_}"`);
        byNumber.set(n1, value);
        return value;
      }
      if (n2) {
        // A choice keeps its first option, or the one `choose` names for that option.
        const first = unescape(options.split(/(?<!\\),/)[0]);
        const chosen = choose[first] ?? first;
        byNumber.set(n2, chosen);
        return chosen;
      }
      if (n3 === '0') return '';
      const value = byNumber.get(n3);
      if (value === undefined) throw new Error(`mirror $${n3} before its placeholder`);
      return value;
    })
    .replace(/\\([\\$}])/g, '$1');
}

