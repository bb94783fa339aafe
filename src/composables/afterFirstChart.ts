// When the first screen is done: the first chart panel of the session has been drawn (ChartPanel calls
// firstChartDrawn), or a few seconds after something first asked (a page without charts). Code that no
// first chart needs (the header search's autocomplete, the indicator tooltips) waits for this before it
// loads, so that it neither delays nor weighs on the first chart.
let drawn: (() => void) | null = null
const signal = new Promise<void>((resolve) => { drawn = resolve })

/** How long after the first ask the signal comes anyway (ms), when no chart was drawn. */
export const FIRST_CHART_TIMEOUT_MS = 3000

/** Called by the chart panel when it has drawn for the first time; later calls do nothing. */
export function firstChartDrawn(): void {
  drawn?.()
  drawn = null
}

let asked: Promise<void> | null = null
/** Resolves once the first chart is drawn (or FIRST_CHART_TIMEOUT_MS after the first call), in a task of its own. */
export function afterFirstChart(): Promise<void> {
  asked ??= Promise.race([signal, new Promise<void>(resolve => setTimeout(resolve, FIRST_CHART_TIMEOUT_MS))])
    .then(() => new Promise<void>(resolve => setTimeout(resolve, 0)))
  return asked
}
