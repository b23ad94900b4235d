import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import phrasesData from './phrases.json';
import { compilePhrases } from './phrases';
import { stem, topicCoverage, topicSimilarity, topicTerms } from './terms';

test('the phrase data is valid and compiles', () => {
  const p = compilePhrases(phrasesData);
  assert.ok(p.outcomes.length >= 6);
  assert.ok(p.markers.length >= 1);
});

test('invalid phrase data is refused, naming the problem', () => {
  const broken = JSON.parse(JSON.stringify(phrasesData));
  broken.claims.outcomes[0].id = 'mostlyFine';
  delete broken.markerSentence;
  assert.throws(() => compilePhrases(broken), /outcomes\/0\/id/);
  assert.throws(() => compilePhrases(broken), /markerSentence/);
});

test('equivalent terms meet: ICS and the electronic case recording system; CAF and the common assessment framework', () => {
  const ics = topicTerms("The integrated children's system is slow.");
  const ecr = topicTerms('The electronic case recording system is slow.');
  assert.ok(ics.weights.has('#recording-system') && ecr.weights.has('#recording-system'));
  assert.equal(topicSimilarity(ics, ecr), 1);
  assert.ok(topicTerms('CAF is not embedded').weights.has('#common-assessment-framework'));
  assert.ok(topicTerms('The common assessment framework is not embedded').weights.has('#common-assessment-framework'));
});

test('stems join word forms; template words carry no topic', () => {
  assert.equal(stem('assessments'), stem('assessed'));
  assert.equal(stem('referrers'), stem('referrals'));
  assert.equal(topicTerms('This was an area for development at the previous inspection.').total, 0);
  assert.equal(topicCoverage(topicTerms(''), topicTerms('anything')), 0);
});
