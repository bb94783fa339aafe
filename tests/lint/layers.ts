// The direction of imports as ../shared/STYLE.md states it, layer by layer: what each folder of src/
// may import besides itself (MAY), and what it may import types from only (TYPES_ONLY). eslint.config.js
// enforces it (direction.test.ts plants each violation); importDirection.test.ts reads the whole tree
// against it. 'shell' is src/main.ts and src/App.vue.
export const MAY: Readonly<Record<string, readonly string[]>> = {
  core: [],
  charts: ['core'],
  stores: ['core'],
  composables: ['core', 'charts'],
  components: ['charts', 'composables'],
  layouts: ['core', 'charts', 'stores', 'composables', 'components'],
  pages: ['core', 'charts', 'stores', 'composables', 'components', 'layouts'],
  setup: ['core', 'charts', 'stores', 'composables', 'components', 'layouts', 'pages', 'locales'],
  locales: ['core'],
  workers: ['core'],
  cli: ['core'],
  shell: ['core', 'charts', 'stores', 'composables', 'components', 'layouts', 'pages', 'setup', 'locales', 'workers'],
}

/** Layers a layer may import types from and nothing else (`import type`): components are presentational. */
export const TYPES_ONLY: Readonly<Record<string, readonly string[]>> = {
  components: ['core'],
}

/** What a layer may import when type-only imports count too: MAY and TYPES_ONLY together. */
export const MAY_WITH_TYPES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(MAY).map(([layer, may]) => [layer, [...may, ...(TYPES_ONLY[layer] ?? [])]]),
)

/** The layers that are folders of src/ (every one but the shell). */
export const FOLDERS = Object.keys(MAY).filter(l => l !== 'shell')
