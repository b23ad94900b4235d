import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { memoryWorkspace } from '../memory-workspace';
import { createLetterService } from '../service';

/** Real letters: Derby's of December 2010 (seed 000) as the draft, and the same letter as its "previous" one. */
const SEEDS = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'seeds');
const derby = readFileSync(join(SEEDS, '000_b178a65b987369c5.txt'), 'utf8');
const durham = readFileSync(join(SEEDS, '001_23b9643c342e87c2.txt'), 'utf8');

function analyse(link: string, documents: Record<string, string>) {
  const draft = `<!-- letter-check previous: ${link} -->\n${derby}`;
  const service = createLetterService({ workspace: memoryWorkspace({ 'file:///w/2010/derby.letter': draft, ...documents }) });
  return service.analyze('file:///w/2010/derby.letter', draft);
}

test('a link naming no document is reported on the link line, and no previous document is used', () => {
  const analysis = analyse('../2009/derbby.letter', { 'file:///w/2009/derby.letter': durham });
  const reports = analysis.diagnostics.filter((d) => d.code === 'previous-link-broken');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].range.start.line, 0);
  assert.match(reports[0].message, /No document '\.\.\/2009\/derbby\.letter' was found/);
  assert.equal(analysis.previous.previous, undefined);
  assert.deepEqual(analysis.previous.link && { uri: analysis.previous.link.uri, found: analysis.previous.link.found }, { uri: 'file:///w/2009/derbby.letter', found: false });
});

test('a link naming a readable document is not reported, and that document is the previous one', () => {
  const analysis = analyse('../2009/derby.letter', { 'file:///w/2009/derby.letter': durham });
  assert.ok(!analysis.diagnostics.some((d) => d.code === 'previous-link-broken'));
  assert.equal(analysis.previous.previous?.uri, 'file:///w/2009/derby.letter');
  assert.equal(analysis.previous.by, 'link');
});

test('a draft without a link gets no such report', () => {
  const service = createLetterService({ workspace: memoryWorkspace({}) });
  assert.ok(!service.analyze('file:///w/d.letter', derby).diagnostics.some((d) => d.code === 'previous-link-broken'));
});
