import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { LoadedFile } from '../../server/src/cli/main';
import { cliWorkspace } from '../../server/src/cli/workspace';
import { createLetterService } from '../../server/src/engine/service';
import { replaceOnce } from '../../server/src/engine/testing';
import { run, scratch, SEED } from './cli-helpers';

const load = (path: string, text = readFileSync(path, 'utf8')): LoadedFile => ({ path, text, encoding: 'utf8' });

/** The previous document the command line finds for one of the files it checks (as run() asks the service). */
function previousFor(file: LoadedFile, files: LoadedFile[], previousUri: string | undefined) {
  const service = createLetterService({ workspace: cliWorkspace(files) });
  return service.previousFor(file.path, service.parse(file.path, file.text), { previousUri }).previous;
}

/** Derby's letter moved back a year: the previous inspection of the same council. */
function derbyYearBefore(): string {
  let text = readFileSync(SEED.derby, 'utf8');
  text = replaceOnce(text, '\n1 December 2010\n', '\n1 December 2009\n');
  text = replaceOnce(text, 'conducted on 2 and 3 November 2010', 'conducted on 3 and 4 November 2009');
  return text;
}

test('without --previous, the previous letter of the same council is found among the files checked', () => {
  const draft = load('/w/derby-2010.letter', readFileSync(SEED.derby, 'utf8'));
  const older = load('/w/derby-2009.letter', derbyYearBefore());
  const other = load(SEED.durham);
  const found = previousFor(draft, [draft, older, other], undefined);
  assert.equal(found?.uri, '/w/derby-2009.letter');
  assert.equal(previousFor(older, [draft, older, other], undefined), undefined, 'a later letter is not a previous one');
  assert.equal(previousFor(load(SEED.durham), [draft, older, other], undefined), undefined, 'no letter of Durham before it');
});

test('--previous wins over the files checked, and is not its own previous letter', () => {
  const draft = load(SEED.derby);
  assert.equal(previousFor(draft, [draft, load('/w/d.letter', derbyYearBefore())], SEED.staffordshire)?.uri, SEED.staffordshire);
  assert.equal(previousFor(load(SEED.staffordshire), [], SEED.staffordshire), undefined);
});

test('a link directive names the previous letter on disk even when it is not among the files checked', () => {
  const s = scratch();
  try {
    const old = s.copy(SEED.derby, 'old.letter');
    const text = '<!-- letter-check previous: old.letter -->\n' + readFileSync(SEED.derby, 'utf8');
    const found = previousFor(load(join(s.dir, 'draft.letter'), text), [], undefined);
    assert.equal(found?.uri, old);
    assert.equal(found?.letter.looksLikeLetter, true);
  } finally {
    s.done();
  }
});

test('--previous naming a missing or binary file is bad usage (exit 2)', () => {
  const missing = run(['--previous', '/no/such/file.letter', SEED.derby]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--previous \/no\/such\/file\.letter: no such file/);
  assert.equal(missing.stdout, '');
});
