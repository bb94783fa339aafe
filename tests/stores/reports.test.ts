import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { testPinia } from '../helpers/pinia'
import { createIdbStorage } from '@/stores/plugins/datasetStorage'
import { beforeEach, describe, expect, it } from 'vitest'
import { useDatasetStore } from '@/stores/dataset'
import { useReportStore } from '@/stores/reports'
import { textFile } from '../helpers/ingest'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url)))
const QINGSHI = new TextDecoder().decode(fixture('qingshi-2024.txt'))
const SENTENCE = '全年开展行政执法检查152次'

/** A fresh app start with the data saved so far (IndexedDB survives), nothing loaded yet. */
async function start() {
  setActivePinia(testPinia({ storage: createIdbStorage() }))
  const data = useDatasetStore()
  await data.whenReady()
  return { data, reports: useReportStore() }
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('report review store', () => {
  it('reads a pasted report: township, year and figures, the preferred ones accepted', async () => {
    const { reports } = await start()
    await reports.addText(QINGSHI, '粘贴的报告-1')
    const item = reports.selected!
    expect(item).toMatchObject({ state: 'ready', file: '粘贴的报告-1', township: '青石镇', year: 2024, text: QINGSHI })
    expect(item.review.filter(r => r.decision === 'accepted').length).toBeGreaterThan(10)
    expect(reports.waiting).toBe(1)
  })

  it('reads .docx files and reports an unreadable one as a failed item', async () => {
    const { reports } = await start()
    await reports.addFiles([{ name: 'hekou-2024.docx', bytes: fixture('hekou-2024.docx') }, { name: '旧.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }])
    expect(reports.items.map(i => [i.file, i.state, i.township])).toEqual([['hekou-2024.docx', 'ready', '河口镇'], ['旧.doc', 'failed', null]])
    expect(reports.items[1]?.error).toContain('.docx')
  })

  it('imports the accepted figures, corrected, with their sentences, and keeps them over a reload', async () => {
    const first = await start()
    await first.reports.addText(QINGSHI, '粘贴的报告-1')
    const item = first.reports.selected!
    const at = item.result!.values.findIndex(v => v.indicator === 'inspections' && v.preferred)
    first.reports.setValue(item.id, at, 150)
    const outcome = await first.reports.importItem(item.id)
    expect(outcome).toEqual({ imported: expect.any(Number) })
    expect(first.reports.selected?.state).toBe('imported')
    const sub = first.data.submissions.find(s => s.township === '青石镇' && s.year === 2024)!
    expect(sub.values.inspections).toBe(150)
    expect(first.data.evidenceFor('青石镇', 2024)?.inspections).toMatchObject({ file: '粘贴的报告-1', sentence: expect.stringContaining(SENTENCE), note: expect.stringContaining('原识别为152') })
    await first.data.saved()

    const again = await start()
    expect(again.data.submissions.find(s => s.township === '青石镇')?.values.inspections).toBe(150)
    expect(again.data.evidenceFor('青石镇', 2024)?.inspections?.sentence).toContain(SENTENCE)
  })

  it('drops a figure’s sentence when a table import overwrites the figure', async () => {
    const { data, reports } = await start()
    await reports.addText(QINGSHI, '粘贴的报告-1')
    await reports.importItem(reports.selected!.id)
    const conflict = data.importFiles([textFile('table.csv', '乡镇,年度,行政检查次数\n青石镇,2024,160\n')])
    await expect.poll(() => data.pendingConflicts).not.toBeNull()
    data.resolveConflicts({ 'table.csv': 'replace' })
    await conflict
    const ev = data.evidenceFor('青石镇', 2024)
    expect(ev?.inspections).toBeUndefined()
    expect(ev?.penalty_cases?.sentence).toContain('办理行政处罚案件87件')
  })

  it('refuses to import without a township and says why', async () => {
    const { reports } = await start()
    await reports.addText('全年开展行政执法检查12次。', '无标题')
    const item = reports.selected!
    expect(item.township).toBeNull()
    expect(await reports.importItem(item.id)).toEqual({ errorText: { code: 'report-needs-township' }, error: expect.stringContaining('乡镇') })
    reports.setTownship(item.id, '大同镇')
    reports.setYear(item.id, 2024)
    expect(await reports.importItem(item.id)).toEqual({ imported: 1 })
  })

  it('forgets the sentences with the data', async () => {
    const { data, reports } = await start()
    await reports.addText(QINGSHI, '粘贴的报告-1')
    await reports.importItem(reports.selected!.id)
    await data.clearData()
    expect(data.evidence.size).toBe(0)
  })
})
