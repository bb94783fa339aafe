import type zhCN from '../zh-CN/compare'

// Compare page strings: the same keys as zh-CN.
const en: typeof zhCN = {
  compare: {
    primary: 'Main indicator',
    highlight: 'Highlighted townships',
    value: 'Value',
    rank: 'Rank',
    rankingTitle: '{year} {indicator}: ranking',
    peerSuffix: ' ({peer})',
    normalizedUnit: { per10k: '{unit} per 10k residents', perOfficer: '{unit} per officer' },
    normalizationFlags: 'Yes/no indicators are not normalized',
    subtitle: {
      sources: 'Source: {files}',
      moreFiles: '{first} and {count} files in all',
      withValue: '{count} with a value for this indicator',
    },
    status: {
      blank: 'Left blank',
      noPopulation: 'No population figure',
      noStaff: 'No officer count',
    },
    noData: 'No data loaded yet: the charts are empty.',
    noYear: 'No township reported any data for {year}.',
    multiples: {
      title: 'Several indicators side by side',
      hint: 'Up to {max}; every panel keeps the main indicator\'s township order so rows line up.',
      picker: 'Choose indicators to compare (type to search)',
      defaults: 'Showing the core rates until you choose.',
    },
    heatmap: {
      title: '{year} Townships × indicators: {group}',
      group: 'Indicator group',
      core: 'Core rates',
      percentile: 'Percentile (100 = best)',
      worse: 'Worse',
      better: 'Better',
      yes: 'Yes',
      no: 'No',
      legend: 'Colour is the direction-aware percentile: green better, red worse, grey not reported. Cells show the figures.',
      neutralLeftOut: 'Neutral indicators (neither higher nor lower is better) are left out ({count}).',
      emptyLeftOut: 'Indicators nobody reported this year are left out ({count}).',
      limited: 'Many townships ({total}): showing the top {n} and bottom {n} of the main indicator\'s ranking.',
    },
    outcome: {
      title: { reconsideration: '{year} Administrative reconsideration outcomes', litigation: '{year} Administrative litigation outcomes' },
      mode: 'Show as',
      absolute: 'Cases',
      percent: 'Percent',
      total: 'Total',
      percentAxis: 'Share (%)',
      unit: 'cases',
      subtitle: 'Most cases first · {reported} / {expected} townships reported',
      limited: 'Many townships: showing the {n} with most cases (of {total}).',
      parts: {
        reconsideration: { upheld: 'Upheld', rejected: 'Rejected', corrected: 'Corrected', settled: 'Mediated/settled', terminated: 'Withdrawn/terminated', pending: 'Pending' },
        litigation: { won: 'Won', lost: 'Lost', withdrawn: 'Withdrawn', pending: 'Pending' },
      },
    },
    scatter: {
      title: '{year} {x} vs {y}',
      yAxis: 'Vertical axis',
      subtitle: 'Horizontal axis: the main indicator; one point per township, dashed lines at the county median',
      subtitlePeer: 'Horizontal axis: the main indicator; one point per township, dashed lines at the median of the group ({peer})',
    },
  },
}
export default en
