import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { builtinRegistry } from '../../template/registry';
import { corpusFiles, diagnose, realReport, service } from './testing';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './testing';

const ILACS = corpusFiles('ilacs-report');
const SIF = corpusFiles('sif-report');

/**
 * The only errors on the 128 real ILACS reports: real defects of the text as published. Both are
 * reports whose PDF has no lead-inspector line in its text layer (MODERN-TEMPLATES.md §1.2).
 */
const REAL_DEFECTS: { file: string; line: number; code: string; defect: string }[] = [
  { file: 'devon-2025-05-13.txt', line: 4, code: 'missing-part', defect: 'no Lead inspector line (the text layer has none)' },
  { file: 'warwickshire-2025-10-14.txt', line: 5, code: 'missing-part', defect: 'no Lead inspector line (the text layer has none)' },
];

test('the corpus is there: 128 ILACS reports and 67 SIF reports', () => {
  assert.equal(ILACS.length, 128);
  assert.equal(SIF.length, 67);
});

test('every ILACS report is recognised as ilacs-report and every SIF report as sif-report', () => {
  const registry = builtinRegistry();
  for (const f of ILACS) assert.equal(registry.recognise(realReport(f)).template.id, 'ilacs-report', f);
  for (const f of SIF) assert.equal(registry.recognise(realReport(f, 'sif-report')).template.id, 'sif-report', f);
});

test('no focused-visit letter and no old letter is recognised as a report', () => {
  const registry = builtinRegistry();
  const dirs = [join(CORPUS, 'focused-visit'), join(__dirname, '../../../../../test/fixtures/seeds'), join(__dirname, '../../../../../examples')];
  let n = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => /\.(txt|letter)$/.test(f))) {
      const id = registry.recognise(readFileSync(join(dir, f), 'utf8')).template.id;
      assert.ok(id !== 'ilacs-report' && id !== 'sif-report', `${dir}/${f} recognised as ${id}`);
      n++;
    }
  }
  assert.ok(n >= 151, `${n} letters read`);
});

test('no error on the real ILACS reports but the listed real defects', () => {
  const errors: string[] = [];
  for (const f of ILACS) {
    for (const d of diagnose(realReport(f), f)) if (d.severity === 'error') errors.push(`${f}:${d.range.start.line + 1} ${d.code}`);
  }
  assert.deepEqual(errors, REAL_DEFECTS.map((d) => `${d.file}:${d.line} ${d.code}`));
});

test('every report parses to its table, sections and numbered paragraphs', () => {
  for (const f of ILACS) {
    const letter = service.parse(f, realReport(f));
    const r = letter.report!;
    assert.ok(r.table && r.table.rows.length >= 4, `${f}: table`);
    assert.ok(r.table.rows.every((row) => row.rowId && row.grade?.gradeId), `${f}: rows graded`);
    assert.ok(r.gradedSections.length >= 3 && r.gradedSections.every((s) => s.grade?.gradeId), `${f}: graded sections`);
    assert.ok(r.paragraphs.length >= 25, `${f}: ${r.paragraphs.length} paragraphs`);
    assert.ok(r.fieldwork?.value.first, `${f}: fieldwork`);
  }
});

/** Reformatting that changes nothing a check reads. */
function reformat(text: string, how: 'crlf' | 'bom' | 'quotes' | 'bullets' | 'furniture' | 'joined'): string {
  switch (how) {
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return '\uFEFF' + text;
    case 'quotes':
      return text.replace(/’/g, "'").replace(/‘/g, "'");
    case 'bullets':
      return text.replace(/^[\u25FC\uF06E]\s*/gmu, '- ');
    case 'furniture': {
      // Page numbers, form feeds and running footers removed.
      const lines = text.replace(/\f/g, '').split('\n');
      const out: string[] = [];
      for (let i = 0; i < lines.length; i++) {
        if (/^\d{1,3}$/.test(lines[i].trim())) continue;
        if (i > 10 && /^\(?Inspection of .*(services|Trust)/.test(lines[i]) && /\d{4}|\d\d\)?$/.test(lines[i + 1] ?? '')) {
          i++;
          continue;
        }
        out.push(lines[i]);
      }
      return out.join('\n');
    }
    case 'joined': {
      // The wrapped lines of each numbered paragraph joined into one line.
      const lines = text.split('\n');
      const out: string[] = [];
      let inParagraph = false;
      let last = -1;
      let pendingNumber: string | undefined;
      for (let line of lines) {
        // A paragraph number alone on its line (PDF columns) goes before its text.
        if (/^\f?\d{1,3}\.$/.test(line.trim())) {
          pendingNumber = line.trim().replace(/^\f/, '');
          continue;
        }
        if (pendingNumber && line.trim()) {
          line = `${pendingNumber} ${line.trim()}`;
          pendingNumber = undefined;
        }
        // Page furniture stays on its own lines; the paragraph goes on after it.
        if (/^\f?\(?Inspection of /.test(line) || /^\d{1,2}.*\d{2,4}\)?\.?$/.test(line.trim()) || !line.trim() || /^\f?\d{1,3}$/.test(line.trim())) {
          out.push(line);
          continue;
        }
        if (/^\d{1,3}\.\s+\S/.test(line)) {
          out.push(line);
          inParagraph = true;
          last = out.length - 1;
        } else if (inParagraph && !/^\d{1,3}\.?$/.test(line.trim()) && /[a-z,]$/.test(out[last])) {
          out[last] += ' ' + line.trim();
        } else {
          out.push(line);
          inParagraph = false;
        }
      }
      return out.join('\n');
    }
  }
}

const REFORMATTED = ['blackpool-2019-01-17', 'bedford-2025-08-27', 'lambeth-2026-03-10', 'gateshead-2025-01-29', 'trafford-2026-08-03', 'manchester-2025-11-11'];

test('reformatting (CRLF, BOM, quotes, bullets, footers and page numbers removed, paragraphs joined) changes nothing', () => {
  const summary = (text: string, hows: string[]) =>
    diagnose(text)
      .filter((d) => d.code !== 'spelling' && !(hows.includes('furniture') && d.code === 'running-footer'))
      .map((d) => `${d.code} ${d.severity} ${d.message}`)
      .sort();
  for (const name of REFORMATTED) {
    const text = realReport(name);
    for (const how of ['crlf', 'bom', 'quotes', 'bullets', 'furniture', 'joined'] as const) {
      const after = reformat(text, how);
      assert.notEqual(after, text, `${name} ${how} changed the text`);
      assert.deepEqual(summary(after, [how]), summary(text, [how]), `${name} reformatted: ${how}`);
    }
    const all = reformat(reformat(reformat(reformat(reformat(text, 'furniture'), 'joined'), 'quotes'), 'bullets'), 'crlf');
    assert.deepEqual(summary(all, ['furniture']), summary(text, ['furniture']), `${name} all reformatting at once`);
  }
});
