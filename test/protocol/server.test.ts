import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LETTERS, removeLineWith, replaceOnce, seed, SEED_FILES } from '../../server/src/engine/testing';
import { errors, LspTestClient, summary } from './lsp-client';

/**
 * The real server process over stdio, driven like an editor: open, type, wait for diagnostics, ask
 * for completions, hovers, code actions, symbols and folding, apply fixes. Waits on notifications only.
 */

const uriFor = (name: string) => `file:///letters/${name}.letter`;

/** The text the editor holds, kept in step with the edits the test sends. */
class Draft {
  doc: TextDocument;
  constructor(
    readonly client: LspTestClient,
    readonly uri: string,
    text: string,
  ) {
    this.doc = TextDocument.create(uri, 'inspection-letter', 1, text);
  }

  static async open(client: LspTestClient, uri: string, text: string): Promise<{ draft: Draft; published: PublishDiagnosticsParams }> {
    const draft = new Draft(client, uri, text);
    return { draft, published: await client.open(uri, text) };
  }

  get text(): string {
    return this.doc.getText();
  }

  /** Sends edits as incremental changes (in reverse order, so earlier ranges stay valid). */
  edit(edits: TextEdit[]): Promise<PublishDiagnosticsParams> {
    const sorted = [...edits].sort((a, b) => this.doc.offsetAt(b.range.start) - this.doc.offsetAt(a.range.start));
    const { version, published } = this.client.change(this.uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
    this.doc = TextDocument.create(this.uri, 'inspection-letter', version, TextDocument.applyEdits(this.doc, edits));
    return published;
  }

  /** Replaces the one occurrence of `from` (as typing would). */
  type(from: string, to: string): Promise<PublishDiagnosticsParams> {
    replaceOnce(this.text, from, to); // fails loudly unless `from` occurs exactly once
    const at = this.text.indexOf(from);
    return this.edit([{ range: { start: this.doc.positionAt(at), end: this.doc.positionAt(at + from.length) }, newText: to }]);
  }

  applyWorkspaceEdit(edit: WorkspaceEdit | undefined): Promise<PublishDiagnosticsParams> {
    assert.ok(edit, 'the action has an edit');
    const change = edit.documentChanges?.[0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] } | undefined;
    assert.ok(change, 'versioned document changes');
    assert.equal(change.textDocument.uri, this.uri);
    assert.equal(change.textDocument.version, this.doc.version, 'the edit is for the current version');
    return this.edit(change.edits);
  }

  position(fragment: string, delta = 0) {
    const at = this.text.indexOf(fragment);
    assert.ok(at >= 0, `fragment not in the draft: ${fragment}`);
    return this.doc.positionAt(at + delta);
  }

  lineOf(fragment: string): number {
    return this.position(fragment).line;
  }
}

