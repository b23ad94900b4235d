import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { replaceOnce } from '../testing';
import { analyseText, findingsOf, hasCorpus, lettersFlagged, realLetter, summary } from '../templates/focused-visit/testing';

const skip = !hasCorpus() && 'the focused-visit corpus is not on this machine';
const code = 'letterhead-interleaved';
const of = (text: string) => findingsOf(code, text);

test('of the 151 real letters, only the two whose text layer interleaves the head are flagged', { skip }, () => {
  assert.deepEqual(lettersFlagged(code), ['harrow-2018-11-01.txt', 'kingston-upon-thames-2022-06-23.txt']);
});

test('kingston-upon-thames-2022-06-23 (date at line 13 inside the address): the safe fix moves the date up and the letter has no error left', { skip }, () => {
  const text = realLetter('kingston-upon-thames-2022-06-23');
  const [d, more] = of(text);
  assert.equal(more, undefined);
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /The letter date sits inside the address, with the address's last 2 lines \('Kingston upon Thames', 'KT1 1EU'\) repeated under it/);
  assert.equal(d.fixes[0].safe, true);
  const fixed = applyFixes(text, [d.fixes[0]]).text;
  assert.ok(fixed.includes('www.gov.uk/ofsted\n\n23 June 2022\nIan Dodds\nDirector of Children’s Services\nGuildhall\nHigh Street\nKingston upon Thames\nKT1 1EU\nDear Ian\n'));
  assert.deepEqual(summary(analyseText(fixed).diagnostics), [], 'the salutation now greets the addressee');
  assert.deepEqual(of(fixed), []);
});

test('harrow-2018-11-01 (title at line 25 among the address lines): the safe fix writes the title whole; only the missing valediction is left', { skip }, () => {
  const text = realLetter('harrow-2018-11-01');
  const [d] = of(text);
  assert.equal(d.range.start.line + 1, 25);
  assert.match(d.message, /'Harrow', 'HA1 2XF' repeat the address\), as PDF text extraction left it: it reads 'Focused visit to London Borough of Harrow local authority children’s services\.'/);
  const fixed = applyFixes(text, [d.fixes[0]]).text;
  assert.ok(fixed.includes('Dear Mr Hewitt,\nFocused visit to London Borough of Harrow local authority children’s services.\nThis letter summarises'));
  assert.deepEqual(summary(analyseText(fixed).diagnostics), ['162:missing-part']);
});

test('sheffield-2022-10-26 (clean) with its date read into the address the way kingston’s was: the same warning, and the fix restores the letter', { skip }, () => {
  const real = realLetter('sheffield-2022-10-26');
  assert.deepEqual(of(real), []);
  const text = replaceOnce(real, '26 October 2022\nAndrew Jones\nDirector of Children’s Services\nTown Hall\nPinstone Street\nSheffield\nS1 2HH\n', 'Andrew Jones\nDirector of Children’s Services\nTown Hall\nPinstone Street\nSheffield\nS1 2HH\n26 October 2022\nSheffield\nS1 2HH\n');
  const [d] = of(text);
  assert.match(d.message, /last 2 lines \('Sheffield', 'S1 2HH'\)/);
  assert.equal(applyFixes(text, [d.fixes[0]]).text, real);
});

test('sheffield-2022-10-26 with its title broken by the address’s postcode the way harrow’s was: fixed back to the real title', { skip }, () => {
  const real = realLetter('sheffield-2022-10-26');
  const text = replaceOnce(real, 'Dear Andrew\nFocused visit to Sheffield children’s services\n', 'Dear Andrew\nS1 2HH visit to Sheffield children’s\nFocused\nservices\n');
  const [d] = of(text);
  assert.equal(applyFixes(text, [d.fixes[0]]).text, real);
});

test('lines after the salutation that repeat no address line are left to the other rules: no repair is guessed', { skip }, () => {
  const text = replaceOnce(realLetter('sheffield-2022-10-26'), 'Dear Andrew\nFocused visit to Sheffield children’s services\n', 'Dear Andrew\nvisit to Sheffield children’s services\nFocused\n');
  assert.deepEqual(of(text), []);
});
