import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { testPinia } from '../helpers/pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createIdbStorage, type DatasetStorage } from '@/stores/plugins/datasetStorage'
import { createMemoryStorage } from '@/stores/plugins/memoryStorage'
import { bundledTownships } from '@/setup/bundledCounty'
import { useDatasetStore } from '@/stores/dataset'
import { useTownshipStore } from '@/stores/townships'
import { textFile } from '../helpers/ingest'
import { chinese } from '@/core/messages/chinese'

const drop = textFile('drop.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,19\n桃园镇,2024,10,9\n白马镇村委会,2024,8,8\n')
const TAOYUAN = bundledTownships.find(t => t.name === '桃源镇')!

/** A fresh app start on the given storage: new Pinia, both stores, saved data restored. */
async function start(storage: DatasetStorage = createMemoryStorage()) {
  setActivePinia(testPinia({ storage }))
  const data = useDatasetStore()
  await data.whenReady()
  return { data, towns: useTownshipStore(), storage }
}
const names = (data: ReturnType<typeof useDatasetStore>) => data.submissions.map(s => s.township).sort()

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('township store', () => {
  it('holds unknown names in 待确认 with their suggestion, out of the submissions', async () => {
    const { data, towns } = await start()
    await data.importFiles([drop])
    expect(names(data)).toEqual(['大同镇'])
    expect(towns.pendingNames.map(p => [p.name, p.rows, p.suggestion?.name])).toEqual([['桃园镇', 1, '桃源镇'], ['白马镇村委会', 1, '白马镇']])
    expect(towns.waiting).toBe(2)
  })

  it('accepting the suggestion merges the rows, derives their rates and remembers the alias', async () => {
    const { data, towns } = await start()
    await data.importFiles([drop])
    expect(await towns.confirmAs('桃园镇', TAOYUAN.code)).toBeNull()
    const merged = data.submissions.find(s => s.township === '桃源镇')
    expect(merged).toMatchObject({ code: TAOYUAN.code, source: { file: 'drop.csv', row: 3 }, values: { enforcement_cert_rate: 90 } })
    expect(data.townships.find(t => t.code === TAOYUAN.code)?.aliases).toContain('桃园镇')
    expect(data.log.issues.filter(i => i.code === 'unknown-township').map(i => i.township)).toEqual(['白马镇村委会'])
    expect(towns.pendingNames.map(p => p.name)).toEqual(['白马镇村委会'])
  })

  it('adds a name as a new township and rejects another', async () => {
    const { data, towns } = await start()
    await data.importFiles([drop])
    expect(await towns.addAsNew('桃园镇', { code: '990101999000', kind: '乡', population: 5000, area_km2: null })).toBeNull()
    towns.reject('白马镇村委会')
    expect(names(data)).toEqual(['大同镇', '桃园镇'])
    expect(data.townships.at(-1)).toMatchObject({ name: '桃园镇', kind: '乡', population: 5000 })
    expect(towns.pendingNames.map(p => [p.name, p.rejected])).toEqual([['白马镇村委会', true]])
    expect(towns.waiting).toBe(0)
  })

  it('asks about conflicts when a confirmed row meets loaded figures', async () => {
    const { data, towns } = await start()
    await data.importFiles([textFile('old.csv', '乡镇,年度,行政执法人员数\n桃源镇,2024,99\n'), drop])
    const confirming = towns.confirmAs('桃园镇', TAOYUAN.code)
    await expect.poll(() => data.pendingConflicts).not.toBeNull()
    data.resolveConflicts({ 'drop.csv': 'keep' })
    expect(await confirming).toBeNull()
    expect(data.submissions.find(s => s.township === '桃源镇')?.values.enforcement_staff).toBe(99)
  })

  it('matches the remembered alias in a later import', async () => {
    const { data, towns } = await start()
    await data.importFiles([drop])
    await towns.confirmAs('桃园镇', TAOYUAN.code)
    await data.importFiles([textFile('later.csv', '乡镇,年度,行政执法人员数\n桃园镇,2023,7\n')])
    expect(data.submissions.find(s => s.year === 2023)).toMatchObject({ township: '桃源镇', values: { enforcement_staff: 7 } })
  })

  it('keeps the held rows and the edited list across a restart (IndexedDB)', async () => {
    const first = await start(createIdbStorage('townships-test')!)
    await first.data.importFiles([drop])
    await first.towns.confirmAs('桃园镇', TAOYUAN.code)
    await first.data.saved()
    const second = await start(createIdbStorage('townships-test')!)
    expect(names(second.data)).toEqual(['大同镇', '桃源镇'])
    expect(second.towns.pendingNames.map(p => p.name)).toEqual(['白马镇村委会'])
    expect(second.data.townships.find(t => t.code === TAOYUAN.code)?.aliases).toContain('桃园镇')
    expect(second.data.townshipsEdited).toBe(true)
  })

  it.each([
    ['removing', (towns: ReturnType<typeof useTownshipStore>) => towns.remove(bundledTownships.find(t => t.name === '大同镇')!.code)],
    ['renaming', (towns: ReturnType<typeof useTownshipStore>) => towns.save({ ...bundledTownships.find(t => t.name === '大同镇')!, name: '大同乡' }, bundledTownships.find(t => t.name === '大同镇')!.code)],
    ['importing a list without', (towns: ReturnType<typeof useTownshipStore>) => towns.importCsv('code,name,kind\n990101999000,新镇,镇\n').outcome],
  ])('refuses %s a township that has loaded figures', async (_what, act) => {
    const { data, towns } = await start()
    await data.importFiles([drop])
    const problem = act(towns)
    expect(problem !== null && problem !== 'errors' ? chinese(problem) : problem).toContain('大同镇')
    expect(data.townships).toBe(bundledTownships)
  })

  it('edits a population, which the per-capita figures then use, and restores the bundled list', async () => {
    const { data, towns } = await start()
    const datong = bundledTownships.find(t => t.name === '大同镇')!
    expect(towns.save({ ...datong, population: 10000 }, datong.code)).toBeNull()
    expect(data.townships.find(t => t.code === datong.code)?.population).toBe(10000)
    expect(towns.restoreBundled()).toBeNull()
    expect(data.townships).toBe(bundledTownships)
    expect(data.townshipsEdited).toBe(false)
  })

  it('refuses a list CSV with an error row and keeps the current list', async () => {
    const { data, towns } = await start()
    const r = towns.importCsv('code,name,kind\n990101999000,新镇,村\n')
    expect(r.outcome).toBe('errors')
    expect(r.issues.map(i => [i.row, i.column])).toEqual([[2, 'kind']])
    expect(data.townships).toBe(bundledTownships)
  })

  it('joins several counties\' lists into one, or refuses them all when one has an error row or they overlap', async () => {
    const { data, towns } = await start()
    const east = { name: '乡镇名单-东县.csv', text: 'code,name,kind\n980101001000,甲镇,镇\n' }
    const west = { name: '乡镇名单-西县.csv', text: 'code,name,kind,county\n980102001000,乙镇,镇,西县\n' }
    expect(towns.importLists([east, { ...west, text: 'code,name,kind\n980102001000,乙镇,村\n' }]).outcome).toBe('errors')
    expect(chinese(towns.importLists([east, { ...west, text: 'code,name,kind\n980102001000,甲镇,镇\n' }]).outcome as never)).toContain('甲镇')
    expect(data.townships).toBe(bundledTownships)
    expect(towns.importLists([east, west]).outcome).toBeNull()
    expect(data.townships.map(t => [t.name, t.county])).toEqual([['甲镇', '东县'], ['乙镇', '西县']])
  })

  it('takes any list over the bundled sample, clearing the sample when its townships are gone', async () => {
    const { data, towns } = await start()
    await data.loadSample()
    expect(towns.importCsv('code,name,kind\n990101999000,新镇,镇\n').outcome).toBeNull()
    expect(data.townships.map(t => t.name)).toEqual(['新镇'])
    expect(data.submissions).toEqual([])
  })
})
