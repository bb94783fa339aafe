// Honest figures on the township pages of the built app (bundled sample, 2024): townships tied on an
// indicator show the same rank and the same percentile, rank 1 is percentile 100, and no indicator
// carries two lights or two reasons — its figure is said once.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from '../helpers/browser'

const browser = useBrowser()

/** Tied in the sample's 2024 figures: 法治宣传活动场次 12 (双河镇, 三合镇, 松林乡), 持证人数 16 (河口镇, 三合镇, 桃源镇, 云岭乡). */
const TOWNSHIPS = ['双河镇', '三合镇', '松林乡', '河口镇', '桃源镇', '云岭乡', '青石镇']

interface Row { indicator: string, value: string, rank: string, percentile: string, badges: number, reasons: string[] }

/** What the township table shows, row by row. */
async function tableRows(page: Page, name: string): Promise<Row[]> {
  await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent(name)}?year=2024`)
  await page.locator('[data-testid="township-table"] tr[data-indicator]').first().waitFor()
  return page.locator('[data-testid="township-table"] tr[data-indicator]').evaluateAll(trs => trs.map((tr) => {
    const cells = [...tr.querySelectorAll('td')].map(td => (td.textContent ?? '').replace(/\s+/g, ' ').trim())
    const flagCell = tr.querySelectorAll('td')[5]
    return {
      indicator: tr.getAttribute('data-indicator') ?? '',
      value: cells[0] ?? '',
      rank: (cells[1] ?? '').replace(/[^\d/ ]/g, '').trim(),
      percentile: cells[2] ?? '',
      badges: flagCell ? flagCell.querySelectorAll('.flag-badge, [data-level]').length : 0,
      reasons: flagCell ? [...flagCell.querySelectorAll('.indicator-table__reason')].map(d => d.textContent ?? '') : [],
    }
  }))
}

describe('honest figures on the township pages', () => {
  it('shows one rank and one percentile per tie, 100 at rank 1, and one light per indicator', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    const byIndicator = new Map<string, { township: string, rank: string, percentile: string }[]>()
    for (const township of TOWNSHIPS) {
      for (const row of await tableRows(page, township)) {
        expect(row.badges, `${township} ${row.indicator}`).toBeLessThanOrEqual(1)
        expect(row.reasons.length, `${township} ${row.indicator}: ${row.reasons.join(' | ')}`).toBeLessThanOrEqual(1)
        // The figure (e.g. 80%) is said once in the reason.
        const figure = row.value.replace(/^约 /, '')
        for (const reason of row.reasons) if (figure !== '' && figure !== '—') expect(reason.split(figure).length - 1, reason).toBeLessThanOrEqual(1)
        if (row.rank === '') continue
        if (row.rank.startsWith('1 /')) expect(row.percentile, `${township} ${row.indicator}`).toBe('100')
        byIndicator.set(row.indicator, [...(byIndicator.get(row.indicator) ?? []), { township, rank: row.rank, percentile: row.percentile }])
      }
    }
    let ties = 0
    for (const [indicator, rows] of byIndicator) {
      for (const a of rows) {
        for (const b of rows) {
          if (a.township >= b.township || a.rank !== b.rank) continue
          ties++
          expect(`${indicator} ${b.township} ${b.percentile}`).toBe(`${indicator} ${b.township} ${a.percentile}`)
        }
      }
    }
    // The sample has ties among these townships: the test has looked at some.
    expect(ties).toBeGreaterThan(2)
    expect(errors).toEqual([])
    await context.close()
  })
})
