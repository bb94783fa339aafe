// The target a chart draws for an indicator: the flag rules' 县定目标 or the scheme's 满分线 (core/analysis
// rateTargets), in the words of the chart. Only for figures compared as reported: a normalized figure
// (件/万人) is not what the target is set on.
import type { ChartTarget } from '../common'
import type { CatalogEnv } from './entry'

/** The target of `id` as a chart draws it; null when the indicator has none or is drawn normalized. */
export function chartTarget(env: CatalogEnv, id: string, asReported: boolean): ChartTarget | null {
  const goal = asReported ? env.targets().get(id) : undefined
  return goal ? { value: goal.value, label: env.text.t(`chart.target.${goal.source}`), bound: goal.bound } : null
}
