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

/** For a 1920×1080 projector read from the back of a room: type ≥ 24 px, thick marks, black on white. */
export const projectorTheme: ChartTheme = {
  name: 'projector',
  fontFamily: FONT,
  fontSize: 24,
  titleFontSize: 32,
  barWidth: 32,
  lineWidth: 5,
  symbolSize: 14,
  palette: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#000000', '#56B4E9'],
  colors: {
    better: '#007A5A',
    worse: '#C23B00',
    neutral: '#005A8C',
    missing: '#9E9E9E',
    highlight: '#E69F00',
    reference: '#000000',
    band: 'rgba(0, 90, 140, 0.22)',
    text: '#000000',
    mutedText: '#222222',
    axis: '#000000',
    splitLine: '#CCCCCC',
    scale: ['#C23B00', '#FFFFFF', '#007A5A'],
  },
  background: '#FFFFFF',
  animation: false,
}
