import { describe, expect, it } from 'vitest'
import { bestAndWorst, idealOf } from '@/core/analysis'

/** Rows of figures already ranked best first (higher is better), a null at the end. */
const rows = (values: (number | null)[]) => values.map((value, i) => ({ township: `T${i + 1}`, value }))
const places = (list: { row: { township: string }, place: number, tied: boolean }[]) => list.map(e => `${e.row.township}:${e.place}${e.tied ? '=' : ''}`)

describe('best and worst with ties', () => {
  it.each([
    ['distinct figures', [7, 6, 5, 4, 3, 2, 1], null, ['T1:1', 'T2:2', 'T3:3'], ['T7:7', 'T6:6', 'T5:5']],
    ['three figures: one each', [3, 2, 1], null, ['T1:1'], ['T3:3']],
    ['ties at the top are named together', [9, 9, 9, 9, 5, 4, 3, 2], null, ['T1:1=', 'T2:1=', 'T3:1=', 'T4:1='], ['T8:8', 'T7:7', 'T6:6']],
    ['ties at the bottom are named together', [9, 8, 7, 6, 2, 2, 2, 2], null, ['T1:1', 'T2:2', 'T3:3'], ['T5:5=', 'T6:5=', 'T7:5=', 'T8:5=']],
    ['a tie at the best figure is never among the worst', [100, 100, 100, 100, 100, 90], null, ['T1:1=', 'T2:1=', 'T3:1=', 'T4:1=', 'T5:1='], ['T6:6']],
    ['the ideal figure heads the ranking, never the worst', [100, 100, 100, 99], 100, ['T1:1=', 'T2:1=', 'T3:1='], ['T4:4']],
    ['missing figures are left out', [90, 80, null, null], null, ['T1:1'], ['T2:2']],
    ['one figure: nobody best or worst', [90, null], null, [], []],
  ])('%s', (_, values, ideal, best, worst) => {
    const r = bestAndWorst(rows(values), 3, ideal)
    expect(r.allTie).toBe(false)
    expect(places(r.best)).toEqual(best)
    expect(places(r.worst)).toEqual(worst)
  })

  it.each([
    ['all equal', [80, 80, 80, null], 100, false, 80],
    ['everyone at 100 %', [100, 100, 100], 100, true, 100],
    ['everyone at 0 of a lower-is-better rate', [0, 0], 0, true, 0],
    ['all equal, no ideal', [5, 5], null, false, 5],
  ])('%s: all tie, nobody best or worst', (_, values, ideal, allIdeal, value) => {
    const r = bestAndWorst(rows(values), 3, ideal)
    expect([r.allTie, r.allIdeal, r.tieValue, r.best, r.worst]).toEqual([true, allIdeal, value, [], []])
  })

  // A province ranks 1,500 rows: places by one pass must equal the definition (1 + rows strictly better), ties included.
  it.each([
    ['1,500 rows, many ties', Array.from({ length: 1500 }, (_, i) => 100 - Math.floor(i / 7)), null],
    ['1,500 rows, the ideal shared by 40', Array.from({ length: 1500 }, (_, i) => (i < 40 ? 100 : 99 - Math.floor(i / 3) / 10)), 100],
  ])('%s: places and ties as defined', (_, values, ideal) => {
    const r = bestAndWorst(rows(values), 3, ideal)
    for (const e of [...r.best, ...r.worst]) {
      const v = e.row.value as number
      expect([e.place, e.tied]).toEqual([values.filter(x => x > v).length + 1, values.filter(x => x === v).length > 1])
    }
    expect(r.best.length).toBeGreaterThan(0)
    expect(r.worst.length).toBeGreaterThan(0)
  })

  it.each([
    [{ unit: '%', direction: 'higher_better' }, 100],
    [{ unit: '%', direction: 'lower_better' }, 0],
    [{ unit: '%', direction: 'neutral' }, null],
    [{ unit: '件', direction: 'higher_better' }, null],
  ])('the ideal of %j is %s', (indicator, ideal) => {
    expect(idealOf(indicator)).toBe(ideal)
  })
})
