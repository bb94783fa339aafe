// Words of the catalog's charts in the current locale: indicator labels, units (件/万人 when
// normalized), titles, subtitles with source and completeness, the text of rows without a value, and
// the export context. Works from any translate function (the app's, src/composables/i18n.ts, a test's own).
import { isNormalizable, type CompareSeries } from '../../core/analysis'
import { decimalsFor } from '../../core/format'
import { labelOf, unitOf as registryUnit } from '../../core/registry'
import type { Indicator } from '../../core/types'
import type { ExportContext } from '../exportFrame'

/** The i18n translate function, as far as these helpers use it. */
export type Translate = (key: string, named?: Record<string, unknown>) => string

export interface TextSource {
  t: Translate
  locale: { readonly value: string }
}

/** Files named in a subtitle before the rest are counted. */
const FILES_NAMED = 2

export function compareText({ t, locale }: TextSource) {

  const label = (indicator: Indicator): string => labelOf(indicator, locale.value)

  /** The unit of the compared figures: 件, or 件/万人 and 件/人 when normalized. */
  function unitOf(s: CompareSeries): string {
    const unit = registryUnit(s.indicator, locale.value)
    if (!s.normalized || s.mode === 'raw') return unit
    return t(`compare.normalizedUnit.${s.mode}`, { unit })
  }

  /** "（件/万人 · 每万常住人口）", "（%）" or '' for unitless flags. */
  function unitSuffix(s: CompareSeries): string {
    const unit = unitOf(s)
    const parts = [unit, s.normalized ? t(`normalization.${s.mode}`) : ''].filter(p => p !== '')
    return parts.length > 0 ? t('common.paren', { text: parts.join(' · ') }) : ''
  }

  /** Title of the main ranking: year, indicator, unit and normalization. */
  function rankingTitle(s: CompareSeries): string {
    return `${t('compare.rankingTitle', { year: s.year, indicator: label(s.indicator) })}${unitSuffix(s)}`
  }

  /** Title of a compact panel: indicator and unit. */
  function compactTitle(s: CompareSeries): string {
    return `${label(s.indicator)}${unitSuffix(s)}`
  }

  /** "a.csv、b.csv" or "a.csv、b.csv 等 5 个文件"; '' for none. */
  function fileNames(files: readonly string[]): string {
    if (files.length === 0) return ''
    const named = files.slice(0, FILES_NAMED).join(t('common.listSeparator'))
    return files.length > FILES_NAMED ? t('compare.subtitle.moreFiles', { first: named, count: files.length }) : named
  }

  function sourcesText(files: readonly string[]): string {
    return files.length === 0 ? '' : t('compare.subtitle.sources', { files: fileNames(files) })
  }

  /** "数据来源：a.csv · 23 / 24 个乡镇已报送 · 本项 20 个有数值" (the last part only when fewer have a value). */
  function subtitle(s: CompareSeries): string {
    const { reported, expected, withValue } = s.completeness
    const parts = [sourcesText(s.sources), t('chart.completeness', { reported, expected })]
    if (withValue < reported) parts.push(t('compare.subtitle.withValue', { count: withValue }))
    return parts.filter(p => p !== '').join(' · ')
  }

  /** Completeness only (compact panels): "23 / 24 个乡镇已报送 · 本项 20 个有数值". */
  function compactSubtitle(s: CompareSeries): string {
    const { reported, expected, withValue } = s.completeness
    const parts = [t('chart.completeness', { reported, expected })]
    if (withValue < reported) parts.push(t('compare.subtitle.withValue', { count: withValue }))
    return parts.join(' · ')
  }

  /** What an exported picture of a one-indicator chart says about itself; `kind` names the chart in the file name (排名). */
  function seriesContext(s: CompareSeries, title: string, kind: string): ExportContext {
    const context: ExportContext = {
      title, unit: unitOf(s), year: s.year, source: fileNames(s.sources), completeness: compactSubtitle(s),
      file: { subject: label(s.indicator), kind },
    }
    if (isNormalizable(s.indicator.kind)) context.normalization = t(`normalization.${s.mode}`)
    return context
  }

  /** Text per row status for rows without a value (未报送, 未填报, 不适用, 缺人口数 …). */
  function statusLabels(s: CompareSeries | null): Record<string, string> {
    return {
      'missing': t('chart.missing'),
      'blank': t('compare.status.blank'),
      'not-applicable': t('common.notApplicable'),
      'no-divisor': s?.mode === 'perOfficer' ? t('compare.status.noStaff') : t('compare.status.noPopulation'),
    }
  }

  /** Decimals of value labels: the one precision of the shown unit (decimalsFor: % one decimal, else at most 2). */
  function decimalsOf(s: CompareSeries): number {
    return decimalsFor(s.normalized && s.mode !== 'raw' ? '' : s.indicator.unit)
  }

  return { t, locale, label, unitOf, unitSuffix, rankingTitle, compactTitle, fileNames, subtitle, compactSubtitle, seriesContext, statusLabels, decimalsOf }
}

export type CompareText = ReturnType<typeof compareText>
