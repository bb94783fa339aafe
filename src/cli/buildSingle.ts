// `npm run build:single [-- --data DIR] [--county NAME] [--out DIR]`: builds the one-file dashboard
// (vite.single.config.ts) — with the fictional sample, or with a county's own data folder (layout in
// ./countyData.ts) — and says where the file is and how big.
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

const USAGE = `用法 / usage:
  npm run build:single                                    内置示例数据 → dist-single/dashboard.html
  npm run build:single -- --data 文件夹 [--county 县名] [--out 输出文件夹]
文件夹中：townships.csv（乡镇名单）、submissions/*.csv（报送数据），可选 indicators.json、flags.json、dashboard.json`

async function main(argv: readonly string[]): Promise<number> {
  let values: { data?: string, county?: string, out?: string, help?: boolean }
  try {
    values = parseArgs({ args: [...argv], options: { data: { type: 'string' }, county: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (values.data) process.env.DASHBOARD_DATA = resolve(values.data)
  if (values.county) process.env.DASHBOARD_COUNTY = values.county
  const outDir = resolve(values.out ?? 'dist-single')
  const { build } = await import('vite')
  await build({ configFile: resolve(import.meta.dirname, '../../vite.single.config.ts'), configLoader: 'runner', build: { outDir } })
  const file = resolve(outDir, 'dashboard.html')
  const bytes = statSync(file).size
  const gzip = gzipSync(readFileSync(file)).length
  console.log(`\n单文件看板：${file}（${(bytes / 1e6).toFixed(2)} MB，gzip ${(gzip / 1e6).toFixed(2)} MB）——双击即可在浏览器中打开，无需网络。`)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e))
    process.exitCode = 1
  },
)
