import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, Hover, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { seed } from '../../server/src/engine/testing';
import { buildDraft, loadCases } from '../eval/build';
import { LspTestClient, summary } from './lsp-client';

/**
 * The editor side of the follow-up checks, through the real server with a workspace of letters:
 * Derby's real 2010 letter as the previous one, and a Derby 2011 draft (from the evaluation set) that
 * carries three of its areas forward and drops four.
 */

const MARKER = 'This was an area for development at the previous inspection.';

function draftText(): string {
  const spec = loadCases().find((c) => c.id === 'derby-2011-not-addressed');
  assert.ok(spec, 'the evaluation case exists');
  return buildDraft(spec);
}

/** Line and character of the first occurrence of `fragment` (plus `delta` characters). */
function positionOf(text: string, fragment: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(fragment);
  assert.ok(at >= 0, `not in the text: ${fragment}`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function hoverText(h: Hover | null): string {
  assert.ok(h, 'a hover');
  return (h.contents as MarkupContent).value;
}

describe('follow-up of the previous inspection in the editor', () => {
  let client: LspTestClient;
  let folder: string;
  let previousUri: string;
  let draftUri: string;
  let text: string;
  const previousText = seed('derby');

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'followup-'));
    const previousPath = join(folder, 'derby-2010.letter');
    writeFileSync(previousPath, previousText);
    previousUri = pathToFileURL(previousPath).toString();
    client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
    text = draftText();
    draftUri = pathToFileURL(join(folder, 'derby-2011.letter')).toString();
    const published = await client.open(draftUri, text);
    const unaccounted = published.diagnostics.filter((d) => d.code === 'previous-area-unaccounted');
    assert.equal(unaccounted.length, 4, summary(published.diagnostics));
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('initialize announces code lenses', () => {
    assert.deepEqual(client.initializeResult.capabilities.codeLensProvider, { resolveProvider: false });
  });

  test('a code lens on the first line names the previous letter and opens it', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: draftUri } });
    assert.equal(lenses.length, 1);
    const [lens] = lenses;
    // At the top, a stable place: on the paragraph it popped in while the letter was being typed (issue 14, item 9).
    assert.equal(lens.range.start.line, 0);
    assert.equal(lens.command?.title, 'Previous letter: derby-2010.letter (inspection 2 and 3 November 2010)');
    assert.equal(lens.command?.command, 'inspectionLetters.openLetter');
    assert.deepEqual(lens.command?.arguments, [previousUri, 0]);
  });

  test('the hover on the paragraph says the same, with a link', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: positionOf(text, 'have not been fully addressed', 4),
    });
    const value = hoverText(h);
    assert.ok(value.includes(`**Previous letter**: [derby-2010.letter (inspection 2 and 3 November 2010)](${previousUri})`), value);
  });

  test("the hover on a marker shows the previous letter's finding it refers to, with its section, file and line", async () => {
    const finding = 'The common assessment framework is used well by schools';
    const markerAt = text.indexOf(MARKER, text.indexOf(finding));
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: positionOf(text.slice(0, markerAt + 10), text.slice(markerAt, markerAt + 10)),
    });
    const value = hoverText(h);
    const previousLine = previousText.split('\n').findIndex((l) => l.includes('While the common assessment framework')) + 1;
    assert.ok(previousLine > 0);
    assert.match(value, /^\*\*Carried forward\*\* from the previous inspection's areas for development\./);
    assert.ok(value.includes(`[Areas for development, derby-2010.letter line ${previousLine}](${previousUri}#L${previousLine})`), value);
    assert.match(value, /\n> While the common assessment framework/);
    assert.ok(!value.includes('> The quality of initial and core assessments'), 'only the matched finding is quoted');
    // The hover covers the marker sentence, not the whole finding.
    assert.equal(h!.range!.start.line, h!.range!.end.line);
    assert.equal(h!.range!.end.character - h!.range!.start.character, MARKER.length);
  });

  test("completion in Areas for development offers the previous letter's unaccounted areas, each with the marker", async () => {
    // A new bullet after the last area.
    const last = 'Out-of-hours contacts are not always passed to the day teams by the next morning.';
    const end = positionOf(text, last, last.length);
    const edit: TextEdit = { range: { start: end, end }, newText: '\n- ' };
    const { published } = client.change(draftUri, [{ range: edit.range, text: edit.newText }]);
    await published;
    const position = { line: end.line + 1, character: 2 };
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: draftUri }, position });
    const fromPrevious = items.filter((i) => i.labelDetails?.description === "previous letter's area for development");
    assert.deepEqual(
      fromPrevious.map((i) => i.label.slice(0, 30)).sort(),
      ['The integrated children\'s reco', "The practice of undertaking 'f", 'The quality of initial and cor', 'Thresholds are not clearly und'],
      items.map((i) => i.label).join(' | '),
    );
    const quality = fromPrevious.find((i) => i.label.startsWith('The quality of initial and core'))!;
    const qualityLine = previousText.split('\n').findIndex((l) => l.includes('The quality of initial and core')) + 1;
    assert.equal(quality.detail, `Not yet accounted for: from Areas for development, derby-2010.letter line ${qualityLine}`);
    const insert = quality.textEdit as TextEdit;
    assert.deepEqual(insert.range, { start: position, end: position }, 'the bullet typed is kept');
    assert.match(insert.newText, /^The quality of initial and core assessments .*\. This was an area for development at the previous inspection\.$/);
    assert.ok(!insert.newText.includes('\n'));

    // Not in Strengths.
    const strengths = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: draftUri },
      position: positionOf(text, 'Considerable action has been taken', 0),
    });
    assert.ok(!strengths.some((i) => i.labelDetails?.description?.startsWith("previous letter's")));

    // Back to the draft as built.
    const undo = client.change(draftUri, [{ range: { start: end, end: { line: end.line + 1, character: 2 } }, text: '' }]);
    await undo.published;
  });

  test("the unaccounted area's quick fix through the server makes its diagnostic go", async () => {
    const published = client.change(draftUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const current = await published.published;
    const thresholds = current.diagnostics.filter((d) => d.code === 'previous-area-unaccounted' && /'Thresholds are not clearly/.test(d.message as string));
    assert.equal(thresholds.length, 1, summary(current.diagnostics));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: thresholds[0].range,
      context: { diagnostics: thresholds, only: ['quickfix'] },
    });
    // The four unaccounted areas are reported on the same claim: take the fix of the Thresholds one.
    const inserts = actions.filter((a) => a.title.endsWith('as a new area for development (to reword)'));
    // One insert per unaccounted area, each named, so the light bulb shows no identical entries.
    assert.equal(new Set(inserts.map((a) => a.title)).size, inserts.length, inserts.map((a) => a.title).join('\n'));
    const fix = inserts.find((a) => a.diagnostics?.[0]?.message === (thresholds[0].message as string));
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.match(fix.title, /^Insert 'Thresholds /);
    const change = (fix.edit as WorkspaceEdit).documentChanges?.[0] as { edits: TextEdit[] };
    const after = await client.change(
      draftUri,
      change.edits.map((e) => ({ range: e.range, text: e.newText })),
    ).published;
    const left = after.diagnostics.filter((d) => d.code === 'previous-area-unaccounted');
    assert.equal(left.length, 3, summary(after.diagnostics));
    assert.ok(!left.some((d) => /'Thresholds are not clearly/.test(d.message as string)));
  });

  test('a draft with no previous letter: the lens and the hover say so and how to name one', async () => {
    const durham = seed('durham');
    const uri = pathToFileURL(join(folder, 'durham.letter')).toString();
    await client.open(uri, durham);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.match(lenses[0].command!.title, /^No previous letter found: name it with a line <!-- letter-check previous: path --> or the inspectionLetters\.previousLetter setting$/);
    assert.equal(lenses[0].command!.command, 'workbench.action.openSettings');
    assert.deepEqual(lenses[0].command!.arguments, ['inspectionLetters.previousLetter']);
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(durham, 'previous inspection', 3) });
    assert.match(hoverText(h), /\*\*Previous letter\*\*: No previous letter found: name it with a `<!-- letter-check previous: path -->` line/);
  });
});
