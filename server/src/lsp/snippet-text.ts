import { placeholderText } from '../engine/placeholders';

/** Builds LSP snippet text: literal text escaped, numbered placeholders and choices. */
export class SnippetText {
  private text = '';
  private plain = '';
  private next = 1;

  literal(text: string): this {
    this.text += text.replace(/[\\$}]/g, '\\$&');
    this.plain += text;
    return this;
  }

  /** A tab stop holding `[words]` (a slot's name or words): left unfilled, unfilled-placeholder reports it. */
  placeholder(name: string): this {
    const text = placeholderText(name);
    this.text += `\${${this.next++}:${text.replace(/[\\$}]/g, '\\$&')}}`;
    this.plain += text;
    return this;
  }

  /** A choice between options, the first being the default. */
  choice(options: string[]): this {
    if (options.length === 1) return this.literal(options[0]);
    this.text += `\${${this.next++}|${options.map((o) => o.replace(/[\\$|,}]/g, '\\$&')).join(',')}|}`;
    this.plain += options[0];
    return this;
  }

  /** Fills a value from the draft when known, otherwise a placeholder named after the slot. */
  value(value: string | undefined, label: string): this {
    return value ? this.literal(value) : this.placeholder(label);
  }

  get snippet(): string {
    return this.text;
  }

  /** The text as inserted with every default (for filtering and previews). */
  get preview(): string {
    return this.plain;
  }
}
