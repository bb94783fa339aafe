// The county bundled with the app (data/): its name, registry, township list, flag rules, overview
// configuration and sample submissions, read once at start and provided to the stores and pages at setup.
// The sample goes through the same import pipeline as any user file, so its figures keep file and row.
import dashboardJson from '~data/dashboard.json'
import flagsJson from '~data/flags.json'
import registryJson from '~data/indicators.json'
import townshipsCsv from '~data/townships.csv?raw'
import { readFlagRules, type FlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import { parseTownshipList } from '@/core/townships'
import type { InputFile } from '@/core/types'
import type { BundledCounty, DashboardConfig } from '@/stores/appContext'

const sampleFiles = import.meta.glob('~data/sample/*.{csv,tsv,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

export const bundledRegistry = loadRegistry(registryJson)
export const bundledTownships = parseTownshipList(townshipsCsv).townships
/** The county the bundled data is of: data/dashboard.json's "county" (a single-file build with `--data` sets it). */
export const COUNTY_NAME: string = typeof dashboardJson.county === 'string' && dashboardJson.county.trim() !== '' ? dashboardJson.county.trim() : '示例县'
/** False when a county's own submissions are bundled instead of the fictional sample (data/dashboard.json's "sample"). */
export const BUNDLED_IS_SAMPLE: boolean = dashboardJson.sample !== false

/** Which indicators the overview leads with (data/dashboard.json; ids unknown to the registry are skipped). */
export const dashboardConfig: DashboardConfig = {
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

/** The bundled submission files (the sample county's, or a county's own), as bytes, named `<county>-<file>`. */
export function bundledSampleFiles(): InputFile[] {
  const encoder = new TextEncoder()
  return Object.entries(sampleFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ name: `${COUNTY_NAME}-${path.split('/').pop() ?? path}`, bytes: encoder.encode(text) }))
}

/** The bundled county as the stores take it (provided at app setup, src/main.ts). */
export const bundledCounty: BundledCounty = {
  name: COUNTY_NAME, registry: bundledRegistry, townships: bundledTownships, flagRules: bundledFlagRules, dashboard: dashboardConfig, sampleFiles: bundledSampleFiles,
}
