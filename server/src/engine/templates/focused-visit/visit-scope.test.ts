import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createLetterService } from '../../service';
import { hasCorpus, realLetter } from './testing';

/**
 * The scope paragraph is free wording known by its opening words; the early letters open it in words
 * of their own, and each such opening of a real letter is read as the scope, not as a stray paragraph.
 */

const service = createLetterService();

test('the scope paragraphs of real letters in their own opening words are read as the scope', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  for (const [file, line, opening] of [
    ['bedford-2019-12-18', 24, 'The focus of this visit was on planning and achieving permanence'],
    ['thurrock-2018-10-04', 24, 'The inspectors focused on the local authority'],
    ['haringey-2020-01-21', 27, 'Inspectors considered the local authority'],
  ] as const) {
    const text = realLetter(file);
    const letter = service.parse(`file:///${file}.txt`, text);
    const scope = letter.partsById('visitScope').find((p) => text.slice(p.span.start, p.span.end).startsWith(opening));
    assert.ok(scope, `${file}: no scope paragraph opening '${opening}'`);
    assert.equal(letter.source.positionAt(scope.span.start).line + 1, line, file);
    const analysis = service.analyze(`file:///${file}.txt`, text);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'unrecognised-paragraph'), [], file);
  }
});
