import type zhCN from '../zh-CN/overview'

const en: typeof zhCN = {
  overview: {
    empty: 'No data yet. Import the townships’ tables on the Data page, or restore the sample.',
    kpiTitle: 'County headline figures, {year}',
    keyRates: 'Key rates: top three and bottom three',
    best: 'Top 3',
    worst: 'Bottom 3',
    tied: 'tied {place}',
    allTie: 'All tied: every township at {value}',
    allIdeal: 'All meet the mark: every township at {value}',
    rank: 'Rank',
    value: 'Value',
    changePoints: '{change} pp on last year',
    changeAbs: '{change}{pct} on last year',
    changePct: ' ({pct}%)',
    basis: { total: 'total of {n} townships', pooled: 'pooled over {n} townships’ counts', mean: 'mean of {n} townships' },
    submissions: { title: 'Submissions for {year}', missing: 'Not submitted', allIn: 'All submitted', unlisted: 'Submissions from townships not on the list' },
    flags: { title: 'Red / amber / green', none: 'None', note: 'Rules are set by the county in data/flags.json; click a township for details.' },
  },
}
export default en
