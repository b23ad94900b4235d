import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams, TextEdit } from 'vscode-languageserver';
import { analyze } from '../engine';
import { codeActions } from './code-actions';
import { toLspDiagnostic } from './convert';

// Durham's letter (test/fixtures/seeds/001_23b9643c342e87c2.txt): page breaks split findings at 27:378 and 49:75.
const DURHAM = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds', '001_23b9643c342e87c2.txt'), 'utf8');
const URI = 'file:///letters/durham.letter';

test("'Disable rule for this line' sits beside the whole-letter one, and applied, silences that finding only", () => {
  const analysis = analyze(DURHAM);
  const split = analysis.diagnostics.find((d) => d.code === 'split-paragraph' && d.range.start.line === 48)!;
  const params: CodeActionParams = {
    textDocument: { uri: URI },
    range: split.range,
    context: { diagnostics: [toLspDiagnostic(split, URI)] },
  };
  const actions = codeActions(analysis, params, { uri: URI, version: 1, versioned: false });
  const titles = actions.map((a) => a.title);
  const line = titles.indexOf("Disable 'split-paragraph' for this line");
  assert.ok(line >= 0, titles.join('\n'));
  assert.equal(titles[line + 1], "Switch off 'split-paragraph' for this letter");
  const edits = actions[line].edit!.changes![URI] as TextEdit[];
  const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'inspection-letter', 1, DURHAM), edits);
  assert.equal(fixed.split('\n')[48], '<!-- letter-check disable-next-line split-paragraph -->');
  const after = analyze(fixed).diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);
  assert.deepEqual(after, ['27:bullet-style', '27:split-paragraph', '56:bullet-style'], 'the other split paragraph and the bullets remain, one line lower');
});
