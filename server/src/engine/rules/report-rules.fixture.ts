import { diagnose, realReport, replaceOnce } from '../templates/ilacs-report/testing';

/** The diagnostics of one rule on a real report, as it is or broken. */
export function of(code: string, text: string) {
  return diagnose(text).filter((d) => d.code === code);
}
export { realReport, replaceOnce };
