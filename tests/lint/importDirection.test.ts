// The proof of the direction: every import of every file under src/ (static, re-exported, dynamic, and in
// .vue <script> blocks, which farm-studio does not read) runs down the layers of STYLE.md, and no files
// import each other in a circle; where a layer may import types only (components from core), none of its
// imports that bring code does. The reader itself is checked on planted graphs, so these tests can fail.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { arrowsAgainst, circlesOf, importsOf, readImportGraph, resolveSpecifier, ROOT, specifiersOf, type ImportGraph } from './importGraph'
import { MAY, MAY_WITH_TYPES } from './layers'

const graph = readImportGraph(ROOT)
const values = readImportGraph(ROOT, { values: true })
const planted = (edges: [string, string][]): ImportGraph => {
  const g: ImportGraph = new Map()
  for (const [from, to] of edges) { g.set(from, [...(g.get(from) ?? []), to]); if (!g.has(to)) g.set(to, []) }
  return g
}

describe('reading imports', () => {
  it.each([
    ['a .vue <script setup> block', 'src/pages/X.vue', '<template><p>import x from "@/no"</p></template>\n<script setup lang="ts">\nimport A from \'@/components/A.vue\'\n</script>', ['@/components/A.vue']],
    ['a dynamic import', 'src/stores/x.ts', "const m = () => import('@/core/extract/input')", ['@/core/extract/input']],
    ['a re-export, not a comment', 'src/core/x.ts', "// import '@/stores/no'\nexport { a } from './a'", ['./a']],
    ['a type-only import', 'src/stores/x.ts', "import type { A } from '@/core/types'", ['@/core/types']],
  ])('reads %s', (_label, path, text, expected) => {
    expect(specifiersOf(path, text)).toEqual(expected)
  })

  it.each<[string, string, boolean]>([
    ['import type { A } from', "import type { A } from '@/core/a'", true],
    ['all names marked type', "import { type A, type B } from '@/core/a'", true],
    ['a type namespace', "import type * as A from '@/core/a'", true],
    ['a type re-export', "export type { A } from '@/core/a'", true],
    ['an import() type', "let a: import('@/core/a').A", true],
    ['one value among types', "import { type A, b } from '@/core/a'", false],
    ['a default beside types', "import a, { type B } from '@/core/a'", false],
    ['a namespace', "import * as a from '@/core/a'", false],
    ['a bare import', "import '@/core/a'", false],
    ['a value re-export', "export { a } from '@/core/a'", false],
    ['export *', "export * from '@/core/a'", false],
    ['a dynamic import', "const a = () => import('@/core/a')", false],
  ])('reads %s (type-only: %s)', (_label, text, typeOnly) => {
    expect(importsOf('src/components/x.ts', text)).toEqual([{ specifier: '@/core/a', typeOnly }])
  })

  it('reads the kind of an import in a .vue <script setup> block', () => {
    const text = "<script setup lang=\"ts\">\nimport type { A } from '@/core/a'\nimport { b } from '@/core/b'\n</script>"
    expect(importsOf('src/components/X.vue', text)).toEqual([{ specifier: '@/core/a', typeOnly: true }, { specifier: '@/core/b', typeOnly: false }])
  })

  it('finds, in every file of the tree, every import the TypeScript preprocessor finds', () => {
    const missed = [...graph.keys()].flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      const kinds = new Set(importsOf(file, text).map(i => i.specifier))
      return specifiersOf(file, text).filter(s => !kinds.has(s)).map(s => `${file}: ${s}`)
    })
    expect(missed).toEqual([])
  })

  it.each([
    ['src/pages/data/X.vue', '../../setup/bundledCounty', 'src/setup/bundledCounty.ts'],
    ['src/pages/X.vue', '@/layouts/PageActions.vue', 'src/layouts/PageActions.vue'],
    ['src/core/import/x.ts', '.', 'src/core/import/index.ts'],
    ['src/setup/x.ts', '~data/flags.json', null],
    ['src/setup/x.ts', 'vue', null],
  ])('resolves %s -> %s', (from, specifier, file) => {
    const files = new Set(['src/setup/bundledCounty.ts', 'src/layouts/PageActions.vue', 'src/core/import/index.ts'])
    expect(resolveSpecifier(from, specifier, p => files.has(p))).toBe(file)
  })

  it('reads the real tree, .vue pages included', () => {
    expect(graph.get('src/pages/ComparePage.vue')).toEqual(expect.arrayContaining(['src/stores/dataset.ts', 'src/components/ChartPanel.vue']))
    expect(graph.get('src/setup/router.ts')).toEqual(expect.arrayContaining(['src/pages/OverviewPage.vue']))
  })
})

describe('checking the graph', () => {
  it('finds an arrow that runs back up, at any depth', () => {
    const g = planted([['src/core/deep/a/x.ts', 'src/stores/view.ts'], ['src/pages/X.vue', 'src/stores/view.ts']])
    expect(arrowsAgainst(g, MAY)).toEqual(['src/core/deep/a/x.ts -> src/stores/view.ts'])
  })
  it('finds a value import of core in a component at any depth, and lets its type imports pass', () => {
    const all = planted([['src/components/a/b/X.vue', 'src/core/assessment/index.ts'], ['src/components/Y.vue', 'src/core/types.ts']])
    const code = planted([['src/components/a/b/X.vue', 'src/core/assessment/index.ts']])
    expect(arrowsAgainst(all, MAY_WITH_TYPES)).toEqual([])
    expect(arrowsAgainst(code, MAY)).toEqual(['src/components/a/b/X.vue -> src/core/assessment/index.ts'])
  })
  it('finds a circle through three files and none in a chain', () => {
    expect(circlesOf(planted([['src/core/a.ts', 'src/core/b.ts'], ['src/core/b.ts', 'src/core/c.ts'], ['src/core/c.ts', 'src/core/a.ts']])))
      .toEqual([['src/core/a.ts', 'src/core/b.ts', 'src/core/c.ts']])
    expect(circlesOf(planted([['src/core/a.ts', 'src/core/b.ts'], ['src/core/b.ts', 'src/core/c.ts']]))).toEqual([])
  })
})

describe('the tree', () => {
  it('has no arrow running back up', () => {
    expect(arrowsAgainst(graph, MAY_WITH_TYPES)).toEqual([])
  })
  it('has no import that brings code where only types may come (components from core)', () => {
    expect(arrowsAgainst(values, MAY)).toEqual([])
  })
  it('reads value imports of the real tree, .vue components included', () => {
    expect(values.get('src/components/ChartPanel.vue')).toEqual(expect.arrayContaining(['src/components/present/ExportTools.vue']))
    expect(values.get('src/components/township/IndicatorTable.vue')).not.toEqual(expect.arrayContaining(['src/core/types.ts']))
    expect(graph.get('src/components/township/IndicatorTable.vue')).toEqual(expect.arrayContaining(['src/core/types.ts']))
  })
  it('has no circle', () => {
    expect(circlesOf(graph)).toEqual([])
  })
})
