import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeCorpusPair, CORPUS, corpusText, seed } from '../../server/src/engine/testing';
import { FOLLOWUP_CHANGED_NOTIFICATION, FOLLOWUP_REQUEST, PREVIOUS_TEXT_REQUEST, type FollowupRange, type FollowupView } from '../../server/src/lsp/protocol';
import { buildDraft, loadCases } from '../eval/build';
import { LspTestClient, summary } from './lsp-client';

/**
 * The follow-up view's request through the real server: the previous document's items with their
 * status and where the draft speaks of them, the notification when they change, and a previous
 * document given as the PDF Ofsted published (named by a link line, or found in the workspace), read
 * by the server in the background and giving the same accounting as its pdftotext text.
 */

/** Records the follow-up notifications, so a test can wait for the next one after a request (never a sleep). */
class FollowupWatcher {
  private readonly counts = new Map<string, number>();
  private waiters: { uri: string; after: number; resolve(): void }[] = [];

  constructor(private readonly client: LspTestClient) {
    client.connection.onNotification(FOLLOWUP_CHANGED_NOTIFICATION, (p: { uri: string }) => {
      const n = (this.counts.get(p.uri) ?? 0) + 1;
      this.counts.set(p.uri, n);
      this.waiters = this.waiters.filter((w) => (w.uri === p.uri && n > w.after ? (w.resolve(), false) : true));
    });
  }

  count(uri: string): number {
    return this.counts.get(uri) ?? 0;
  }

  /** The view once it satisfies `test`: asked again after each notification for the document. */
  async viewWhere(uri: string, test: (v: FollowupView) => boolean): Promise<FollowupView> {
    for (;;) {
      const seen = this.count(uri);
      const view = await this.client.request<FollowupView>(FOLLOWUP_REQUEST, { uri });
      if (test(view)) return view;
      await new Promise<void>((resolve) => {
        if (this.count(uri) > seen) resolve();
        else this.waiters.push({ uri, after: seen, resolve });
      });
    }
  }
}

/** The text a range covers. */
function slice(text: string, range: FollowupRange): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether the text a range covers is the item: it begins with the item's first words and ends with its
 * last ones (an item's text leaves out a marker sentence within it, and a PDF's bullet glyph before it).
 */
function isItem(covered: string, item: string): boolean {
  const have = words(covered);
  const want = words(item).split(' ');
  return have.includes(want.slice(0, 8).join(' ')) && have.endsWith(want.slice(-3).join(' '));
}

describe('the follow-up view of an old letter after the previous one', () => {
  let client: LspTestClient;
  let watcher: FollowupWatcher;
  let folder: string;
  let previousUri: string;
  let draftUri: string;
  let text: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'followup-view-'));
    const previousPath = join(folder, 'derby-2010.letter');
    writeFileSync(previousPath, seed('derby'));
    previousUri = pathToFileURL(previousPath).toString();
    client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
    watcher = new FollowupWatcher(client);
    // The real Derby 2010 letter and a 2011 draft (the evaluation set's) that carries four of its areas forward and drops four.
    text = buildDraft(loadCases().find((c) => c.id === 'derby-2011-not-addressed')!);
    draftUri = pathToFileURL(join(folder, 'derby-2011.letter')).toString();
    await client.open(draftUri, text);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test("lists the previous letter's areas with their status, and where the draft carries them forward", async () => {
    const view = await watcher.viewWhere(draftUri, (v) => v.items.length > 0);
    assert.deepEqual(view.previous, { uri: previousUri, template: 'annual-letter', description: 'derby-2010.letter (inspection 2 and 3 November 2010)', pdf: false });
    assert.equal(view.items.length, 8);
    assert.deepEqual(
      view.items.map((i) => i.status),
      ['not-mentioned', 'not-mentioned', 'not-mentioned', 'still-an-issue', 'not-mentioned', 'still-an-issue', 'still-an-issue', 'still-an-issue'],
    );
    const previousText = seed('derby');
    for (const item of view.items) assert.ok(isItem(slice(previousText, item.range), item.text), `the item is where its range says in the previous letter: ${item.text}`);
    const cafItem = view.items.find((i) => i.text.startsWith('While the common assessment framework'))!;
    assert.match(slice(text, cafItem.evidence[0].range), /^The common assessment framework is used well by schools/);
    assert.ok(view.items.filter((i) => i.status === 'not-mentioned').every((i) => i.evidence.length === 0));
  });

  test('an edit that changes the follow-up is told, and the view follows it', async () => {
    const before = watcher.count(draftUri);
    // The Thresholds area put back, carried forward with the marker.
    const last = 'Out-of-hours contacts are not always passed to the day teams by the next morning.';
    const at = text.indexOf(last) + last.length;
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at - 1) - 1;
    const inserted = '\n- Thresholds are not clearly understood amongst partner agencies. This was an area for development at the previous inspection.';
    await client.change(draftUri, [{ range: { start: { line, character }, end: { line, character } }, text: inserted }]).published;
    const view = await watcher.viewWhere(draftUri, (v) => v.items.some((i) => i.text.startsWith('Thresholds') && i.status === 'still-an-issue'));
    assert.ok(watcher.count(draftUri) > before, 'a notification was sent');
    const thresholds = view.items.find((i) => i.text.startsWith('Thresholds'))!;
    assert.equal(thresholds.evidence[0].range.start.line, line + 1, 'the evidence is the new finding');
  });

  test('a document the server does not have is answered as not checked', async () => {
    const view = await client.request<FollowupView>(FOLLOWUP_REQUEST, { uri: pathToFileURL(join(folder, 'none.letter')).toString() });
    assert.deepEqual(view, { checked: false, items: [] });
  });

  test('a draft with no previous document has no items and no previous', async () => {
    const uri = pathToFileURL(join(folder, 'durham.letter')).toString();
    await client.open(uri, seed('durham'));
    const view = await client.request<FollowupView>(FOLLOWUP_REQUEST, { uri });
    assert.equal(view.checked, true);
    assert.equal(view.previous, undefined);
    assert.deepEqual(view.items, []);
  });
});

