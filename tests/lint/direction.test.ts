// The import direction of the house (eslint.config.js, ../shared/STYLE.md): for every layer, an import of
// each layer it may not use fails lint, by alias (@/x) and by relative path from three folders deep, in
// .ts and in .vue files; an import of each layer it may use passes. Where a layer may import types only
// (components from core), every form of value import fails and every type-only form passes.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { FOLDERS, MAY, TYPES_ONLY } from './layers'

const eslint = new ESLint({ cwd: process.cwd() })

async function directionErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter(m => m.ruleId === '@typescript-eslint/no-restricted-imports').map(m => m.message)
}

/** Layers that hold .vue files: their planted imports are also tried in a <script setup> block. */
const VUE_LAYERS = new Set(['components', 'layouts', 'pages'])
const source = (file: string, specifier: string) => {
  const code = `import * as m from '${specifier}'\nexport const b = m\n`
  return file.endsWith('.vue') ? `<script setup lang="ts">\nimport * as m from '${specifier}'\nconsole.log(m)\n</script>\n` : code
}
/** A file holding one import statement (`{s}` stands for the specifier), as a .ts module or a .vue <script setup> block. */
const holding = (file: string, statement: string, specifier: string) => {
  const line = statement.replace('{s}', `'${specifier}'`)
  return file.endsWith('.vue') ? `<script setup lang="ts">\n${line}\n</script>\n` : `${line}\n`
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
/** Every layer a layer may import types from only, at every depth and in .vue files. */
const typesOnly: Case[] = FOLDERS.flatMap(layer => (TYPES_ONLY[layer] ?? []).flatMap(t => plants(layer, t)))

/** Value imports: each brings code of the module in, so each is refused where only types may come. */
const VALUE_FORMS = [
  'import { completenessText } from {s}',
  'import { completenessText, type SchemeGroup } from {s}',
  'import assessment from {s}',
  'import assessment, { type SchemeGroup } from {s}',
  'import * as assessment from {s}',
  'import {s}',
  'export { completenessText } from {s}',
  'export * from {s}',
]
/** Type-only imports: erased from the build. */
const TYPE_FORMS = [
  'import type { SchemeGroup } from {s}',
  'import { type SchemeGroup, type TownshipScore } from {s}',
  'import type * as assessment from {s}',
  'export type { SchemeGroup } from {s}',
]
const each = (forms: string[], cases: Case[]) => cases.flatMap(([file, specifier]) => forms
  .filter(form => file.endsWith('.ts') || !form.startsWith('export'))
  .map(form => [file, form, specifier] as [string, string, string]))

describe('import direction', () => {
  it.each(refused)('%s refuses %s', async (file, specifier) => {
    expect(await directionErrors(file, source(file, specifier))).toHaveLength(1)
  })
  it.each(allowed)('%s allows %s', async (file, specifier) => {
    expect(await directionErrors(file, source(file, specifier))).toEqual([])
  })
  it.each(each(VALUE_FORMS, typesOnly))('%s refuses the value import `%s` of %s (types only)', async (file, form, specifier) => {
    expect(await directionErrors(file, holding(file, form, specifier))).toEqual([expect.stringContaining('only types')])
  })
  it.each(each(TYPE_FORMS, typesOnly))('%s allows the type import `%s` of %s', async (file, form, specifier) => {
    expect(await directionErrors(file, holding(file, form, specifier))).toEqual([])
  })
  it.each([
    ['src/components/x.ts', '@/stores/view'],
    ['src/components/a/b/X.vue', '../../../pages/ComparePage.vue'],
    ['src/components/a/b/x.ts', '../../../stores/core/x'],
  ])('%s refuses even a type import of %s (types only from core)', async (file, specifier) => {
    expect(await directionErrors(file, holding(file, 'import type { X } from {s}', specifier))).toHaveLength(1)
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
