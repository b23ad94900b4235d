// Issue 14, item 5: a carried-forward marker that contradicts the previous-inspection paragraph gets a
// fix that keeps the letter consistent (not only "switch the rule off"), never applied by Fix All; the
// paragraph's standard wordings are offered as completions.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientApi, closeAllEditors, describe as describeDiagnostics, diagnosticsWhere, errorsOf, openSeedCopy, replaceOnce, settledDiagnostics, withCode } from './helpers';

const MARKER = 'This was an area for development at the previous inspection.';
const ALL_BUT_ONE = 'All but one of the areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit);
}

describe('a marker against the previous-inspection paragraph (issue 14, item 5)', () => {
  before(clientApi);
  after(closeAllEditors);

  it("Durham says the areas 'have been addressed' and a finding gets the marker: the fix says 'All but one', Fix All leaves it alone", async () => {
    // test/fixtures/seeds/001_23b9643c342e87c2.txt (Durham, 2011): its paragraph says the March 2010 areas have been addressed.
    const editor = await openSeedCopy('durham', 'marker-pair.letter', (t) => replaceOnce(t, 'seen and agreed\n\n\n\nby a manager.', `seen and agreed\n\n\n\nby a manager. ${MARKER}`));
    const document = editor.document;
    const uri = document.uri;
    const broken = await diagnosticsWhere(uri, (d) => withCode(d, 'previous-addressed-but-carried').length > 0, 'the previous-addressed-but-carried error');
    const [d] = withCode(broken, 'previous-addressed-but-carried');
    assert.equal(document.getText(d.range), MARKER);

    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const fixAll = (await actionsAt(uri, whole, vscode.CodeActionKind.SourceFixAll))[0];
    const fixAllText = fixAll?.edit?.entries().flatMap(([, edits]) => edits.map((e) => e.newText)).join('\n') ?? '';
    assert.ok(!fixAllText.includes('All but one') && !fixAll?.edit?.entries().some(([, edits]) => edits.some((e) => document.getText(e.range).includes(MARKER))), 'Fix All changes neither the paragraph nor the marker');

    const fixes = await actionsAt(uri, d.range, vscode.CodeActionKind.QuickFix);
    const titles = fixes.map((a) => a.title);
    assert.ok(titles.includes('Remove the marker sentence (the issue is new)'), titles.join(' | '));
    const reword = fixes.find((a) => a.title === "Change the paragraph to 'All but one of the ... have been addressed'");
    assert.ok(reword?.edit, titles.join(' | '));
    assert.ok(await vscode.workspace.applyEdit(reword.edit));
    assert.ok(document.getText().includes(`\n${ALL_BUT_ONE}\n`));
    assert.ok(document.getText().includes(`by a manager. ${MARKER}`), 'the marker stays');

    const after = await settledDiagnostics(editor);
    assert.deepEqual(withCode(after, 'previous-addressed-but-carried'), [], describeDiagnostics(after));
    assert.deepEqual(errorsOf(after), [], describeDiagnostics(after));
  });

  it("after Durham's paragraph, the standard wordings of the previous-inspection paragraph are offered with its month", async () => {
    const editor = await openSeedCopy('durham', 'previous-wordings.letter');
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (d) => d.length > 0, 'the first diagnostics');
    const lines = editor.document.getText().split('\n');
    const line = lines.findIndex((l) => l.startsWith('The areas of development identified at the previous inspection')) + 1;
    assert.equal(lines[line], '', 'a blank line after the paragraph');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 0));
    const labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const notAddressed = list?.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Previous inspection: areas for development not addressed');
    assert.ok(notAddressed, labels.join(' | '));
    const insert = notAddressed.insertText;
    const text = typeof insert === 'string' ? insert : insert?.value;
    assert.equal(text, 'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have not been addressed.');
  });
});
