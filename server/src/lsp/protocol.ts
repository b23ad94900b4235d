/** Requests the client and the server share beyond the LSP (the client imports these names too). */

/** Checks every letter file in the workspace; diagnostics for closed files are published as well. */
export const CHECK_WORKSPACE_REQUEST = 'inspectionLetters/checkWorkspace';

export interface CheckWorkspaceResult {
  files: number;
  /** Files that read as inspection letters. */
  letters: number;
  errors: number;
  warnings: number;
  others: number;
}

/**
 * A client command (the code action for a spelling warning carries it): adds a word to a team's
 * `.letter-words` file, creating the file if need be. Arguments: the file's URI, the word. The file
 * is written by the client (the server only reads), and the client's watcher then has the server
 * re-check the open letters.
 */
export const ADD_TEAM_WORD_COMMAND = 'inspectionLetters.addTeamWord';
