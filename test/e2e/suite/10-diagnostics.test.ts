// Opening real letters: the extension activates on the language and the server's diagnostics arrive,
// with no errors on the real letters and the real defects they have reported as warnings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  describe as describeDiagnostics,
  diagnosticsWhere,
  errorsOf,
  extensionUnderTest,
  letterLanguageId,
  openLetter,
  replaceOnceInEditor,
  withCode,
} from './helpers';
import { requestScreenshot } from './control';

describe('diagnostics on real letters', () => {
  after(closeAllEditors);

  it('activates on the letter language when a .letter file opens, and checks it: no errors', async () => {
    const ext = extensionUnderTest();
    assert.equal(ext.isActive, false, 'the extension must not activate before a letter is opened');
    const editor = await openLetter('durham.letter');
    assert.equal(editor.document.languageId, letterLanguageId());
    // Durham's PDF page breaks split two findings: real defects, reported as warnings.
    const diagnostics = await diagnosticsWhere(
      editor.document.uri,
      (d) => withCode(d, 'split-paragraph').length > 0,
      'the split-paragraph warnings',
    );
    assert.ok(ext.isActive, 'diagnostics arrived, so the extension is active');
    assert.deepEqual(errorsOf(diagnostics), [], `no errors on a real letter:\n${describeDiagnostics(diagnostics)}`);
    for (const d of withCode(diagnostics, 'split-paragraph')) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, /split by blank lines/);
    }
  });

  for (const name of ['staffordshire', 'doncaster']) {
    it(`finds no errors in the real ${name} letter`, async () => {
      const editor = await openLetter(`${name}.letter`);
      // Both carry residue of their web/PDF origin: HTML tags, reported as warnings.
      const diagnostics = await diagnosticsWhere(editor.document.uri, (d) => withCode(d, 'html-residue').length > 0, 'the html-residue warnings');
      assert.deepEqual(errorsOf(diagnostics), [], describeDiagnostics(diagnostics));
    });
  }

  it('reports a break as the user types it, and its going when put back', async () => {
    const editor = await openLetter('derby.letter');
    const uri = editor.document.uri;
    await replaceOnceInEditor(editor, "within Derby City Council children's services", "within Derby County Council children's services");
    const broken = await diagnosticsWhere(uri, (d) => withCode(d, 'council-consistent').length > 0, 'the council-consistent error');
    const [d] = withCode(broken, 'council-consistent');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(d.range), 'Derby County Council');
    assert.match(d.message, /Derby City Council/);
    assert.deepEqual(errorsOf(broken), [d], `only the intended error:\n${describeDiagnostics(broken)}`);

    if (process.env.E2E_SCREENSHOT) {
      // The README's picture: the broken letter, its squiggle and the Problems panel.
      await replaceOnceInEditor(editor, 'Strengths\n', 'Strenghts\n');
      await diagnosticsWhere(uri, (x) => withCode(x, 'heading-wording').length > 0, 'the heading-wording warning');
      editor.revealRange(d.range, vscode.TextEditorRevealType.AtTop);
      editor.selection = new vscode.Selection(d.range.start, d.range.start);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await requestScreenshot(`${process.env.E2E_REPO_ROOT}/docs/screenshot.png`, [
        '.monaco-editor .squiggly-error',
        '.markers-panel .monaco-list-row',
      ]);
      await vscode.commands.executeCommand('workbench.action.closePanel');
    }

    await replaceOnceInEditor(editor, "within Derby County Council children's services", "within Derby City Council children's services");
    if (process.env.E2E_SCREENSHOT) await replaceOnceInEditor(editor, 'Strenghts\n', 'Strengths\n');
    const fixed = await diagnosticsWhere(uri, (x) => withCode(x, 'council-consistent').length === 0, 'the error to go once the text is back');
    assert.deepEqual(errorsOf(fixed), [], describeDiagnostics(fixed));
  });
});
