/** Requests the client and the server share beyond the LSP (the client imports these names too). */

/** Checks every letter file in the workspace; diagnostics for closed files are published as well. */
export const CHECK_WORKSPACE_REQUEST = 'inspectionLetters/checkWorkspace';

/** The most files one check of the workspace looks at; the rest are counted as skipped. */
export const MAX_CHECKED_FILES = 20_000;

export interface CheckWorkspaceParams {
  /** A progress token of the client's: the server reports begin, progress and end on it. */
  workDoneToken?: string | number;
}

export interface CheckWorkspaceResult {
  /** Files checked. */
  files: number;
  /** Files that read as inspection letters. */
  letters: number;
  errors: number;
  warnings: number;
  information: number;
  /** Hints are not listed in the Problems panel (VS Code shows them only in the letter, as dots). */
  hints: number;
  /** Whether the user cancelled the check before every file was done. */
  cancelled: boolean;
  /** What was not checked, and why. */
  skipped: {
    /** Files larger than inspectionLetters.maxFileSizeKb (workspace-relative paths). */
    tooLarge: string[];
    /** Files or folders that could not be read, with the reason. */
    unreadable: string[];
    /** Files beyond the most the check looks at. */
    overLimit: number;
  };
}

/** The language status of a document (the client's status item): template, previous letter, spelling. */
export const DOCUMENT_STATUS_REQUEST = 'inspectionLetters/documentStatus';

export interface DocumentStatus {
  /** Whether the server has the document and checks it. */
  checked: boolean;
  /** The template it is checked against (its name). */
  template?: string;
  /** The previous inspection's letter the follow-up checks use. */
  previous?: { uri: string; description: string };
  /** A previous-letter link that names no document. */
  previousLinkNotFound?: string;
  spelling: boolean;
}

/**
 * A client command (the code action for a spelling warning carries it): adds a word to a team's
 * `.letter-words` file, creating the file if need be. Arguments: the file's URI, the word. The file
 * is written by the client (the server only reads), and the client's watcher then has the server
 * re-check the open letters.
 */
export const ADD_TEAM_WORD_COMMAND = 'inspectionLetters.addTeamWord';
