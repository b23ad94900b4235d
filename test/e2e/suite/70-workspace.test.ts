// What an inspector does beyond one letter: a .txt draft, settings, hovers, checking the whole workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  clientApi,
  closeAllEditors,
  describe as describeDiagnostics,
  diagnosticsWhere,
  errorsOf,
  letterLanguageId,
  openLetter,
  openNewLetter,
  seedText,
  withCode,
} from './helpers';

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('beyond one letter', () => {
  before(clientApi);
  after(closeAllEditors);

  it('checks a .txt draft once the inspector picks the letter language for it', async () => {
    const editor = await openNewLetter('durham-draft.txt', seedText('durham'));
    assert.notEqual(editor.document.languageId, letterLanguageId(), 'a .txt file opens as plain text');
    const document = await vscode.languages.setTextDocumentLanguage(editor.document, letterLanguageId());
    const diagnostics = await diagnosticsWhere(document.uri, (d) => withCode(d, 'split-paragraph').length > 0, 'the split-paragraph warnings');
    assert.deepEqual(errorsOf(diagnostics), [], describeDiagnostics(diagnostics));
  });

  it('switches a rule off through the settings, and back on', async () => {
    const editor = await openLetter('durham.letter');
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (d) => withCode(d, 'split-paragraph').length > 0, 'the split-paragraph warnings');
    const config = vscode.workspace.getConfiguration('inspectionLetters');
    try {
      await config.update('rules', { 'split-paragraph': 'off' }, vscode.ConfigurationTarget.Workspace);
      const off = await diagnosticsWhere(uri, (d) => withCode(d, 'split-paragraph').length === 0, 'the warnings to go once the rule is off');
      assert.ok(off.length > 0, 'the other rules still report (the bullet-style hints)');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(uri, (d) => withCode(d, 'split-paragraph').length > 0, 'the warnings to come back once the setting is removed');
  });

  it('explains a diagnostic and a part of the letter on hover', async () => {
    const editor = await openLetter('durham.letter');
    const uri = editor.document.uri;
    const [split] = withCode(await diagnosticsWhere(uri, (d) => withCode(d, 'split-paragraph').length > 0, 'the split-paragraph warnings'), 'split-paragraph');
    const onDiagnostic = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, split.range.start));
    assert.match(onDiagnostic, /\[About this check: split-paragraph\]/, onDiagnostic);

    const heading = editor.document.getText().split('\n').indexOf('Strengths');
    assert.ok(heading > 0, 'durham has a Strengths heading');
    const onHeading = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(heading, 3)));
    assert.match(onHeading, /strengths of the service/i, onHeading);
  });

  it('checks every letter in the workspace with the contributed command', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; letters: number; errors: number; warnings: number }>(
      'inspectionLetters.checkWorkspace',
    );
    // The five seeds (and the .txt draft of the first test, if its file is still there): four real
    // letters and a council report; no errors in any of them.
    assert.ok(result, 'the command returns its counts');
    assert.ok(result.files >= 5, JSON.stringify(result));
    assert.ok(result.letters >= 4, JSON.stringify(result));
    assert.equal(result.errors, 0, JSON.stringify(result));
    assert.ok(result.warnings > 0, `the real defects are warnings: ${JSON.stringify(result)}`);
    const report = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'leicester-report.letter');
    const notALetter = await diagnosticsWhere(report, (d) => withCode(d, 'not-a-letter').length > 0, 'not-a-letter on the council report, without opening it');
    assert.equal(notALetter.length, 1, describeDiagnostics(notALetter));
  });
});
