import { describe, expect, it } from 'vitest'
import { cssString, printHeaderCss } from '@/core/printHeader'

describe('cssString', () => {
  it.each([
    ['示例县', '"示例县"'],
    ['a b', '"a\\20 b"'],
    ['"}; body{display:none} @x', '"\\22 \\7d \\3b \\20 body\\7b display\\3a none\\7d \\20 \\40 x"'],
    ['a\\b\n', '"a\\5c b\\a "'],
  ])('escapes %j so that it stays one string', (text, css) => {
    expect(cssString(text)).toBe(css)
  })
})

describe('printHeaderCss', () => {
  it('puts the county and page left, 数据截至 and page x of n right', () => {
    const css = printHeaderCss({ left: '示例县 · 总览', right: '数据截至 2025-01-20', pageWords: ['第 ', ' 页 / 共 ', ' 页'] })
    expect(css).toContain('@top-left { content: "示例县\\20 \\b7 \\20 总览"')
    expect(css).toMatch(/@top-right \{ content: "数据截至\\20 2025\\2d 01\\2d 20.*" "第\\20 " counter\(page\) "\\20 页\\20 \\2f \\20 共\\20 " counter\(pages\) "\\20 页"/)
  })

  it('leaves 数据截至 out when unknown', () => {
    expect(printHeaderCss({ left: 'x', right: '', pageWords: ['', '/', ''] })).toContain('@top-right { content: "" counter(page) "\\2f " counter(pages) ""')
  })
})
