import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
import { sameCouncil } from '../council-name';
import { consistency, expectFixClears, expectOnly } from './consistency/testing';

const code = 'council-consistent';

test('the real letters name their council consistently', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('"Derby County Council" in the title of a letter to Derby City Council: error on the title\'s name, fixed', () => {
  const text = replaceOnce(seed('derby'), "within Derby City Council children's services", "within Derby County Council children's services");
  const d = expectOnly(text, code, 'error', 'Derby County Council');
  assert.match(d.message, /The title names the council 'Derby County Council', but the addressee block names 'Derby City Council'/);
  const related = d.relatedInformation![0];
  assert.equal(text.slice(related.span!.start, related.span!.end), 'Derby City Council');
  assert.ok(related.range!.start.line < d.range.start.line, 'points at the addressee block above');
  assert.equal(expectFixClears(text, d), seed('derby'));
});

test('"Derby Council" for "Derby City Council", a leading "the", and Doncaster without "Council" are accepted', () => {
  const derby = seed('derby');
  assert.deepEqual(consistency(replaceOnce(derby, "within Derby City Council children's", "within Derby Council children's")), []);
  assert.deepEqual(consistency(replaceOnce(derby, 'in Derby City Council which', 'in the Derby City Council which')), []);
  assert.deepEqual(consistency(replaceOnce(seed('doncaster'), "within Doncaster Council children's", "within Doncaster children's")), []);
});

test('a London borough named in full in one place and by its place in another is one council', () => {
  const camden = seed('derby').replaceAll('Derby City Council', 'London Borough of Camden');
  const text = replaceOnce(camden, "within London Borough of Camden children's", "within Camden children's");
  assert.deepEqual(consistency(text), []);
  // …but a different borough is still reported.
  expectOnly(replaceOnce(camden, "within London Borough of Camden children's", "within Royal Borough of Camden children's"), code, 'error', 'Royal Borough of Camden');
});

test('the odd one out is reported, whichever mention it is: the opening paragraph', () => {
  const text = replaceOnce(seed('staffordshire'), 'in Staffordshire County Council which', 'in Shropshire County Council which');
  const d = expectOnly(text, code, 'error', 'Shropshire County Council');
  assert.match(d.message, /^The opening paragraph names the council 'Shropshire County Council', but the addressee block names 'Staffordshire County Council'/);
  expectFixClears(text, d);
});

test('the odd one out is reported, whichever mention it is: the one-line addressee block of durham', () => {
  const text = replaceOnce(seed('durham'), "Young People's Services Durham County Council", "Young People's Services Derby City Council");
  const d = expectOnly(text, code, 'error', 'Derby City Council');
  assert.match(d.message, /^The addressee block names the council 'Derby City Council', but the title names 'Durham County Council'/);
  assert.equal(expectFixClears(text, d), seed('durham'));
});

test('sameCouncil (council-name.ts): designations may be left out but not changed', () => {
  assert.ok(sameCouncil('Derby', 'Derby City Council'));
  assert.ok(sameCouncil('the Doncaster Council', 'Doncaster'));
  assert.ok(sameCouncil('Durham County Council', 'durham county council'));
  assert.ok(!sameCouncil('Derby County Council', 'Derby City Council'));
  assert.ok(!sameCouncil('Derby', 'Derbyshire County Council'));
  assert.ok(!sameCouncil('North Yorkshire', 'North'));
  assert.ok(!sameCouncil('', 'Council'));
});

test('a name that is only "Council" (an unfilled snippet placeholder) is the same as itself', () => {
  assert.ok(sameCouncil('council', 'council'));
  assert.ok(sameCouncil('Council', 'the council'));
  assert.ok(!sameCouncil('council', 'Derby City Council'));
  const text = replaceOnce(
    replaceOnce(replaceOnce(seed('derby'), 'within Derby City Council children', 'within council children'), 'Derby City Council\n27', 'council\n27'),
    "children's services in Derby City Council which",
    "children's services in council which",
  );
  assert.deepEqual(consistency(text).filter((d) => d.code === 'council-consistent'), []);
});
