import type zhCN from '../zh-CN/app'

// English UI strings: the same keys as zh-CN.
const en: typeof zhCN = {
  app: {
    title: 'Township Rule-of-Law Dashboard',
    county: '{county}',
    sampleBanner: 'You are looking at the bundled fictional sample (示例县). It does not describe any real place.',
    language: '中文',
    year: 'Year',
    navigation: 'Pages',
    loading: 'Reading data…',
  },
  nav: { overview: 'Overview', compare: 'Compare', township: 'Township', trends: 'Trends', assessment: 'Assessment', data: 'Data', present: 'Present' },
  groups: {
    organisation: 'Organisation',
    decision_making: 'Decision-making',
    enforcement: 'Enforcement',
    disclosure: 'Disclosure',
    reconsideration: 'Reconsideration',
    litigation: 'Litigation',
    publicity: 'Legal publicity',
    dispute_resolution: 'Dispute resolution',
  },
  normalization: {
    label: 'Basis',
    raw: 'Raw figures',
    per10k: 'Per 10,000 residents',
    perOfficer: 'Per enforcement officer',
    notApplicable: 'Rates are not normalized',
  },
  flag: { red: 'Red', yellow: 'Amber', green: 'Green', grey: 'Not applicable' },
  common: {
    indicator: 'Indicator',
    indicators: 'Indicators',
    townships: 'Townships',
    chooseIndicator: 'Choose an indicator (type to search)',
    chooseTownships: 'Choose townships (type to search)',
    unit: 'Unit',
    notApplicable: 'n/a',
    approx: '≈',
    derived: 'computed from its formula',
    source: 'Source',
    paren: ' ({text})',
    colon: ': ',
    listSeparator: ', ',
    row: 'row {row}',
  },
  chart: {
    ranking: '{indicator}: ranking',
    completeness: '{reported} / {expected} townships reported',
    source: 'Source: {source}',
    missing: 'Not reported',
    mean: 'Mean',
    median: 'Median',
    noData: 'No data',
  },
}
export default en
