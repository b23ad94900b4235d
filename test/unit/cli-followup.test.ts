import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../server/src/cli/main';
import { CORPUS } from '../../server/src/engine/testing';
import { run, scratch, SEED } from './cli-helpers';

/**
 * The follow-up on the command line: a previous document given as the PDF Ofsted published gives the
 * same accounting as its pdftotext text (the 20 PDFs of ../shared/corpus/pdf, each against the next
 * document of its council in the corpus manifest); the JSON's `followup`; the `--followup` table.
 */

/** main, awaited: reading PDFs makes it asynchronous. */
async function runAsync(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

interface Followup {
  previous: { file: string; template: string };
  items: { text: string; range: { start: { line: number } }; status: string; evidence: { range: unknown }[] }[];
}
const followupOf = (stdout: string): Followup | undefined => JSON.parse(stdout)[0].followup;

const manifest = () =>
  JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { consecutive_pairs: { earlier: string; later: string }[] };

test('a PDF previous document gives the same follow-up as its text, for every corpus PDF with a later document', async (t) => {
  const pdfs = readdirSync(join(CORPUS, 'pdf')).filter((f) => f.endsWith('.pdf'));
  assert.ok(pdfs.length >= 20, `${pdfs.length} PDFs`);
  let compared = 0;
  let items = 0;
  for (const pdf of pdfs) {
    const txt = pdf.replace('--', '/').replace(/\.pdf$/, '.txt');
    const pair = manifest().consecutive_pairs.find((p) => p.earlier === txt);
    if (!pair) continue;
    const draft = join(CORPUS, pair.later);
    const fromPdf = await runAsync(['--format', 'json', '--previous', join(CORPUS, 'pdf', pdf), draft]);
    const fromText = run(['--format', 'json', '--previous', join(CORPUS, txt), draft]);
    assert.equal(fromPdf.stderr, '', pdf);
    const a = followupOf(fromPdf.stdout);
    const b = followupOf(fromText.stdout);
    assert.ok(a && b, pdf);
    assert.equal(a.previous.template, b.previous.template, pdf);
    // The items' lines differ (the PDF's layout is not pdftotext's to the line); their words, statuses and evidence in the draft do not.
    const strip = (f: Followup) => f.items.map(({ text, status, evidence }) => ({ text, status, evidence }));
    assert.deepEqual(strip(a), strip(b), `${pdf} → ${pair.later}`);
    compared++;
    items += a.items.length;
  }
  // Every corpus PDF but the latest of its council has a later document in the manifest.
  assert.ok(compared >= 14, `${compared} pairs compared (${items} items)`);
  // Some focused visits list nothing to improve; the reports do.
  assert.ok(items >= 40, `${items} items compared`);
  t.diagnostic(`${compared} PDF → next document pairs, ${items} items: the same follow-up from the PDF as from its text`);
});

test('a link line to a PDF, and a PDF among the files given, are read as the previous document', async () => {
  const s = scratch();
  try {
    s.copy(join(CORPUS, 'pdf', 'ilacs-report--hillingdon-2018-05-30.pdf'), 'previous.pdf');
    const draftText = readFileSync(join(CORPUS, 'focused-visit', 'hillingdon-2020-02-07.txt'), 'utf8');
    const linked = join(s.dir, 'linked.txt');
    writeFileSync(linked, '<!-- letter-check previous: previous.pdf -->\n' + draftText);
    const viaLink = followupOf((await runAsync(['--format', 'json', linked])).stdout);
    assert.equal(viaLink?.previous.file, join(s.dir, 'previous.pdf'));
    assert.equal(viaLink?.previous.template, 'ilacs-report');
    assert.deepEqual(
      viaLink?.items.map((i) => i.status),
      ['addressed', 'still-an-issue', 'not-mentioned', 'not-mentioned'],
    );
    // Found among the folder's files: the latest earlier document of the same council.
    writeFileSync(linked, draftText);
    const found = await runAsync(['--format', 'json', s.dir]);
    assert.equal(JSON.parse(found.stdout).length, 1, 'the PDF is read, not checked');
    assert.equal(followupOf(found.stdout)?.previous.file, join(s.dir, 'previous.pdf'));
  } finally {
    s.done();
  }
});

test('a configuration\'s "previous" may name a PDF', async () => {
  const s = scratch();
  try {
    s.copy(join(CORPUS, 'pdf', 'ilacs-report--hillingdon-2018-05-30.pdf'), 'previous.pdf');
    const draft = s.copy(join(CORPUS, 'focused-visit', 'hillingdon-2020-02-07.txt'), 'draft.txt');
    writeFileSync(join(s.dir, '.letter-check.json'), JSON.stringify({ previous: 'previous.pdf' }));
    const r = await runAsync(['--format', 'json', draft]);
    assert.equal(r.stderr, '');
    assert.equal(followupOf(r.stdout)?.previous.file, join(s.dir, 'previous.pdf'));
    assert.equal(followupOf(r.stdout)?.items.length, 4);
  } finally {
    s.done();
  }
});

test('a PDF that cannot be read: --previous is a usage error; a linked one is said on standard error and follows up nothing', async () => {
  const s = scratch();
  try {
    const fake = join(s.dir, 'fake.pdf');
    writeFileSync(fake, 'not a pdf at all\n');
    const given = await runAsync(['--previous', fake, SEED.derby]);
    assert.equal(given.code, 2);
    assert.match(given.stderr, /--previous .*fake\.pdf is not a PDF/);
    const missing = run(['--previous', join(s.dir, 'missing.pdf'), SEED.derby]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.pdf: no such file/);
    const draft = join(s.dir, 'draft.txt');
    writeFileSync(draft, '<!-- letter-check previous: fake.pdf -->\n' + readFileSync(SEED.derby, 'utf8'));
    const linked = await runAsync(['--format', 'json', draft]);
    assert.match(linked.stderr, /fake\.pdf is not a PDF/);
    const report = JSON.parse(linked.stdout)[0];
    assert.equal(report.followup, undefined);
    assert.ok(report.diagnostics.some((d: { code: string }) => d.code === 'previous-link-broken'));
  } finally {
    s.done();
  }
});

test('--followup prints the table: one row per previous item, its status and where the draft speaks of it', () => {
  const out = run(['--followup', '--previous', join(CORPUS, 'ilacs-report', 'hillingdon-2018-05-30.txt'), join(CORPUS, 'focused-visit', 'hillingdon-2020-02-07.txt')]);
  const lines = out.stdout.split('\n');
  const head = lines.findIndex((l) => /: follow-up of .*hillingdon-2018-05-30\.txt \(ilacs-report\): 4 items, 1 addressed, 1 still an issue, 2 not mentioned$/.test(l));
  assert.ok(head >= 0, out.stdout);
  assert.match(lines[head + 1], /^\s+#\s+item .*status\s+where/);
  assert.match(lines[head + 3], /^\s+2\s+The timeliness and quality of return home interviews… \(line 50\)\s+still an issue\s+\d+:\d+(, \d+:\d+)*$/);
  assert.match(lines[head + 5], /^\s+4\s+Timely and effective permanence plans .*not mentioned\s+-$/);
  // Without a previous document, the table says so.
  assert.match(run(['--followup', SEED.durham]).stdout, /001_23b9643c342e87c2\.txt: no previous document to follow up/);
});

test('an old letter with its previous letter: the JSON has the follow-up; without one, no followup key', () => {
  const withPrevious = JSON.parse(run(['--format', 'json', '--previous', SEED.durham, SEED.derby]).stdout)[0];
  assert.equal(withPrevious.followup.previous.file, SEED.durham);
  assert.equal(withPrevious.followup.previous.template, 'annual-letter');
  assert.ok(withPrevious.followup.items.length > 0);
  for (const item of withPrevious.followup.items) assert.ok(['addressed', 'still-an-issue', 'not-mentioned'].includes(item.status));
  assert.ok(!('followup' in JSON.parse(run(['--format', 'json', SEED.derby]).stdout)[0]));
});

test('--followup goes with the text format (json gives the follow-up anyway)', () => {
  const r = run(['--followup', '--format', 'sarif', SEED.derby]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--followup prints a table in the text format/);
  assert.notEqual(run(['--followup', '--format', 'json', SEED.derby]).code, 2);
});
