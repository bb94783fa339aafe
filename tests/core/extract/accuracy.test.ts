// Accuracy over whole reports written for these tests (tests/fixtures/reports), against figures
// written down by hand from the text: every expected figure found, no unexpected figure.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractReportAsync } from '@/core/extract/input'
import type { ExtractResult } from '@/core/extract/types'
import { parseTownshipList } from '@/core/townships'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const { townships } = parseTownshipList(readFileSync(new URL('../../../data/townships.csv', import.meta.url), 'utf8'))
const read = (name: string) => readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8')

/** 'indicator=value' for the report year, '@year' for another, '~' approximate, '!' partial, '?' listed but not preferred. */
const figure = (r: ExtractResult) => r.values.map(v =>
  `${v.indicator}=${v.value}${v.year === r.year ? '' : `@${v.year}`}${v.approx ? '~' : ''}${v.partial ? '!' : ''}${v.preferred ? '' : '?'}`)

const EXPECTED: Record<string, { township: string, year: number, figures: string[] }> = {
  'qingshi-2024.txt': {
    township: '青石镇', year: 2024,
    figures: [
      'rule_of_law_meetings=6', 'collective_law_study=8', 'publicity_events=23', 'publicity_materials=12000~', 'publicity_audience=20000~',
      'legal_consultations=860~', 'legal_literate_persons=142', 'democracy_law_villages=2', 'enforcement_staff=34', 'enforcement_certified=33',
      'enforcement_cert_rate=97.06', 'inspections=152', 'penalty_cases=87', 'penalty_amount=136000', 'coercion_cases=4',
      'enforcement_training=5', 'enforcement_training_attendance=168', 'enforcement_training_hours_per_capita=64', 'case_files_reviewed=30',
      'case_files_passed=29', 'case_file_pass_rate=96.7', 'disclosures=426', 'disclosure_requests=3', 'disclosure_response_rate=100',
      'major_decisions=3', 'major_decision_review_rate=100', 'contracts_reviewed=26', 'normative_docs=0', 'legal_advisors=2',
      'disputes_screened=48', 'disputes_mediated=213', 'disputes_resolved=207', 'mediation_success_rate=97.2', 'petitions=35',
      'petition_conclusion_rate=100', 'reconsideration_received=2', 'reconsideration_carried_in=1', 'reconsideration_concluded=3',
      'reconsideration_upheld=2', 'reconsideration_terminated=1', 'reconsideration_corrected=0', 'litigation_cases=2', 'litigation_won=2',
      'head_appearance_rate=100', 'litigation_win_rate=100', 'litigation_cases=5@2023', 'litigation_lost=1@2023',
    ],
  },
  'baima-2024.txt': {
    township: '白马镇', year: 2024,
    figures: [
      'publicity_events=16', 'publicity_materials=4500~', 'publicity_audience=3000~', 'inspections=64!', 'enterprise_inspections=21!',
      'penalty_cases=41!', 'penalty_amount=23500!', 'inspections=18!?', 'disclosures=208', 'disclosure_requests=2',
      'reconsideration_received=2', 'reconsideration_concluded=1', 'reconsideration_corrected=1', 'litigation_cases=1',
      'litigation_pending=1', 'head_appearances=1', 'enforcement_staff=12',
    ],
  },
  'liuxi-2024-traditional.txt': {
    township: '柳溪镇', year: 2024,
    figures: [
      'publicity_events=28', 'publicity_materials=6200', 'publicity_audience=8500~', 'enforcement_staff=19', 'enforcement_cert_rate=100',
      'inspections=95', 'penalty_cases=36', 'penalty_amount=48000', 'disputes_mediated=74', 'disputes_resolved=72',
      'reconsideration_received=1', 'reconsideration_upheld=1', 'litigation_cases=0', 'collective_law_study=6',
    ],
  },
  'yunling-2024-masked.txt': { township: '云岭乡', year: 2024, figures: [] },
}

const results = new Map<string, ExtractResult>()
for (const name of Object.keys(EXPECTED)) results.set(name, await extractReportAsync(read(name), { registry, townships, file: name }))

/** Matches found against expected figures as multisets. */
function score(found: readonly string[], expected: readonly string[]) {
  const left = [...expected]
  let hits = 0
  for (const f of found) {
    const i = left.indexOf(f)
    if (i >= 0) {
      left.splice(i, 1)
      hits++
    }
  }
  return { hits, found: found.length, expected: expected.length }
}

const totals = [...results].reduce((t, [name, r]) => {
  const s = score(figure(r), (EXPECTED[name] as { figures: string[] }).figures)
  return { hits: t.hits + s.hits, found: t.found + s.found, expected: t.expected + s.expected }
}, { hits: 0, found: 0, expected: 0 })
const precision = totals.found === 0 ? 1 : totals.hits / totals.found
const recall = totals.expected === 0 ? 1 : totals.hits / totals.expected
console.log(`extract accuracy over ${results.size} reports: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${totals.hits}/${totals.found} found, ${totals.expected} expected)`)

describe(`extraction accuracy (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`, () => {
  it.each(Object.entries(EXPECTED))('finds exactly the hand-written figures of %s', (name, expected) => {
    const r = results.get(name) as ExtractResult
    expect({ township: r.township, year: r.year }).toEqual({ township: expected.township, year: expected.year })
    expect([...figure(r)].sort()).toEqual([...expected.figures].sort())
  })

  it('keeps precision at 1 and recall at 1 over the fixture reports', () => {
    expect(precision).toBe(1)
    expect(recall).toBe(1)
  })

  it('extracts no figure at all from a report whose figures are masked', () => {
    expect(results.get('yunling-2024-masked.txt')?.values).toEqual([])
  })

  it('points every figure at its own characters in the original text', () => {
    for (const [name, r] of results) {
      const text = read(name)
      for (const v of r.values) {
        const span = text.slice(v.start, v.end)
        if (v.note?.includes('否定')) expect(span).toMatch(/^(?:无|未|零|没有)/)
        else expect(span).toMatch(/[\d一二三四五六七八九十两百千万零]/)
        expect(v.evidence.replace(/\s/g, '')).toContain(span.replace(/\s/g, ''))
      }
    }
  })
})
