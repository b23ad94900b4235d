import type { ServerCapabilities } from 'vscode-languageserver';
import { describePrevious, letterName } from '../followup-text';
import { previousWaiting } from '../previous-link';
import { DOCUMENT_STATUS_REQUEST, type DocumentStatus } from '../protocol';
import type { ServerContext } from '../server-context';

/**
 * A document's status for the client's language status item: the template it is checked against, the
 * previous letter in use (or the link that names none), and whether spelling is checked.
 */
export function registerDocumentStatus(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onRequest(DOCUMENT_STATUS_REQUEST, (params: { uri: string } | null): DocumentStatus =>
    ctx.guard('document status', { checked: false, spelling: false }, () => {
      const spelling = ctx.settings.rules.spelling !== 'off';
      const current = params?.uri ? ctx.analysisOf(params.uri) : undefined;
      if (!current) return { checked: false, spelling };
      const { analysis, cached } = current;
      // The engine's analysis names its template once it has several (issue 10); until then, the letter's.
      const template = (analysis as { template?: { name?: string } | string }).template;
      const templateName = typeof template === 'string' ? template : (template?.name ?? analysis.letter.template.name);
      const status: DocumentStatus = { checked: true, template: templateName, spelling };
      if (cached.previous) status.previous = { uri: cached.previous.uri, description: describePrevious(cached.previous) };
      // A PDF still being read is not "not found": the draft is checked again once it is read.
      const waiting = previousWaiting({ uri: params!.uri, letter: analysis.letter, setting: ctx.settingsFor(params!.uri).previousLetter }, cached.previous, ctx.pdfs, ctx.workspaceFolders);
      if (waiting.reading) status.readingPrevious = letterName(waiting.reading);
      if (waiting.notFound) status.previousLinkNotFound = waiting.notFound;
      return status;
    }),
  );
  return {};
}
