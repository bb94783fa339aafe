// When the first screen is done: the first chart panel of the session has been drawn (ChartPanel calls
// firstChartDrawn), or a few seconds after something first asked (a page without charts; on a page with
// a chart still to draw, ChartPanel says firstChartComing and the wait is longer: on a loaded machine the
// chart can take more than the few seconds, and what waits here must not compete with it). Code that no
// first chart needs (the header search's autocomplete, the indicator tooltips) waits for this before it
// loads, so that it neither delays nor weighs on the first chart.
let drawn: (() => void) | null = null
const signal = new Promise<void>((resolve) => { drawn = resolve })

/** How long after the first ask the signal comes anyway (ms), when no chart was drawn. */
export const FIRST_CHART_TIMEOUT_MS = 3000
/** How long after the first ask it comes anyway when a chart panel is there but has not drawn yet (ms). */
export const FIRST_CHART_PENDING_MS = 20_000

let coming = false
/** Called by a chart panel when it is set up: a chart is on its way, so the short timeout does not apply. */
export function firstChartComing(): void {
  coming = true
}

/** Called by the chart panel when it has drawn for the first time; later calls do nothing. */
export function firstChartDrawn(): void {
  drawn?.()
  drawn = null
}

let asked: Promise<void> | null = null
/** Resolves once the first chart is drawn (or FIRST_CHART_TIMEOUT_MS after the first call, FIRST_CHART_PENDING_MS with a chart coming), in a task of its own. */
export function afterFirstChart(): Promise<void> {
  const wait = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))
  asked ??= Promise.race([signal, wait(FIRST_CHART_TIMEOUT_MS).then(() => (coming ? wait(FIRST_CHART_PENDING_MS - FIRST_CHART_TIMEOUT_MS) : undefined))])
    .then(() => new Promise<void>(resolve => setTimeout(resolve, 0)))
  return asked
}
