// The README's "Code layout" names every folder of src/ (and the subfolders of src/pages and
// src/stores it describes) and no folder that is not there, so the map stays true to the tree.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './importGraph'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const layout = readme.slice(readme.indexOf('## Code layout'), readme.indexOf('\n## ', readme.indexOf('## Code layout') + 1))
const folders = (dir: string) => readdirSync(join(ROOT, dir)).filter(n => statSync(join(ROOT, dir, n)).isDirectory())

describe('README code layout', () => {
  it.each(folders('src'))('names src/%s/', (folder) => {
    expect(layout).toContain(`src/${folder}/`)
  })
  it.each([...folders('src/pages').map(f => `${f}/`), ...folders('src/stores').map(f => `${f}/`)])('names %s under src/pages or src/stores', (folder) => {
    expect(layout).toContain(folder)
  })
  it('names no src/ folder that is not in the tree', () => {
    const named = [...layout.matchAll(/src\/([a-z]+)\//g)].map(m => m[1])
    expect(named.filter(n => !folders('src').includes(n!))).toEqual([])
  })
})
