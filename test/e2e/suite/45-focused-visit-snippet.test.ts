// Issues 11 and 12: a focused-visit letter and an ILACS report drafted from their snippets to clean documents, in the real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  clientApi,
  closeAllEditors,
  codeOf,
  describe as describeDiagnostics,
  diagnosticsWhere,
  errorsOf,
  letterLanguageId,
  openNewLetter,
  replaceOnceInEditor,
  settledDiagnostics,
  walkSnippetStops,
} from './helpers';

/**
 * What the inspector types over each tab stop's [placeholder], in order (the choices keep their first
 * option): the values of Wolverhampton's focused visit of October 2024
 * (../shared/corpus/focused-visit/wolverhampton-2024-11-01.txt).
 */
const TYPED: Record<string, string> = {
  '[letter date]': '1 November 2024',
  '[addressee name]': 'Ms Alison Hinds',
  '[council]': 'Wolverhampton',
  '[address]': 'St Peters Square\nWolverhampton\nWV1 1SH',
  '[addressee salutation]': 'Ms Hinds',
  '[inspection dates]': '2 and 3 October 2024',
  '[inspectors]': 'Gareth Dakin and Sophie Wales',
  '[focus]': 'children in need or subject to a child protection plan',
  '[headline findings]': 'Senior leaders have continued to ensure that services for children and families remain a high priority across Wolverhampton.',
  '[improvement]': 'Quality and consistency of supervision.',
  '[main findings]': 'Children receive an effective and timely response when they are referred to the Children’s Assessment Team.',
  '[inspector name]': 'Gareth Dakin',
};

const CLOSING = 'Ofsted will take the findings from this focused visit into account when planning the next inspection or visit.';

describe('modern documents from their snippets (issues 11 and 12)', () => {
  before(clientApi);
  after(closeAllEditors);

  it('drafts a focused-visit letter from the snippet to a letter with no errors; a missing closing is completed in today’s wording', async function () {
    // Fifteen tab stops typed on a machine shared with other suites: more than mocha's 30 s.
    this.timeout(180_000);
    const editor = await openNewLetter('focused-visit-draft.letter', '');
    assert.equal(editor.document.languageId, letterLanguageId());
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: letterLanguageId(), name: 'Focused visit letter' });
    assert.match(editor.document.getText(), /^Focused visit to \[council\] children's services$/m);

    const seen = await walkSnippetStops(editor, (placeholder) => TYPED[placeholder]);
    const text = editor.document.getText();
    for (const placeholder of Object.keys(TYPED)) assert.ok(seen.includes(placeholder), `'${placeholder}' is a tab stop: ${seen.join(' | ')}`);
    assert.match(text, /^Focused visit to Wolverhampton children's services$/m);
    assert.match(text, /focused visit to Wolverhampton children's services on 2 and 3 October 2024\. His Majesty's Inspectors for this visit were Gareth Dakin and Sophie Wales\./);
    assert.match(text, /^Gareth Dakin\nHis Majesty's Inspector$/m, 'the sign-off repeats the title chosen in the opening');
    assert.doesNotMatch(text, /\$\{?\d|\[[a-z ]+\]/, 'no snippet syntax or placeholder is left');

    const diagnostics = await settledDiagnostics(editor);
    assert.deepEqual(errorsOf(diagnostics), [], `the filled-in letter has no errors:\n${describeDiagnostics(diagnostics)}\ntext:\n${text}`);

    // The closing sentence taken out: one missing-part error; completion on its line offers it in today's wording.
    await replaceOnceInEditor(editor, CLOSING, '');
    const missing = await diagnosticsWhere(editor.document.uri, (d) => errorsOf(d).some((e) => codeOf(e) === 'missing-part'), 'the missing closing sentence');
    assert.deepEqual(errorsOf(missing).map(codeOf), ['missing-part'], describeDiagnostics(missing));
    const line = editor.document.getText().split('\n').findIndex((l, i, all) => l === '' && all[i - 2]?.startsWith('Children receive an effective'));
    assert.ok(line > 0, 'the emptied closing line');
    const position = new vscode.Position(line, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
    const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const closing = list.items.find((i) => labelOf(i) === 'Closing sentence');
    assert.ok(closing, `offered: ${list.items.map(labelOf).join(' | ')}`);
    const snippet = closing.insertText as vscode.SnippetString;
    assert.match(snippet.value, /when planning the next inspection or visit\.$/);
    assert.ok(await editor.insertSnippet(snippet, position));
    const mended = await diagnosticsWhere(editor.document.uri, (d) => errorsOf(d).length === 0, 'no error once the closing is back');
    assert.deepEqual(errorsOf(mended), []);
    assert.ok(editor.document.getText().includes(CLOSING), editor.document.getText());
  });

  it('drafts an ILACS report from its snippet: each grade chosen in the table is repeated in lower case in its section heading, and the report has no errors', async function () {
    this.timeout(180_000);
    const editor = await openNewLetter('report-draft.letter', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: letterLanguageId(), name: 'Inspection report (ILACS)' });
    assert.match(editor.document.getText(), /^Judgement$/m);
    // Lancashire's inspection of May 2026 (../shared/corpus/ilacs-report/lancashire-2026-08-20.txt); the grades typed over the table's choices.
    const typed: Record<string, string> = {
      '[council]': 'Lancashire',
      '[inspection dates]': '11 to 22 May 2026',
      '[inspector name]': 'Rachel Fairhurst',
      '[summary]': 'Since the last ILACS inspection in 2022, Lancashire County Council children’s services has continued to strengthen the quality of services to children in most areas.',
      '[improvement]': 'The recognition and reflection of the needs of young carers in the child’s assessments and plans.',
      '[paragraph]': 'Children and families receive a timely and appropriate response when they need help.',
    };
    const grades = ['Outstanding', 'Good', 'Good', 'Outstanding'];
    await walkSnippetStops(editor, (placeholder) => (placeholder === 'Outstanding' ? grades.shift() : typed[placeholder]));
    const text = editor.document.getText();
    assert.equal(grades.length, 0, `every grade of the table was a tab stop:\n${text}`);
    assert.match(text, /^The experiences and progress of children who need help and protection: good$/m);
    assert.match(text, /^The experiences and progress of children in care: good$/m);
    assert.match(text, /^The experiences and progress of care leavers: outstanding$/m);
    assert.match(text, /^The impact of leaders on social work practice with children and families: outstanding$/m);
    assert.doesNotMatch(text, /\$\{?\d|\[[a-z ]+\]/, 'no snippet syntax or placeholder is left');
    const diagnostics = await settledDiagnostics(editor);
    assert.deepEqual(errorsOf(diagnostics), [], `the filled-in report has no errors:\n${describeDiagnostics(diagnostics)}\ntext:\n${text}`);
  });
});
