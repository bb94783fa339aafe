// Names held in 待确认 (unknown to the township list) are never scored, whatever their figures.
import { describe, expect, it } from 'vitest'
import { assess, type SchemeItem } from '@/core/assessment'
import { ingest } from '@/core/import'
import { registry, textFile, townships } from '../../helpers/ingest'
import { scheme } from './fixtures'
import { rowsOf } from '@/core/tableRows'

const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }] } }

describe('assessment and the 待确认 names', () => {
  it('scores no row held as pending: the misspelt name gets no score and the real township stays 未报送', async () => {
    const file = textFile('2024.csv', '乡镇,年度,行政执法人员持证率（%）\n桃园镇,2024,100\n大同镇,2024,100\n')
    const { dataset, pending } = await ingest([file], { registry, townships })
    expect(pending.map(p => p.name)).toContain('桃园镇')
    const r = assess({ scheme: scheme([cert]), registry, townships, submissions: rowsOf(dataset), manual: [] }, 2024)
    expect(r.townships.map(t => t.township)).not.toContain('桃园镇')
    expect(r.townships.find(t => t.township === '桃源镇')).toMatchObject({ submitted: false, total: 0 })
    expect(r.townships.find(t => t.township === '大同镇')).toMatchObject({ submitted: true, total: 100 })
  })
})
