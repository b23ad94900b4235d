import { placeholderLabel, placeholderText } from '../server/src/engine/placeholders';
import type { Template } from '../server/src/engine';

/** Snippet text for the generators: escaping, tab stops numbered by name, template text as snippet text. */

export const escape = (text: string) => text.replace(/[\\$}]/g, '\\$&');
export const escapeChoice = (text: string) => text.replace(/[\\$|,}]/g, '\\$&');

/** Numbers tab stops by name, so one name (the council) is one mirrored tab stop. */
export class Stops {
  private readonly numbers = new Map<string, number>();
  private next = 1;

  placeholder(name: string, label = placeholderLabel(name)): string {
    const known = this.numbers.get(name);
    if (known !== undefined) return `$${known}`;
    this.numbers.set(name, this.next);
    return `\${${this.next++}:${escape(placeholderText(label))}}`;
  }

  choice(name: string, options: string[]): string {
    if (options.length === 1) return escape(options[0]);
    const known = this.numbers.get(name);
    if (known !== undefined) return `$${known}`;
    this.numbers.set(name, this.next);
    return `\${${this.next++}|${options.map(escapeChoice).join(',')}|}`;
  }

  /** The value of an earlier tab stop in lower case (a section heading's grade, chosen in the table). */
  lowerCaseOf(name: string): string {
    const known = this.numbers.get(name);
    if (known === undefined) throw new Error(`no tab stop ${name} to mirror`);
    return `\${${known}/(.*)/\${1:/downcase}/}`;
  }
}

/**
 * The inspector's titles in the order a snippet offers them: the later one first when the template's
 * wordings run past the date it changed (documents written today), else the earlier one.
 */
export function inspectorTitleOptions(template: Template): string[] {
  const titles = template.inspectorTitle;
  if (!titles) return [];
  const dates = template.parts.flatMap((p) => [
    ...p.headings.flatMap((h) => [h.from, h.until]),
    ...p.sentences.flatMap((s) => s.variants.flatMap((v) => [v.period?.from, v.period?.until])),
    ...(p.table?.rows ?? []).flatMap((r) => [r.from, r.until]),
  ]);
  const current = dates.some((d) => d !== undefined && d > titles.changeDate);
  return current ? [titles.after, titles.before] : [titles.before, titles.after];
}


/** A template text ({slot}, [[a|b]]) as snippet text: slots become named tab stops, alternatives choices. */
export function fill(text: string, stops: Stops, template: Template, choiceName: string): string {
  let choices = 0;
  return text
    .split(/(\{[a-zA-Z]+\}|\[\[[^\]]*\]\])/)
    .map((piece) => {
      const slot = /^\{([a-zA-Z]+)\}$/.exec(piece);
      if (slot) {
        if (slot[1] === 'inspectorTitle' && template.inspectorTitle) return stops.choice('inspectorTitle', inspectorTitleOptions(template));
        return stops.placeholder(slot[1]);
      }
      const choice = /^\[\[([^\]]*)\]\]$/.exec(piece);
      if (choice) return stops.choice(`${choiceName}#${choices++}`, choice[1].split('|'));
      return escape(piece);
    })
    .join('');
}

