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
  /** The PDF the draft follows up, still being read (its file name): the follow-up comes when it is. */
  readingPrevious?: string;
  spelling: boolean;
}

/**
 * A client command (the code action for a spelling warning carries it): adds a word to a team's
 * `.letter-words` file, creating the file if need be. Arguments: the file's URI, the word. The file
 * is written by the client (the server only reads), and the client's watcher then has the server
 * re-check the open letters.
 */
export const ADD_TEAM_WORD_COMMAND = 'inspectionLetters.addTeamWord';

/**
 * The follow-up view (the client's tree beside the explorer): the previous document's improvement
 * items with their status in the draft and where the draft speaks of them, as the analysis computed
 * them (the command line's JSON `followup`, with the previous document described for people).
 */
export const FOLLOWUP_REQUEST = 'inspectionLetters/followup';

/** Sent with `{ uri }` when a document's follow-up changed (items, statuses, places, or the previous document). */
export const FOLLOWUP_CHANGED_NOTIFICATION = 'inspectionLetters/followupChanged';

/**
 * The text of a previous document given as PDF, as the server read it (the item ranges are in it):
 * the client shows it read-only. Params `{ uri }` (the PDF's); null when the server has not read it.
 */
export const PREVIOUS_TEXT_REQUEST = 'inspectionLetters/previousText';

export interface FollowupParams {
  uri: string;
}

export type FollowupStatus = 'addressed' | 'still-an-issue' | 'not-mentioned';

/** 0-based line and UTF-16 character, as in the LSP. */
export interface FollowupRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface FollowupViewItem {
  /** The item as the previous document words it. */
  text: string;
  /** Where it is in the previous document (for a PDF, in the text the server read). */
  range: FollowupRange;
  status: FollowupStatus;
  /** Where the draft speaks of it, best first. */
  evidence: { range: FollowupRange }[];
}

export interface FollowupView {
  /** Whether the server has the document and checks it. */
  checked: boolean;
  /** The previous document compared with. */
  previous?: {
    uri: string;
    /** Its kind, by template id (`ilacs-report`). */
    template: string;
    /** Its file name, with its inspection days when it names them. */
    description: string;
    /** Read from a PDF: its text is had from the server (PREVIOUS_TEXT_REQUEST). */
    pdf: boolean;
  };
  items: FollowupViewItem[];
  /** The draft's link names no document that can be read (as written). */
  previousLinkNotFound?: string;
  /** The PDF the draft follows up is still being read (its URI): the items come when it is. */
  reading?: string;
}
