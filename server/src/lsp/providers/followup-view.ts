import type { ServerCapabilities } from 'vscode-languageserver';
import type { DocumentFollowup } from '../../engine/followup/document-followup';
import { describePrevious } from '../followup-text';
import { previousWaiting } from '../previous-link';
import { isPdf } from '../previous-pdfs';
import { FOLLOWUP_CHANGED_NOTIFICATION, FOLLOWUP_REQUEST, PREVIOUS_TEXT_REQUEST, type FollowupParams, type FollowupView } from '../protocol';
import type { ServerContext } from '../server-context';

/**
 * The follow-up view's data: the previous document's items with their status and evidence, read from
 * the analysis the diagnostics use (nothing is computed for the view). The client is told when a
 * document's follow-up changed, and asks again; a previous document read from a PDF has its text
 * served, so the client can show an item in it.
 */
export function registerFollowupView(ctx: ServerContext): ServerCapabilities {
  const { connection } = ctx;
  /** What each open document's follow-up was when the client was last told of it. */
  const told = new Map<string, string>();

  ctx.onFollowup((uri, followup) => {
    const key = followupKey(followup);
    if (told.get(uri) === key) return;
    told.set(uri, key);
    void connection.sendNotification(FOLLOWUP_CHANGED_NOTIFICATION, { uri }).catch(() => {});
  });
  ctx.documents.onDidClose((e) => told.delete(e.document.uri));

  connection.onRequest(FOLLOWUP_REQUEST, (params: FollowupParams | null): FollowupView =>
    ctx.guard('the follow-up view', { checked: false, items: [] }, () => followupView(ctx, params?.uri)),
  );

  connection.onRequest(PREVIOUS_TEXT_REQUEST, (params: FollowupParams | null): string | null =>
    ctx.guard('the previous document\'s text', null, () => (params?.uri && isPdf(params.uri) ? (ctx.pdfs.text(params.uri) ?? null) : null)),
  );
  return {};
}

function followupView(ctx: ServerContext, uri: string | undefined): FollowupView {
  const current = uri ? ctx.analysisOf(uri) : undefined;
  if (!uri || !current) return { checked: false, items: [] };
  const { analysis, cached } = current;
  const previous = cached.previous;
  const followup = ctx.followups.get(analysis.letter);
  const view: FollowupView = { checked: true, items: [] };
  if (previous && followup) {
    view.previous = { uri: previous.uri, template: followup.previous.template, description: describePrevious(previous), pdf: isPdf(previous.uri) };
    view.items = followup.items.map((i) => ({ text: i.text, range: i.range, status: i.status, evidence: i.evidence.map((e) => ({ range: e.range })) }));
    return view;
  }
  const waiting = previousWaiting({ uri, letter: analysis.letter, setting: ctx.settingsFor(uri).previousLetter }, previous, ctx.pdfs, ctx.workspaceFolders);
  if (waiting.reading) view.reading = waiting.reading;
  if (waiting.notFound) view.previousLinkNotFound = waiting.notFound;
  return view;
}

/** The follow-up as the view shows it: the previous document, and each item's status and places. */
function followupKey(followup: DocumentFollowup | undefined): string {
  if (!followup) return 'none';
  const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${r.start.line}.${r.start.character}-${r.end.line}.${r.end.character}`;
  return [followup.previous.uri, ...followup.items.map((i) => `${i.text} ${i.status} ${at(i.range)} ${i.evidence.map((e) => at(e.range)).join(',')}`)].join('\n');
}
