// The import direction of the house (eslint.config.js, ../shared/STYLE.md): a planted import that runs back
// up fails lint at any depth, by alias or by relative path, and an allowed one passes.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function directionErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

const refused: [file: string, code: string][] = [
  ['src/core/x.ts', "import { a } from '@/charts/rankingBar'\nexport const b = a"],
  ['src/core/extract/deep/x.ts', "import { a } from '../../../stores/view'\nexport const b = a"],
  ['src/core/x.ts', "import { ref } from 'vue'\nexport const b = ref"],
  ['src/charts/catalog/x.ts', "import { a } from '@/composables/useDownload'\nexport const b = a"],
  ['src/charts/x.ts', "import { a } from '../stores/view'\nexport const b = a"],
  ['src/stores/x.ts', "import { a } from '@/composables/useDownload'\nexport const b = a"],
  ['src/stores/plugins/x.ts', "import { a } from '../../setup/router'\nexport const b = a"],
  ['src/composables/x.ts', "import { a } from '@/stores/view'\nexport const b = a"],
  ['src/composables/catalog/x.ts', "import { a } from '../../components/ChartPanel.vue'\nexport const b = a"],
  ['src/composables/x.ts', "import { a } from '@/pages/OverviewPage.vue'\nexport const b = a"],
  ['src/components/compare/x.ts', "import { a } from '@/stores/dataset'\nexport const b = a"],
  ['src/components/a/b/x.ts', "import { a } from '../../../pages/DataPage.vue'\nexport const b = a"],
  ['src/components/x.ts', "import { a } from '@/setup/router'\nexport const b = a"],
  ['src/components/present/x.ts', "import A from '@/layouts/PageActions.vue'\nexport const b = A"],
  ['src/composables/x.ts', "import A from '../layouts/PageActions.vue'\nexport const b = A"],
  ['src/layouts/x.ts', "import { a } from '@/pages/OverviewPage.vue'\nexport const b = a"],
  ['src/layouts/deep/x.ts', "import { a } from '../../setup/router'\nexport const b = a"],
  ['src/stores/x.ts', "import A from '@/layouts/PageActions.vue'\nexport const b = A"],
  ['src/locales/en/x.ts', "import { a } from '@/stores/view'\nexport const b = a"],
  ['src/workers/x.ts', "import { a } from '@/stores/dataset'\nexport const b = a"],
]

const allowed: [file: string, code: string][] = [
  ['src/core/extract/x.ts', "import { a } from '../registry'\nexport const b = a"],
  ['src/charts/x.ts', "import { a } from '@/core/registry'\nexport const b = a"],
  ['src/stores/x.ts', "import { a } from '@/core/viewState'\nexport const b = a"],
  ['src/composables/x.ts', "import { a } from '@/charts/theme'\nexport const b = a"],
  ['src/components/x.ts', "import { a } from '@/composables/useDownload'\nexport const b = a"],
  ['src/pages/x.ts', "import { a } from '@/stores/view'\nexport const b = a"],
  ['src/pages/x.ts', "import A from '@/layouts/PageActions.vue'\nexport const b = A"],
  ['src/layouts/x.ts', "import { a } from '@/stores/deck'\nexport const b = a"],
  ['src/layouts/x.ts', "import A from '../components/ChartPanel.vue'\nexport const b = A"],
]

describe('import direction', () => {
  it.each(refused)('%s refuses %s', async (file, code) => {
    expect(await directionErrors(file, code)).toHaveLength(1)
  })
  it.each(allowed)('%s allows %s', async (file, code) => {
    expect(await directionErrors(file, code)).toEqual([])
  })
})
