import * as vscode from 'vscode';

/**
 * The New Letter or Report command: a new document filled with one of the contributed whole-document
 * snippets (those marked `isFileTemplate`, generated from each template's data). With a snippet's name
 * as its argument it opens that one; otherwise the inspector picks one, and the kind picked last is
 * offered first the next time. The same in the desktop and the web extension: the snippets file is read
 * through the workspace file system.
 */

export const SNIPPETS_FILE = 'snippets/inspection-letter.code-snippets';
const LAST_PICKED = 'inspectionLetters.newDocument.lastPicked';

interface FileTemplate {
  name: string;
  description: string;
  body: string;
}

/** The whole-document snippets, in the snippets file's order. */
export async function fileTemplates(extensionUri: vscode.Uri): Promise<FileTemplate[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SNIPPETS_FILE));
  const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { body: string | string[]; description?: string; isFileTemplate?: boolean }>;
  return Object.entries(snippets)
    .filter(([, s]) => s.isFileTemplate)
    .map(([name, s]) => ({ name, description: s.description ?? '', body: Array.isArray(s.body) ? s.body.join('\n') : s.body }));
}

/** Opens a new document from the named whole-document snippet, or the one the inspector picks; undefined when none is picked. */
export async function newDocument(context: vscode.ExtensionContext, language: string, name?: string): Promise<vscode.TextDocument | undefined> {
  const templates = await fileTemplates(context.extensionUri);
  let chosen = name === undefined ? undefined : templates.find((t) => t.name === name);
  if (name !== undefined && !chosen) {
    void vscode.window.showErrorMessage(`There is no document template named '${name}'. The templates are: ${templates.map((t) => t.name).join(', ')}.`);
    return undefined;
  }
  if (!chosen) {
    const last = context.globalState.get<string>(LAST_PICKED);
    const ordered = [...templates].sort((a, b) => Number(b.name === last) - Number(a.name === last));
    const picked = await vscode.window.showQuickPick(
      ordered.map((t) => ({ label: t.name, detail: t.description, template: t })),
      { title: 'New letter or report', placeHolder: 'The kind of document to draft', matchOnDetail: true },
    );
    if (!picked) return undefined;
    chosen = picked.template;
    await context.globalState.update(LAST_PICKED, chosen.name);
  }
  const document = await vscode.workspace.openTextDocument({ language, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(chosen.body));
  return document;
}
