// Tiny schemes and submissions for the assessment tests.
import type { Scheme, SchemeItem } from '@/core/assessment'
import type { Submission, Township } from '@/core/types'

export const grades = [{ label: '优秀', atLeast: 90 }, { label: '良好', atLeast: 80 }, { label: '合格', atLeast: 60 }, { label: '不合格', atLeast: 0 }]

export function scheme(items: SchemeItem[], extra: Partial<Scheme> = {}): Scheme {
  return { name: '测试方案', year: 2024, scale: 100, groups: [{ id: 'g', label: '组' }, { id: 'h', label: '另一组' }], items, grades, ...extra }
}

export function township(name: string, kind: Township['kind'] = '镇', code = `c-${name}`): Township {
  return { code, name, kind, population: null, area_km2: null, aliases: [] }
}

export function sub(name: string, values: Record<string, number | null>, opts: Partial<Submission> = {}): Submission {
  return { township: name, code: `c-${name}`, year: 2024, values, approx: [], derived: [], source: { file: `${opts.year ?? 2024}.csv`, row: 2 }, ...opts }
}
