// Names are data: townships, headers and indicator labels called __proto__, constructor,
// hasOwnProperty… go through import, every chart builder (drawn by real ECharts, which caches text in
// plain objects), and every export, and Object.prototype stays as it was.
import * as echarts from 'echarts'
import type { EChartsOption } from 'echarts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { heatmapOption } from '@/charts/heatmap'
import { outcomeBarOption } from '@/charts/outcomeBar'
import { radarOption } from '@/charts/radar'
import { rankingBarOption } from '@/charts/rankingBar'
import { chartOriginalName, chartSafeName, chartSafeOption } from '@/charts/safeNames'
import { scatterOption } from '@/charts/scatter'
import { screenTheme } from '@/charts/theme'
import { trendOption } from '@/charts/trend'
import { rowsToCsv, submissionsToRows } from '@/core/exportTable'
import { submissionsToXlsx } from '@/core/exportXlsx'
import { ingest } from '@/core/import'
import { registry } from '../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype)
const snapshot = () => ({ keys: Object.getOwnPropertyNames(Object.prototype).sort(), proto: Object.getPrototypeOf(Object.prototype) as unknown })
const clean = snapshot()

function draw(option: EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 400 })
  try {
    chart.setOption(chartSafeOption(option))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

const noAnim = { animation: false }
const builders: [string, (names: string[]) => EChartsOption][] = [
  ['rankingBar', names => rankingBarOption({
    rows: names.map((township, i) => ({ township, value: i, rank: i + 1 })), indicator: { direction: 'higher_better', label_zh: names[0]! }, unit: '%', mean: 1, median: 1,
    missingLabel: '未报送', labels: { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据' }, ...noAnim,
  }, screenTheme)],
  ['heatmap', names => heatmapOption({
    townships: names, indicators: names.map(n => ({ id: n, label: n, unit: '%' })), cells: names.map((n, i) => ({ township: n, indicator: n, percentile: i * 10, value: i })),
    labels: { percentile: '百分位', value: '数值', missing: '未报送', noData: '暂无数据', worse: '较差', better: '较好' }, ...noAnim,
  }, screenTheme)],
  ['outcomeBar', names => outcomeBarOption({
    rows: names.map((township, i) => ({ township, values: { won: i, lost: 1 } })), parts: [{ key: 'won', label: names[0]!, tone: 'better' }, { key: 'lost', label: '败诉', tone: 'worse' }],
    mode: 'percent', labels: { missing: '未报送', noData: '暂无数据', total: '合计', unit: '件', percentAxis: '%' }, ...noAnim,
  }, screenTheme)],
  ['scatter', names => scatterOption({
    points: names.map((township, i) => ({ township, x: i, y: i * 2 })), xIndicator: { label: names[0]!, unit: '件', median: 1 }, yIndicator: { label: 'Y', unit: '%', median: 1 },
    labels: { median: '中位数', noData: '暂无数据', missing: '未报送' }, ...noAnim,
  }, screenTheme)],
  ['trend', names => trendOption({
    years: [2023, 2024], lines: names.map((township, i) => ({ township, values: [i, i + 1] })), median: [1, 2], q1: [0, 1], q3: [2, 3],
    indicator: { label: names[0]!, unit: '件' }, labels: { median: '中位数', band: '四分位区间', noData: '暂无数据' }, ...noAnim,
  }, screenTheme)],
  ['radar', names => radarOption({
    indicators: [...names, 'b', 'c'].map(n => ({ id: n, label: n })), township: names[0]!, percentiles: [...names.map(() => 50), 10, 90],
    labels: { median: '中位数', percentile: '百分位', missing: '未报送', noData: '暂无数据' }, ...noAnim,
  }, screenTheme)],
]

const hostileName = fc.oneof(fc.constantFrom(...PROTO_NAMES, '__proto__'), fc.constantFrom('甲镇', '=1+1', '<b>x</b>'), fc.string({ minLength: 1, maxLength: 6 }))
const nameList = fc.uniqueArray(hostileName, { minLength: 1, maxLength: 4 })

describe('chartSafeName', () => {
  it.each([['__proto__', true], ['hasOwnProperty', true], ['constructor', true], ['大同镇', false], ['prev', false]])('%s is marked: %s', (name, marked) => {
    expect(chartSafeName(name) !== name).toBe(marked)
    expect(chartOriginalName(chartSafeName(name))).toBe(name)
  })
})

describe('hostile names', () => {
  it.each(builders)('%s: drawn by ECharts, Object.prototype stays clean', (_, build) => {
    fc.assert(fc.property(nameList, (names) => {
      expect(draw(build(names))).toContain('<svg')
      expect(snapshot()).toEqual(clean)
      expect(({} as Record<string, unknown>).prev).toBeUndefined()
    }), { numRuns: 25 })
  })

  it('go through import (as townships and as headers) and every export, and come back as they were', async () => {
    await fc.assert(fc.asyncProperty(nameList, async (names) => {
      const csv = [`乡镇,年度,行政检查次数,${names.map(n => `"${n.replaceAll('"', '""')}"`).join(',')}`, ...names.map((n, i) => `"${n.replaceAll('"', '""')}",2024,${i},${names.map(() => '1').join(',')}`)].join('\n')
      const { dataset, log } = await ingest([{ name: `${names[0]}.csv`, bytes: new TextEncoder().encode(csv) }], { registry, townships: [] })
      const csvOut = rowsToCsv(submissionsToRows(rowsOf(dataset), registry, 'wide'))
      const xlsx = await submissionsToXlsx(rowsOf(dataset), registry)
      expect(csvOut.length + xlsx.length).toBeGreaterThan(0)
      expect(log.files[0]?.file).toBe(`${names[0]}.csv`)
      expect(snapshot()).toEqual(clean)
    }), { numRuns: 30 })
  })
})
