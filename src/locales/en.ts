import type zhCN from './zh-CN'

// English UI strings: the same keys as zh-CN.
const en: typeof zhCN = {
  app: {
    title: 'Township Rule-of-Law Dashboard',
    county: '{county}',
    sampleBanner: 'You are looking at the bundled fictional sample (示例县). It does not describe any real place.',
    language: '中文',
    year: 'Year',
    loading: 'Reading data…',
  },
  nav: { overview: 'Overview', compare: 'Compare', township: 'Township', trends: 'Trends', data: 'Data', present: 'Present' },
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
