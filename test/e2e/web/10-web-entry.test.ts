// VS Code for the Web (issue 15): the extension's `browser` entry in the web worker extension host,
// its language server in a web worker of its own, checking real letters. The runner forces the
// extension into the web worker (`remote.extensionKind`), and this suite runs in that same host.
import * as vscode from 'vscode';
import * as assert from './assert';
import { describe as describeAll, diagnosticsWhere as diagnosticsWhereOnce, errorsOf, withCode } from '../suite/diagnostics';

const EXTENSION_ID = 'inspection-letters.inspection-letter-checker';
const LANGUAGE_ID = 'inspection-letter';
/** How long the first check may take: it starts the server's worker. */
const FIRST_CHECK_MS = 120_000;

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded; extensions: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  return ext;
}

async function openLetter(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, name), { preview: false });
}

/** The web worker starts slower than the Node host: each wait may take this long unless it says. */
const WAIT_MS = 30_000;
const diagnosticsWhere = (uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, what: string, timeoutMs = WAIT_MS) =>
  diagnosticsWhereOnce(uri, accept, what, timeoutMs);

async function replaceOnce(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`need exactly one ${JSON.stringify(from)} in ${editor.document.uri.path}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  assert.ok(await editor.edit((edit) => edit.replace(range, to)), 'the edit was applied');
}

describe('VS Code for the Web: the browser entry', () => {
  after(async () => {
    for (const document of vscode.workspace.textDocuments) {
      if (!document.isDirty) continue;
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates in the web worker extension host when a letter opens, and checks it: no errors on the real Durham letter', async function () {
    // The first check starts the worker (its script fetched, the dictionary read): measured below, and slow on a loaded machine.
    this.timeout(FIRST_CHECK_MS + 10_000);
    // This suite runs in the host the extension runs in: a web worker, which has no Node and loads only `browser` entries.
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'the suite runs in a web worker');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node in this extension host');
    const ext = extension();
    assert.equal(ext.isActive, false, 'the extension must not activate before a letter is opened');
    const opened = Date.now();
    const editor = await openLetter('durham.letter');
    assert.equal(editor.document.languageId, LANGUAGE_ID);
    // Durham's PDF page breaks split two findings: real defects, reported as warnings.
    const diagnostics = await diagnosticsWhere(editor.document.uri, (d) => withCode(d, 'split-paragraph').length > 0, 'the split-paragraph warnings', FIRST_CHECK_MS);
    console.log(`[suite]     (the first diagnostics came ${Date.now() - opened} ms after the letter opened)`);
    // Activated by the letter's language, in this host.
    assert.ok(ext.isActive, 'the extension is active in the web worker extension host');
    const api = ext.exports as { client?: unknown; ready?: Promise<void> } | undefined;
    assert.ok(api?.client && api.ready, 'activate() of the browser entry returned { client, ready }');
    assert.equal(errorsOf(diagnostics).length, 0, `no errors on a real letter:\n${describeAll(diagnostics)}`);
    for (const d of withCode(diagnostics, 'split-paragraph')) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, /split by blank lines/);
    }
  });

  it('reports breaks as the user types them (the wrong council, a misspelt word from the bundled dictionary) and their going when put back', async () => {
    const editor = await openLetter('derby.letter');
    const uri = editor.document.uri;
    await replaceOnce(editor, "within Derby City Council children's services", "within Derby County Council children's services");
    await replaceOnce(editor, 'Practice guidance and procedures', 'Practice guidance and proceedures');
    const broken = await diagnosticsWhere(
      uri,
      (d) => withCode(d, 'council-consistent').length > 0 && withCode(d, 'spelling').some((x) => editor.document.getText(x.range) === 'proceedures'),
      'the council-consistent error and the spelling warning',
    );
    const [council] = withCode(broken, 'council-consistent');
    assert.equal(council.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(council.range), 'Derby County Council');
    assert.ok(errorsOf(broken).length === 1, `only the intended error:\n${describeAll(broken)}`);
    const spelling = withCode(broken, 'spelling').filter((x) => editor.document.getText(x.range) === 'proceedures');
    assert.equal(spelling.length, 1);
    assert.equal(spelling[0].severity, vscode.DiagnosticSeverity.Warning);

    // Its quick fix comes from the same server in the worker.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, spelling[0].range);
    assert.ok(actions.some((a) => a.title === "Change to 'procedures'"), `a spelling correction is offered: ${actions.map((a) => a.title).join('; ')}`);

    await replaceOnce(editor, "within Derby County Council children's services", "within Derby City Council children's services");
    await replaceOnce(editor, 'Practice guidance and proceedures', 'Practice guidance and procedures');
    const mended = await diagnosticsWhere(
      uri,
      (d) => withCode(d, 'council-consistent').length === 0 && !withCode(d, 'spelling').some((x) => x.range.start.isEqual(spelling[0].range.start)),
      'the error and the spelling warning to go once the text is back',
    );
    assert.equal(errorsOf(mended).length, 0, describeAll(mended));
  });

  it('restarts the server in a new worker, which checks the open letter and follows new edits', async () => {
    const editor = await openLetter('derby.letter');
    const uri = editor.document.uri;
    const message = await vscode.commands.executeCommand<string>('inspectionLetters.restartServer');
    assert.match(message, /has restarted/);
    // Only a running server can report an error typed after the restart.
    await replaceOnce(editor, "within Derby City Council children's services", "within Derby County Council children's services");
    const broken = await diagnosticsWhere(uri, (d) => withCode(d, 'council-consistent').length > 0, 'the council-consistent error from the new worker');
    assert.equal(editor.document.getText(withCode(broken, 'council-consistent')[0].range), 'Derby County Council');
    await replaceOnce(editor, "within Derby County Council children's services", "within Derby City Council children's services");
    await diagnosticsWhere(uri, (d) => withCode(d, 'council-consistent').length === 0, 'the error to go once the text is back');
  });

  it('opens a new letter from the template, whose unfilled fields are reported', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('inspectionLetters.newLetter', 'Whole letter');
    assert.ok(document, 'the command returns the new document');
    assert.equal(document.languageId, LANGUAGE_ID);
    assert.match(document.getText(), /^Yours sincerely$/m);
    const diagnostics = await diagnosticsWhere(document.uri, (d) => withCode(d, 'unfilled-placeholder').length > 0, 'the unfilled-placeholder errors');
    assert.ok(withCode(diagnostics, 'unfilled-placeholder').every((d) => /^\[[^\]]+\]$/.test(document.getText(d.range))), describeAll(diagnostics));
  });

  it('finds the previous letter among the open documents, as the worker reads no files', async function () {
    this.timeout(90_000);
    const editor = await openLetter('derby.letter');
    const uri = editor.document.uri;
    const mismatch = (d: readonly vscode.Diagnostic[]) => withCode(d, 'previous-month-mismatch');
    // Derby's own letter: no previous letter is open, so none is used.
    const first = await diagnosticsWhere(uri, (d) => withCode(d, 'bullet-style').length > 0, "Derby's diagnostics (its bullet-style hints)");
    assert.equal(mismatch(first).length, 0, describeAll(first));
    // Derby's letter moved a year back, opened unsaved: its inspection month (November 2009) is not the one Derby's paragraph names.
    const text = editor.document.getText();
    assert.ok(text.split('2 and 3 November 2010').length === 2 && text.split('1 December 2010').length === 2, "Derby's dates are there once each");
    const derby2009 = text.replace('2 and 3 November 2010', '2 and 3 November 2009').replace('1 December 2010', '1 December 2009');
    await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: derby2009 });
    const found = await diagnosticsWhere(uri, (d) => mismatch(d).length > 0, 'previous-month-mismatch once the 2009 letter is open');
    assert.equal(mismatch(found)[0].severity, vscode.DiagnosticSeverity.Error);
  });
});
