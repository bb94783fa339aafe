// ECharts' SVG renderer, for SVG export only: loaded with import() on the first SVG export, so the
// first screen does not carry it (a static named import lets the bundler keep it out of the main chunk).
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([SVGRenderer])
