// The whole-letter snippet, inserted and filled in tab stop by tab stop as an inspector would.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  clientApi,
  closeAllEditors,
  codeOf,
  describe as describeDiagnostics,
  errorsOf,
  letterLanguageId,
  openNewLetter,
  settledDiagnostics,
  walkSnippetStops,
} from './helpers';

/** What the inspector types over each tab stop's [placeholder], in order (the choices keep their first option). */
const TYPED: Record<string, string> = {
  '[letter date]': '1 April 2009',
  '[addressee name]': 'Mr Andrew Flack',
  '[council]': 'Rutland County Council',
  '[address]': 'Catmose\nOakham\nRutland\nLE15 6HP',
  '[addressee salutation]': 'Mr Flack',
  '[inspection dates]': '3 and 4 March 2009',
  '[previous month]': 'May 2008',
  '[strength]': 'Referrals are responded to promptly and thresholds are well understood.',
  '[finding]': 'Initial assessments are completed within timescales.',
  '[inspector name]': 'Jane Smith',
  '[chief executive]': 'Adam Wilkinson',
  '[dfe contact]': 'Mark Smith',
};

describe('snippets', () => {
  before(clientApi);
  after(closeAllEditors);

  it('inserts the whole-letter skeleton, and filling its tab stops gives a letter with no errors', async () => {
    const editor = await openNewLetter('from-snippet.letter', '');
    assert.equal(editor.document.languageId, letterLanguageId());
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: letterLanguageId(), name: 'Whole letter' });
    assert.match(editor.document.getText(), /^Annual unannounced inspection of contact, referral and assessment arrangements within /m);

    const seen = await walkSnippetStops(editor, (placeholder) => TYPED[placeholder]);
    const text = editor.document.getText();
    for (const placeholder of Object.keys(TYPED)) assert.ok(seen.includes(placeholder), `'${placeholder}' is a tab stop: ${seen.join(' | ')}`);
    assert.match(text, /^Dear Mr Flack$/m);
    assert.match(text, /children's services in Rutland County Council which was conducted on 3 and 4 March 2009\./);
    assert.match(text, /^Copy: Adam Wilkinson, Chief Executive, Rutland County Council$/m);
    assert.doesNotMatch(text, /\$\{?\d/, 'no snippet syntax is left');

    const diagnostics = await settledDiagnostics(editor);
    assert.deepEqual(errorsOf(diagnostics), [], `the filled-in letter has no errors:\n${describeDiagnostics(diagnostics)}\ntext:\n${text}`);
  });

  it('the skeleton left unfilled gives one error per placeholder, each on its placeholder, and no others', async () => {
    const editor = await openNewLetter('unfilled-snippet.letter', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: letterLanguageId(), name: 'Whole letter' });
    const diagnostics = await settledDiagnostics(editor);
    const errors = errorsOf(diagnostics);
    assert.ok(errors.length >= 10, describeDiagnostics(diagnostics));
    for (const d of errors) {
      assert.equal(codeOf(d), 'unfilled-placeholder', describeDiagnostics(diagnostics));
      assert.match(editor.document.getText(d.range), /^\[[a-z ]+\]$/);
    }
  });

  it('makes a new letter or report from a template with the contributed command, by the name of its whole-document snippet', async () => {
    const letter = await vscode.commands.executeCommand<vscode.TextDocument>('inspectionLetters.newLetter', 'Whole letter');
    assert.ok(letter, 'the command returns the new document');
    assert.equal(letter.languageId, letterLanguageId());
    assert.match(letter.getText(), /^Yours sincerely$/m);
    assert.match(letter.getText(), /^From the evidence gathered, the following features of the service were identified:$/m);
    const focusedVisit = await vscode.commands.executeCommand<vscode.TextDocument>('inspectionLetters.newLetter', 'Focused visit letter');
    assert.ok(focusedVisit, 'the command returns the new focused-visit letter');
    assert.equal(focusedVisit.languageId, letterLanguageId());
    assert.match(focusedVisit.getText(), /^Focused visit to .+ children['’]s services$/m);
    // A name no template has opens nothing (and says so).
    assert.equal(await vscode.commands.executeCommand('inspectionLetters.newLetter', 'No such document'), undefined);
  });
});
