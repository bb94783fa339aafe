// The proof of the direction: every import of every file under src/ (static, re-exported, dynamic, and in
// .vue <script> blocks, which farm-studio does not read) runs down the layers of STYLE.md, and no files
// import each other in a circle. The reader itself is checked on planted graphs, so these tests can fail.
import { describe, expect, it } from 'vitest'
import { arrowsAgainst, circlesOf, readImportGraph, resolveSpecifier, ROOT, specifiersOf, type ImportGraph } from './importGraph'
import { MAY } from './layers'

const graph = readImportGraph(ROOT)
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
  it('finds a circle through three files and none in a chain', () => {
    expect(circlesOf(planted([['src/core/a.ts', 'src/core/b.ts'], ['src/core/b.ts', 'src/core/c.ts'], ['src/core/c.ts', 'src/core/a.ts']])))
      .toEqual([['src/core/a.ts', 'src/core/b.ts', 'src/core/c.ts']])
    expect(circlesOf(planted([['src/core/a.ts', 'src/core/b.ts'], ['src/core/b.ts', 'src/core/c.ts']]))).toEqual([])
  })
})

describe('the tree', () => {
  it('has no arrow running back up', () => {
    expect(arrowsAgainst(graph, MAY)).toEqual([])
  })
  it('has no circle', () => {
    expect(circlesOf(graph)).toEqual([])
  })
})
