// ESLint: TypeScript + Vue, and the import boundaries of the house style
// (core and charts are pure: no Vue, Pinia, DOM-bound code or our own upper layers).
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The direction of imports, lowest first (../shared/STYLE.md). A layer may import itself and the layers named
// in `may`, and only types (`import type`, `import { type X }`, `export type … from`) from those in `types`;
// any other folder of src/ is refused at any depth, by alias (@/x) or by relative path (../../x).
const LAYERS = ['core', 'charts', 'stores', 'composables', 'components', 'layouts', 'pages', 'setup', 'locales', 'workers', 'cli']
const direction = [
  { layer: 'core', files: ['src/core/**/*.ts'], may: [], noFramework: true },
  { layer: 'charts', files: ['src/charts/**/*.ts'], may: ['core'], noFramework: true },
  { layer: 'stores', files: ['src/stores/**/*.ts'], may: ['core'] },
  { layer: 'composables', files: ['src/composables/**/*.ts'], may: ['core', 'charts'] },
  // Components are presentational: the core's types, never its functions (pages and composables compute).
  { layer: 'components', files: ['src/components/**/*.{ts,vue}'], may: ['charts', 'composables'], types: ['core'] },
  { layer: 'layouts', files: ['src/layouts/**/*.{ts,vue}'], may: ['core', 'charts', 'stores', 'composables', 'components'] },
  // Pages are on top: what the app provides at setup (the bundled county, the engine) they inject, never import.
  { layer: 'pages', files: ['src/pages/**/*.{ts,vue}'], may: ['core', 'charts', 'stores', 'composables', 'components', 'layouts'] },
  // One-time wiring (src/main.ts and src/App.vue, the shell, stand above it and are not listed).
  { layer: 'setup', files: ['src/setup/**/*.ts'], may: ['core', 'charts', 'stores', 'composables', 'components', 'layouts', 'pages', 'locales'] },
  { layer: 'locales', files: ['src/locales/**/*.ts'], may: ['core'] },
  { layer: 'workers', files: ['src/workers/**/*.ts'], may: ['core'] },
  // The node entry runs the pure core only (its messages are core/messages, in both languages).
  { layer: 'cli', files: ['src/cli/**/*.ts'], may: ['core'] },
]
const framework = ['vue', 'pinia', 'vue-router', 'vue-echarts', 'element-plus', '@vueuse/*']

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'dist-cli/**', '.dist-cli-*/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'tests/e2e/__screenshots__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'] },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'] },
  },
  ...direction.map(({ layer, files, may, types = [], noFramework }) => ({
    files,
    rules: {
      // typescript-eslint's form of the rule: the same patterns, and it tells a type-only import from a value import.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        ...(noFramework ? [{ group: [...framework, ...(layer === 'core' ? ['echarts', 'echarts/*'] : [])], message: `src/${layer} is pure TypeScript: no framework imports.` }] : []),
        ...LAYERS.filter(l => l !== layer && !may.includes(l) && !types.includes(l)).map(l => ({
          regex: `^(@/|(\\.\\./)+(.*/)?)${l}(/|$)`,
          message: `src/${layer} may import ${may.length ? may.map(m => `src/${m}`).join(', ') : 'nothing of ours'} (STYLE.md): not src/${l}.`,
        })),
        // Types only: a value import (functions, constants, `import * as`, a bare import) is refused.
        ...types.map(l => ({
          regex: `^(@/|(\\.\\./)+)${l}(/|$)`,
          allowTypeImports: true,
          message: `src/${layer} may import only types from src/${l} (import type): compute in a page, a composable or src/charts.`,
        })),
      ] }],
    },
  })),
)
