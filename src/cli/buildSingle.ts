// `npm run build:single [-- --data DIR] [--county NAME] [--out DIR] [--lang en]`: builds the one-file
// dashboard (vite.single.config.ts) — with the fictional sample, or with a county's own data folder
// (layout in ./countyData.ts) — and says where the file is and how big, in Chinese or with --lang en in English.
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { isLang, langArg, wordsFor } from './words'

async function main(argv: readonly string[]): Promise<number> {
  const lang = langArg(argv)
  const words = wordsFor(isLang(lang) ? lang : 'zh-CN')
  let values: { data?: string, county?: string, out?: string, help?: boolean }
  try {
    values = parseArgs({ args: [...argv], options: { data: { type: 'string' }, county: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values
    if (!isLang(lang)) throw new Error(`${wordsFor('zh-CN').t('cli.badLang', { lang })} / ${wordsFor('en').t('cli.badLang', { lang })}`)
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${words.t('cli.single.usage')}`)
    return 2
  }
  if (values.help) {
    console.log(words.t('cli.single.usage'))
    return 0
  }
  if (values.data) process.env.DASHBOARD_DATA = resolve(values.data)
  if (values.county) process.env.DASHBOARD_COUNTY = values.county
  process.env.DASHBOARD_LANG = lang
  const outDir = resolve(values.out ?? 'dist-single')
  const { build } = await import('vite')
  await build({ configFile: resolve(import.meta.dirname, '../../vite.single.config.ts'), configLoader: 'runner', build: { outDir } })
  const file = resolve(outDir, 'dashboard.html')
  const bytes = statSync(file).size
  const gzip = gzipSync(readFileSync(file)).length
  console.log(words.t('cli.single.done', { file, size: (bytes / 1e6).toFixed(2), gzip: (gzip / 1e6).toFixed(2) }))
  return 0
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e))
    process.exitCode = 1
  },
)
