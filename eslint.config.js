// ESLint: TypeScript + Vue, and the import boundaries of the house style
// (core and charts are pure: no Vue, Pinia, DOM-bound code or our own upper layers).
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const upperLayers = ['@/stores/*', '@/components/*', '@/pages/*', '@/composables/*', '@/setup/*', '@/locales/*', '@/workers/*', '@/cli/*']
const framework = ['vue', 'pinia', 'vue-router', 'vue-i18n', 'vue-echarts', 'element-plus', '@vueuse/*']

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'tests/e2e/__screenshots__/**'] },
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
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...framework, 'echarts', 'echarts/*'], message: 'src/core is pure TypeScript: no framework or chart imports.' },
        { group: [...upperLayers, '@/charts/*', '../charts/*', '../stores/*', '../components/*', '../pages/*', '../composables/*'], message: 'src/core imports nothing of ours but itself.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: framework, message: 'src/charts builds options only: no framework imports.' },
        { group: [...upperLayers, '../stores/*', '../components/*', '../pages/*', '../composables/*'], message: 'src/charts may import src/core only.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['src/components/**/*.vue', 'src/components/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/stores/*', '../stores/*', '@/pages/*'], message: 'Components are presentational: pages pass store data in as props.' }] }] },
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/components/*', '@/pages/*', '@/charts/*'], message: 'Stores depend on core only.' }] }] },
  },
)
