import { describe, expect, it } from 'vitest'
import { defaultViewState, parseViewQuery, sameQuery, viewQuery, type ViewState } from '@/core/viewState'

const known = (id: string) => ['enforcement_cert_rate', 'inspections', 'penalty_cases'].includes(id)

describe('view state in the URL', () => {
  it.each<[string, ViewState]>([
    ['the default view', defaultViewState()],
    ['a full view', { year: 2023, indicators: ['inspections', 'penalty_cases'], townships: ['大同镇', '青石镇'], normalization: 'per10k', theme: 'projector', peer: '街道' }],
    ['one peer group', { ...defaultViewState(), peer: '乡' }],
  ])('round-trips %s', (_name, state) => {
    expect(parseViewQuery(viewQuery(state), known)).toEqual(state)
  })

  it('leaves defaults out of the query so links stay short', () => {
    expect(viewQuery(defaultViewState())).toEqual({})
  })

  it.each([
    [{ year: '1999' }, 'year', null],
    [{ year: 'abc' }, 'year', null],
    [{ ind: 'nope,<script>' }, 'indicators', ['enforcement_cert_rate']],
    [{ ind: 'inspections,nope,inspections' }, 'indicators', ['inspections']],
    [{ norm: 'per-elephant' }, 'normalization', 'raw'],
    [{ theme: 'dark' }, 'theme', 'screen'],
    [{ peer: '村' }, 'peer', 'all'],
    [{ peer: ['镇', '乡'] }, 'peer', '镇'],
    [{ t: ',,大同镇,,大同镇' }, 'townships', ['大同镇']],
  ])('falls back to the default for a malformed %j', (query, key, value) => {
    expect(parseViewQuery(query, known)[key as keyof ViewState]).toEqual(value)
  })

  it('caps long lists from hand-edited links', () => {
    const t = Array.from({ length: 500 }, (_, i) => `镇${i}`).join(',')
    expect(parseViewQuery({ t }, known).townships).toHaveLength(50)
  })

  it('compares queries regardless of key order', () => {
    expect(sameQuery({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true)
    expect(sameQuery({ a: '1' }, { a: '1', b: '2' })).toBe(false)
  })
})
