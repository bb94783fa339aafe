// The words of the carry-forward (上年整改情况) in English: the township page's and the notice's; every key of ./carry.zh-CN.
import type zhCN from './carry.zh-CN'

const en: typeof zhCN = {
  title: 'Follow-up on {year}',
  noLastYear: 'No data for this township in {year}: nothing to follow up.',
  nothing: 'No points lost, veto or red flag in {year}: nothing to follow up.',
  counts: '{fixed} fixed, {open} not fixed, {unknown} cannot be judged',
  marks: { fixed: 'Fixed', open: 'Not fixed', unknown: 'Cannot judge' },
  item: '{item}: {lost} of {max} points lost last year',
  gate: '{item}: applied last year',
  flag: 'Red flag: {reason}',
  itemFixed: 'no points lost this year',
  trend: { less: 'still losing points, fewer: {last} last year, {now} this year', same: 'still losing {now} points', more: 'still losing points, more: {last} last year, {now} this year' },
  gateFixed: 'not applied this year', gateOpen: 'applied again this year',
  flagFixed: 'no longer red this year', flagOpen: 'still red this year: {reason}',
  unknown: { 'not-submitted': 'no data sent this year', missing: 'this year\'s figure is missing', pending: 'this year\'s review score not entered yet', 'not-in-scheme': 'no longer assessed this year' },
  sentence: {
    noLastYear: 'No assessment data last year: last year\'s problems are not followed up this year.',
    nothing: 'No township lost points, had a veto or a red flag last year: nothing to follow up.',
    counts: 'Of last year\'s points lost, vetoes and red flags, {fixed} are fixed and {open} are not{unknown}.',
    unknown: '; {unknown} cannot be judged for want of this year\'s figures',
  },
}

export default en
