import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildCase, loadCases } from '../eval/build';
import { builtinRegistry, createLetterService } from '../../server/src/engine';
import { memoryWorkspace } from '../../server/src/engine/memory-workspace';
import { CORPUS } from '../../server/src/engine/testing';

/**
 * The follow-up in the service's analysis: the previous document's items, each with its place there,
 * its status in the draft and the draft's evidence, on real documents.
 */

const registry = builtinRegistry();
const corpus = (path: string) => readFileSync(join(CORPUS, path), 'utf8');
const uri = (path: string) => `file:///corpus/${path}`;

function workspaceOf(paths: string[]) {
  return memoryWorkspace(Object.fromEntries(paths.map((p) => [uri(p), corpus(p)])));
}

const HILLINGDON = ['sif-report/hillingdon-2014-02-11.txt', 'ilacs-report/hillingdon-2018-05-30.txt', 'focused-visit/hillingdon-2020-02-07.txt', 'ilacs-report/hillingdon-2023-11-20.txt'];

test('the templates recognise the real documents as their kinds', () => {
  const ids = HILLINGDON.map((p) => registry.recognise(corpus(p)).template.id);
  assert.deepEqual(ids, ['sif-report', 'ilacs-report', 'focused-visit', 'ilacs-report']);
});

test('hillingdon focused visit 2020 follows up the ILACS report of 2018 found in the workspace, item by item', () => {
  const service = createLetterService({ workspace: workspaceOf(HILLINGDON), registry });
  const draftPath = 'focused-visit/hillingdon-2020-02-07.txt';
  const draft = corpus(draftPath);
  const analysis = service.analyze(uri(draftPath), draft);
  assert.equal(analysis.previous.by, 'workspace');
  const followup = analysis.followup;
  assert.ok(followup);
  assert.deepEqual(followup.previous, { uri: uri('ilacs-report/hillingdon-2018-05-30.txt'), template: 'ilacs-report' });
  assert.equal(followup.items.length, 4);
  const previousLines = corpus('ilacs-report/hillingdon-2018-05-30.txt').split('\n');
  const draftLines = draft.split('\n');
  for (const item of followup.items) {
    // The item's range starts at its bullet in the previous document; the evidence's ranges are the draft's sentences.
    const line = previousLines[item.range.start.line].slice(item.range.start.character);
    assert.ok(line.length > 3 && item.text.startsWith(line.replace(/^\W+\s*/, '').slice(0, 20)), `${item.text} at ${JSON.stringify(line)}`);
    for (const e of item.evidence) assert.equal(draft.slice(e.span.start, e.span.end).split('\n')[0], draftLines[e.range.start.line].slice(e.range.start.character, e.range.start.character + draft.slice(e.span.start, e.span.end).split('\n')[0].length));
  }
  // As labelled in test/eval/real-pairs: return home interviews still an issue; permanence outside a visit on care leavers... not mentioned.
  assert.match(followup.items[1].text, /return home interviews/i);
  assert.equal(followup.items[1].status, 'still-an-issue');
  assert.equal(followup.items[3].status, 'not-mentioned');
  assert.deepEqual(followup.items[3].evidence, []);
});

test('an ILACS report follows up the previous full inspection, past the focused visit between (hillingdon 2023 → 2018)', () => {
  const service = createLetterService({ workspace: workspaceOf(HILLINGDON), registry });
  const draftPath = 'ilacs-report/hillingdon-2023-11-20.txt';
  const analysis = service.analyze(uri(draftPath), corpus(draftPath));
  assert.equal(analysis.followup?.previous.uri, uri('ilacs-report/hillingdon-2018-05-30.txt'));
  assert.ok(analysis.followup.items.every((i) => ['addressed', 'still-an-issue', 'not-mentioned'].includes(i.status)));
});

test('a SIF report as the previous document gives its recommendations as the items (suffolk SIF 2016 → ILACS 2019)', () => {
  const paths = ['sif-report/suffolk-2016-02-11.txt', 'ilacs-report/suffolk-2019-05-21.txt'];
  const service = createLetterService({ workspace: workspaceOf(paths), registry });
  const analysis = service.analyze(uri(paths[1]), corpus(paths[1]));
  assert.equal(analysis.followup?.previous.template, 'sif-report');
  assert.ok(analysis.followup.items.length >= 5, `${analysis.followup.items.length} recommendations`);
});

test('no previous document: no followup in the analysis; the earliest document of a council has none', () => {
  const service = createLetterService({ workspace: workspaceOf(HILLINGDON), registry });
  const analysis = service.analyze(uri(HILLINGDON[0]), corpus(HILLINGDON[0]));
  assert.equal(analysis.previous.previous, undefined);
  assert.ok(!('followup' in analysis));
});

test('a link line names the previous document; a link to nothing readable is no follow-up and a broken link', () => {
  const draftPath = 'focused-visit/hillingdon-2020-02-07.txt';
  const workspace = workspaceOf(HILLINGDON);
  const service = createLetterService({ workspace, registry });
  const linked = service.analyze(uri(draftPath), '<!-- letter-check previous: ../sif-report/hillingdon-2014-02-11.txt -->\n' + corpus(draftPath));
  assert.equal(linked.previous.by, 'link');
  assert.equal(linked.followup?.previous.template, 'sif-report');
  const broken = service.analyze(uri(draftPath), '<!-- letter-check previous: ../nowhere.pdf -->\n' + corpus(draftPath));
  assert.equal(broken.followup, undefined);
  // The link is reported broken (the previous-link-broken rule's input; the stand-in template's parts do not fit, so its rules stay quiet here).
  assert.equal(broken.previous.link?.found, false);
});

test('old letters: the statuses agree with the previous-* rules (unaccounted = not mentioned; addressed = covered by the paragraph)', () => {
  const registryOld = builtinRegistry();
  for (const spec of loadCases().filter((c) => ['durham-2012-dropped', 'durham-2012-all-but-one', 'derby-2011-carried', 'staffordshire-2012-considered'].includes(c.id))) {
    const built = buildCase(spec);
    const workspace = memoryWorkspace({ 'file:///letters/previous.txt': built.previousText });
    const service = createLetterService({ workspace, registry: registryOld });
    const analysis = service.analyze('file:///letters/draft.txt', built.draftText, { previousUri: 'file:///letters/previous.txt' });
    const followup = analysis.followup;
    assert.ok(followup, spec.id);
    assert.equal(followup.previous.template, 'annual-letter');
    const unaccounted = analysis.diagnostics.filter((d) => d.code === 'previous-area-unaccounted').map((d) => JSON.stringify(d.relatedInformation![0].range));
    const notMentioned = followup.items.filter((i) => i.status === 'not-mentioned').map((i) => JSON.stringify(i.range));
    assert.deepEqual(notMentioned.sort(), unaccounted.sort(), spec.id);
    for (const item of followup.items) assert.equal(item.evidence.length === 0, item.status === 'not-mentioned', `${spec.id}: ${item.text}`);
    if (spec.id === 'durham-2012-dropped') {
      assert.equal(notMentioned.length, 1);
      assert.match(followup.items.find((i) => i.status === 'not-mentioned')!.text, /^Not all decisions to close contacts/);
    }
    if (spec.id === 'durham-2012-all-but-one') assert.ok(followup.items.some((i) => i.status === 'addressed'), 'the paragraph says the others were addressed');
  }
});
