// The harness itself: VS Code loaded the extension from the repository and opened the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest, workspaceFile } from './helpers';

describe('harness', () => {
  it('runs inside a real VS Code with the extension under development loaded', () => {
    const ext = extensionUnderTest();
    assert.match(ext.id, /inspection-letter/);
    assert.ok(vscode.version.startsWith('1.'), `VS Code ${vscode.version}`);
  });

  it('opened the workspace holding the real letters', async () => {
    const stat = await vscode.workspace.fs.stat(workspaceFile('derby.letter'));
    assert.ok(stat.size > 1000, `derby.letter is ${stat.size} bytes`);
  });
});

describe('harness settings', () => {
  it('edits stay unsaved, as on the desktop (VS Code in a browser saves after a delay by default)', () => {
    assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off');
  });
});
