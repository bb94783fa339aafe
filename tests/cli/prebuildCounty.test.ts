// The bundled county prebuilt at build time: the same dataset and log as importing data/sample/ with the
// bundled registry and township list, and a stop with reasons for data that does not read.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { prebuildCounty } from '../../src/cli/prebuildCounty'
import { ingest } from '@/core/import'
import { DETAIL_FIELDS, joinIndicators, pageIndicator, unpackSample } from '@/core/prebuilt'
import { loadRegistry } from '@/core/registry'
import { bundledRegistry, bundledSample, bundledTownships, loadBundledRegistry } from '@/setup/bundledCounty'
import { rowsOf } from '@/core/tableRows'

const DATA = join(import.meta.dirname, '../../data')
const made: string[] = []
/** A copy of data/ with `change` applied to it. */
function dataCopy(change: (dir: string) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'prebuild-')), 'data')
  made.push(dir)
  cpSync(DATA, dir, { recursive: true })
  change(dir)
  return dir
}
afterEach(() => { for (const d of made.splice(0)) rmSync(join(d, '..'), { recursive: true, force: true }) })

describe('prebuildCounty', () => {
  it('gives what importing the sample files gives, as the page unpacks it', async () => {
    const { county, problems, files } = await prebuildCounty(DATA)
    expect(problems).toEqual([])
    const names = readdirSync(join(DATA, 'sample')).sort((a, b) => a.localeCompare(b))
    const inputs = names.map(n => ({ name: `示例县-${n}`, bytes: new Uint8Array(readFileSync(join(DATA, 'sample', n))) }))
    const whole = await loadBundledRegistry()
    const { dataset, log } = await ingest(inputs, { registry: whole, townships: bundledTownships })
    const unpacked = unpackSample(county!.sample)
    // The rows as JSON (the table's inner layout may differ: packing goes through the rows).
    const shown = (d: typeof dataset) => ({ submissions: rowsOf(d), validationIssues: d.validationIssues })
    expect(JSON.stringify({ dataset: shown(unpacked.dataset), log: unpacked.log })).toBe(JSON.stringify({ dataset: shown(dataset), log }))
    expect(county!.townships).toEqual(bundledTownships)
    const checked = loadRegistry(JSON.parse(readFileSync(join(DATA, 'indicators.json'), 'utf8')))
    expect(joinIndicators(county!.indicators, county!.details)).toEqual(checked.indicators.map(pageIndicator))
    // The first screen's part has none of the details; the page's whole registry is the checked one.
    for (const i of county!.indicators) for (const field of DETAIL_FIELDS) expect(Object.hasOwn(i, field)).toBe(false)
    expect(whole.indicators).toEqual(checked.indicators.map(pageIndicator))
    expect(whole.byKey).toEqual(checked.byKey)
    expect(bundledRegistry.indicators.map(i => i.id)).toEqual(checked.indicators.map(i => i.id))
    expect(files).toEqual(expect.arrayContaining(names.map(n => join(DATA, 'sample', n))))
  })

  it('is what the app holds for the bundled list, and the files read again for an edited one', async () => {
    const prebuilt = await bundledSample({ registry: bundledRegistry, townships: bundledTownships })
    expect(rowsOf(prebuilt.dataset).length).toBeGreaterThan(0)
    const whole = await loadBundledRegistry()
    const again = await bundledSample({ registry: whole, townships: bundledTownships })
    expect(rowsOf(again.dataset)).toEqual(rowsOf(prebuilt.dataset))
    const fewer = bundledTownships.filter(t => t.name !== '大同镇')
    const edited = await bundledSample({ registry: whole, townships: fewer })
    expect(rowsOf(edited.dataset).map(s => s.township)).toEqual(rowsOf(prebuilt.dataset).map(s => s.township).filter(n => n !== '大同镇'))
  })

  it.each<[string, (dir: string) => void, RegExp]>([
    ['an unknown township', d => writeFileSync(join(d, 'sample', '2025.csv'), '乡镇,年度,行政检查次数（次）\n不存在镇,2025,3\n'), /不在 townships\.csv 中：不存在镇/u],
    ['a registry that fails its checks', d => writeFileSync(join(d, 'indicators.json'), '[{"id": "x"}]'), /indicators\.json 有误/u],
    ['a broken flags file', d => writeFileSync(join(d, 'flags.json'), '{'), /flags\.json/u],
    ['no sample files', d => { for (const n of readdirSync(join(d, 'sample'))) rmSync(join(d, 'sample', n)) }, /没有报送数据文件/u],
    ['a sample row that is refused', d => writeFileSync(join(d, 'sample', '2025.csv'), '乡镇,年度,行政检查次数（次）\n大同镇,abc,3\n'), /拒绝 1 行/u],
  ])('stops on %s', async (_label, change, reason) => {
    const { county, problems } = await prebuildCounty(dataCopy(change))
    expect(county).toBeNull()
    expect(problems.join('\n')).toMatch(reason)
  })
})
