// The import direction of the house (eslint.config.js, ../shared/STYLE.md): for every layer, an import of
// each layer it may not use fails lint, by alias (@/x) and by relative path from three folders deep, in
// .ts and in .vue files; an import of each layer it may use passes.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { FOLDERS, MAY } from './layers'

const eslint = new ESLint({ cwd: process.cwd() })

async function directionErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

/** Layers that hold .vue files: their planted imports are also tried in a <script setup> block. */
const VUE_LAYERS = new Set(['components', 'layouts', 'pages'])
const source = (file: string, specifier: string) => {
  const code = `import * as m from '${specifier}'\nexport const b = m\n`
  return file.endsWith('.vue') ? `<script setup lang="ts">\nimport * as m from '${specifier}'\nconsole.log(m)\n</script>\n` : code
}

type Case = [file: string, specifier: string]
/** One import of `target` from `layer`: at the layer's top by alias, three folders deep by relative path, and from a .vue file. */
function plants(layer: string, target: string): Case[] {
  const cases: Case[] = [
    [`src/${layer}/x.ts`, `@/${target}/x`],
    [`src/${layer}/a/b/x.ts`, `../../../${target}/deep/x`],
  ]
  if (VUE_LAYERS.has(layer)) cases.push([`src/${layer}/a/X.vue`, `../../${target}/x`])
  return cases
}

const refused: Case[] = FOLDERS.flatMap(layer => FOLDERS.filter(t => t !== layer && !MAY[layer]!.includes(t)).flatMap(t => plants(layer, t)))
const allowed: Case[] = FOLDERS.flatMap(layer => [layer, ...MAY[layer]!].flatMap(t => plants(layer, t)))

describe('import direction', () => {
  it.each(refused)('%s refuses %s', async (file, specifier) => {
    expect(await directionErrors(file, source(file, specifier))).toHaveLength(1)
  })
  it.each(allowed)('%s allows %s', async (file, specifier) => {
    expect(await directionErrors(file, source(file, specifier))).toEqual([])
  })
  it.each([
    ['src/core/x.ts', 'vue'],
    ['src/core/x.ts', 'echarts/core'],
    ['src/charts/catalog/x.ts', 'pinia'],
    ['src/charts/x.ts', '@vueuse/core'],
  ])('%s refuses the framework import %s (core and charts are pure)', async (file, specifier) => {
    expect(await directionErrors(file, source(file, specifier))).toHaveLength(1)
  })
  it('names the rule it breaks', async () => {
    expect(await directionErrors('src/pages/data/X.vue', source('src/pages/data/X.vue', '@/setup/bundledCounty')))
      .toEqual([expect.stringContaining('not src/setup')])
  })
})
