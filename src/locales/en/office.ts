// Office habits: township search, copy link, chart data CSV, sortable tables, indicator definitions, watermark and printing.
import type zhCN from '../zh-CN/office'

const en: typeof zhCN = {
  office: {
    search: {
      label: 'Search townships',
      placeholder: 'Name or pinyin',
      kind: { alias: 'alias {matched}', code: 'code {matched}', pinyin: 'pinyin' },
    },
    link: {
      button: 'Copy link',
      title: 'Copy this page’s link (with the current indicator, year, townships and normalization) so a colleague opens the same view',
      copied: 'Link copied: paste it into a chat, an e-mail or a document.',
      refused: 'The browser refused to copy. Please copy the link from the address bar: {url}',
      unsupported: 'This browser does not let pages write to the clipboard. Please copy the link from the address bar: {url}',
    },
    sort: {
      toAscending: 'Sort by “{column}”, ascending',
      toDescending: 'Sort by “{column}”, descending',
      toNone: 'Back to the indicator groups',
    },
    definition: {
      about: 'What “{name}” means',
      definition: 'Definition:',
      formula: 'Formula:',
      unit: 'Unit:',
      noUnit: 'none (yes / no)',
      inChinese: '(the county’s indicator registry defines it in Chinese)',
      direction: { higher_better: 'higher is better', lower_better: 'lower is better', neutral: 'neither better nor worse (ranked by size)' },
    },
    csv: {
      button: 'Download chart data (CSV)',
      title: 'Download the figures this chart draws, for Excel or WPS',
      category: 'Item',
      name: 'Name',
      axis: 'Indicator',
    },
    replaceSample: {
      title: 'Replace the sample data?',
      message: 'The dashboard is showing fictional sample data. Importing replaces it with your county’s data (“Undo import” brings it back).',
      ok: 'Replace sample data',
      cancel: 'Cancel',
    },
    undoImport: {
      button: 'Undo import',
      title: 'Restore the data as it was before the last import (until the next import)',
      done: 'The last import was undone; the data is as it was before it.',
    },
    watermark: {
      legend: 'Watermark (pictures, slides, notice, printouts)',
      off: 'None',
      internal: 'Internal use only',
      confidential: 'Confidential',
      department: 'Department',
      departmentPlaceholder: 'e.g. County Justice Bureau',
    },
    print: {
      button: 'Print',
      title: 'Print this page laid out for A4 (each sheet headed with county, page, data as of and page number)',
      pageBefore: 'Page ',
      pageMiddle: ' of ',
      pageAfter: '',
    },
  },
}
export default en
