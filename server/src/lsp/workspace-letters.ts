import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseLetter, type Letter } from '../engine';
import { CandidateIndex } from '../engine/followup';

/**
 * An index of the letters in the workspace (`*.letter`, `*.txt`, read from disk by the server, with
 * open documents' text taking precedence): the candidates for a draft's previous letter. It keeps
 * texts, not parses: a parsed letter retains about 75 KB, so keeping one per known letter held
 * 150 MB with 2,000 letters open (half the server's memory). The few parses asked for again and again
 * (the previous letter named in the settings) are remembered in a small memo.
 */

const LETTER_FILE = /\.(letter|txt)$/i;
const SKIP_DIR = /^(?:\.|node_modules$|dist$|out$)/;
const MAX_FILES = 2000;
const MAX_DEPTH = 8;
/** Letters are a few KB; a workspace holding more than this in .txt files is not read further. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

interface Entry {
  text: string;
  /** Changes whenever the text does, so callers can memoise on the set of candidates. */
  stamp: number;
}

let stamps = 0;

/** How many parsed letters the index remembers (most recently asked for). */
const PARSED_MEMO = 8;

export class WorkspaceLetters {
  private readonly onDisk = new Map<string, Entry>();
  private readonly open = new Map<string, Entry>();
  /** Changes to any letter, and to each one: candidatesKey in O(1) (it was a string of every URI, kept per draft). */
  private changes = 0;
  private readonly changesOf = new Map<string, number>();
  /** Every known letter grouped by council for selection, built again only after a change (see candidateIndex). */
  private index?: { changes: number; index: CandidateIndex };
  /** Parses recently asked for, by URI, with the stamp of the text parsed; least recent first. */
  private readonly parsed = new Map<string, { stamp: number; letter: Letter }>();

  private changed(uri: string): void {
    this.changes++;
    this.changesOf.set(uri, (this.changesOf.get(uri) ?? 0) + 1);
  }

  constructor(private readonly log: (message: string) => void = () => {}) {}

  /** Reads every letter file under the folders (URIs or paths). Never throws. */
  scan(folders: readonly string[], maxFileSizeKb: number): number {
    let count = 0;
    let bytes = 0;
    const seen = new Set<string>();
    const walk = (dir: string, depth: number) => {
      if (depth > MAX_DEPTH || count >= MAX_FILES) return;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch (e) {
        this.log(`Could not list ${dir}: ${(e as Error).message}`);
        return;
      }
      for (const name of names) {
        if (count >= MAX_FILES || bytes >= MAX_TOTAL_BYTES) return;
        const path = join(dir, name);
        let stat;
        try {
          stat = statSync(path);
        } catch {
          continue;
        }
        if (stat.isDirectory()) {
          if (!SKIP_DIR.test(name)) walk(path, depth + 1);
        } else if (LETTER_FILE.test(name) && stat.size <= maxFileSizeKb * 1024) {
          const uri = pathToFileURL(path).toString();
          if (this.readFile(uri, maxFileSizeKb)) {
            seen.add(uri);
            count++;
            bytes += stat.size;
          }
        }
      }
    };
    for (const folder of folders) walk(toPath(folder), 0);
    // Files gone since the last scan (or read on demand from outside the folders) are forgotten.
    for (const uri of [...this.onDisk.keys()]) if (!seen.has(uri) && this.onDisk.delete(uri)) this.changed(uri);
    return count;
  }

  /** Re-reads one file after a change on disk (or forgets it when deleted). */
  readFile(uri: string, maxFileSizeKb: number): boolean {
    try {
      const path = toPath(uri);
      if (statSync(path).size > maxFileSizeKb * 1024) {
        if (this.onDisk.delete(uri)) this.changed(uri);
        return false;
      }
      const text = readFileSync(path, 'utf8');
      if (this.onDisk.get(uri)?.text !== text) {
        this.onDisk.set(uri, { text, stamp: ++stamps });
        this.changed(uri);
      }
      return true;
    } catch {
      if (this.onDisk.delete(uri)) this.changed(uri);
      return false;
    }
  }

  forgetFile(uri: string): void {
    if (this.onDisk.delete(uri)) this.changed(uri);
  }

  /**
   * The index's own copy of a letter's text when `text` is the same (else `text`): a document opened
   * as it is on disk then holds the same string as the index, not a second copy of it.
   */
  sharedText(uri: string, text: string): string {
    const known = (this.open.get(uri) ?? this.onDisk.get(uri))?.text;
    return known === text ? known : text;
  }

