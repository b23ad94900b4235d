import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS_REQUEST, type DocumentStatus } from '../../server/src/lsp/protocol';

/**
 * The language status of the letter in the active editor (the `{}` beside the language name in the
 * status bar): the template it is checked against (with a restart), the previous letter in use (a
 * click opens it), whether spelling is checked, and a copy of the letter's problems.
 */

export interface StatusSnapshot {
  template: string;
  previous: string;
  previousCommand?: vscode.Command;
  spelling: string;
  problems: string;
}

export class LetterStatus implements vscode.Disposable {
  private readonly template: vscode.LanguageStatusItem;
  private readonly previous: vscode.LanguageStatusItem;
  private readonly spelling: vscode.LanguageStatusItem;
  private readonly problems: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private pending?: ReturnType<typeof setTimeout>;
  private latest: Promise<StatusSnapshot | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly client: LanguageClient,
    languageId: string,
  ) {
    const selector = { language: languageId };
    const item = (id: string, name: string) => {
      const it = vscode.languages.createLanguageStatusItem(`inspectionLetters.${id}`, selector);
      it.name = name;
      this.disposables.push(it);
      return it;
    };
    this.template = item('template', 'Letter template');
    this.previous = item('previous', 'Previous letter');
    this.spelling = item('spelling', 'Spelling');
    this.problems = item('problems', 'Letter problems');
    this.template.command = { title: 'Restart', command: 'inspectionLetters.restartServer', tooltip: 'Restart the letter checker' };
    this.problems.command = { title: 'Copy', command: 'inspectionLetters.copyProblems', tooltip: "Copy the letter's problems as text" };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('inspectionLetters')) this.schedule();
      }),
    );
    this.schedule();
  }

  /** Asks the server again soon (diagnostics arrive in bursts). */
  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), 100);
  }

  /** Updates the items for the active letter now; resolves with what they show (for tests). */
  refresh(): Promise<StatusSnapshot | undefined> {
    this.latest = this.update().catch(() => undefined);
    return this.latest;
  }

  private async update(): Promise<StatusSnapshot | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.client.isRunning()) return undefined;
    const status = await this.client.sendRequest<DocumentStatus>(DOCUMENT_STATUS_REQUEST, { uri: document.uri.toString() });

    this.template.text = status.checked ? `$(checklist) ${status.template ?? 'Letter'}` : '$(circle-slash) Not checked';
    this.template.detail = status.checked ? 'the template this letter is checked against' : 'too large, or not yet open in the checker';
    this.template.busy = false;

    this.previous.busy = !!status.readingPrevious;
    if (status.previous) {
      this.previous.text = `Previous letter: ${status.previous.description}`;
      this.previous.severity = vscode.LanguageStatusSeverity.Information;
      this.previous.detail = 'the follow-up checks compare the letter with it';
      this.previous.command = { title: 'Open', command: 'inspectionLetters.openLetter', arguments: [status.previous.uri, 0] };
    } else if (status.readingPrevious) {
      this.previous.text = `Reading the previous document: ${status.readingPrevious}`;
      this.previous.severity = vscode.LanguageStatusSeverity.Information;
      this.previous.detail = 'the follow-up checks start when it is read';
      this.previous.command = undefined;
    } else if (status.previousLinkNotFound) {
      this.previous.text = `Previous letter not found: ${status.previousLinkNotFound}`;
      this.previous.severity = vscode.LanguageStatusSeverity.Warning;
      this.previous.detail = 'correct the path in the letter-check previous line';
      this.previous.command = undefined;
    } else {
      this.previous.text = 'No previous letter';
      this.previous.severity = vscode.LanguageStatusSeverity.Information;
      this.previous.detail = 'same council, earlier inspection, in the workspace';
      this.previous.command = { title: 'Name one', command: 'workbench.action.openSettings', arguments: ['inspectionLetters.previousLetter'] };
    }

    this.spelling.text = status.spelling ? 'Spelling: on (British English)' : 'Spelling: off';
    this.spelling.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['inspectionLetters.rules'] };

    const count = vscode.languages.getDiagnostics(document.uri).length;
    this.problems.text = `${count} ${count === 1 ? 'problem' : 'problems'}`;

    return {
      template: this.template.text,
      previous: this.previous.text,
      previousCommand: this.previous.command,
      spelling: this.spelling.text,
      problems: this.problems.text,
    };
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const d of this.disposables) d.dispose();
  }
}
