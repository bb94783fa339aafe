import { describe, expect, it } from 'vitest'
import { radarIndicators, radarPercentiles, wrapAxisLabel } from '@/core/analysis/radarAxes'
import type { ProfileRow, TownshipProfile } from '@/core/analysis/townshipProfile'
import type { Indicator, Registry } from '@/core/types'

const ind = (spec: Pick<Indicator, 'id' | 'kind'> & Partial<Indicator>): Indicator => ({
  label_zh: spec.id, label_en: spec.id, unit: '%', group: 'g', direction: 'higher_better',
  formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {}, ...spec,
})
const indicators = [
  ind({ id: 'cert_rate', kind: 'rate', core: true }),
  ind({ id: 'count', kind: 'count', core: true }),
  ind({ id: 'share', kind: 'rate', core: true, direction: 'neutral' }),
  ind({ id: 'other_rate', kind: 'rate' }),
  ind({ id: 'loss_rate', kind: 'rate', core: true, direction: 'lower_better' }),
]
const registry: Registry = { indicators, byId: new Map(indicators.map(i => [i.id, i])), byKey: new Map(), groups: ['g'] }

describe('radarIndicators', () => {
  it('uses the core rates with a direction, in registry order', () => {
    expect(radarIndicators(registry).map(i => i.id)).toEqual(['cert_rate', 'loss_rate'])
  })

  it('keeps at most `max` axes', () => {
    expect(radarIndicators(registry, 1).map(i => i.id)).toEqual(['cert_rate'])
  })
})

describe('radarPercentiles', () => {
  it('gives the township’s percentile on each axis, null where the table has no row', () => {
    const row = { indicator: indicators[0], percentile: 75 } as ProfileRow
    const profile = { groups: [{ group: 'g', rows: [row] }] } as unknown as TownshipProfile
    expect(radarPercentiles(profile, radarIndicators(registry)).map(a => a.percentile)).toEqual([75, null])
  })
})

describe('wrapAxisLabel', () => {
  it.each([
    ['持证率', '持证率'],
    ['行政机关负责人出庭应诉率', '行政机关负责人出庭应诉率'],
    ['信息公开复议诉讼“结果纠正”数', '信息公开复议诉讼\n“结果纠正”数'],
    ['Normative-document legality-review rate', 'Normative-document\nlegality-review\nrate'],
    ['Case-file pass rate', 'Case-file pass\nrate'],
  ])('writes %s as %j', (label, wrapped) => {
    expect(wrapAxisLabel(label)).toBe(wrapped)
  })
})
