/** Sentences of folded text, as [from, to) indexes (a full stop followed by a capital starts a new one). */
export function sentenceRanges(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const re = /[.!?](?=\s+["'(]?[A-Z0-9])/g;
  let from = 0;
  // exec on this call's own pattern (matchAll would copy it again).
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const to = m.index + 1;
    out.push({ from, to });
    from = to;
    while (from < text.length && text[from] === ' ') from++;
  }
  if (from < text.length) out.push({ from, to: text.length });
  return out;
}
