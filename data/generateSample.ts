// Generates the bundled sample of the fictional county 示例县 (data/sample/2022–2024.csv) and the
// input-shape examples (data/examples/*), deterministically from SEED. Run: npx tsx data/generateSample.ts
// Every figure is invented. The script checks its own output and throws if a rule it promises is broken.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { parseTownshipList } from '../src/core/townships'
import type { Indicator, Township } from '../src/core/types'
import { mulberry32 } from './seededRandom'

const SEED = 20240331
const YEARS = [2022, 2023, 2024] as const
/** The township that "did not submit" in 2024. */
const MISSING_IN_2024 = '杨柳乡'
/** The year holding the one deliberate V07 warning (outcomes not itemised up to the concluded count). */
const WARNING_YEAR = 2023
/** Largest move of a rate from one year to the next; the validator warns above 30 percentage points (V18). */
const MAX_RATE_MOVE = 25
const BLANK_RATE_SHARE = 0.06
/** Townships whose 2024 figures the examples repeat, one list per example file. Their 2024 rates are never left blank,
 * so that loading an example over the sample changes nothing. */
const EXAMPLE_TOWNSHIPS = {
  wide: ['城关街道', '青石镇', '白马镇', '云岭乡'],
  long: ['东城街道', '大同镇', '松林乡'],
  json: ['西城街道', '龙泉镇', '高坪乡'],
  gbk: ['南湖街道', '金桥镇', '河口镇', '竹园乡'],
}
const inExamples = (t: Township, year: number): boolean => year === 2024 && Object.values(EXAMPLE_TOWNSHIPS).some(list => list.includes(t.name))

const root = join(dirname(fileURLToPath(import.meta.url)), '..')  // the project root (this file lives in data/)
const dataDir = join(root, 'data')

// ---------- seeded randomness ----------

const random = mulberry32(SEED)
const uniform = (lo: number, hi: number): number => lo + (hi - lo) * random()
const chance = (p: number): boolean => random() < p
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))
const roundTo = (x: number, step: number): number => Math.round(x / step) * step
/** Poisson draw (Knuth), for small means: lawsuits, reconsiderations, documents. */
function poisson(mean: number): number {
  const limit = Math.exp(-mean)
  let k = 0
  for (let p = random(); p > limit; p *= random()) k++
  return k
}
function binomial(n: number, p: number): number {
  let k = 0
  for (let i = 0; i < n; i++) if (chance(p)) k++
  return k
}

// ---------- inputs ----------

const registry = JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')) as Indicator[]
const core = registry.filter(i => i.core === true)
const { townships, issues } = parseTownshipList(readFileSync(join(dataDir, 'townships.csv'), 'utf8'))
if (issues.length > 0 || townships.length === 0) throw new Error(`data/townships.csv 有误：${JSON.stringify(issues)}`)
townships.sort((a, b) => a.code.localeCompare(b.code))

/** Core rates as [id, numerator, denominator]; every core formula has the shape `a / b * 100`. */
const rates = core.filter(i => i.formula !== null).map((i) => {
  const m = /^([a-z_]+) \/ ([a-z_]+) \* 100$/.exec(i.formula ?? '')
  if (!m || !m[1] || !m[2]) throw new Error(`${i.id}: formula "${i.formula}" is not of the form a / b * 100`)
  return [i.id, m[1], m[2]] as const
})
const rateOf = (v: Values, num: string, den: string): number | null => {
  const d = v[den] ?? 0
  return d > 0 ? ((v[num] ?? 0) / d) * 100 : null
}

// ---------- one township's figures ----------

type Values = Record<string, number>

/** Per-township levels drawn once, so that years follow on from each other. */
interface Profile {
  township: Township
  s: number
  growth: number
  staff: number
  certRate: number
  inspectionsPerStaff: number
  penaltyShare: number
  averageFine: number
  events: number
  materialsPerEvent: number
  audiencePerMaterial: number
  disclosures: number
  mediated: number
  success: number
}

