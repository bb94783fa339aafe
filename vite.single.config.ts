// `npm run build:single` → dist-single/dashboard.html: the whole dashboard in one file that works
// opened from disk (file://) with no network. Scripts, styles, the bundled data and the registry are
// inlined; lazy parts (Excel reader, exports, …) are bundled in rather than loaded on demand; the
// parse worker becomes an inline classic worker, and where even that cannot start (module workers
// are refused on file://) the import runs in the page (src/composables/useImport.ts falls back).
//
// With DASHBOARD_DATA=DIR (and DASHBOARD_COUNTY=NAME) it bundles a county's own data instead of the
// fictional sample (layout: src/cli/countyData.ts). `npm run build:single -- --data DIR` sets them:
// src/cli/buildSingle.ts.
import { createHash } from 'node:crypto'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, mergeConfig, type Plugin } from 'vite'
import { stageCountyData } from './src/cli/countyData'
import { wordsFor } from './src/cli/words'
import base from './vite.config'

export const SINGLE_FILE_NAME = 'dashboard.html'

/**
 * The CSP of the single file: nothing from any origin; only the inlined script (by its hash) runs;
 * styles inline; pictures and the worker from data:/blob: URLs the page makes itself.
 */
export function singleFileCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'", `script-src ${scriptHashes.map(h => `'sha256-${h}'`).join(' ')}`, "style-src 'unsafe-inline'",
    'img-src data: blob:', 'worker-src blob:', 'connect-src data: blob:', "object-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ')
}

/** Text safe inside <script>…</script> or <style>…</style>: no closing tag, no comment opener. */
function escapeForElement(code: string, tag: 'script' | 'style'): string {
  const close = new RegExp(`</(${tag})`, 'giu')
  return code.replace(close, '<\\/$1').replace(/<!--/gu, '<\\!--')
}

/**
 * Turns every `new Worker(new URL('X', import.meta.url), …)` of our sources into an inline worker
 * (`X?worker&inline`: the worker's code travels as a string and starts from a blob: URL).
 */
function inlineWorkers(): Plugin {
  const pattern = /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^}]*\})?\s*\)/gu
  return {
    name: 'dashboard:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('?') || !id.includes('/src/') || !code.includes('new Worker(')) return null
      const imports: string[] = []
      const out = code.replace(pattern, (_m, _q: string, path: string) => {
        imports.push(`import __InlineWorker${imports.length} from ${JSON.stringify(`${path}?worker&inline`)}`)
        return `new __InlineWorker${imports.length - 1}()`
      })
      if (imports.length === 0) this.error(`${id}: a Worker that is not \`new Worker(new URL('…', import.meta.url))\` cannot be inlined into the single file`)
      return { code: `${imports.join('\n')}\n${out}`, map: null }
    },
  }
}

/** Inlines the built scripts and styles into the HTML, sets the single file's CSP and names it dashboard.html. */
function inlineIntoHtml(): Plugin {
  return {
    name: 'dashboard:inline-into-html',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html']
        if (!page || page.type !== 'asset') return this.error('index.html is missing from the bundle')
        const take = (href: string): string => {
          const name = href.replace(/^\.?\//u, '')
          const item = bundle[name]
          if (!item) return this.error(`${name} is referenced by index.html but not in the bundle`)
          delete bundle[name]
          return item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source)
        }
        const hashes: string[] = []
        let html = String(page.source)
          .replace(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/gu, (_m, src: string) => {
            const code = escapeForElement(take(src), 'script')
            hashes.push(createHash('sha256').update(code, 'utf8').digest('base64'))
            return `<script type="module">${code}</script>`
          })
          .replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/gu, (_m, href: string) => `<style>${escapeForElement(take(href), 'style')}</style>`)
          .replace(/<link rel="modulepreload"[^>]*>\s*/gu, '')
        if (hashes.length !== 1) this.error(`expected one entry script in index.html, found ${hashes.length}`)
        const csp = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/u
        if (!csp.test(html)) this.error('index.html has no Content-Security-Policy meta tag to replace')
        html = html.replace(csp, `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(hashes)}" />`)
        const left = Object.keys(bundle).filter(name => name !== 'index.html')
        if (left.length > 0) this.error(`not inlined into ${SINGLE_FILE_NAME}: ${left.join(', ')}`)
        delete bundle['index.html']
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html })
      },
    },
  }
}

/** With a county's data folder: checks it, stages it under .tmp/, and returns the folder to bundle as ~data. */
async function countyDataDir(): Promise<string | undefined> {
  const dir = process.env.DASHBOARD_DATA
  if (!dir) return undefined
  const staging = fileURLToPath(new URL('./.tmp/single-data/', import.meta.url))
  const lang = process.env.DASHBOARD_LANG === 'en' ? 'en' : 'zh-CN'
  const check = await stageCountyData(dir, staging, fileURLToPath(new URL('./data/', import.meta.url)), process.env.DASHBOARD_COUNTY || undefined, lang)
  for (const line of check.summary) console.log(`  ${line}`)
  if (check.problems.length > 0) throw new Error(`${wordsFor(lang).t('cli.county.cannotBundle', { dir })}\n${check.problems.map(p => `  - ${p}`).join('\n')}`)
  return staging
}

export default defineConfig(async () => {
  const data = await countyDataDir()
  return mergeConfig(base, {
    plugins: [inlineWorkers(), inlineIntoHtml()],
    resolve: data ? { alias: { '~data': data } } : {},
    publicDir: false,
    // Read by src/composables/pdfjsBrowser.ts: pdf.js runs its worker's code in the page.
    define: { 'import.meta.env.SINGLE_FILE': 'true' },
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      chunkSizeWarningLimit: 8000,
      reportCompressedSize: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    // A classic worker: Chromium refuses module workers from blob: URLs in a file:// page.
    worker: { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } },
  })
})
