import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from './cli-helpers';

/**
 * The checker's whole JSON output on the four example letters (examples/) and the five seeds
 * (test/fixtures/seeds: four real letters and a council's report, which is not a letter), recorded
 * before the engine was reshaped around a registry of templates (issue 10). A change to the engine
 * that changes what it says about these real documents shows here, diagnostic by diagnostic; when the
 * change is meant, record the new output with
 *   node bin/letter-check.js --format json examples test/fixtures/seeds > test/fixtures/golden/examples-and-seeds.json
 * (after `npm run build`) and say why in the commit.
 */
const ROOT = join(__dirname, '..', '..');
const GOLDEN = join(ROOT, 'test', 'fixtures', 'golden', 'examples-and-seeds.json');

test('the JSON output on the example letters and the seeds is the recorded one', () => {
  const previousCwd = process.cwd();
  process.chdir(ROOT);
  try {
    const { code, stdout, stderr } = run(['--format', 'json', 'examples', 'test/fixtures/seeds']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const actual = JSON.parse(stdout) as { file: string; template: string; diagnostics: unknown[] }[];
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof actual;
    assert.deepEqual(actual.map((r) => r.file), expected.map((r) => r.file));
    for (let i = 0; i < expected.length; i++) {
      assert.equal(actual[i].template, expected[i].template, `${expected[i].file}: template`);
      assert.deepEqual(actual[i].diagnostics, expected[i].diagnostics, `${expected[i].file}: diagnostics`);
    }
  } finally {
    process.chdir(previousCwd);
  }
});
