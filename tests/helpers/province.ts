// A fictional province for the county level and the scale tests: several counties, each with its own
// township list (codes 98CCNN…, names unique across the province) and one wide CSV of every indicator of
// the registry for five years, written as a county's dashboard exports them (乡镇名单-<县>.csv with its
// county column; <县>-数据.csv with 乡镇,年度,<label>（<unit>）…). Deterministic from the seed; every
// figure is invented. data/generateProvince.ts writes the files; e2e and bench tests build them at run time.
import { evaluateRate, parseFormula, type ParsedFormula } from '../../src/core/formula'
import { rowsToCsv, wideHeader } from '../../src/core/exportTable'
import { townshipListRows } from '../../src/core/townshipList'
import type { Indicator, Township } from '../../src/core/types'
import { mulberry32 } from '../../data/seededRandom'

export interface ProvinceOptions {
  counties: number
  /** Townships in the whole province, shared out unevenly over the counties (40 %–160 % of the mean). */
  townships: number
  years: readonly number[]
  seed?: number
}

/** One county's exports: its list and its data, as the app's 乡镇名单 and 数据 tabs write them. */
export interface CountyExport {
  name: string
  /** The county's 6-digit code, the first six digits of its townships' codes. */
  code: string
  townships: Township[]
  /** File names and texts of the two exports. */
  listFile: { name: string, text: string }
  dataFile: { name: string, text: string }
}

export const PROVINCE_SCALE: ProvinceOptions = { counties: 20, townships: 1500, years: [2020, 2021, 2022, 2023, 2024], seed: 20261202 }
export const PROVINCE_SMALL: ProvinceOptions = { counties: 3, townships: 18, years: [2020, 2021, 2022, 2023, 2024], seed: 7 }


const FIRST = [...'青白云龙金石松柳桃杏梅竹兰荷枫桂樟柏杨槐清明安宁太平长乐永和新兴富民丰泰嘉祥瑞福康顺德仁义礼信忠孝文武星月阳春秋冬夏山川江河湖海溪泉岭峰坪坝岗湾塘桥'] as const
const SECOND = [...'溪山桥湾坪河口岭塘源头庄店集铺寨堡沟坡岩峪关渡田坝洲园林港垭冲场'] as const
const COUNTY_FIRST = [...'临永安平宁泰清和兴德福嘉长丰康'] as const
const COUNTY_SECOND = [...'川江源阳山水城原陵昌'] as const

type Values = Record<string, number>

interface Profile { t: Township, s: number, growth: number, quality: number }

/** The province's counties with their townships (no figures yet). */
function drawCounties(opts: ProvinceOptions, random: () => number): { name: string, code: string, townships: Township[] }[] {
  const weights = Array.from({ length: opts.counties }, () => 0.4 + 1.2 * random())
  const total = weights.reduce((a, b) => a + b, 0)
  const sizes = weights.map(w => Math.max(1, Math.floor(w / total * opts.townships)))
  for (let i = 0; sizes.reduce((a, b) => a + b, 0) < opts.townships; i = (i + 1) % sizes.length) sizes[i] = (sizes[i] ?? 0) + 1
  const names = new Set<string>()
  const countyNames = new Set<string>()
  return sizes.map((size, c) => {
    let county = ''
    for (let k = 0; county === '' || countyNames.has(county); k++) {
      county = `${COUNTY_FIRST[(c + k) % COUNTY_FIRST.length]}${COUNTY_SECOND[(c * 3 + k * 7) % COUNTY_SECOND.length]}${k > 9 ? '区' : '县'}`
    }
    countyNames.add(county)
    const code = `98${String(Math.floor(c / 10) + 1).padStart(2, '0')}${String(c % 10 + 1).padStart(2, '0')}`
    const townships: Township[] = []
    for (let i = 0; i < size; i++) {
      const kind: Township['kind'] = i < Math.max(1, Math.round(size * 0.1)) ? '街道' : random() < 0.65 ? '镇' : '乡'
      let name = ''
      while (name === '' || names.has(name)) {
        const stem = `${FIRST[Math.floor(random() * FIRST.length)]}${SECOND[Math.floor(random() * SECOND.length)]}`
        name = `${stem}${kind}`
      }
      names.add(name)
      const population = kind === '街道' ? Math.round(40000 + random() * 80000) : kind === '镇' ? Math.round(18000 + random() * 50000) : Math.round(6000 + random() * 18000)
      const area = Math.round((kind === '街道' ? 10 + random() * 40 : 60 + random() * 240) * 10) / 10
      townships.push({ code: `${code}${String(i + 1).padStart(3, '0')}000`, name, kind, population, area_km2: area, aliases: [], county })
    }
    return { name: county, code, townships }
  })
}

