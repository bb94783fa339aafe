import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { emptyDataset, emptyLog } from '@/core/dataset'
import { runImport, type ImportFile, type ImportInput } from '@/core/import'
import { registry, townships } from '../../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const file = (name: string, text: string, receivedAt = 1): ImportFile => ({ id: name, name, bytes: new TextEncoder().encode(text), receivedAt })
const input = (files: ImportFile[], extra: Partial<ImportInput> = {}): ImportInput =>
  ({ files, base: { dataset: emptyDataset, log: emptyLog }, registry, townships, mappings: [], importedAt: 50, ...extra })
const never = () => Promise.reject(new Error('no conflict expected'))

describe('runImport', () => {
  it('reads every file, stamps its report and applies the batch', async () => {
    const stages: string[] = []
    const r = await runImport(input([file('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n', 7)]), { decide: never, onStage: s => stages.push(s) })
    expect(r.changed).toBe(true)
    expect(rowsOf(r.dataset)).toHaveLength(1)
    expect(r.log.files).toEqual([expect.objectContaining({ file: 'a.csv', receivedAt: 7, importedAt: 50 })])
    expect(stages).toEqual(['reading', 'merging'])
  })

  it('keeps the base dataset object when nothing is accepted', async () => {
    const base = await runImport(input([file('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n')]), { decide: never })
    const r = await runImport(input([file('bad.csv', '乡镇,年度,行政检查次数\n,xx,1\n')], { base }), { decide: never })
    expect(r.changed).toBe(false)
    expect(r.dataset).toBe(base.dataset)
    expect(r.log.files.map(f => [f.file, f.status])).toEqual([['a.csv', 'ok'], ['bad.csv', 'failed']])
  })

  it('asks about conflicts, suggesting to keep the loaded data when the new file is older', async () => {
    const base = await runImport(input([file('new.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n', 200)]), { decide: never })
    const decide = vi.fn(async () => ({}))
    const r = await runImport(input([file('old.csv', '乡镇,年度,行政检查次数\n大同镇,2024,12\n', 100)], { base }), { decide })
    expect(decide).toHaveBeenCalledWith([expect.objectContaining({ file: 'old.csv', suggested: 'keep' })])
    expect(rowsOf(r.dataset)[0]?.values.inspections).toBe(10)
  })

  it('reads the sheet of a workbook it is told to, and names the workbook’s sheets on the report', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/xlsx/named-sheet.xlsx', import.meta.url)))
    const auto = await runImport(input([{ id: 'x', name: 'named-sheet.xlsx', bytes, receivedAt: 1 }]), { decide: never })
    expect(auto.reports[0]).toMatchObject({ sheets: ['填报说明', '2024年汇总', '2023年汇总'] })
    const chosen = await runImport(input([{ id: 'x', name: 'named-sheet.xlsx', bytes, receivedAt: 1, sheet: '2023年汇总' }]), { decide: never })
    expect(chosen.reports[0]?.sheetsRead).toEqual(['2023年汇总'])
    expect(new Set(rowsOf(chosen.dataset).map(s => s.year))).toEqual(new Set([2023]))
  })
})