describe('language server over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  test('initialize announces incremental sync and every feature', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.completionProvider && caps.hoverProvider && caps.documentSymbolProvider && caps.foldingRangeProvider);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll']);
  });

  test('the four real letters open with no errors; Doncaster gets its enquires warning', async () => {
    for (const name of LETTERS) {
      const { published } = await Draft.open(client, uriFor(`real-${name}`), seed(name));
      assert.equal(published.version, 1);
      assert.deepEqual(errors(published.diagnostics), [], `${name}:\n${summary(published.diagnostics)}`);
      for (const d of published.diagnostics) assert.equal(d.source, 'letter-check');
      if (name === 'doncaster') assert.ok(published.diagnostics.some((d) => d.code === 'confused-word' && d.severity === 2));
    }
  });

  test('typing a wrong heading brings a diagnostic; its quick fix makes it go', async () => {
    const { draft } = await Draft.open(client, uriFor('heading'), seed('derby'));
    const broken = await draft.type('\nAreas for development\n', '\nAreas of development\n');
    const line = draft.lineOf('Areas of development');
    const wording = broken.diagnostics.filter((d) => d.code === 'heading-wording');
    assert.equal(wording.length, 1, summary(broken.diagnostics));
    assert.equal(wording[0].range.start.line, line);
    assert.match(wording[0].message as string, /Areas for development/);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draft.uri },
      range: wording[0].range,
      context: { diagnostics: wording, only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === "Change the heading to 'Areas for development'");
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['heading-wording']);
    assert.ok(actions.some((a) => a.title === "Switch off 'heading-wording' for this letter"));
    assert.ok(!actions.some((a) => a.kind === 'source.fixAll'), 'only quick fixes when only quickfix is asked for');

    const fixed = await draft.applyWorkspaceEdit(fix.edit);
    assert.ok(draft.text.includes('\nAreas for development\n'));
    assert.deepEqual(fixed.diagnostics.filter((d) => d.code === 'heading-wording'), []);
  });

  test('the disable directive switches a rule off for the letter', async () => {
    const { draft } = await Draft.open(client, uriFor('directive'), replaceOnce(seed('derby'), '\nAreas for development\n', '\nAreas of development\n'));
    const published = await draft.edit([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- letter-check disable heading-wording -->\n' }]);
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'heading-wording'), []);
  });

  test('a misspelt word gets a spelling warning with its correction; accepting another word for the letter makes its warning go', async () => {
    const { draft } = await Draft.open(client, uriFor('spelling'), seed('derby'));
    const typed = await draft.type('Practice guidance and procedures', 'Practice guidance and proceedures for signpostting');
    const spelt = (p: PublishDiagnosticsParams) =>
      p.diagnostics.filter((d) => d.code === 'spelling').map((d) => draft.text.slice(draft.doc.offsetAt(d.range.start), draft.doc.offsetAt(d.range.end)));
    // The word the edit ended in may still be being typed: it is flagged only after a pause (issue 14, item 9).
    assert.deepEqual(spelt(typed), ['proceedures'], summary(typed.diagnostics));
    const paused = await client.waitFor(draft.uri, (p) => p.version === typed.version && spelt(p).length === 2);
    const found = paused.diagnostics.filter((d) => d.code === 'spelling');
    assert.deepEqual(spelt(paused), ['proceedures', 'signpostting'], summary(paused.diagnostics));
    assert.equal(found[0].severity, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draft.uri },
      range: found[1].range,
      context: { diagnostics: [found[1]], only: ['quickfix'] },
    });
    const accept = actions.find((a) => a.title === "Accept 'signpostting' in this letter");
    assert.ok(accept, actions.map((a) => a.title).join(', '));
    const accepted = await draft.applyWorkspaceEdit(accept.edit);
    assert.ok(draft.text.startsWith('<!-- letter-check words: signpostting -->\n'));
    assert.deepEqual(accepted.diagnostics.filter((d) => d.code === 'spelling').map((d) => d.message), [
      "'proceedures' is not in the British English dictionary: did you mean 'procedures'?",
    ]);
  });

  test('a burst of edits publishes only the last version, and it reflects the last text', async () => {
    const { draft } = await Draft.open(client, uriFor('burst'), seed('derby'));
    const seen: number[] = [];
    const watch = client.waitFor(draft.uri, (p) => {
      seen.push(p.version!);
      return false;
    });
    void watch;
    const p2 = draft.type('\nAreas for development\n', '\nAreas of development\n');
    const p3 = draft.type('\nAreas of development\n', '\nAreas for development\n');
    const p4 = draft.type('\nStrengths\n', '\nStrength\n');
    const last = await p4;
    assert.equal(last.version, 4);
    assert.deepEqual(seen, [4], 'versions 2 and 3 were superseded before they were published');
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'heading-wording').map((d) => d.range.start.line), [draft.lineOf('\nStrength\n') + 1]);
    void p2;
    void p3;
  });

  test('fix-all applies the safe fixes in one edit', async () => {
    const { draft, published } = await Draft.open(client, uriFor('fixall'), seed('doncaster'));
    assert.ok(published.diagnostics.some((d) => d.code === 'confused-word'));
    assert.ok(published.diagnostics.some((d) => d.code === 'html-residue'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draft.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll');
    const after = await draft.applyWorkspaceEdit(actions[0].edit);
    assert.ok(draft.text.includes('Child protection enquiries'));
    assert.ok(!draft.text.includes('<ul'));
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'confused-word' || d.code === 'html-residue'), [], summary(after.diagnostics));
    assert.deepEqual(errors(after.diagnostics), [], summary(after.diagnostics));
  });

  test('completion offers a missing heading where it belongs, filled-in paragraphs, the letter date, title and copy lines', async () => {
    let text = removeLineWith(seed('derby'), 'Areas for development');
    text = removeLineWith(text, 'Any areas for development identified above');
    text = replaceOnce(text, '1 December 2010\n', '\n');
    text = replaceOnce(text, "Her Majesty's Inspector", '');
    const { draft } = await Draft.open(client, uriFor('complete'), text);

    const at = (position: { line: number; character: number }) =>
      client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: draft.uri }, position });

    // Before the first finding that followed the removed heading.
    const headingLine = draft.lineOf('The quality of initial and core assessments');
    const beforeFindings = await at({ line: headingLine - 1, character: 0 });
    const heading = beforeFindings.find((i) => i.label === 'Areas for development');
    assert.ok(heading, beforeFindings.map((i) => i.label).join(' | '));
    assert.equal(heading.textEdit && 'newText' in heading.textEdit ? heading.textEdit.newText.trim() : '', 'Areas for development');
    assert.ok(!beforeFindings.some((i) => i.label === 'Strengths'), 'a present section is not offered');

    // Where the closing paragraph was: the variant for a letter without priority action.
    const closingLine = draft.lineOf('Yours sincerely') - 1;
    const closing = (await at({ line: closingLine, character: 0 })).find((i) => i.label === 'Closing paragraph');
    assert.ok(closing);
    assert.equal(
      (closing.textEdit as TextEdit).newText,
      'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
    );
    assert.ok(!(await at({ line: closingLine, character: 0 })).some((i) => i.label === 'Consequence for the annual assessment'));

    // The letter date: 28 days after the last day of the inspection (3 November 2010).
    const dateItems = await at({ line: draft.lineOf('Freshford House') + 1, character: 0 });
    assert.ok(dateItems.some((i) => i.label === '1 December 2010'), dateItems.map((i) => i.label).join(' | '));

    // After the inspector's name: the title for a letter of 2010.
    const nameLine = draft.lineOf('Pauline Turner');
    const titleItems = await at({ line: nameLine, character: draft.doc.getText({ start: { line: nameLine, character: 0 }, end: { line: nameLine + 1, character: 0 } }).trimEnd().length });
    const title = titleItems.find((i) => i.label === "Her Majesty's Inspector");
    assert.ok(title, titleItems.map((i) => i.label).join(' | '));
    // After the name on the same line: inserted after it, the name kept.
    assert.deepEqual((title.textEdit as TextEdit).range.start, { line: nameLine, character: 'Pauline Turner'.length });
    assert.equal((title.textEdit as TextEdit).newText, " Her Majesty's Inspector");
  });

  test('completion in a new draft offers the opening with the council and dates from the draft, and copy lines', async () => {
    const text = [
      '1 December 2010',
      '',
      'Annual unannounced inspection of contact, referral and assessment arrangements within Derby City Council children\'s services',
      '',
      '',
    ].join('\n');
    const { draft } = await Draft.open(client, uriFor('new'), text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: draft.uri }, position: { line: 4, character: 0 } });
    const opening = items.find((i) => i.label === 'Opening paragraph');
    assert.ok(opening, items.map((i) => i.label).join(' | '));
    assert.match((opening.textEdit as TextEdit).newText, /children's services in Derby City Council which was conducted on \$\{1:\[inspection dates\]\}\./);
    const copy = items.find((i) => String(i.label).includes('Chief Executive'));
    assert.equal(copy, undefined, 'no copy lines before the sign-off');
  });

  test('hover explains a fixed sentence, a heading, a diagnostic and a term', async () => {
    const text = replaceOnce(seed('derby'), '\nAreas for development\n', '\nAreas of development\n');
    const { draft } = await Draft.open(client, uriFor('hover'), text);
    const hoverAt = (position: { line: number; character: number }) =>
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri: draft.uri }, position });
    const value = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

    const statute = value(await hoverAt(draft.position('The inspection was carried out under section 138', 10)));
    assert.match(statute, /\*\*Opening paragraph\*\*/);
    assert.match(statute, /Standard wording:\n\n- The inspection was carried out under section 138/);

    const summaryHover = value(await hoverAt(draft.position('The inspection identified areas of strength', 5)));
    assert.match(summaryHover, /Accepted wordings:/);
    assert.match(summaryHover, /an area for priority action alongside/);

    const heading = value(await hoverAt(draft.position('Areas of development', 3)));
    assert.match(heading, /\*\*A section heading is recognisable but not in the standard words\.\*\*/);
    assert.match(heading, /\[About this check: heading-wording\]\(https:\/\/\S+\/docs\/rules\/heading-wording\.md\)/);
    assert.match(heading, /Standard heading: \*Areas for development\*/);

    const term = value(await hoverAt(draft.position('core assessment', 3)));
    assert.match(term, /\*\*core assessment\*\*: An in-depth assessment/);

    assert.equal(await hoverAt({ line: 0, character: 0 }).then((h) => (h ? 'hover' : null)), 'hover');
  });

  test("a diagnostic's hover speaks to the inspector; how the check works is behind its link", async () => {
    // Doncaster's real letter: "Child protection enquires are supported…" (enquiries meant).
    const { draft } = await Draft.open(client, uriFor('hover-inspector'), seed('doncaster'));
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: draft.uri }, position: draft.position('enquires are', 3) });
    const text = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    assert.match(text, /\*\*A word easily confused with another that the letter means/);
    assert.match(text, /Accepted: \*Child protection enquiries are supported/);
    assert.match(text, /\[About this check: confused-word\]\(\S+confused-word\.md\)/);
    // The rationale, for whoever maintains the rules, stays on the rule's page.
    assert.doesNotMatch(text, /confusables|the template's/);
  });

  test('the outline lists the parts with the letter values and the sections with finding counts; sections fold', async () => {
    const { draft } = await Draft.open(client, uriFor('outline'), seed('derby'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: draft.uri } });
    const byName = new Map(symbols.map((s) => [s.name, s]));
    assert.equal(byName.get('Letter date')?.detail, '1 December 2010');
    assert.equal(byName.get('Title')?.detail, 'Derby City Council');
    assert.equal(byName.get('Opening paragraph')?.detail, 'Derby City Council, inspected 2 and 3 November 2010');
    const areas = byName.get('Areas for development (8)');
    assert.ok(areas, symbols.map((s) => s.name).join(' | '));
    assert.equal(areas.children?.length, 8);
    assert.equal(areas.selectionRange.start.line, draft.lineOf('\nAreas for development\n') + 1);
    assert.ok(byName.has('Strengths (2)') && byName.has('Areas that meet requirements (9)'));
    const names = symbols.map((s) => s.name);
    assert.ok(names.indexOf('Strengths (2)') < names.indexOf('Areas for development (8)'));

    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: draft.uri } });
    const headingLine = draft.lineOf('\nAreas for development\n') + 1;
    const fold = folds.find((f) => f.startLine === headingLine);
    assert.ok(fold, JSON.stringify(folds));
    assert.equal(fold.endLine, areas.range.end.line);
  });

  test('too large a file gets one diagnostic saying so, and features answer empty', async () => {
    const big = seed('derby') + '\n' + 'x'.repeat(600 * 1024);
    const { draft, published } = await Draft.open(client, uriFor('big'), big);
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0].code, 'file-too-large');
    assert.match(published.diagnostics[0].message as string, /inspectionLetters\.maxFileSizeKb/);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: draft.uri } });
    assert.deepEqual(symbols, []);
  });

  test('hostile input: garbage text and out-of-range positions never break the server', async () => {
    const junk = '\u0000\uFFFF\uD800<!-- letter-check disable -->\n'.repeat(50) + '- \n'.repeat(100) + 'Areas for development\n'.repeat(30);
    const { draft, published } = await Draft.open(client, uriFor('junk'), junk);
    assert.equal(published.version, 1);
    for (const method of ['textDocument/hover', 'textDocument/completion']) {
      await client.request(method, { textDocument: { uri: draft.uri }, position: { line: 99999, character: 99999 } });
    }
    await client.request('textDocument/codeAction', {
      textDocument: { uri: draft.uri },
      range: { start: { line: -1, character: -5 }, end: { line: 99999, character: 0 } },
      context: { diagnostics: [] },
    });
    const unknown = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///not/open.letter' } });
    assert.deepEqual(unknown, []);
    // Still alive and checking.
    const { published: again } = await Draft.open(client, uriFor('after-junk'), seed('durham'));
    assert.deepEqual(errors(again.diagnostics), []);
  });
});