function drawProfile(t: Township): Profile {
  const pop = t.population ?? 20000
  return {
    township: t,
    s: pop / 40000,
    growth: uniform(0.98, 1.08),
    staff: clamp(6 + (pop / 2500) * uniform(0.75, 1.2), 8, 56),
    certRate: uniform(0.86, 0.97),
    inspectionsPerStaff: uniform(4, 9),
    penaltyShare: t.kind === '乡' ? uniform(0.03, 0.15) : uniform(0.12, 0.5),
    averageFine: uniform(300, 1800),
    events: 4 + (pop / 2600) * uniform(0.7, 1.2),
    materialsPerEvent: uniform(170, 420),
    audiencePerMaterial: uniform(0.9, 1.5),
    disclosures: 50 + (pop / 160) * uniform(0.7, 1.15),
    mediated: 15 + (pop / 420) * uniform(0.7, 1.25),
    success: uniform(0.88, 0.96),
  }
}

/** Splits n cases over outcomes by weight. */
function split(n: number, weights: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(Object.keys(weights).map(k => [k, 0]))
  const total = Object.values(weights).reduce((a, b) => a + b, 0)
  for (let i = 0; i < n; i++) {
    let r = uniform(0, total)
    for (const [k, w] of Object.entries(weights)) {
      r -= w
      if (r <= 0) {
        out[k] = (out[k] ?? 0) + 1
        break
      }
    }
  }
  return out
}

/** Workload and stable rates (certification, case-file quality, mediation): continuous by construction. */
function drawWorkload(v: Values, p: Profile, y: number): void {
  const f = p.growth ** y
  const noise = (): number => uniform(0.9, 1.1)
  v.enforcement_staff = Math.round(clamp(p.staff * (1 + 0.04 * y) * uniform(0.95, 1.05), 8, 60))
  v.enforcement_certified = Math.min(v.enforcement_staff, Math.round(v.enforcement_staff * Math.min(1, p.certRate + 0.02 * y)))
  v.enforcement_training = Math.round(clamp(3 + 2 * p.s + uniform(-1, 2), 1, 12))
  v.enforcement_training_attendance = Math.round(v.enforcement_staff * v.enforcement_training * uniform(0.65, 0.95))
  v.inspections = Math.round(clamp(v.enforcement_staff * p.inspectionsPerStaff * f * noise(), 20, 600))
  v.penalty_cases = Math.round(clamp(v.inspections * p.penaltyShare * noise() - (p.township.kind === '乡' ? 2 : 0), 0, 400))
  v.penalty_amount = v.penalty_cases === 0 ? 0 : clamp(roundTo(v.penalty_cases * p.averageFine * noise(), 100), 100, 800000)
  v.coercion_cases = Math.round(v.penalty_cases * uniform(0, 0.05))
  v.licensing_decisions = Math.round((10 + (p.township.population ?? 20000) / 500) * f * noise())
  v.case_files_reviewed = Math.min(v.penalty_cases, Math.round((4 + v.penalty_cases * 0.08) * noise()))
  v.case_files_passed = Math.max(Math.ceil(v.case_files_reviewed * 0.8), v.case_files_reviewed - binomial(v.case_files_reviewed, 0.06))
  v.disclosures = Math.round(clamp(p.disclosures * f * noise(), 50, 900))
  v.disclosure_requests = Math.min(30, poisson(0.4 + 2 * p.s))
  v.publicity_events = Math.round(clamp(p.events * f * noise(), 4, 60))
  v.publicity_materials = clamp(roundTo(v.publicity_events * p.materialsPerEvent * noise(), 100), 1000, 20000)
  v.publicity_audience = clamp(roundTo(v.publicity_materials * p.audiencePerMaterial * noise(), 10), 1000, 30000)
  v.legal_consultations = Math.round(v.publicity_events * uniform(12, 30))
  v.disputes_mediated = Math.round(clamp(p.mediated * f * noise(), 20, 400))
  v.disputes_resolved = Math.round(v.disputes_mediated * Math.min(0.99, p.success + 0.01 * y + uniform(-0.02, 0.02)))
}

