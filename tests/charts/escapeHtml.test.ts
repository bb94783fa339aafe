import { describe, expect, it } from 'vitest'
import { escapeHtml } from '@/charts/escapeHtml'

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"甲" & \'乙\'', '&quot;甲&quot; &amp; &#39;乙&#39;'],
    ['&lt;', '&amp;lt;'],
    ['大同镇', '大同镇'],
  ])('escapes %s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected)
  })
})