describe('settings and the previous letter', () => {
  let client: LspTestClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'letters-'));
    client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a rule set to off disappears; an invalid value is named in a message and the default used', async () => {
    const text = replaceOnce(seed('derby'), '\nAreas for development\n', '\nAreas of development\n');
    const uri = uriFor('settings');
    const first = await client.open(uri, text);
    assert.equal(first.diagnostics.filter((d) => d.code === 'heading-wording').length, 1);

    client.settings = { rules: { 'heading-wording': 'off', 'no-such-rule': 'error' }, debounceMs: 'soon' };
    const republished = client.waitFor(uri, (p) => !p.diagnostics.some((d) => d.code === 'heading-wording'));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await republished;
    const message = client.messages.map((m) => m.message).join('\n');
    assert.match(message, /inspectionLetters\.debounceMs should be a number/);
    assert.match(message, /there is no rule "no-such-rule"/);

    client.settings = { rules: { 'heading-wording': 'error' } };
    const asError = await new Promise<PublishDiagnosticsParams>((resolve) => {
      void client.waitFor(uri, (p) => p.diagnostics.some((d) => d.code === 'heading-wording' && d.severity === 1)).then(resolve);
      client.notify('workspace/didChangeConfiguration', { settings: null });
    });
    assert.equal(asError.diagnostics.filter((d) => d.code === 'heading-wording').length, 1);
    client.settings = {};
  });

  test('a previous letter in the workspace is used, and a change to it re-checks the draft', async () => {
    let previous = seed('derby');
    previous = replaceOnce(previous, '2 and 3 November 2010', '2 and 3 November 2009');
    previous = replaceOnce(previous, '1 December 2010', '1 December 2009');
    const previousPath = join(folder, 'derby-2009.letter');
    writeFileSync(previousPath, previous);
    const previousUri = pathToFileURL(previousPath).toString();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: previousUri, type: 1 }] });

    const draftUri = pathToFileURL(join(folder, 'derby-2010.letter')).toString();
    const published = await client.open(draftUri, seed('derby'));
    const mismatch = published.diagnostics.filter((d) => d.code === 'previous-month-mismatch');
    assert.ok(mismatch.length >= 1, summary(published.diagnostics));
    assert.equal(mismatch[0].relatedInformation?.[0].location.uri, previousUri);

    // The previous letter is corrected on disk to the January 2010 inspection the draft names.
    writeFileSync(previousPath, replaceOnce(previous, '2 and 3 November 2009', '12 and 13 January 2010'));
    const rechecked = client.waitFor(draftUri, (p) => !p.diagnostics.some((d) => d.code === 'previous-month-mismatch'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: previousUri, type: 2 }] });
    await rechecked;
  });

  test('the previousLetter setting names the previous letter, overriding the automatic choice', async () => {
    const draftUri = pathToFileURL(join(folder, 'derby-2010.letter')).toString();
    let older = replaceOnce(seed('derby'), '2 and 3 November 2010', '2 and 3 November 2009');
    older = replaceOnce(older, '1 December 2010', '1 December 2009');
    const olderPath = join(folder, 'archive', 'derby-november-2009.text');
    mkdirSync(dirname(olderPath), { recursive: true });
    writeFileSync(olderPath, older);
    client.settings = { previousLetter: 'archive/derby-november-2009.text' };
    const published = client.waitFor(draftUri, (p) => p.diagnostics.some((d) => d.code === 'previous-month-mismatch'));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const mismatch = (await published).diagnostics.find((d) => d.code === 'previous-month-mismatch');
    assert.equal(mismatch?.relatedInformation?.[0].location.uri, pathToFileURL(olderPath).toString());

    client.settings = {};
    const back = client.waitFor(draftUri, (p) => !p.diagnostics.some((d) => d.code === 'previous-month-mismatch'));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await back;
    rmSync(dirname(olderPath), { recursive: true, force: true });
  });

  test('checking the workspace reports every letter file, open or not', async () => {
    writeFileSync(join(folder, 'doncaster.txt'), seed('doncaster'));
    const closedUri = pathToFileURL(join(folder, 'doncaster.txt')).toString();
    const published = client.waitFor(closedUri, () => true);
    const result = await client.request<{ files: number; letters: number; errors: number; warnings: number }>('inspectionLetters/checkWorkspace', null);
    assert.equal(result.files, 2);
    assert.equal(result.letters, 2);
    assert.ok(result.warnings > 0);
    const diagnostics = (await published).diagnostics;
    assert.ok(diagnostics.some((d) => d.code === 'confused-word'));
    void SEED_FILES;
  });
});