function drawDecisions(v: Values, p: Profile): void {
  const docsMean = p.township.kind === '街道' ? 2.2 : p.township.kind === '镇' ? 1.4 : 0.6
  v.normative_docs = Math.min(6, poisson(docsMean))
  v.normative_docs_reviewed = v.normative_docs - (v.normative_docs >= 4 && chance(0.2) ? 1 : 0)
  v.normative_docs_filed = v.normative_docs_reviewed
  v.major_decisions = Math.min(8, poisson(1 + 1.5 * p.s))
  v.major_decisions_reviewed = v.major_decisions - (v.major_decisions >= 4 && chance(0.15) ? 1 : 0)
}

/** Reconsideration (township as respondent): last year's pending cases are this year's carried-in (V06, V07). */
function drawReconsideration(v: Values, p: Profile, previous: Values | null): void {
  v.reconsideration_received = Math.min(6, poisson(0.3 + 1.2 * p.s))
  v.reconsideration_carried_in = previous ? previous.reconsideration_pending ?? 0 : (chance(0.15) ? 1 : 0)
  const total = v.reconsideration_received + v.reconsideration_carried_in
  v.reconsideration_pending = total > 0 && chance(0.2) ? 1 : 0
  v.reconsideration_concluded = total - v.reconsideration_pending
  const corrected = v.reconsideration_concluded >= 4 && chance(0.35) ? 1 : 0
  const outcomes = split(v.reconsideration_concluded - corrected, { upheld: 5, rejected: 2, settled: 1.5, terminated: 1.5 })
  v.reconsideration_upheld = outcomes.upheld ?? 0
  v.reconsideration_rejected = outcomes.rejected ?? 0
  v.reconsideration_corrected = corrected
  v.reconsideration_settled = outcomes.settled ?? 0
  v.reconsideration_terminated = outcomes.terminated ?? 0
}

/** First-instance litigation (township as defendant), carried over like reconsideration (V08). */
function drawLitigation(v: Values, p: Profile, previous: Values | null): void {
  v.litigation_cases = Math.min(8, poisson(0.2 + p.s))
  v.litigation_carried_in = previous ? previous.litigation_pending ?? 0 : (chance(0.15) ? 1 : 0)
  const total = v.litigation_cases + v.litigation_carried_in
  v.litigation_pending = total > 0 && chance(0.25) ? 1 : 0
  v.litigation_concluded = total - v.litigation_pending
  v.litigation_lost = v.litigation_concluded >= 4 && chance(0.3) ? 1 : 0
  v.litigation_withdrawn = binomial(v.litigation_concluded - v.litigation_lost, 0.12)
  v.litigation_won = v.litigation_concluded - v.litigation_lost - v.litigation_withdrawn
  v.litigation_hearings = v.litigation_cases - binomial(v.litigation_cases, 0.2)
  v.head_appearances = v.litigation_hearings - (v.litigation_hearings >= 4 && chance(0.3) ? 1 : 0)
}

/** Blocks of a year drawn together; a block whose rate jumps too far from last year is drawn again. */
const BLOCKS: { draw: (v: Values, p: Profile, previous: Values | null) => void, rates: string[] }[] = [
  { draw: drawDecisions, rates: ['normative_doc_review_rate', 'normative_doc_filing_rate', 'major_decision_review_rate'] },
  { draw: drawReconsideration, rates: ['reconsideration_correction_rate'] },
  { draw: drawLitigation, rates: ['litigation_win_rate', 'litigation_loss_rate', 'head_appearance_rate'] },
]

/** Rate ids that move more than MAX_RATE_MOVE points from last year, or counts of ≥ 10 that more than triple. */
function jumps(previous: Values, v: Values): string[] {
  const out: string[] = []
  for (const [id, num, den] of rates) {
    const a = rateOf(previous, num, den)
    const b = rateOf(v, num, den)
    if (a !== null && b !== null && Math.abs(a - b) > MAX_RATE_MOVE) out.push(id)
  }
  for (const i of core) {
    const a = previous[i.id] ?? 0
    const b = v[i.id] ?? 0
    if (i.kind === 'count' && a >= 10 && b >= 10 && Math.max(a, b) > 3 * Math.min(a, b)) out.push(i.id)
  }
  return out
}

