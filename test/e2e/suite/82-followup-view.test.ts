// The follow-up view as an inspector meets it: a focused-visit draft that names the council's previous
// ILACS report, the PDF Ofsted published; the view beside the explorer lists the report's improvement
// items with their status, and selecting one moves the editor to where the draft speaks of it, or
// shows the item in the report's text.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { FollowupNode, FollowupViewProvider } from '../../../client/src/followup-view';
import type { FollowupView } from '../../../server/src/lsp/protocol';
import { clientApi, closeAllEditors, openNewLetter, REPO_ROOT, workspaceFile, type ClientApi } from './helpers';

/** Enfield's real pair (../shared/corpus/manifest.json): the ILACS report of April 2019 and the focused visit of August 2022. */
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'corpus');
const REPORT_PDF = join(FIXTURES, 'pdf', 'ilacs-report--enfield-2019-04-15.pdf');
const VISIT = join(FIXTURES, 'focused-visit', 'enfield-2022-08-09.txt');
const PDF_NAME = 'enfield-ilacs-2019.pdf';

/** Resolves once the view shows items that satisfy `accept` (at once, or after a refresh); rejects with what it showed. */
function viewWhere(view: FollowupViewProvider, accept: (items: readonly FollowupNode[]) => boolean, what: string, timeoutMs = 30_000): Promise<readonly FollowupNode[]> {
  if (accept(view.items)) return Promise.resolve(view.items);
  return new Promise((resolve, reject) => {
    let last: FollowupView | undefined;
    const subscription = view.onDidRefresh((shown) => {
      last = shown;
      if (!accept(view.items)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(view.items);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the view showed ${JSON.stringify(last)}`));
    }, timeoutMs);
  });
}

const rangeOf = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

describe('the follow-up view', () => {
  let api: ClientApi & { followup: FollowupViewProvider };
  before(async () => {
    api = (await clientApi()) as typeof api;
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(PDF_NAME));
  });

  it("lists the previous report's items from its PDF; selecting one moves the editor to the draft's evidence, or to the item in the report", async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(PDF_NAME), readFileSync(REPORT_PDF));
    const text = `<!-- letter-check previous: ${PDF_NAME} -->\n${readFileSync(VISIT, 'utf8')}`;
    const editor = await openNewLetter('enfield-2022-draft.letter', text);
    const draftUri = editor.document.uri.toString();
    await vscode.commands.executeCommand('inspectionLetters.followup.focus');

    const items = await viewWhere(api.followup, (shown) => shown.length > 0 && shown[0].draftUri === draftUri, "the report's items for the Enfield draft");
    assert.equal(items[0].previous.uri, workspaceFile(PDF_NAME).toString());
    assert.equal(items[0].previous.pdf, true);
    assert.deepEqual(
      items.map((n) => [n.item.text.slice(0, 30), n.item.status]),
      [
        ['The quality of plans for child', 'not-mentioned'],
        ['Return home interviews for chi', 'not-mentioned'],
        ['Private fostering responses, i', 'addressed'],
        ['Health information for care le', 'addressed'],
      ],
    );

    // Selecting an item runs its command, as a click does: the draft's editor selects the evidence.
    const health = items[3];
    const command = api.followup.getTreeItem(health).command;
    assert.ok(command, 'the item has a command');
    const shown = await vscode.commands.executeCommand<vscode.TextEditor>(command.command, ...(command.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor, shown);
    assert.equal(shown.document.uri.toString(), draftUri);
    assert.ok(shown.selection.isEqual(rangeOf(health.item.evidence[0].range)), `selection ${JSON.stringify(shown.selection)}`);
    assert.match(shown.document.getText(shown.selection), /^All care leavers have access to their\s+health histo/);

    // An item the draft does not mention: the report's text, read from the PDF, with the item selected.
    const returnHome = items[1];
    const inPrevious = api.followup.getTreeItem(returnHome).command!;
    const report = await vscode.commands.executeCommand<vscode.TextEditor>(inPrevious.command, ...(inPrevious.arguments ?? []));
    assert.equal(report.document.uri.scheme, 'inspection-letter-previous');
    assert.match(report.document.getText(report.selection).replace(/\s+/g, ' '), /Return home interviews for children missing from home/);
    // The view stays on the draft while its previous document is shown.
    const again = await api.followup.refresh();
    assert.equal(again?.previous?.uri, workspaceFile(PDF_NAME).toString());
    assert.equal(api.followup.items[0]?.draftUri, draftUri);
  });
});
