import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_DATA, builtinRegistry, TemplateRegistry } from './registry';
import { loadTemplate, schemaProblems } from './template';

describe('template registry', () => {
  it("loads the engine's own templates without the schema, so each of them must pass it here", () => {
    assert.equal(BUILTIN_DATA.length, builtinRegistry().templates.length);
    for (const data of BUILTIN_DATA) assert.deepEqual(schemaProblems(data), [], (data as { id: string }).id);
  });

  it('still checks data from elsewhere against the schema', () => {
    const broken = { ...(BUILTIN_DATA[0] as object), parts: 'none' };
    assert.throws(() => builtinRegistry().with(broken), /parts/);
    assert.throws(() => loadTemplate(broken), /parts/);
  });

  it('recognises a document by its opening the same way the second time (remembered) as the first', () => {
    const registry = new TemplateRegistry(builtinRegistry().templates);
    const letter = 'Ofsted\nPiccadilly Gate\n\n12 March 2024\n\nDear Ms Smith\n\nFocused visit to Derby City Council children’s services\n\n' + 'This letter summarises the findings. '.repeat(200);
    const first = registry.recognise(letter);
    assert.equal(first.template.id, 'focused-visit');
    // The same opening, another ending: the content decides by its opening alone.
    assert.equal(registry.recognise(letter + 'More text.').template, first.template);
    // A byte order mark does not hide the signals anchored at the first line.
    assert.equal(registry.recognise('\ufeff' + letter).template, first.template);
    // Another opening is read again, not taken from the memo.
    assert.equal(registry.recognise('Nothing like a letter.\n').by, 'default');
    // The directive still wins over a remembered opening.
    assert.equal(registry.recognise('<!-- letter-check template: ilacs-report -->\n' + letter).template.id, 'ilacs-report');
  });

  it("compiles a case-insensitive pattern without V8's slow Unicode mode when it means the same there, and keeps Unicode where the pattern needs it", () => {
    const fv = builtinRegistry().get('focused-visit')!;
    // (?i) with \b and no Unicode escape: `i` alone (40 times faster over a report), matching as before.
    assert.equal(fv.patterns.letterheadHint!.flags, 'i');
    assert.ok(fv.patterns.letterheadHint!.test('OFSTED'));
    assert.ok(!fv.patterns.letterheadHint!.test('Ofstedshire'));
    const data = structuredClone(BUILTIN_DATA[1]) as { patterns: Record<string, string> };
    data.patterns.letterheadHint = '(?i)^\\p{Lu}+ ofsted$';
    const unicode = loadTemplate(data).patterns.letterheadHint!;
    assert.equal(unicode.flags, 'iu');
    assert.ok(unicode.test('ÉCOLE Ofsted'));
    // A backslash written as a character before p is no Unicode escape.
    data.patterns.letterheadHint = '(?i)^a\\\\p{2}$';
    assert.equal(loadTemplate(data).patterns.letterheadHint!.flags, 'i');
    // Bad syntax in Unicode mode is reported as before, though the pattern would compile without it.
    data.patterns.letterheadHint = '(?i)a\\-b';
    assert.throws(() => loadTemplate(data), /letterheadHint/);
  });
});