function drawSeries(p: Profile): Values[] {
  const series: Values[] = []
  for (let y = 0; y < YEARS.length; y++) {
    const previous = series[y - 1] ?? null
    const v: Values = {}
    drawWorkload(v, p, y)
    for (const block of BLOCKS) {
      block.draw(v, p, previous)
      for (let attempt = 1; previous && jumps(previous, v).some(id => block.rates.includes(id)); attempt++) {
        if (attempt > 1000) throw new Error(`${p.township.name} ${YEARS[y]}: no continuous draw found`)
        block.draw(v, p, previous)
      }
    }
    if (previous && jumps(previous, v).length > 0) throw new Error(`${p.township.name} ${YEARS[y]}: ${jumps(previous, v).join(', ')} jump`)
    for (const [id, num, den] of rates) {
      const r = rateOf(v, num, den)
      if (r !== null) v[id] = r
    }
    series.push(v)
  }
  return series
}

// ---------- the sample ----------

interface Row { township: Township, year: number, values: Values, text: Record<string, string> }

const formatRate = (r: number): string => {
  const x = Math.round(r * 10) / 10
  return Number.isInteger(x) ? String(x) : x.toFixed(1)
}

const rows: Row[] = []
for (const t of townships) {
  const series = drawSeries(drawProfile(t))
  YEARS.forEach((year, y) => {
    const values = series[y] ?? {}
    const text: Record<string, string> = {}
    for (const i of core) text[i.id] = i.kind === 'rate' ? '' : String(values[i.id] ?? '')
    for (const [id] of rates) {
      const blank = chance(BLANK_RATE_SHARE) && !inExamples(t, year)
      if (values[id] !== undefined && !blank) text[id] = formatRate(values[id] ?? 0)
    }
    rows.push({ township: t, year, values, text })
  })
}

// Imperfection 1: approximate figures in the publicity columns (the value kept for checks is the stated floor).
const isMissing = (r: Row): boolean => r.year === 2024 && r.township.name === MISSING_IN_2024
const approxCandidates = rows.filter(r => !isMissing(r) && r.year !== WARNING_YEAR && (r.values.publicity_materials ?? 0) >= 3000)
const approxCells: string[] = []
for (const [id, word] of [['publicity_materials', '余'], ['publicity_audience', '余'], ['publicity_materials', '多'], ['publicity_audience', '余']] as const) {
  const r = approxCandidates.splice(Math.floor(random() * approxCandidates.length), 1)[0]
  if (!r) throw new Error('too few rows for approximate figures')
  const floor = Math.floor((r.values[id] ?? 0) / 1000) * 1000
  r.values[id] = floor
  r.text[id] = `${floor}${word}`
  approxCells.push(`${r.township.name} ${r.year} ${id} = ${r.text[id]}`)
}

// Imperfection 2: exactly one township-year itemises reconsideration outcomes short of the concluded count (V07 warning).
const warningRow = rows
  .filter(r => r.year === WARNING_YEAR && (r.values.reconsideration_upheld ?? 0) >= 1 && (r.values.reconsideration_concluded ?? 0) >= 3)
  .sort((a, b) => (b.values.reconsideration_concluded ?? 0) - (a.values.reconsideration_concluded ?? 0) || a.township.code.localeCompare(b.township.code))[0]
if (!warningRow) throw new Error('no township-year fit for the V07 warning')
warningRow.values.reconsideration_upheld = (warningRow.values.reconsideration_upheld ?? 0) - 1
warningRow.text.reconsideration_upheld = String(warningRow.values.reconsideration_upheld)

// Imperfection 3: one township did not submit for 2024.
const sample = rows.filter(r => !isMissing(r))
if (sample.length !== rows.length - 1) throw new Error(`${MISSING_IN_2024} is not in the township list`)

// ---------- self-check: the rules the README promises ----------

