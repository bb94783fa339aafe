// Chart themes: screen (desk) and projector (review meeting: large type, thick marks, high contrast).

export interface ChartColors {
  /** Better than the county median (direction-aware). */
  better: string
  /** Worse than the county median. */
  worse: string
  /** Neutral indicators, or no median to compare with. */
  neutral: string
  /** Missing or not applicable (grey). */
  missing: string
  /** Selected townships. */
  highlight: string
  /** County median and mean lines, quartile band. */
  reference: string
  band: string
  text: string
  mutedText: string
  axis: string
  splitLine: string
  /** Percentile scale from worst (0) through middle (50) to best (100). */
  scale: [string, string, string]
}

export interface ChartTheme {
  name: 'screen' | 'projector'
  fontFamily: string
  fontSize: number
  titleFontSize: number
  /** Bar thickness in px (horizontal bars: height). */
  barWidth: number
  lineWidth: number
  symbolSize: number
  /** Type in heatmap cells; 85 % of fontSize when absent. */
  cellFontSize?: number
  /** Type of an export frame's meta line and footer; from fontSize when absent. */
  footerFontSize?: number
  /** Series colours, colour-blind safe, in order of use. */
  palette: string[]
  colors: ChartColors
  background: string
  animation: boolean
}

// Unquoted on purpose: ECharts' SVG renderer writes the family into a style="" attribute unescaped.
const FONT = 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, SimSun, sans-serif'

/** Okabe & Ito (2008) colour-blind safe palette, black last. */
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']

export const screenTheme: ChartTheme = {
  name: 'screen',
  fontFamily: FONT,
  fontSize: 13,
  titleFontSize: 16,
  barWidth: 14,
  lineWidth: 2,
  symbolSize: 6,
  palette: OKABE_ITO,
  colors: {
    better: '#009E73',
    worse: '#D55E00',
    neutral: '#0072B2',
    missing: '#BDBDBD',
    highlight: '#E69F00',
    reference: '#303133',
    band: 'rgba(0, 114, 178, 0.15)',
    text: '#303133',
    mutedText: '#606266',
    axis: '#909399',
    splitLine: '#EBEEF5',
    scale: ['#D55E00', '#F5F5F5', '#009E73'],
  },
  background: '#FFFFFF',
  animation: true,
}

/**
 * For a 1920×1080 projector read from ten metres: type ≥ 24 px for axis labels and values, 34 px
 * titles, thick bars and lines, black on white, and the Okabe–Ito colours (safe for the common
 * colour-vision deficiencies), darkened where they carry text so that they keep their contrast when a
 * projector washes the picture out. Sizes are for a 1080-pixel-high picture; scaleTheme adapts them.
 */
export const projectorTheme: ChartTheme = {
  name: 'projector',
  fontFamily: FONT,
  fontSize: 24,
  titleFontSize: 34,
  barWidth: 32,
  lineWidth: 6,
  symbolSize: 16,
  palette: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#000000', '#56B4E9'],
  colors: {
    better: '#007A5A',
    worse: '#C23B00',
    neutral: '#005A8C',
    missing: '#8C8C8C',
    highlight: '#E69F00',
    reference: '#000000',
    band: 'rgba(0, 90, 140, 0.22)',
    text: '#000000',
    mutedText: '#1A1A1A',
    axis: '#000000',
    splitLine: '#BDBDBD',
    scale: ['#C23B00', '#FFFFFF', '#007A5A'],
  },
  background: '#FFFFFF',
  animation: false,
}

/** The picture height the projector theme's sizes are meant for. */
export const PROJECTOR_HEIGHT = 1080

/**
 * The theme with every size (type, bars, lines, symbols) multiplied by `factor`, type not below
 * `minFontSize` px. Used to draw a slide or an exported image of any size in the proportions of a
 * 1920×1080 projector picture (factor = min(width / 1920, height / 1080)). Animation is switched off.
 */
export function scaleTheme(theme: ChartTheme, factor: number, minFontSize = 12): ChartTheme {
  const f = Number.isFinite(factor) && factor > 0 ? factor : 1
  const font = Math.max(minFontSize, Math.round(theme.fontSize * f))
  return {
    ...theme,
    fontSize: font,
    titleFontSize: Math.max(Math.round(minFontSize * 1.2), Math.round(theme.titleFontSize * f)),
    barWidth: Math.max(4, Math.round(theme.barWidth * f)),
    lineWidth: Math.max(1, Math.round(theme.lineWidth * f * 10) / 10),
    symbolSize: Math.max(4, Math.round(theme.symbolSize * f)),
    animation: false,
  }
}

/**
 * The theme with type and bars made small enough that `rows` category rows fit into `plotHeight`
 * px (each row needs about 1.3 × its type size); the theme itself when they already fit. Type never
 * drops below `minFontSize`: past that the chart scrolls (the builders add a zoom slider).
 */
export function fitThemeToRows(theme: ChartTheme, rows: number, plotHeight: number, minFontSize = 12): ChartTheme {
  if (rows <= 0 || plotHeight <= 0) return theme
  const pitch = plotHeight / rows
  const font = Math.max(minFontSize, Math.floor(pitch / 1.3))
  if (font >= theme.fontSize) return theme
  return { ...theme, fontSize: font, barWidth: Math.max(4, Math.min(theme.barWidth, Math.floor(pitch * 0.7))) }
}

/** Shares of the screen height the slide show's type takes at least (labels, heatmap cells, titles, footers). */
export const SLIDE_TYPE = { label: 0.03, cell: 0.028, title: 0.05, footer: 0.025 } as const

/**
 * The slide show's theme for a screen: the projector theme with type sized from the screen height
 * (labels 3 %, heatmap cells 2.8 %, titles 5 %, footers 2.5 %), marks scaled with it. A chart whose
 * rows would not fit at this size is split, never drawn smaller (see slideParts).
 */
export function slideTheme(size: { width: number, height: number }): ChartTheme {
  const h = size.height
  const fontSize = Math.ceil(h * SLIDE_TYPE.label)
  const f = fontSize / projectorTheme.fontSize
  return {
    ...projectorTheme,
    fontSize,
    titleFontSize: Math.ceil(h * SLIDE_TYPE.title),
    cellFontSize: Math.ceil(h * SLIDE_TYPE.cell),
    footerFontSize: Math.ceil(h * SLIDE_TYPE.footer),
    barWidth: Math.max(4, Math.round(projectorTheme.barWidth * f)),
    lineWidth: Math.max(1, Math.round(projectorTheme.lineWidth * f * 10) / 10),
    symbolSize: Math.max(4, Math.round(projectorTheme.symbolSize * f)),
    animation: false,
  }
}