/** Hillingdon's real pair (manifest.json): its ILACS report of May 2018 and the focused visit of February 2020 after it. */
const PDF = 'pdf/ilacs-report--hillingdon-2018-05-30.pdf';
const REPORT_TEXT = 'ilacs-report/hillingdon-2018-05-30.txt';
const VISIT = 'focused-visit/hillingdon-2020-02-07.txt';

/** The follow-up as it does not depend on the previous document's layout: items' words, statuses, evidence in the draft. */
function accounting(items: FollowupView['items']): unknown[] {
  return items.map((i) => ({ text: words(i.text), status: i.status, evidence: i.evidence.map((e) => e.range) }));
}

describe('the follow-up view of a previous document given as PDF', () => {
  let client: LspTestClient;
  let watcher: FollowupWatcher;
  let folder: string;
  /** Outside the workspace: the server reads it only when a link names it. */
  let outside: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'followup-pdf-'));
    outside = mkdtempSync(join(tmpdir(), 'followup-pdf-outside-'));
    copyFileSync(join(CORPUS, PDF), join(folder, 'ilacs-hillingdon.pdf'));
    copyFileSync(join(CORPUS, PDF), join(outside, 'hillingdon-ilacs-2018.pdf'));
    client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
    watcher = new FollowupWatcher(client);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('named by a link line: read in the background, never reported as a broken link meanwhile, the same accounting as its text', { timeout: 120_000 }, async () => {
    const pdfPath = join(outside, 'hillingdon-ilacs-2018.pdf');
    const draft = `<!-- letter-check previous: ${pdfPath} -->\n${corpusText(VISIT)}`;
    const uri = pathToFileURL(join(folder, 'hillingdon-visit-linked.txt')).toString();
    // The first check asks for the PDF and cannot have it yet: the link is not reported broken.
    const first = await client.open(uri, draft);
    assert.deepEqual(first.diagnostics.filter((d) => d.code === 'previous-link-broken'), [], summary(first.diagnostics));
    const view = await watcher.viewWhere(uri, (v) => v.items.length > 0);
    const pdfUri = pathToFileURL(pdfPath).toString();
    assert.deepEqual(view.previous, { uri: pdfUri, template: 'ilacs-report', description: 'hillingdon-ilacs-2018.pdf', pdf: true });
    const fromText = analyzeCorpusPair(REPORT_TEXT, VISIT, draft).followup!;
    assert.ok(fromText.items.length >= 4, `${fromText.items.length} items`);
    assert.deepEqual(accounting(view.items), accounting(fromText.items));
    const broken = client.published.filter((p) => p.uri === uri).flatMap((p) => p.diagnostics.filter((d) => d.code === 'previous-link-broken'));
    assert.deepEqual(broken, [], 'the link was never reported broken while the PDF was read');

    // The PDF's text as the server read it: the items' ranges are in it.
    const pdfText = await client.request<string | null>(PREVIOUS_TEXT_REQUEST, { uri: pdfUri });
    assert.ok(pdfText, 'the text is served');
    for (const item of view.items) assert.ok(isItem(slice(pdfText, item.range), item.text), `the item is where its range says in the PDF's text: ${item.text}`);
    const relisted = view.items.find((i) => i.text.includes('return home interviews'))!;
    assert.equal(relisted.status, 'still-an-issue');
    assert.match(slice(draft, relisted.evidence[0].range), /^Return home interviews are routinely offered/);
  });

  test('found in the workspace (same council, earlier) when the draft names none', async () => {
    const uri = pathToFileURL(join(folder, 'hillingdon-visit.txt')).toString();
    const published = await client.open(uri, corpusText(VISIT));
    const view = await watcher.viewWhere(uri, (v) => v.items.length > 0);
    assert.equal(view.previous?.uri, pathToFileURL(join(folder, 'ilacs-hillingdon.pdf')).toString(), summary(published.diagnostics));
    assert.deepEqual(accounting(view.items), accounting(analyzeCorpusPair(REPORT_TEXT, VISIT).followup!.items));
  });

  test('a link to a PDF that is not there is a broken link, in the diagnostics and the view', async () => {
    const uri = pathToFileURL(join(folder, 'hillingdon-visit-missing.txt')).toString();
    const published = await client.open(uri, `<!-- letter-check previous: missing.pdf -->\n${corpusText(VISIT)}`);
    assert.ok(published.diagnostics.some((d) => d.code === 'previous-link-broken'), summary(published.diagnostics));
    const view = await client.request<FollowupView>(FOLLOWUP_REQUEST, { uri });
    assert.equal(view.previousLinkNotFound, 'missing.pdf');
    assert.deepEqual(view.items, []);
  });
});