const PARTS: [string, string][] = [
  ['enforcement_certified', 'enforcement_staff'], ['normative_docs_reviewed', 'normative_docs'], ['normative_docs_filed', 'normative_docs'],
  ['major_decisions_reviewed', 'major_decisions'], ['disputes_resolved', 'disputes_mediated'], ['case_files_passed', 'case_files_reviewed'],
  ['head_appearances', 'litigation_hearings'], ['litigation_hearings', 'litigation_cases'],
]
const RANGES: Record<string, [number, number]> = {
  enforcement_staff: [8, 60], inspections: [20, 600], penalty_cases: [0, 400], penalty_amount: [0, 800000], disclosures: [50, 900],
  publicity_events: [4, 60], publicity_materials: [1000, 20000], publicity_audience: [1000, 30000], normative_docs: [0, 6],
  major_decisions: [0, 8], reconsideration_received: [0, 6], litigation_cases: [0, 8], disputes_mediated: [20, 400],
}
function check(r: Row): string[] {
  const v = r.values
  const n = (id: string): number => v[id] ?? 0
  const broken: string[] = []
  for (const i of core) if (i.kind !== 'rate' && !(Number.isInteger(n(i.id)) && n(i.id) >= 0)) broken.push(`${i.id} is not a count`)
  for (const [part, whole] of PARTS) if (n(part) > n(whole)) broken.push(`${part} > ${whole}`)
  for (const [id, [lo, hi]] of Object.entries(RANGES)) if (n(id) < lo || n(id) > hi) broken.push(`${id} = ${n(id)} outside ${lo}–${hi}`)
  const reconTotal = n('reconsideration_received') + n('reconsideration_carried_in')
  if (n('reconsideration_concluded') + n('reconsideration_pending') !== reconTotal) broken.push('V06')
  const outcomes = ['upheld', 'rejected', 'corrected', 'settled', 'terminated'].reduce((s, k) => s + n(`reconsideration_${k}`), 0)
  if (outcomes > n('reconsideration_concluded')) broken.push('V07 error')
  if (outcomes !== n('reconsideration_concluded') && r !== warningRow) broken.push('V07 warning')
  if (n('litigation_concluded') + n('litigation_pending') !== n('litigation_cases') + n('litigation_carried_in')) broken.push('V08 flow')
  if (n('litigation_won') + n('litigation_lost') + n('litigation_withdrawn') > n('litigation_concluded')) broken.push('V08 outcomes')
  if ((n('penalty_amount') > 0) !== (n('penalty_cases') > 0)) broken.push('V13')
  if (n('penalty_cases') > 0 && (n('penalty_amount') / n('penalty_cases') < 1 || n('penalty_amount') / n('penalty_cases') > 1e6)) broken.push('V13 average')
  for (const [id, num, den] of rates) {
    const written = r.text[id] ?? ''
    const exact = rateOf(v, num, den)
    if (exact === null && written !== '') broken.push(`${id} written with a zero denominator`)
    if (exact !== null && written !== '' && Math.abs(Number(written) - exact) > 0.05 + 1e-9) broken.push(`${id} ${written} ≠ ${exact}`)
  }
  return broken
}
for (const r of sample) {
  const broken = check(r)
  if (broken.length > 0) throw new Error(`${r.township.name} ${r.year}: ${broken.join('; ')}`)
}

// ---------- writing ----------

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
const csvLine = (cells: readonly string[]): string => cells.map(csvCell).join(',')
const header = (i: Indicator, unit = i.unit): string => `${i.label_zh}（${unit}）`
const byId = new Map(core.map(i => [i.id, i]))
const indicator = (id: string): Indicator => {
  const i = byId.get(id)
  if (!i) throw new Error(`${id} is not a core indicator`)
  return i
}

mkdirSync(join(dataDir, 'sample'), { recursive: true })
mkdirSync(join(dataDir, 'examples'), { recursive: true })
for (const year of YEARS) {
  const lines = [csvLine(['乡镇', '年度', ...core.map(i => header(i))])]
  for (const r of sample.filter(r => r.year === year)) lines.push(csvLine([r.township.name, String(year), ...core.map(i => r.text[i.id] ?? '')]))
  writeFileSync(join(dataDir, 'sample', `${year}.csv`), `${lines.join('\n')}\n`)
}

