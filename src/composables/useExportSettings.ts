// Export settings shared by every chart panel and the batch exports: picture size, pixel ratio,
// SVGs in ZIPs, decal patterns. Kept in localStorage, so a choice made once holds for the session and
// after. One settings object per app, provided at setup (EXPORT_SETTINGS).
import { effectScope, inject, reactive, watch, type InjectionKey } from 'vue'
import { DEFAULT_EXPORT_RATIO, EXPORT_RATIOS, EXPORT_SIZES, type ExportSize } from '@/charts/exportFrame'

export interface ExportSettings {
  /** 'width×height' of one of EXPORT_SIZES. */
  size: string
  /** PNG pixel ratio: 1, 2 or 3. */
  ratio: number
  /** Batch exports (ZIP) add an SVG beside each PNG. */
  withSvg: boolean
  /** Decal patterns on bars and series (on screen, in exports and on slides). */
  decal: boolean
  /** The mark laid over pictures, slides, the 通报 and printouts: off (default), 内部资料 or 注意保密. */
  watermark: WatermarkKind
  /** The user's department, written beside the mark (e.g. 县司法局); '' for none. */
  department: string
}

export const WATERMARK_KINDS = ['off', 'internal', 'confidential'] as const
export type WatermarkKind = typeof WATERMARK_KINDS[number]
/** Longest department name kept (a name, not a paragraph). */
export const MAX_DEPARTMENT = 40

const KEY = 'township-dashboard.export'
export const sizeKey = (s: ExportSize): string => `${s.width}×${s.height}`
const SIZE_KEYS = EXPORT_SIZES.map(sizeKey)

function defaults(): ExportSettings {
  return { size: SIZE_KEYS[0] ?? '1600×900', ratio: DEFAULT_EXPORT_RATIO, withSvg: false, decal: false, watermark: 'off', department: '' }
}

/** Stored settings, each field checked; defaults for anything missing or malformed. */
function load(): ExportSettings {
  const d = defaults()
  if (typeof localStorage === 'undefined') return d
  let raw: unknown
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? 'null')
  } catch (e) {
    console.warn('export settings unreadable, using defaults', e)
    return d
  }
  if (raw === null || typeof raw !== 'object') return d
  const r = raw as Partial<Record<keyof ExportSettings, unknown>>
  return {
    size: typeof r.size === 'string' && SIZE_KEYS.includes(r.size) ? r.size : d.size,
    ratio: typeof r.ratio === 'number' && EXPORT_RATIOS.includes(r.ratio) ? r.ratio : d.ratio,
    withSvg: typeof r.withSvg === 'boolean' ? r.withSvg : d.withSvg,
    decal: typeof r.decal === 'boolean' ? r.decal : d.decal,
    watermark: WATERMARK_KINDS.includes(r.watermark as WatermarkKind) ? r.watermark as WatermarkKind : d.watermark,
    department: typeof r.department === 'string' ? r.department.slice(0, MAX_DEPARTMENT) : d.department,
  }
}

export const EXPORT_SETTINGS: InjectionKey<ExportSettings> = Symbol('export-settings')

/** What every export names besides the chart: the county, and the data's 数据截至 (newest receipt date), when known. */
export interface ExportContext {
  county: string
  dataAsOf: () => string | null
}
/** Provided by the app (App.vue, from the bundled county and the receipts store); without it exports name neither. */
export const EXPORT_CONTEXT: InjectionKey<ExportContext> = Symbol('export-context')
const NO_CONTEXT: ExportContext = { county: '', dataAsOf: () => null }

/** Settings read from localStorage and written back on every change (provide once, at app setup). */
export function createExportSettings(): ExportSettings {
  const settings = reactive(load())
  // A detached scope: the watcher lives as long as the app, not the component that happened to ask first.
  effectScope(true).run(() => watch(settings, (s) => {
    if (typeof localStorage === 'undefined') return
    try {
      localStorage.setItem(KEY, JSON.stringify(s))
    } catch (e) {
      console.warn('export settings not saved', e)
    }
  }))
  return settings
}

/** The watermark's words (`内部资料 · 县司法局`) from the settings, given the mark's text; null when off. */
export function watermarkText(settings: Pick<ExportSettings, 'watermark' | 'department'>, mark: (kind: Exclude<WatermarkKind, 'off'>) => string): string | null {
  if (settings.watermark === 'off') return null
  const department = settings.department.trim().slice(0, MAX_DEPARTMENT)
  return department === '' ? mark(settings.watermark) : `${mark(settings.watermark)} · ${department}`
}

/** The app's settings object (call in setup), the chosen size as numbers and the export context. */
export function useExportSettings() {
  const settings = inject(EXPORT_SETTINGS, null) ?? createExportSettings()
  const exportSize = (): ExportSize => EXPORT_SIZES.find(s => sizeKey(s) === settings.size) ?? EXPORT_SIZES[0] ?? { width: 1600, height: 900 }
  const context = inject(EXPORT_CONTEXT, NO_CONTEXT)
  return { settings, exportSize, sizes: EXPORT_SIZES, ratios: EXPORT_RATIOS, context }
}
