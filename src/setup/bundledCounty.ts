// The county bundled with the app (data/): its name, registry, township list, flag rules, overview
// configuration and sample submissions, read once at start and provided to the stores and pages at setup.
// The township list and the sample come prebuilt (virtual:bundled-county, made at build time in Node by
// vite.config.ts): the sample went through the same import pipeline as any user file, so
// its figures keep file and row, but the page needs no CSV parser and no import code to show it.
// The indicators' details (口径 and aliases, virtual:bundled-county-details) load after the first
// screen: loadBundledRegistry gives the registry whole, which the dataset store then holds.
import dashboardJson from '~data/dashboard.json'
import flagsJson from '~data/flags.json'
import prebuilt from 'virtual:bundled-county'
import { readFlagRules, type FlagRules } from '@/core/flagRules'
import { checkedRegistry } from '@/core/registry'
import type { Dataset, ImportLog } from '@/core/dataset'
import type { IngestContext } from '@/core/import'
import { firstScreenIndicators, joinIndicators, unpackSample } from '@/core/prebuilt'
import type { Registry } from '@/core/types'
import type { BundledCounty, DashboardConfig } from '@/stores/appContext'

/** data/indicators.json, checked at build time (the build stops on a problem), indexed here as the first screen reads it: without the indicators' details (loadBundledRegistry). */
export const bundledRegistry = checkedRegistry(firstScreenIndicators(prebuilt.indicators))

let whole: Registry | null = null
let loading: Promise<Registry> | null = null
/** The bundled registry whole, with every indicator's 口径, aliases and unit aliases: loaded once, on first need. */
export function loadBundledRegistry(): Promise<Registry> {
  loading ??= import('virtual:bundled-county-details').then(m => (whole = checkedRegistry(joinIndicators(prebuilt.indicators, m.default))))
  return loading
}
export const bundledTownships = prebuilt.townships
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

// The sample files themselves, loaded only to read them against a township list the clerk edited.
const sampleFiles = import.meta.glob('~data/sample/*.{csv,tsv,json}', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>

/**
 * The bundled submissions (the sample county's, or a county's own; files named `<county>-<file>`) as
 * read with `ctx`'s registry and township list: prebuilt for the bundled ones, else read again by the
 * import (loaded then), rows of townships not on the list held out, as before any list was edited.
 */
export async function bundledSample(ctx: IngestContext): Promise<{ dataset: Dataset, log: ImportLog }> {
  if ((ctx.registry === bundledRegistry || ctx.registry === whole) && ctx.townships === bundledTownships) return unpackSample(prebuilt.sample)
  const encoder = new TextEncoder()
  const files = await Promise.all(Object.entries(sampleFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(async ([path, load]) => ({ name: `${COUNTY_NAME}-${path.split('/').pop() ?? path}`, bytes: encoder.encode(await load()) })))
  const { ingest } = await import('@/core/import')
  const { dataset, log } = await ingest(files, ctx)
  return { dataset, log }
}

/** The bundled county as the stores take it (provided at app setup, src/main.ts). */
export const bundledCounty: BundledCounty = {
  name: COUNTY_NAME, registry: bundledRegistry, wholeRegistry: loadBundledRegistry, townships: bundledTownships, flagRules: bundledFlagRules, dashboard: dashboardConfig, sample: bundledSample,
}
