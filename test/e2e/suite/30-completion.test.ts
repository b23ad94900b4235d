// Completions filled in from the draft, accepted the way the suggest widget accepts them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  clientApi,
  closeAllEditors,
  describe as describeDiagnostics,
  diagnosticsWhere,
  errorsOf,
  openSeedCopy,
  replaceOnce,
  settledDiagnostics,
  withCode,
} from './helpers';

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list?.items ?? [];
}

/** Applies an item as the suggest widget would: its range (or the word), its snippet or plain text. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem, at: vscode.Position): Promise<void> {
  const range = item.range === undefined ? new vscode.Range(at, at) : 'inserting' in item.range ? item.range.replacing : item.range;
  const insert = item.insertText ?? (typeof item.label === 'string' ? item.label : item.label.label);
  const snippet = typeof insert === 'string' ? new vscode.SnippetString().appendText(insert) : insert;
  assert.ok(await editor.insertSnippet(snippet, range), 'the completion was inserted');
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completions', () => {
  before(clientApi);
  after(closeAllEditors);

  it('offers the letter date four weeks after the inspection, and accepting it writes it', async () => {
    // Derby was inspected on 2 and 3 November 2010; its letter is dated 1 December 2010.
    const editor = await openSeedCopy('derby', 'completion-date.letter', (t) => replaceOnce(t, '1 December 2010\n', '\n'));
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (d) => d.length > 0, 'the first diagnostics');
    const line = editor.document.getText().split('\n').indexOf('Ms Jo Davidson') - 2;
    assert.equal(editor.document.lineAt(line).text, '', 'the cursor is on the emptied date line');
    const at = new vscode.Position(line, 0);

    const items = await completionsAt(uri, at);
    const date = items.find((i) => labelOf(i) === '1 December 2010');
    assert.ok(date, `the date is offered; items: ${items.map(labelOf).join(' | ')}`);
    await accept(editor, date, at);
    assert.equal(editor.document.lineAt(line).text, '1 December 2010');
  });

  it('fills in a missing opening paragraph with the council from the draft, leaving the dates to type', async () => {
    const opening = 'This letter summarises the findings of the recent unannounced inspection';
    const editor = await openSeedCopy('derby', 'completion-opening.letter', (t) => {
      const start = t.indexOf(opening);
      const end = t.indexOf('\n', start);
      return t.slice(0, start) + t.slice(end);
    });
    const uri = editor.document.uri;
    const missing = await diagnosticsWhere(uri, (d) => withCode(d, 'missing-part').length > 0, 'the missing-part error');
    assert.match(withCode(missing, 'missing-part')[0].message, /opening/i);

    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Annual unannounced inspection')) + 2;
    assert.equal(editor.document.lineAt(line).text, '');
    const at = new vscode.Position(line, 0);
    const items = await completionsAt(uri, at);
    const item = items.find((i) => labelOf(i) === 'Opening paragraph');
    assert.ok(item, `the opening paragraph is offered; items: ${items.map(labelOf).join(' | ')}`);
    await accept(editor, item, at);

    // The council comes from the title; the dates were only in the removed paragraph, so they are
    // the selected placeholder, and the inspector types them.
    assert.match(editor.document.lineAt(line).text, /children's services in Derby City Council which was conducted on /);
    await vscode.commands.executeCommand('type', { text: '2 and 3 November 2010' });
    const written = editor.document.lineAt(line).text;
    assert.ok(written.startsWith(opening), written);
    assert.match(written, /in Derby City Council which was conducted on 2 and 3 November 2010\. The inspection was carried out under section 138/);
    const after = await settledDiagnostics(editor);
    assert.deepEqual(errorsOf(after), [], `no errors once the dates are typed:\n${describeDiagnostics(after)}`);
  });
});