/** Draws one township-year of every reported indicator (rates are computed afterwards from their formulas). */
function drawYear(p: Profile, y: number, previous: Values | null, random: () => number): Values {
  const uniform = (lo: number, hi: number) => lo + (hi - lo) * random()
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean)
    let k = 0
    for (let q = random(); q > limit; q *= random()) k++
    return k
  }
  const binomial = (n: number, q: number) => { let k = 0; for (let i = 0; i < n; i++) if (random() < q) k++; return k }
  const around = (x: number) => Math.max(0, Math.round(x * uniform(0.9, 1.1)))
  const f = p.growth ** y
  const { s, quality } = p
  const v: Values = {}
  // publicity
  v.publicity_events = Math.max(4, around((4 + 14 * s) * f))
  v.publicity_materials = Math.max(1000, Math.round(v.publicity_events * uniform(180, 400) / 100) * 100)
  v.publicity_audience = Math.round(v.publicity_materials * uniform(0.9, 1.5) / 10) * 10
  v.legal_consultations = Math.round(v.publicity_events * uniform(12, 30))
  v.legal_literate_persons = around(20 + 40 * s * f)
  v.democracy_law_villages = Math.min(30, poisson(1 + 3 * s))
  v.village_legal_advisor_coverage = Math.round(Math.min(100, 80 + 20 * quality + uniform(-3, 3)) * 10) / 10
  // enforcement
  v.enforcement_staff = Math.max(6, Math.min(80, around((10 + 16 * s) * (1 + 0.03 * y))))
  v.enforcement_certified = Math.min(v.enforcement_staff, Math.round(v.enforcement_staff * Math.min(1, 0.82 + 0.15 * quality + 0.01 * y)))
  v.enforcement_training = Math.max(1, around(3 + 2 * s))
  v.enforcement_training_attendance = Math.round(v.enforcement_staff * v.enforcement_training * uniform(0.65, 0.95))
  v.enforcement_training_hours_per_capita = Math.round(uniform(24, 60))
  v.inspections = Math.max(20, around(v.enforcement_staff * uniform(4, 9) * f))
  v.enterprise_inspections = Math.round(v.inspections * uniform(0.2, 0.45))
  v.penalty_cases = Math.round(v.inspections * (p.t.kind === '乡' ? uniform(0.03, 0.12) : uniform(0.1, 0.4)))
  v.penalty_amount = v.penalty_cases === 0 ? 0 : Math.max(100, Math.round(v.penalty_cases * uniform(300, 1800) / 100) * 100)
  v.coercion_cases = binomial(v.penalty_cases, 0.03)
  v.licensing_decisions = around((10 + (p.t.population ?? 20000) / 500) * f)
  v.major_enforcement_reviews = Math.min(v.penalty_cases, poisson(0.5 + s))
  v.case_files_reviewed = Math.min(v.penalty_cases, around(4 + v.penalty_cases * 0.08))
  v.case_files_passed = Math.max(Math.ceil(v.case_files_reviewed * 0.8), v.case_files_reviewed - binomial(v.case_files_reviewed, 0.12 - 0.1 * quality))
  v.enforcement_data_published = random() < 0.7 + 0.25 * quality ? 1 : 0
  // disclosure: requests flow as a year's intake, last year's carried-forward, the outcomes of those concluded
  v.disclosures = Math.max(50, around((50 + 250 * s) * f))
  v.disclosure_requests = poisson(0.4 + 2.5 * s)
  v.disclosure_requests_carried_in = previous ? previous.disclosure_requests_carried_forward ?? 0 : poisson(0.2)
  const open = v.disclosure_requests + v.disclosure_requests_carried_in
  v.disclosure_requests_carried_forward = open > 0 && random() < 0.25 ? 1 : 0
  v.disclosure_requests_concluded = open - v.disclosure_requests_carried_forward
  let left = v.disclosure_requests_concluded
  for (const [id, share] of [['disclosure_granted', 0.55], ['disclosure_partial', 0.4], ['disclosure_denied', 0.3], ['disclosure_unavailable', 0.5], ['disclosure_not_processed', 0.5]] as const) {
    v[id] = binomial(left, share)
    left -= v[id] ?? 0
  }
  v.disclosure_other = left
  v.disclosure_reconsiderations = binomial(v.disclosure_requests, 0.05)
  v.disclosure_litigations = binomial(v.disclosure_requests, 0.03)
  v.disclosure_disputes_corrected = binomial(v.disclosure_reconsiderations + v.disclosure_litigations, 0.2)
  v.gi_report_published = random() < 0.85 + 0.15 * quality ? 1 : 0
  // decision making
  v.normative_docs = Math.min(8, poisson(p.t.kind === '街道' ? 2.2 : p.t.kind === '镇' ? 1.4 : 0.6))
  v.normative_docs_reviewed = v.normative_docs - (v.normative_docs >= 3 && random() > quality ? 1 : 0)
  v.normative_docs_filed = v.normative_docs_reviewed
  v.normative_docs_repealed = poisson(0.4)
  v.normative_docs_in_force = Math.max(0, (previous ? previous.normative_docs_in_force ?? 0 : Math.round(uniform(4, 20))) + v.normative_docs - v.normative_docs_repealed)
  v.major_decisions = Math.min(10, poisson(1 + 1.5 * s))
  v.major_decisions_reviewed = v.major_decisions - (v.major_decisions >= 3 && random() > quality ? 1 : 0)
  v.major_decision_catalog_published = random() < 0.6 + 0.35 * quality ? 1 : 0
  v.legality_reviews = v.normative_docs + v.major_decisions + poisson(4 + 6 * s)
  v.contracts_reviewed = around(5 + 30 * s)
  v.legal_advisors = 1 + poisson(0.3 + 0.8 * s)
  v.legal_advisor_engaged = random() < 0.97 ? 1 : 0
  // reconsideration and litigation (the township as respondent), last year's pending carried in
  v.reconsideration_received = poisson(0.3 + 1.2 * s)
  v.reconsideration_carried_in = previous ? previous.reconsideration_pending ?? 0 : (random() < 0.15 ? 1 : 0)
  const reTotal = v.reconsideration_received + v.reconsideration_carried_in
  v.reconsideration_pending = reTotal > 0 && random() < 0.2 ? 1 : 0
  v.reconsideration_concluded = reTotal - v.reconsideration_pending
  v.reconsideration_corrected = binomial(v.reconsideration_concluded, 0.12 - 0.08 * quality)
  let rest = v.reconsideration_concluded - v.reconsideration_corrected
  for (const [id, share] of [['reconsideration_upheld', 0.5], ['reconsideration_rejected', 0.4], ['reconsideration_settled', 0.5]] as const) {
    v[id] = binomial(rest, share)
    rest -= v[id] ?? 0
  }
  v.reconsideration_terminated = rest
  v.litigation_cases = poisson(0.2 + s)
  v.litigation_carried_in = previous ? previous.litigation_pending ?? 0 : (random() < 0.15 ? 1 : 0)
  const liTotal = v.litigation_cases + v.litigation_carried_in
  v.litigation_pending = liTotal > 0 && random() < 0.25 ? 1 : 0
  v.litigation_concluded = liTotal - v.litigation_pending
  v.litigation_lost = binomial(v.litigation_concluded, 0.12 - 0.08 * quality)
  v.litigation_withdrawn = binomial(v.litigation_concluded - v.litigation_lost, 0.12)
  v.litigation_won = v.litigation_concluded - v.litigation_lost - v.litigation_withdrawn
  v.litigation_appeals = binomial(v.litigation_concluded, 0.2)
  v.litigation_hearings = v.litigation_cases - binomial(v.litigation_cases, 0.2)
  v.head_appearances = v.litigation_hearings - binomial(v.litigation_hearings, 0.3 - 0.25 * quality)
  // disputes and petitions
  v.disputes_screened = Math.round(uniform(12, 52))
  v.disputes_mediated = Math.max(20, around((15 + 60 * s) * f))
  v.disputes_resolved = Math.round(v.disputes_mediated * Math.min(0.99, 0.86 + 0.1 * quality + uniform(-0.02, 0.02)))
  v.petitions = poisson(2 + 8 * s)
  v.petition_visitors = v.petitions + poisson(2 + 4 * s)
  v.petitions_concluded = v.petitions - binomial(v.petitions, 0.1 - 0.08 * quality)
  // organisation
  v.annual_report_submitted_on_time = random() < 0.8 + 0.2 * quality ? 1 : 0
  v.annual_report_published = random() < 0.7 + 0.25 * quality ? 1 : 0
  v.annual_report_sections_complete = random() < 0.75 + 0.2 * quality ? 1 : 0
  v.leader_law_report = random() < 0.9 ? 1 : 0
  v.collective_law_study = 2 + poisson(3)
  v.rule_of_law_meetings = 1 + poisson(2)
  v.duty_list_items = previous?.duty_list_items ?? Math.round(uniform(60, 260))
  return v
}

