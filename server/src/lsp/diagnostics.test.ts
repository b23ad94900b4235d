import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../engine';
import { lspDiagnostics } from './diagnostics';

test("every diagnostic's code links to its rule's page, which is in docs/rules/", () => {
  // Durham's letter (test/fixtures/seeds/001_...): split paragraphs and bullets from the PDF.
  const text = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds', '001_23b9643c342e87c2.txt'), 'utf8');
  const diagnostics = lspDiagnostics({ uri: 'file:///d.letter', version: 1, analysis: analyze(text) } as Parameters<typeof lspDiagnostics>[0]);
  assert.ok(diagnostics.length >= 4);
  for (const d of diagnostics) {
    assert.equal(d.codeDescription?.href, `https://github.com/inspection-letters/inspection-letter-checker/blob/main/docs/rules/${d.code}.md`);
    readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules', `${d.code}.md`));
  }
});
