// Evidence and statuses in words, the same on the page and in the documents.
import type { ItemScore, ScoreEvidence } from './types'

/** `2024.csv 第 5 行`, or the report sentence in quotes with its file; derived rates say so. */
export function evidenceText(e: ScoreEvidence): string {
  const place = e.row === null ? e.file : `${e.file} 第 ${e.row} 行`
  const base = e.sentence ? `${place}：“${e.sentence}”` : place
  return e.derived ? `${base}（由 ${e.indicator} 计算）` : base
}

/** All evidence of an item, joined. */
export function itemEvidenceText(item: ItemScore): string {
  return [...new Set(item.evidence.map(evidenceText))].join('；')
}
