// The evaluation of the narrative-report extractor (extractEval.ts) run as a test, with the goal of
// issue 6: precision ≥ 0.95 and recall ≥ 0.85 over the corpus, and no figure from a text that holds none.
import { describe, expect, it } from 'vitest'
import { loadRegistryFile } from '../../src/cli/loadData'
import { THRESHOLDS, corpusFiles, evaluateCorpus, precisionOf, recallOf } from './extractEval'
import { formatEvaluation } from './formatEvaluation'

const ev = await evaluateCorpus()
const registry = loadRegistryFile()
const precision = precisionOf(ev.overall)
const recall = recallOf(ev.overall)
console.log(formatEvaluation(ev, registry).split('\n').filter(l => /OVERALL|texts that hold none/.test(l)).join('\n'))

describe(`extraction over the evaluation corpus (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`, () => {
  it('holds at least 22 reports, each with its expected figures', () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(22)
    expect(ev.files.length).toBe(corpusFiles().length)
  })

  it('names only indicators of the registry in the expected figures', () => {
    const unknown = ev.files.flatMap(f => f.expected.figures.filter(x => !registry.byId.has(x.indicator)).map(x => `${f.file}: ${x.indicator}`))
    expect(unknown).toEqual([])
  })

  it(`keeps precision at ${THRESHOLDS.precision} or above`, () => {
    expect(precision, ev.falsePositives.map(m => `${m.file}: ${m.indicator}=${m.value}`).join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.precision)
  })

  it(`keeps recall at ${THRESHOLDS.recall} or above`, () => {
    expect(recall, ev.falseNegatives.map(m => `${m.file}: ${m.indicator}=${m.value}`).join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.recall)
  })

  it('holds at least three texts without figures', () => {
    expect(ev.noFigureFiles.length).toBeGreaterThanOrEqual(3)
  })

  it.each(ev.noFigureFiles.map(f => [f.file, f.count] as const))('extracts no figure at all from %s', (_, count) => {
    expect(count).toBe(0)
  })

  it('reads the township and the year of every report', () => {
    expect(ev.headerMismatches).toEqual([])
  })
})
