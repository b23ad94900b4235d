import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  FOLLOWUP_CHANGED_NOTIFICATION,
  FOLLOWUP_REQUEST,
  PREVIOUS_TEXT_REQUEST,
  type FollowupRange,
  type FollowupStatus,
  type FollowupView,
  type FollowupViewItem,
} from '../../server/src/lsp/protocol';

/**
 * The follow-up view (a tree in the explorer): the previous inspection document's improvement items,
 * each with its status in the draft of the active editor. Selecting an item shows where the draft
 * speaks of it; an item the draft does not mention is shown in the previous document instead (a PDF's
 * text, as the server read it, opened read-only). Thin: the server computes everything (the view asks
 * `inspectionLetters/followup` and is told when it changed).
 */

export const VIEW_ID = 'inspectionLetters.followup';
export const REVEAL_COMMAND = 'inspectionLetters.revealFollowupItem';
export const SHOW_IN_PREVIOUS_COMMAND = 'inspectionLetters.showFollowupItemInPrevious';
export const REFRESH_COMMAND = 'inspectionLetters.refreshFollowup';
/** Virtual documents holding a PDF's text: `inspection-letter-previous:/name.pdf.txt?<the PDF's URI>`. */
export const PDF_TEXT_SCHEME = 'inspection-letter-previous';

const STATUS_WORDS: Record<FollowupStatus, string> = { addressed: 'addressed', 'still-an-issue': 'still an issue', 'not-mentioned': 'not mentioned' };
const STATUS_ICONS: Record<FollowupStatus, vscode.ThemeIcon> = {
  addressed: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  'still-an-issue': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  'not-mentioned': new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('descriptionForeground')),
};
const LABEL_CHARS = 90;

/** One item of the view, with the draft and the previous document it belongs to. */
export interface FollowupNode {
  draftUri: string;
  previous: NonNullable<FollowupView['previous']>;
  item: FollowupViewItem;
  index: number;
}

