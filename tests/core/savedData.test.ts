// A saved state as the dashboard shows it: never the sample, whatever registry it was saved with.
import { describe, expect, it } from 'vitest'
import { emptyLog } from '@/core/datasetShape'
import { ingest } from '@/core/import'
import { savedMeta } from '@/core/loadedData'
import { fromSaved } from '@/core/savedData'
import { bundledTownships, loadBundledRegistry } from '@/setup/bundledCounty'
import { textFile } from '../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const bundledRegistry = await loadBundledRegistry()

describe('fromSaved', () => {
  it.each([
    ['the same registry', savedMeta(bundledRegistry)],
    ['another registry', { registry: 'other' }],
    ['no meta', null],
  ])('is never the sample, with %s', async (_, meta) => {
    const read = await ingest([textFile('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,3\n')], { registry: bundledRegistry, townships: bundledTownships })
    const shown = fromSaved({ dataset: read.dataset, log: emptyLog }, meta, bundledRegistry)
    expect(shown.isSample).toBe(false)
    expect(rowsOf(shown.dataset).map(s => s.township)).toEqual(['大同镇'])
  })
})