  /**
   * Records an open document's text. Opening a file as it is on disk changes no candidate's text, so
   * it counts as no change: every other draft keeps its previous letter without selecting it again.
   * Returns whether the letter changed.
   */
  setOpen(uri: string, text: string): boolean {
    const known = this.open.get(uri) ?? this.onDisk.get(uri);
    if (known?.text === text) {
      if (!this.open.has(uri)) this.open.set(uri, known);
      return false;
    }
    this.open.set(uri, { text, stamp: ++stamps });
    this.changed(uri);
    return true;
  }

  /** Forgets an open document's text; whether the letter as the index knows it changed (or went). */
  closeOpen(uri: string): boolean {
    const entry = this.open.get(uri);
    if (!entry) return false;
    this.open.delete(uri);
    if (this.onDisk.get(uri)?.text === entry.text) return false;
    this.changed(uri);
    return true;
  }

  /** The letter's parse (open text first), from the memo when its text has not changed since. */
  letter(uri: string): Letter | undefined {
    const entry = this.open.get(uri) ?? this.onDisk.get(uri);
    if (!entry) return undefined;
    const hit = this.parsed.get(uri);
    this.parsed.delete(uri);
    const letter = hit?.stamp === entry.stamp ? hit.letter : parseLetter(entry.text);
    this.parsed.set(uri, { stamp: entry.stamp, letter });
    if (this.parsed.size > PARSED_MEMO) this.parsed.delete(this.parsed.keys().next().value!);
    return letter;
  }

  /** How many parses the index holds (for tests). */
  get parsedCount(): number {
    return this.parsed.size;
  }

  /**
   * Every known letter (open text winning over the file on disk), grouped by council for
   * selectPreviousLetter, which leaves the draft itself out by its URI. Built once per change to the
   * letters: building the list of 2,000 candidates for every draft checked, and looking each one's
   * summary up by its whole text, was most of the time (and the garbage) of opening 2,000 letters.
   */
  candidateIndex(): CandidateIndex {
    if (this.index?.changes !== this.changes) this.index = { changes: this.changes, index: new CandidateIndex(this.candidates('')) };
    return this.index.index;
  }

  /** Every known letter text except one document's (open text wins over the file on disk). */
  candidates(excludeUri: string): { uri: string; text: string }[] {
    const out: { uri: string; text: string }[] = [];
    for (const uri of new Set([...this.open.keys(), ...this.onDisk.keys()])) {
      if (uri !== excludeUri) out.push({ uri, text: this.text(uri)! });
    }
    return out;
  }

  /**
   * A key that changes whenever any letter other than `excludeUri` changes, appears or goes: the
   * number of changes to the others (it may also change when a shadowed disk copy of an open letter does).
   */
  candidatesKey(excludeUri: string): string {
    return String(this.changes - (this.changesOf.get(excludeUri) ?? 0));
  }

  /** The files on disk (for checking the whole workspace). */
  diskUris(): string[] {
    return [...this.onDisk.keys()];
  }

  text(uri: string): string | undefined {
    return (this.open.get(uri) ?? this.onDisk.get(uri))?.text;
  }
}

/** A letter file found under a workspace folder, with its size in bytes. */
export interface LetterFile {
  uri: string;
  path: string;
  size: number;
}

/**
 * Every letter file under the folders (URIs or paths), depth-first, to MAX_DEPTH folders down and
 * skipping hidden and build folders, as the index does but with no limit of count or size (the
 * caller decides what to skip). A folder that cannot be listed is reported and passed over.
 */
export function* letterFiles(folders: readonly string[], onUnlistable: (path: string, reason: string) => void = () => {}): Generator<LetterFile> {
  function* walk(dir: string, depth: number): Generator<LetterFile> {
    if (depth > MAX_DEPTH) return;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (e) {
      onUnlistable(dir, (e as Error).message);
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch (e) {
        if (LETTER_FILE.test(name)) onUnlistable(path, (e as Error).message);
        continue;
      }
      if (stat.isDirectory()) {
        if (!SKIP_DIR.test(name)) yield* walk(path, depth + 1);
      } else if (LETTER_FILE.test(name)) {
        yield { uri: pathToFileURL(path).toString(), path, size: stat.size };
      }
    }
  }
  for (const folder of folders) yield* walk(toPath(folder), 0);
}

export function toPath(uriOrPath: string): string {
  return uriOrPath.startsWith('file:') ? fileURLToPath(uriOrPath) : uriOrPath;
}
