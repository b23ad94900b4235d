import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CORPUS } from '../testing';
import { documentFacts } from './document-facts';
import { choosePreviousDocument, previousKinds, sameCouncilKey, type DatedDocument } from './previous-document';

/**
 * The previous document across kinds, chosen from the real documents of ../shared/corpus as their
 * texts give council and date (documentFacts), checked against the corpus manifest's councils,
 * publication dates and consecutive pairs.
 */

interface ManifestDocument {
  file: string;
  type: string;
  council: string;
  published: string;
}
interface Manifest {
  documents: ManifestDocument[];
  consecutive_pairs: { council: string; earlier: string; later: string; kind: string }[];
}

const MODERN = new Set(['focused-visit', 'ilacs-report', 'sif-report']);
let loaded: { manifest: Manifest; documents: (DatedDocument & { council: string; published: string })[] } | undefined;

function corpus() {
  if (!loaded) {
    const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Manifest;
    const documents = manifest.documents
      .filter((d) => MODERN.has(d.type))
      .map((d) => ({ uri: d.file, templateId: d.type, council: d.council, published: d.published, ...documentFacts(readFileSync(join(CORPUS, d.file), 'utf8')) }));
    loaded = { manifest, documents };
  }
  return loaded;
}

const choose = (file: string) => {
  const { documents } = corpus();
  const draft = documents.find((d) => d.uri === file);
  assert.ok(draft, file);
  return choosePreviousDocument(draft, documents)?.uri;
};

test('every modern corpus document gives its council and date; one council per manifest council', () => {
  const { documents } = corpus();
  const missing = documents.filter((d) => !d.councilKey || !d.date).map((d) => d.uri);
  assert.deepEqual(missing, []);
  // The date read is the inspection's (or the letter's), on or before publication, within five months of it.
  for (const d of documents) {
    const published = new Date(`${d.published}T00:00:00Z`).getTime();
    const days = (published - d.date!.getTime()) / 86_400_000;
    assert.ok(days >= -7 && days <= 160, `${d.uri}: read ${d.date!.toISOString().slice(0, 10)}, published ${d.published}`);
  }
  const keys = new Map<string, string[]>();
  for (const d of documents) keys.set(d.council, [...(keys.get(d.council) ?? []), d.councilKey!]);
  for (const [council, list] of keys) for (const k of list) assert.ok(sameCouncilKey(k, list[0]), `${council}: ${k} ~ ${list[0]}`);
});

test('an ILACS report follows up the previous full inspection, not the focused visit between (real documents)', () => {
  // blackpool: ILACS 2019, focused visit 2021, ILACS 2023.
  assert.equal(choose('ilacs-report/blackpool-2023-02-01.txt'), 'ilacs-report/blackpool-2019-01-17.txt');
  // torbay: SIF 2016, SIF 2018, focused visit 2021, ILACS 2022: the later SIF report.
  assert.equal(choose('ilacs-report/torbay-2022-05-18.txt'), 'sif-report/torbay-2018-08-24.txt');
  // kingston-upon-hull writes itself `Hull` in its reports: ILACS 2023 after ILACS 2019 (focused visit 2021 between).
  assert.equal(choose('ilacs-report/kingston-upon-hull-2023-01-13.txt'), 'ilacs-report/kingston-upon-hull-2019-05-17.txt');
});

test('a focused visit follows up the latest earlier report or visit (real documents)', () => {
  assert.equal(choose('focused-visit/blackpool-2021-04-09.txt'), 'ilacs-report/blackpool-2019-01-17.txt');
  assert.equal(choose('focused-visit/derbyshire-2022-10-26.txt'), 'focused-visit/derbyshire-2021-11-24.txt');
  assert.equal(choose('focused-visit/bath-and-north-east-somerset-2019-12-19.txt'), 'sif-report/bath-and-north-east-somerset-2017-07-07.txt');
  // The earliest document of a council follows up nothing in the corpus.
  assert.equal(choose('sif-report/blackpool-2014-09-08.txt'), undefined);
});

test('the choice agrees with every consecutive pair of the manifest', () => {
  const { manifest, documents } = corpus();
  const byFile = new Map(documents.map((d) => [d.uri, d]));
  let followed = 0;
  let skippedVisit = 0;
  for (const pair of manifest.consecutive_pairs) {
    const later = byFile.get(pair.later)!;
    const earlier = byFile.get(pair.earlier)!;
    const chosen = choosePreviousDocument(later, documents);
    if (previousKinds(later.templateId).includes(earlier.templateId)) {
      // Nothing lies between a consecutive pair: the earlier document is the one followed up.
      assert.equal(chosen?.uri, pair.earlier, `${pair.later}`);
      followed++;
    } else {
      // A focused visit before an ILACS report: the report follows up the full inspection before the visit, if any.
      assert.equal(earlier.templateId, 'focused-visit');
      if (chosen) {
        assert.ok(['ilacs-report', 'sif-report'].includes(chosen.templateId), pair.later);
        assert.ok(chosen.date! < earlier.date!, `${pair.later}: ${chosen.uri} is before ${pair.earlier}`);
      }
      skippedVisit++;
    }
  }
  assert.equal(followed + skippedVisit, 277);
  assert.equal(skippedVisit, 104, 'the focused-visit → ILACS pairs');
});

test('previous kinds: template ids', () => {
  assert.deepEqual(previousKinds('ilacs-report'), ['ilacs-report', 'sif-report']);
  assert.ok(previousKinds('focused-visit').includes('focused-visit'));
  assert.deepEqual(previousKinds('annual-letter'), ['annual-letter']);
  assert.deepEqual(previousKinds('some-new-kind'), ['some-new-kind']);
});

test('council keys: X upon Y written short is the same council; two places are not', () => {
  assert.ok(sameCouncilKey('kingston upon hull', 'hull'));
  assert.ok(sameCouncilKey('newcastle', 'newcastle upon tyne'));
  assert.ok(!sameCouncilKey('kingston upon hull', 'kingston upon thames'));
  assert.ok(!sameCouncilKey('somerset', 'north somerset'));
  assert.ok(!sameCouncilKey(undefined, 'hull'));
});

test('no choice without the draft’s council or date, and never a later or same-day document', () => {
  const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const candidates: DatedDocument[] = [
    { uri: 'a', templateId: 'ilacs-report', councilKey: 'x', date: at('2019-01-01') },
    { uri: 'b', templateId: 'ilacs-report', councilKey: 'x', date: at('2022-01-01') },
  ];
  assert.equal(choosePreviousDocument({ uri: 'd', templateId: 'focused-visit', date: at('2023-01-01') }, candidates), undefined);
  assert.equal(choosePreviousDocument({ uri: 'd', templateId: 'focused-visit', councilKey: 'x' }, candidates), undefined);
  assert.equal(choosePreviousDocument({ uri: 'd', templateId: 'focused-visit', councilKey: 'x', date: at('2022-01-01') }, candidates)?.uri, 'a');
});
