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
