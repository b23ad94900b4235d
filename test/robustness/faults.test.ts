import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, analyze, loadTemplate, TemplateError, type Rule } from '../../server/src/engine';
import { defineRule } from '../../server/src/engine/rules/rule';
import templateData from '../../server/src/engine/templates/annual-letter/template.json';
import { seed } from '../../server/src/engine/testing';

/**
 * Faults inside the engine stay contained: a rule that throws (or reports nonsense locations) is
 * isolated and the other rules still report; invalid template data gives a TemplateError naming each
 * problem instead of a crash or a half-built template.
 */

const throwing = defineRule({
  id: 'throws-always',
  description: 'A rule that throws, to test isolation.',
  defaultSeverity: 'error',
  fixable: false,
  docs: { rationale: 'test only' },
  check() {
    throw new Error('boom');
  },
});

const wild = defineRule({
  id: 'reports-wild-spans',
  description: 'A rule that reports spans outside the document, to test clamping.',
  defaultSeverity: 'warning',
  fixable: false,
  docs: { rationale: 'test only' },
  check({ report, letter }) {
    const n = letter.source.text.length;
    report({ span: { start: -50, end: n + 1000 }, message: 'whole document and more' });
    report({ span: { start: NaN, end: Infinity }, message: 'not numbers' });
    report({ span: { start: n + 10, end: 3 }, message: 'backwards' });
  },
});

describe('a rule that throws is isolated', () => {
  const text = seed('staffordshire');
  const normal = analyze(text);

  it('the throwing rule is reported in ruleErrors and to onRuleError, and the other rules still report', () => {
    const seen: string[] = [];
    const rules: Rule[] = [...allRules.slice(0, 3), throwing, ...allRules.slice(3)];
    const a = analyze(text, { rules, onRuleError: (id) => seen.push(id) });
    assert.deepEqual(a.ruleErrors.map((e) => e.ruleId), ['throws-always']);
    assert.equal((a.ruleErrors[0].error as Error).message, 'boom');
    assert.deepEqual(seen, ['throws-always']);
    assert.ok(normal.diagnostics.length > 0, 'staffordshire has findings: the test would test nothing');
    assert.deepEqual(
      a.diagnostics.map((d) => `${d.code}@${d.span.start}`),
      normal.diagnostics.map((d) => `${d.code}@${d.span.start}`),
      'the other rules did not report as before',
    );
  });

  it('a rule reporting spans outside the document is clamped into it', () => {
    const a = analyze(text, { rules: [wild] });
    assert.equal(a.diagnostics.length, 3);
    for (const d of a.diagnostics) {
      assert.ok(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length, `${d.message}: ${JSON.stringify(d.span)}`);
    }
  });

  it('every rule, run alone on hostile text, does not throw', () => {
    const hostile = ['', '\0', '\uFEFF', '\ud800', '\r', 'Dear', 'Copy:', '# ', '<ul>', seed('derby').slice(0, 500), seed('derby').replace(/\n/g, '\r')];
    for (const rule of allRules) {
      for (const t of hostile) {
        const a = analyze(t, { rules: [rule] });
        assert.deepEqual(a.ruleErrors, [], `${rule.id} threw on ${JSON.stringify(t.slice(0, 20))}`);
      }
    }
  });
});

describe('invalid template data', () => {
  const clone = () => JSON.parse(JSON.stringify(templateData));

  it('the shipped template loads', () => {
    assert.doesNotThrow(() => loadTemplate(clone()));
  });

  it('a schema violation gives a TemplateError naming the place', () => {
    const data = clone();
    delete data.parts;
    const error = catchError(() => loadTemplate(data));
    assert.ok(error instanceof TemplateError, String(error));
    assert.ok(error.problems.some((p) => /parts/.test(p)), error.problems.join('\n'));
  });

  it('several problems are each named', () => {
    const data = clone();
    data.slots = { ...data.slots, broken: { description: 'bad', pattern: '([unclosed' } };
    data.parts = [...data.parts, data.parts[0]];
    data.patterns = { ...data.patterns, followUp: '(?i)(unclosed' };
    const error = catchError(() => loadTemplate(data));
    assert.ok(error instanceof TemplateError, String(error));
    assert.ok(error.problems.some((p) => /slots\.broken\.pattern/.test(p)), error.problems.join('\n'));
    assert.ok(error.problems.some((p) => /letterhead appears twice/.test(p)), error.problems.join('\n'));
    assert.ok(error.problems.some((p) => /patterns\.followUp/.test(p)), error.problems.join('\n'));
    assert.match(error.message, /not valid/);
  });

  it('non-object data (null, a string, an array) gives a TemplateError, not a crash', () => {
    for (const data of [null, 'template', [], 42]) {
      const error = catchError(() => loadTemplate(data));
      assert.ok(error instanceof TemplateError, `${JSON.stringify(data)}: ${String(error)}`);
    }
  });
});

function catchError(f: () => unknown): TemplateError | unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}
