/** What reading a PDF gives or fails with: shared by the reader (pdf.ts) and the web worker's stand-in, which reads none. */

export type PdfProblem = 'not-a-pdf' | 'encrypted' | 'damaged' | 'too-large' | 'too-slow' | 'unreadable-file';

/** A PDF that cannot be read, with a message for the user and the reason as data. */
export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly problem: PdfProblem,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export interface PdfReadOptions {
  /** Give up after this long (ms). Default 10 s. */
  timeoutMs?: number;
  /** Refuse files larger than this (bytes). Default 50 MB. */
  maxBytes?: number;
  /** A name for messages (the file's path). */
  name?: string;
}

export interface PdfText {
  /** The text, pdftotext-style: lines, blank lines between blocks, `\f` after each page. */
  text: string;
  pages: number;
}