export class FollowupViewProvider implements vscode.TreeDataProvider<FollowupNode>, vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = new vscode.EventEmitter<FollowupView | undefined>();
  /** Fired after each refresh with what the view shows (for tests). */
  readonly onDidRefresh = this.refreshed.event;
  private readonly view: vscode.TreeView<FollowupNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** The draft the view is about (the active letter; kept while the previous document is shown). */
  private draftUri?: string;
  private current?: FollowupView;
  private nodes: FollowupNode[] = [];
  private pending?: ReturnType<typeof setTimeout>;
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly languageId: string,
  ) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: false });
    this.disposables.push(
      this.view,
      this.changed,
      this.refreshed,
      vscode.workspace.registerTextDocumentContentProvider(PDF_TEXT_SCHEME, this),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.commands.registerCommand(REVEAL_COMMAND, (node?: FollowupNode) => this.reveal(node ?? this.view.selection[0])),
      vscode.commands.registerCommand(SHOW_IN_PREVIOUS_COMMAND, (node?: FollowupNode) => this.showInPrevious(node ?? this.view.selection[0])),
      vscode.commands.registerCommand(REFRESH_COMMAND, () => this.refresh()),
      client.onNotification(FOLLOWUP_CHANGED_NOTIFICATION, (p: { uri: string }) => {
        if (p.uri === this.draftUri || p.uri === this.activeLetter()) this.schedule();
      }),
      // After a restart the server knows the letters afresh.
      client.onDidChangeState(() => this.schedule()),
    );
    this.schedule();
  }

  /** What the view shows now (for tests). */
  get items(): readonly FollowupNode[] {
    return this.nodes;
  }

  getTreeItem(node: FollowupNode): vscode.TreeItem {
    const { item } = node;
    const flat = item.text.replace(/\s+/g, ' ').trim();
    const label = flat.length > LABEL_CHARS ? `${flat.slice(0, flat.lastIndexOf(' ', LABEL_CHARS) > LABEL_CHARS / 2 ? flat.lastIndexOf(' ', LABEL_CHARS) : LABEL_CHARS)}…` : flat;
    const tree = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    tree.id = `${node.draftUri}#${node.index}`;
    tree.description = STATUS_WORDS[item.status];
    tree.iconPath = STATUS_ICONS[item.status];
    const where = item.evidence.length
      ? `The draft speaks of it at line ${item.evidence.map((e) => e.range.start.line + 1).join(', line ')}.`
      : 'The draft does not speak of it.';
    tree.tooltip = new vscode.MarkdownString(`**${STATUS_WORDS[item.status]}**\n\n${flat}\n\n${node.previous.description}, line ${item.range.start.line + 1}. ${where}`);
    tree.accessibilityInformation = { label: `${flat}: ${STATUS_WORDS[item.status]}` };
    tree.contextValue = item.evidence.length ? 'followupItem.evidence' : 'followupItem';
    tree.command = { title: 'Show', command: REVEAL_COMMAND, arguments: [node] };
    return tree;
  }

  getChildren(node?: FollowupNode): FollowupNode[] {
    return node ? [] : this.nodes;
  }

  /** A previous document's PDF text, from the server (the ranges of its items are in it). */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const text = await this.client.sendRequest<string | null>(PREVIOUS_TEXT_REQUEST, { uri: uri.query });
    // A page break (form feed) shown as a space: one character for one, so the items' places hold.
    return text?.replace(/\f/g, ' ') ?? 'The checker has not read this PDF (it may have changed or gone): open the draft again to have it read.';
  }

  /** Asks the server again soon (notifications and editor changes come in bursts). */
  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), 50);
  }

  /** The view for the active letter, asked now. */
  async refresh(): Promise<FollowupView | undefined> {
    const generation = ++this.generation;
    const active = this.activeLetter();
    // Showing the previous document (or its PDF's text) keeps the view on the draft it is about.
    if (active !== undefined || !this.keepsDraft()) this.draftUri = active;
    const uri = this.draftUri;
    let result: FollowupView | undefined;
    try {
      result = uri && this.client.isRunning() ? await this.client.sendRequest<FollowupView>(FOLLOWUP_REQUEST, { uri }) : undefined;
    } catch {
      result = undefined;
    }
    if (generation !== this.generation) return result;
    this.current = result;
    const previous = result?.previous;
    this.nodes = uri && result && previous ? result.items.map((item, index) => ({ draftUri: uri, previous, item, index })) : [];
    this.view.message = message(result, uri !== undefined);
    this.view.description = previous ? previous.description : undefined;
    this.changed.fire();
    this.refreshed.fire(result);
    return result;
  }

  /** Shows where the draft speaks of the item (its first evidence); an item it does not mention, in the previous document. */
  async reveal(node: FollowupNode | undefined): Promise<vscode.TextEditor | undefined> {
    if (!node) return undefined;
    const [first] = node.item.evidence;
    if (!first) return this.showInPrevious(node);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.draftUri));
    // In the draft's own editor when it is visible (the previous document may be beside it).
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.Active;
    return this.show(document, first.range, column);
  }

  /** Shows the item in the previous document (a PDF's text read-only, as the server read it). */
  async showInPrevious(node: FollowupNode | undefined): Promise<vscode.TextEditor | undefined> {
    if (!node) return undefined;
    const uri = node.previous.pdf ? pdfTextUri(node.previous.uri) : vscode.Uri.parse(node.previous.uri);
    const document = await vscode.workspace.openTextDocument(uri);
    return this.show(document, node.item.range, vscode.ViewColumn.Beside, true);
  }

  private async show(document: vscode.TextDocument, range: FollowupRange, column: vscode.ViewColumn, preview = false): Promise<vscode.TextEditor> {
    const at = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, preview });
    editor.selection = new vscode.Selection(at.start, at.end);
    editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** The active editor's document when it is a letter the checker checks. */
  private activeLetter(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && document.languageId === this.languageId && document.uri.scheme !== PDF_TEXT_SCHEME ? document.uri.toString() : undefined;
  }

  /** Whether the active editor shows the current draft's previous document (the view stays on the draft). */
  private keepsDraft(): boolean {
    const document = vscode.window.activeTextEditor?.document;
    const previous = this.current?.previous?.uri;
    if (!document || !previous) return false;
    return document.uri.scheme === PDF_TEXT_SCHEME ? document.uri.query === previous : document.uri.toString() === previous;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const d of this.disposables) d.dispose();
  }
}

/** The virtual document of a PDF's text: named after the PDF, the PDF's URI in the query. */
export function pdfTextUri(pdfUri: string): vscode.Uri {
  const name = decodeURIComponent(pdfUri.replace(/[?#].*$/, '').slice(pdfUri.lastIndexOf('/') + 1));
  return vscode.Uri.from({ scheme: PDF_TEXT_SCHEME, path: `/${name} (text).txt`, query: pdfUri });
}

/** What the view says above its items (or instead of them). */
function message(view: FollowupView | undefined, hasLetter: boolean): string | undefined {
  if (!hasLetter) return 'Open an inspection letter or report to see how it follows up the previous inspection.';
  if (!view?.checked) return 'This document is not checked (too large, or not open in the checker yet).';
  if (view.previous) {
    const count = (status: FollowupStatus) => view.items.filter((i) => i.status === status).length;
    if (!view.items.length) return `The previous document, ${view.previous.description}, lists no improvement items.`;
    return `${view.items.length} ${view.items.length === 1 ? 'item' : 'items'} of ${view.previous.description}: ${count('addressed')} addressed, ${count('still-an-issue')} still an issue, ${count('not-mentioned')} not mentioned.`;
  }
  if (view.reading) return 'Reading the previous document (PDF)…';
  if (view.previousLinkNotFound) return `The previous document named, ${view.previousLinkNotFound}, cannot be read: correct the path in the letter-check previous line.`;
  return 'No previous document found: name it with a <!-- letter-check previous: path --> line or the inspectionLetters.previousLetter setting, or keep it in the workspace (same council, earlier).';
}
