// The legend of a chart's colours: items wrapped into centred lines that fit the picture's width,
// each a swatch in the theme's colour and its words; rows without a bar named in grey italics.
import { describe, expect, it } from 'vitest'
import { legendColor, legendGraphic, legendLineHeight, legendLines, legendRows, type LegendItem } from '@/charts/legend'
import { projectorTheme, screenTheme } from '@/charts/theme'

const items: LegendItem[] = [
  { label: '达到县定目标', color: 'better', mark: 'swatch' },
  { label: '未达县定目标', color: 'worse', mark: 'swatch' },
  { label: '选中乡镇', color: 'highlight', mark: 'swatch' },
  { label: '无柱：未报送（不是 0）', color: 'missing', mark: 'text' },
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any

describe('legendRows', () => {
  it.each([
    ['a wide picture: one line', screenTheme, 1600, [4]],
    ['a desk panel (624 px)', screenTheme, 624, [4]],
    ['a narrow panel', screenTheme, 300, [2, 2]],
    ['projector type in 1024 px', { ...projectorTheme, fontSize: 23 }, 1024, [4]],
    ['projector type in 600 px', { ...projectorTheme, fontSize: 24 }, 600, [2, 2]],
    ['a long item alone', screenTheme, 200, [1, 1, 1, 1]],
  ] as const)('%s', (_, theme, width, counts) => {
    const rows = legendRows(items, theme, width)
    expect(rows.map(r => r.length)).toEqual(counts)
    expect(rows.flat()).toEqual(items)
    expect(legendLines(items, theme, width)).toBe(counts.length)
  })

  it('takes no line for no items', () => {
    expect(legendLines([], screenTheme, 800)).toBe(0)
    expect(legendGraphic([], screenTheme, 0, 800)).toEqual([])
  })
})

describe('legendGraphic', () => {
  const lines = legendGraphic(items, projectorTheme, 40, 600) as Loose[]

  it('draws one centred, silent group a line, one line height apart from the top given', () => {
    expect(lines.map(g => [g.type, g.left, g.top, g.silent])).toEqual([0, 1].map(i => ['group', 'center', 40 + i * legendLineHeight(projectorTheme), true]))
  })

  it('gives a swatch in the theme’s colour to coloured items, and only grey italic words to rows without a bar', () => {
    const children = lines.flatMap(g => g.children) as Loose[]
    expect(children.filter(c => c.type === 'rect').map(c => c.style.fill)).toEqual([projectorTheme.colors.better, projectorTheme.colors.worse, projectorTheme.colors.highlight])
    const texts = children.filter(c => c.type === 'text')
    expect(texts.map(c => c.style.text)).toEqual(items.map(i => i.label))
    expect(texts.map(c => c.style.fontSize)).toEqual(items.map(() => projectorTheme.fontSize))
    expect(texts.at(-1).style).toMatchObject({ fill: projectorTheme.colors.mutedText, fontStyle: 'italic' })
  })

  it.each([['better', screenTheme.colors.better], ['missing', screenTheme.colors.missing], ['#E69F00', '#E69F00']] as const)('resolves %s to %s', (color, want) => {
    expect(legendColor(color, screenTheme)).toBe(want)
  })
})
