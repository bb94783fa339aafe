// Tiny registries, submissions and townships for the analysis tests.

import type { Indicator, Registry, Submission, Township } from '@/core/types'

type IndicatorSpec = Pick<Indicator, 'id' | 'kind'> & Partial<Indicator>

export function indicator(spec: IndicatorSpec): Indicator {
  return {
    label_zh: spec.id, label_en: spec.id, unit: spec.kind === 'rate' ? '%' : '件', group: 'test',
    direction: 'neutral', formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {},
    ...spec,
  }
}

export function registryOf(specs: readonly IndicatorSpec[]): Registry {
  const indicators = specs.map(indicator)
  return { indicators, byId: new Map(indicators.map(i => [i.id, i])), byKey: new Map(), groups: ['test'] }
}

export function sub(township: string, year: number, values: Record<string, number | null>, extra: Partial<Submission> = {}): Submission {
  return { township, code: null, year, values, approx: [], derived: [], source: { file: 'test.csv', row: 2 }, ...extra }
}

export function township(name: string, population: number | null, code = name): Township {
  return { code, name, kind: '镇', population, area_km2: null, aliases: [] }
}

/** The indicators the flag and series tests use, as in data/indicators.json. */
export const registry = registryOf([
  { id: 'penalty_cases', kind: 'count', label_zh: '行政处罚案件数' },
  { id: 'penalty_amount', kind: 'amount', unit: '元', label_zh: '罚没金额' },
  { id: 'enforcement_staff', kind: 'count', unit: '人', core: true, label_zh: '在编行政执法人员数' },
  { id: 'enforcement_certified', kind: 'count', unit: '人', core: true, direction: 'higher_better', label_zh: '持行政执法证件人数' },
  { id: 'enforcement_cert_rate', kind: 'rate', core: true, direction: 'higher_better', label_zh: '行政执法人员持证率', formula: 'enforcement_certified / enforcement_staff * 100' },
  { id: 'litigation_hearings', kind: 'count', core: true, township_reportable: 'county_source', label_zh: '开庭审理案件数' },
  { id: 'head_appearances', kind: 'count', core: true, township_reportable: 'county_source', label_zh: '负责人出庭应诉件数' },
  { id: 'head_appearance_rate', kind: 'rate', core: true, direction: 'higher_better', township_reportable: 'county_source', label_zh: '行政机关负责人出庭应诉率', formula: 'head_appearances / litigation_hearings * 100' },
  { id: 'litigation_lost', kind: 'count', core: true, direction: 'lower_better', township_reportable: 'county_source', label_zh: '行政诉讼败诉数' },
  { id: 'reconsideration_corrected', kind: 'count', core: true, direction: 'lower_better', township_reportable: 'county_source', label_zh: '被复议纠错数' },
  { id: 'reconsideration_correction_rate', kind: 'rate', core: true, direction: 'lower_better', township_reportable: 'county_source', label_zh: '行政复议被纠错率' },
  { id: 'petition_conclusion_rate', kind: 'rate', direction: 'higher_better', label_zh: '信访事项办结率' },
  { id: 'annual_report_published', kind: 'flag', unit: '', direction: 'higher_better', label_zh: '年度报告已公开' },
  { id: 'annual_report_submitted_on_time', kind: 'flag', unit: '', direction: 'higher_better', label_zh: '年度报告按时报送' },
])
