// The data bundled with the app (data/): registry, township list and the sample submissions.
// The sample goes through the same import pipeline as any user file, so its figures keep file and row.
import dashboardJson from '~data/dashboard.json'
import flagsJson from '~data/flags.json'
import registryJson from '~data/indicators.json'
import townshipsCsv from '~data/townships.csv?raw'
import { readFlagRules, type FlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import { parseTownshipList } from '@/core/townships'
import type { InputFile } from '@/core/types'

const sampleFiles = import.meta.glob('~data/sample/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

export const bundledRegistry = loadRegistry(registryJson)
export const bundledTownships = parseTownshipList(townshipsCsv).townships
export const COUNTY_NAME = '示例县'

/** Which indicators the overview leads with (data/dashboard.json; ids unknown to the registry are skipped). */
export const dashboardConfig = {
  headline: dashboardJson.headline.filter(id => bundledRegistry.byId.has(id)),
  keyRates: dashboardJson.keyRates.filter(id => bundledRegistry.byId.has(id)),
  firstChart: bundledRegistry.byId.has(dashboardJson.firstChart) ? dashboardJson.firstChart : 'enforcement_cert_rate',
}

/** 红黄绿 rules from data/flags.json (a county edits that file, not code). */
export const bundledFlagRules: FlagRules = (() => {
  const { rules, problems } = readFlagRules(flagsJson)
  if (!rules) throw new Error(`data/flags.json 有误：${problems.join('；')}`)
  return rules
})()

/** The sample county's files, as bytes, named as in data/sample/. */
export function bundledSampleFiles(): InputFile[] {
  const encoder = new TextEncoder()
  return Object.entries(sampleFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ name: `示例县-${path.split('/').pop() ?? path}`, bytes: encoder.encode(text) }))
}
