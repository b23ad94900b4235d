import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { builtinRegistry } from '../../server/src/engine';
import { grammarFileText } from '../../scripts/grammar-from-template';

/**
 * The grammar generator takes a new template's data as it is (docs/adding-a-template.md): with the
 * monitoring-visit fixture added to the built-in templates, its title, headings and fixed sentences are
 * coloured, with no change to the generator; without it, they are not.
 */

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'templates', 'monitoring-visit');
const data = JSON.parse(readFileSync(join(FIXTURE, 'template.json'), 'utf8'));
const sample = readFileSync(join(FIXTURE, 'sample.letter'), 'utf8');

async function tokenizer(grammarText: string): Promise<(line: string) => { text: string; scope: string }[]> {
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(grammarText, 'grammar.json'),
  });
  const grammar = await registry.loadGrammar('text.inspection-letter');
  assert.ok(grammar);
  return (line) =>
    grammar
      .tokenizeLine(line, textmate.INITIAL)
      .tokens.filter((t) => t.scopes.length > 1)
      .map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scope: t.scopes[t.scopes.length - 1] }));
}

const line = (start: string) => {
  const found = sample.split('\n').find((l) => l.startsWith(start));
  assert.ok(found, `the sample has no line starting ${start}`);
  return found;
};

before(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
});

test("a fifth template's title, headings and fixed sentences are coloured from its data alone", async () => {
  const withFixture = await tokenizer(grammarFileText(builtinRegistry().with(data).templates));
  const builtin = await tokenizer(grammarFileText(builtinRegistry().templates));

  const title = line('Monitoring visit to');
  assert.deepEqual(withFixture(title), [
    { text: 'Monitoring visit to', scope: 'keyword.other.fixed-sentence.title.inspection-letter' },
    { text: 'Exampleshire', scope: 'entity.name.council.inspection-letter' },
    { text: "children's services", scope: 'keyword.other.fixed-sentence.title.inspection-letter' },
  ]);
  assert.deepEqual(builtin(title), []);

  const heading = line('Areas covered by the visit');
  assert.deepEqual(withFixture(heading), [{ text: 'Areas covered by the visit', scope: 'markup.heading.section.inspection-letter' }]);
  assert.deepEqual(builtin(heading), []);

  const opening = line('This letter summarises');
  const secondSentence = 'This was the first monitoring visit since the local authority was judged inadequate in January 2022.';
  assert.ok(withFixture(secondSentence).some((t) => t.text === 'This was the' && t.scope === 'keyword.other.fixed-sentence.inspection-letter'));
  assert.ok(!builtin(secondSentence).some((t) => t.scope === 'keyword.other.fixed-sentence.inspection-letter'));
  assert.ok(withFixture(opening).some((t) => t.text === '7 and 8 June 2022' && t.scope === 'constant.numeric.date.inspection-letter'));
});
