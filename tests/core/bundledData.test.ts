// The files in data/ that the app bundles are valid as shipped.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import flags from '../../data/flags.json'
import raw from '../../data/indicators.json'
import { DEFAULT_FLAG_RULES, readFlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import { parseTownshipList } from '@/core/townships'

describe('bundled data', () => {
  it('has a registry that passes its own checks', () => {
    expect(() => loadRegistry(raw)).not.toThrow()
  })

  it('has flag rules that pass their checks and name only known indicators', () => {
    const { rules, problems } = readFlagRules(flags)
    expect(problems).toEqual([])
    expect(rules).toEqual(DEFAULT_FLAG_RULES)
    const ids = new Set(raw.map(i => i.id))
    const named = JSON.stringify(flags).match(/"indicator":\s*"([a-z_]+)"/g)?.map(m => m.split('"')[3]) ?? []
    expect(named.filter(id => !ids.has(id!))).toEqual([])
  })

  it('has a township list without issues', () => {
    const { townships, issues } = parseTownshipList(readFileSync(new URL('../../data/townships.csv', import.meta.url), 'utf8'))
    expect(issues).toEqual([])
    expect(townships.length).toBeGreaterThanOrEqual(20)
  })
})
