import { describe, expect, it } from 'vitest'
import { buildCues } from '@/core/extract/patterns'
import type { Indicator, Registry } from '@/core/types'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const cues = buildCues(registry)
const cuesOf = (text: string) => cues.filter(c => c.text === text).map(c => [c.indicator, c.topic ?? null])

describe('buildCues', () => {
  it('takes labels and aliases of the registry as cues', () => {
    expect(cuesOf('行政处罚案件数')).toEqual([['penalty_cases', null]])
    expect(cuesOf('持证上岗率')).toEqual([['enforcement_cert_rate', null]])
  })

  it('ties words that are ambiguous alone to the topic of their paragraph', () => {
    expect(cuesOf('审结')).toEqual([['reconsideration_concluded', 'reconsideration'], ['litigation_concluded', 'litigation']])
    expect(cuesOf('维持')).toEqual([['reconsideration_upheld', 'reconsideration']])
  })

  it('leaves out words too general to name one figure, and flags', () => {
    expect(cuesOf('办理案件')).toEqual([])
    expect(cues.some(c => registry.byId.get(c.indicator)?.kind === 'flag')).toBe(false)
  })

  it('lists the longest cues first', () => {
    expect(cues.every((c, i) => i === 0 || (cues[i - 1]?.text.length ?? 0) >= c.text.length)).toBe(true)
  })

  it('learns an alias a county adds to the registry', () => {
    const extra: Indicator = { ...(registry.byId.get('inspections') as Indicator), aliases: ['巡查检查'] }
    const custom: Registry = { ...registry, indicators: registry.indicators.map(i => i.id === 'inspections' ? extra : i) }
    expect(buildCues(custom).filter(c => c.text === '巡查检查').map(c => c.indicator)).toEqual(['inspections'])
  })

  it('adds each verb cue with 各类 and 各项 after its verb', () => {
    expect(cuesOf('审查各类合同')).toEqual([['contracts_reviewed', null]])
    expect(cuesOf('受理各项矛盾纠纷')).toEqual([['disputes_mediated', null]])
    expect(cuesOf('各类合同')).toEqual([])
  })
})
