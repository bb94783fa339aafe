// One grid of cells (a CSV file or a worksheet) → Normalized: a statistics form, or the layout step
// (layout.ts) and then a long or a wide table. The one reading path of every table format.
import type { Message } from '../messages/render'
import { issue, yearFromText, type NormalizeContext, type Normalized } from './common'
import { longColumns } from '../parse/longHeaders'
import { normalizeLong } from './long'
import { normalizeWide } from './wide'
import { isTownshipHeader } from '../parse/csv'
import { headerProbe, type MergedRange } from '../parse/headerBlock'
import { layoutTable } from '../parse/layout'
import { isStatForm, statFormToLong } from './statForm'
import type { RawTable } from '../parse/table'
import { NotPlain, type WideRows } from './wideRows'

/** Where a grid came from: the file, the worksheet (null for a CSV) and its merged ranges where known. */
export interface GridSource {
  sheet: string | null
  merges?: readonly MergedRange[] | null
  /** The refusal when no header is found (a CSV named .txt is more likely a narrative report). */
  notATable?: Message
}

/** How the grid was read: a wide or long table, or a statistics form (read as long data). */
export type TableShape = 'wide' | 'long' | 'form'


const empty = (): Normalized => ({ submissions: [], issues: [], rows: 0, accepted: 0, rejected: 0, unknownColumns: [] })

/**
 * Reads a grid (grid[i] is spreadsheet row i + 1). The year, when no column holds it, comes from a
 * title line (not a 填报日期 line), the sheet name or the file name. Skipped rows carry the sheet name.
 * With `body`, the grid is only the head of a plain CSV and `body` gives the data rows of the wide
 * table the head lays out as (parse/plainCsv.ts); any other reading of it throws NotPlain.
 */
export function readGrid(grid: readonly (readonly string[])[], where: GridSource, ctx: NormalizeContext, body?: (table: RawTable) => WideRows): Normalized & { shape: TableShape } {
  const plain = (): void => { if (body) throw new NotPlain('not a wide table') }
  if (isStatForm(headerProbe(grid, 10))) {
    plain()
    return { ...statFormToLong(grid, { file: ctx.file, sheet: where.sheet }, ctx), shape: 'form' }
  }
  const table = layoutTable(grid, ctx.registry, where.merges ?? null)
  if (!table) plain()
  if (!table) return { ...empty(), issues: [issue(ctx, null, null, 'error', 'empty-file', where.sheet === null ? { code: 'grid-empty-file' } : { code: 'grid-empty-sheet', params: { sheet: where.sheet } })], shape: 'wide' }
  const skipped = where.sheet === null ? table.skipped ?? [] : (table.skipped ?? []).map(s => ({ ...s, sheet: where.sheet as string }))
  if (!table.headers.some(isTownshipHeader) && table.headers.filter(h => h !== '').length <= 1) {
    plain()
    const rows = table.rows.length
    return { ...empty(), rows, rejected: rows, skipped, shape: 'wide',
      issues: [issue(ctx, table.headerRow, null, 'error', 'not-a-table', where.notATable ?? (where.sheet === null ? { code: 'grid-not-a-table' } : { code: 'grid-not-a-table-sheet', params: { sheet: where.sheet } }))] }
  }
  const titles = table.titleLines.filter(t => !/日期|时间/u.test(t))
  const fallbackYear = ctx.fallbackYear ?? yearFromText(...titles, where.sheet ?? '', ctx.file)
  const long = longColumns(table.headers)
  if (long) plain()
  const n = long ? normalizeLong(table, long, { ...ctx, fallbackYear }) : normalizeWide(table, { ...ctx, fallbackYear }, body?.(table))
  if (skipped.length > 0) n.skipped = skipped
  // Assigned, not spread: a wide table's submissions are its table's rows, built only when read (tableBatch.ts).
  return Object.assign(n, { shape: long ? 'long' as const : 'wide' as const })
}
