// The outline of a letter: its parts, the sections with their finding counts, the letter's values.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientApi, closeAllEditors, diagnosticsWhere, openLetter } from './helpers';

describe('outline', () => {
  before(clientApi);
  after(closeAllEditors);

  it('lists the parts and sections of a real letter, with the council and dates', async () => {
    const editor = await openLetter('derby.letter');
    await diagnosticsWhere(editor.document.uri, (d) => d.length > 0, 'the first diagnostics');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols?.length, 'the outline is not empty');
    const names = symbols.map((s) => s.name);
    const index = (prefix: string) => names.findIndex((n) => n.startsWith(prefix));

    // Derby has two strengths and eight areas for development (one of them not bulleted).
    assert.ok(names.includes('Strengths (2)'), names.join(' | '));
    assert.ok(names.includes('Areas for development (8)'), names.join(' | '));
    for (const part of ['Letter date', 'Addressee block', 'Salutation', 'Title', 'Opening paragraph', 'Closing paragraph', 'Sign-off', 'Copy list']) {
      assert.ok(index(part) >= 0, `${part} is in the outline: ${names.join(' | ')}`);
    }
    assert.ok(index('Letter date') < index('Title') && index('Title') < index('Strengths') && index('Strengths') < index('Sign-off'), 'in the letter\'s order');

    const byName = (n: string) => symbols.find((s) => s.name.startsWith(n))!;
    assert.equal(byName('Letter date').detail, '1 December 2010');
    assert.match(byName('Opening paragraph').detail, /Derby City Council.*2 and 3 November 2010/);
    const strengths = byName('Strengths');
    assert.equal(strengths.children.length, 2);
    assert.equal(editor.document.getText(strengths.selectionRange), 'Strengths');
    assert.match(strengths.children[0].name, /^Considerable action has been taken/);
  });

  it('folds the sections', async () => {
    const editor = await openLetter('derby.letter');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const strengthsLine = editor.document.getText().split('\n').indexOf('Strengths');
    assert.ok(
      ranges?.some((r) => r.start === strengthsLine && r.end > strengthsLine + 1),
      `a folding range starts at the Strengths heading (line ${strengthsLine}): ${JSON.stringify(ranges)}`,
    );
  });
});
