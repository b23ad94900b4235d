import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { councilKey, readCouncil, sameCouncil } from './council-name';
import { parseLetter } from './parse/letter';
import { LETTERS, seed } from './testing';

test('a council name is read as its place and its designations', () => {
  assert.deepEqual(readCouncil('Derby City Council'), { place: ['derby'], designations: ['city'] });
  assert.deepEqual(readCouncil('the London Borough of Camden'), { place: ['camden'], designations: ['london', 'borough'] });
  assert.deepEqual(readCouncil('Royal Borough of Kensington and Chelsea'), { place: ['kensington', 'and', 'chelsea'], designations: ['royal', 'borough'] });
  assert.deepEqual(readCouncil('City of York Council'), { place: ['york'], designations: ['city'] });
  assert.deepEqual(readCouncil('Doncaster Metropolitan Borough Council'), { place: ['doncaster'], designations: ['metropolitan', 'borough'] });
  assert.deepEqual(readCouncil('Council of the Isles of Scilly'), { place: ['isles', 'of', 'scilly'], designations: [] });
  assert.deepEqual(readCouncil('Stockton-on-Tees Borough Council'), { place: ['stockton', 'on', 'tees'], designations: ['borough'] });
  assert.deepEqual(readCouncil('City of London'), { place: ['london'], designations: ['city'] });
  // A name that is nothing but a designation keeps it as its place.
  assert.deepEqual(readCouncil('City Council'), { place: ['city'], designations: [] });
  assert.deepEqual(readCouncil('the Council'), { place: [], designations: [] });
});

test('the same council however the letter writes it', () => {
  assert.ok(sameCouncil('Camden', 'London Borough of Camden'));
  assert.ok(sameCouncil('the London Borough of Camden', 'Camden Council'));
  assert.ok(sameCouncil('Doncaster Council', 'Doncaster Metropolitan Borough Council'));
  assert.ok(sameCouncil('Bristol City Council', 'City of Bristol'));
  assert.ok(sameCouncil("King’s Lynn", "King's Lynn Borough Council"));
  assert.ok(sameCouncil('Derby', 'Derby City Council'));
  assert.ok(sameCouncil('the Doncaster Council', 'Doncaster'));
  assert.ok(sameCouncil('Durham County Council', 'durham county council'));
  assert.ok(sameCouncil('council', 'council'));
  assert.ok(sameCouncil('Council', 'the council'));
});

test('different councils: another place, or a designation that disagrees', () => {
  assert.ok(!sameCouncil('Derby County Council', 'Derby City Council'));
  assert.ok(!sameCouncil('Derby', 'Derbyshire County Council'));
  assert.ok(!sameCouncil('North Yorkshire', 'North'));
  assert.ok(!sameCouncil('Royal Borough of Greenwich', 'Greenwich City Council'));
  assert.ok(!sameCouncil('', 'Council'));
  assert.ok(!sameCouncil('council', 'Derby City Council'));
});

test('the key groups letters by place', () => {
  assert.equal(councilKey(readCouncil('Derby City Council')), 'derby');
  assert.equal(councilKey(readCouncil('London Borough of Camden')), 'camden');
  assert.equal(councilKey(readCouncil('Council')), undefined);
  assert.equal(councilKey(readCouncil('')), undefined);
});

test("every real letter's mentions of its council are the same council, with the same key", () => {
  for (const name of LETTERS) {
    const c = parseLetter(seed(name)).values.council;
    const mentions = [c.addressee, c.title, c.opening].filter((m) => m !== undefined).map((m) => m.value);
    assert.ok(mentions.length >= 2, name);
    for (const m of mentions) {
      assert.ok(sameCouncil(m, mentions[0]), `${name}: ${m} ~ ${mentions[0]}`);
      assert.equal(councilKey(readCouncil(m)), councilKey(readCouncil(mentions[0])), name);
    }
  }
});

test('any text: reading never throws, sameness is symmetric and reflexive for named places', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (a, b) => {
      assert.equal(sameCouncil(a, b), sameCouncil(b, a));
      if (a.trim()) assert.ok(sameCouncil(a, a));
      const key = councilKey(readCouncil(a));
      if (key !== undefined) assert.equal(key, readCouncil(a).place.join(' '));
    }),
  );
});