// Examples: 2024 figures of the sample itself (so loading both raises no conflict), a few core indicators each.
const pick = (names: string[]): Row[] => names.map((name) => {
  const r = sample.find(s => s.year === 2024 && s.township.name === name)
  if (!r) throw new Error(`${name} has no 2024 row`)
  return r
})
const rateText = (r: Row, id: string): string => (r.values[id] === undefined ? '' : formatRate(r.values[id] ?? 0))
const wanYuan = (yuan: number): string => String(Math.round(yuan / 100) / 100)

const wideIds = ['enforcement_staff', 'enforcement_certified', 'enforcement_cert_rate', 'inspections', 'penalty_cases', 'penalty_amount',
  'disputes_mediated', 'disputes_resolved', 'mediation_success_rate']
const wideLines = [csvLine(['乡镇', '年度', ...wideIds.map(id => header(indicator(id), id === 'penalty_amount' ? '万元' : indicator(id).unit))])]
for (const r of pick(EXAMPLE_TOWNSHIPS.wide)) {
  wideLines.push(csvLine([r.township.name, '2024', ...wideIds.map(id =>
    id === 'penalty_amount' ? wanYuan(r.values[id] ?? 0) : indicator(id).kind === 'rate' ? rateText(r, id) : String(r.values[id]))]))
}
writeFileSync(join(dataDir, 'examples', 'wide-chinese-headers.csv'), `\uFEFF${wideLines.join('\r\n')}\r\n`)

const longLines = [csvLine(['township', 'year', 'indicator', 'value', 'unit', 'note'])]
for (const r of pick(EXAMPLE_TOWNSHIPS.long)) {
  const add = (ind: string, value: string, unit: string, note = ''): void => { longLines.push(csvLine([r.township.name, '2024', ind, value, unit, note])) }
  add('enforcement_staff', String(r.values.enforcement_staff), '人')
  add('持行政执法证件人数', String(r.values.enforcement_certified), '人')
  add('enforcement_cert_rate', rateText(r, 'enforcement_cert_rate'), '%')
  add('行政检查次数', String(r.values.inspections), '次')
  add('penalty_cases', String(r.values.penalty_cases), '件', '含简易程序案件')
  add('罚没金额', wanYuan(r.values.penalty_amount ?? 0), '万元')
  add('法治宣传活动场次', String(r.values.publicity_events), '场', '含送法下乡活动')
}
writeFileSync(join(dataDir, 'examples', 'long.csv'), `${longLines.join('\n')}\n`)

const jsonIds = ['disclosures', 'publicity_events', 'disputes_mediated', 'disputes_resolved', 'mediation_success_rate']
const submissions = pick(EXAMPLE_TOWNSHIPS.json).map(r => ({
  township: r.township.name,
  year: 2024,
  values: Object.fromEntries(jsonIds.map(id => [id, indicator(id).kind === 'rate' ? Number(rateText(r, id)) : r.values[id]])),
}))
writeFileSync(join(dataDir, 'examples', 'submissions.json'), `${JSON.stringify({ submissions }, null, 2)}\n`)

const gbkIds = ['enforcement_staff', 'enforcement_certified', 'inspections', 'penalty_cases', 'penalty_amount', 'disclosures', 'publicity_events']
const gbkLines = [csvLine(['乡镇（街道）', '年度', ...gbkIds.map(id => header(indicator(id)))])]
for (const r of pick(EXAMPLE_TOWNSHIPS.gbk)) gbkLines.push(csvLine([r.township.name, '2024', ...gbkIds.map(id => String(r.values[id]))]))
writeFileSync(join(dataDir, 'examples', 'gbk-wide.csv'), iconv.encode(`${gbkLines.join('\r\n')}\r\n`, 'gbk'))

console.log(`seed ${SEED}: ${sample.length} rows in data/sample/{${YEARS.join(',')}}.csv; 4 examples in data/examples/`)
console.log(`V07 warning: ${warningRow.township.name} ${warningRow.year}; missing in 2024: ${MISSING_IN_2024}`)
console.log(`approximate cells: ${approxCells.join('; ')}`)
console.log(`blank rates (derived on import): ${sample.reduce((n, r) => n + rates.filter(([id]) => r.values[id] !== undefined && r.text[id] === '').length, 0)}`)
