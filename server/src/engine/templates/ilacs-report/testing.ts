import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLetterService } from '../../service';
import { loadSpeller } from '../../../host/dictionary';

/** The shared corpus of real reports (../shared/corpus beside the repository, as CI has it). */
export { CORPUS, corpusFiles } from '../../testing';
import { CORPUS } from '../../testing';

export function realReport(name: string, type = 'ilacs-report'): string {
  return readFileSync(join(CORPUS, type, name.endsWith('.txt') ? name : `${name}.txt`), 'utf8');
}

const speller = loadSpeller().speller;
export const service = createLetterService({ speller });

export function diagnose(text: string, uri = 'report.txt') {
  return service.analyze(uri, text).diagnostics;
}

export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`'${from}' is not in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
