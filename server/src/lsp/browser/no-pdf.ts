import { PdfReadError, type PdfReadOptions, type PdfText } from '../../host/pdf-types';

/**
 * host/pdf for the web worker (the browser bundle resolves it here): a worker has no file system to
 * read a PDF from, so a PDF named as the previous document is reported as unreadable, with the reason,
 * as the desktop reports a file it cannot read. Only what the server imports is here.
 */
export async function readPdfFile(path: string, options: PdfReadOptions = {}): Promise<PdfText> {
  throw new PdfReadError(`${options.name ?? path}: PDFs are read by the desktop editor and letter-check; VS Code for the Web cannot read files from disk`, 'unreadable-file');
}