const rateText = (r: number): string => {
  const x = Math.round(r * 10) / 10
  return Number.isInteger(x) ? String(x) : x.toFixed(1)
}

/**
 * The province's counties, each with its township list and its data export (every indicator of
 * `indicators`, the years of `opts`). Rates with a formula are written from their inputs (one decimal;
 * blank when the denominator is 0); flags as 是/否.
 */
export function generateProvince(indicators: readonly Indicator[], opts: ProvinceOptions): CountyExport[] {
  const random = mulberry32(opts.seed ?? 1)
  const formulas = new Map<string, ParsedFormula>()
  for (const i of indicators) if (i.formula) formulas.set(i.id, parseFormula(i.formula))
  const header = ['乡镇', '年度', ...indicators.map(i => wideHeader(i.label_zh, i.unit))]
  return drawCounties(opts, random).map((county) => {
    const countyQuality = random()
    const rows: (string | number)[][] = [header]
    const byYear = new Map<number, (string | number)[][]>()
    for (const t of county.townships) {
      const profile: Profile = { t, s: (t.population ?? 20000) / 40000, growth: 0.98 + random() * 0.1, quality: Math.min(1, Math.max(0, 0.5 * countyQuality + 0.5 * random())) }
      let previous: Values | null = null
      opts.years.forEach((year, y) => {
        const v = drawYear(profile, y, previous, random)
        previous = v
        const cells = indicators.map((i): string | number => {
          const f = formulas.get(i.id)
          if (f) { const r = evaluateRate(f, v); return r.value === null ? '' : rateText(r.value) }
          const x = v[i.id]
          if (x === undefined) return ''
          return i.kind === 'flag' ? (x > 0 ? '是' : '否') : i.kind === 'rate' ? rateText(x) : x
        })
        const list = byYear.get(year) ?? []
        list.push([t.name, year, ...cells])
        byYear.set(year, list)
      })
    }
    for (const year of opts.years) rows.push(...(byYear.get(year) ?? []))
    return {
      name: county.name, code: county.code, townships: county.townships,
      listFile: { name: `乡镇名单-${county.name}.csv`, text: `\uFEFF${rowsToCsv(townshipListRows(county.townships))}\r\n` },
      dataFile: { name: `${county.name}-数据.csv`, text: `\uFEFF${rowsToCsv(rows)}\r\n` },
    }
  })
}
