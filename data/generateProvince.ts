// Writes a fictional province (tests/helpers/province.ts): per county its township list and its data,
// as the dashboard exports them. Default: the small fixture tests/fixtures/province/ (3 counties, 18
// townships, 5 years). `npx tsx data/generateProvince.ts --scale --out DIR` writes the 20-county,
// 1,500-township province of the scale tests (about 9 MB; tests build it at run time, never committed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Indicator } from '../src/core/types'
import { generateProvince, PROVINCE_SCALE, PROVINCE_SMALL } from '../tests/helpers/province'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { scale: { type: 'boolean', default: false }, out: { type: 'string' } } })
const out = values.out ?? join(root, 'tests', 'fixtures', 'province')
const indicators = JSON.parse(readFileSync(join(root, 'data', 'indicators.json'), 'utf8')) as Indicator[]
const counties = generateProvince(indicators, values.scale ? PROVINCE_SCALE : PROVINCE_SMALL)
mkdirSync(out, { recursive: true })
for (const c of counties) {
  writeFileSync(join(out, c.listFile.name), c.listFile.text)
  writeFileSync(join(out, c.dataFile.name), c.dataFile.text)
}
const townships = counties.reduce((n, c) => n + c.townships.length, 0)
console.log(`${counties.length} counties, ${townships} townships, ${indicators.length} indicators → ${out}`)
