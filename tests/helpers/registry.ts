// Test helpers: the real indicator registry (without the production loader) and a submission builder.

import raw from '../../data/indicators.json'
import type { Indicator, Registry, Submission } from '@/core/types'

/** The registry built straight from data/indicators.json (byKey and groups left empty). */
export function testRegistry(): Registry {
  const indicators = raw as unknown as Indicator[]
  return { indicators, byId: new Map(indicators.map(i => [i.id, i])), byKey: new Map(), groups: [] }
}

/** A submission of 大同镇 for 2024 from sample.csv row 2, with the given values and overrides. */
export function makeSubmission(values: Record<string, number | null>, extra: Partial<Submission> = {}): Submission {
  return {
    township: '大同镇',
    code: '500243100',
    year: 2024,
    values,
    approx: [],
    derived: [],
    source: { file: 'sample.csv', row: 2 },
    ...extra,
  }
}
