import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport } from './report-rules.fixture';

const code = 'judgement-sections';

test('real reports have a section for every judgement (bedford-2025-08-27, blackpool-2019-01-17)', () => {
  for (const name of ['bedford-2025-08-27', 'blackpool-2019-01-17']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test('a section removed (care leavers of bedford-2025-08-27) is an error', () => {
  const text = realReport('bedford-2025-08-27');
  const from = text.indexOf('The experiences and progress of care leavers:');
  const to = text.indexOf('The impact of leaders on social work', from);
  const ds = of(code, text.slice(0, from) + text.slice(to));
  assert.ok(ds.some((d) => d.severity === 'error' && /care leavers'/.test(d.message)), JSON.stringify(ds.map((d) => d.message)));
});
