// Trends page.
import type zhCN from '../zh-CN/trends'

const en: typeof zhCN = {
  trends: {
    indicator: 'Indicator',
    townships: 'Townships',
    title: '{indicator} over the years ({unit})',
    titleNoUnit: '{indicator} over the years',
    subtitle: '{from}–{to}, {count} years · Source: {files}',
    subtitleOneYear: '{from} only · Source: {files}',
    band: 'County interquartile range (P25–P75)',
    median: 'County median',
    per10kUnit: '{unit} per 10,000 residents',
    perOfficerUnit: '{unit} per officer',
    chooseHint: 'The chart shows the county median and interquartile range only. Choose townships above to add their lines.',
    noData: 'No data has been loaded yet.',
    nobody: 'No township has ever reported this indicator ({indicator}): there is no trend to draw.',
    noDivisor: 'This indicator ({indicator}) cannot be divided as chosen: residents or enforcement officers are unknown. Choose “raw”.',
    singleYear: 'The data hold one year only ({year}); a trend needs at least two.',
    townshipEmpty: '{name} has no figure for this indicator ({indicator}) in any year.',
    normalizationNote: 'Rates are not divided by residents or officers.',
    table: {
      caption: 'Values by year ({unit})',
      captionNoUnit: 'Values by year',
      name: 'Township',
      note: '“—”: not submitted or no figure that year.',
    },
  },
}
export default en
