// Strings of the assessment page.
import carry from '@/core/messages/carry.en'
export default {
  assessment: {
    title: '{year} rule-of-law assessment',
    schemeLine: 'Scheme: {name} (scaled to {scale} points)',
    edited: 'Using the county\'s edited scheme',
    source: 'Source: {source}',
    noScheme: 'The assessment scheme has errors and cannot score:',
    noData: 'No data yet: import the townships\' submissions on the Data page first.',
    storageFailed: 'Reviewer scores could not be saved: {error}',
    peer: { label: 'Rank among', all: 'All', 街道: 'Subdistricts', 镇: 'Towns', 乡: 'Townships' },
    chart: {
      title: '{year} rule-of-law assessment: total scores',
      titlePeer: '{year} rule-of-law assessment: total scores ({peer})',
      total: 'Total', grade: 'Grade', rank: 'Rank', completeness: 'Data completeness', incomplete: 'data {share}', notSubmitted: 'not submitted', noData: 'No data',
      completenessLine: '{sent} / {all} townships submitted data',
      kind: 'assessment ranking',
      unit: 'points',
    },
    groups: {
      pending: 'awaiting review',
      title: '{year} assessment: scores by group', titlePeer: '{year} assessment: scores by group ({peer})',
      share: 'Share of points', points: 'Points', worse: 'low share', better: 'high share', kind: 'group scores',
      legend: 'Each cell: points in the group / the group\'s maximum, coloured by share; grey: not submitted or awaiting review',
      averages: 'Average share by group (lowest first): {list}', weakest: 'The county\'s weakest group is "{group}", {share} on average',
    },
    table: {
      caption: 'Score table (click a row for its deductions)',
      rank: 'Rank', peerRank: 'Peer rank', township: 'Township', kind: 'Kind', total: 'Total', grade: 'Grade', completeness: 'Data completeness', change: 'Rank change',
      up: 'up {n}', down: 'down {n}', same: 'unchanged', none: 'no data last year',
      notSubmitted: 'not submitted', incomplete: 'incomplete data: a low score need not mean poor work',
    },
    lists: {
      bottom: 'Bottom', failed: 'Failed', notSubmitted: 'Not submitted', late: 'Late', unscored: 'Unconfirmed names, not scored', none: 'none',
    },
    breakdown: {
      title: '{township}: score details',
      summary: 'Total {total} · {grade} · rank {rank} in the county · {peerRank} among peers · data completeness {completeness}',
      item: 'Item', points: 'Points', max: 'Max', lost: 'Lost', status: 'Status', reason: 'Reason', evidence: 'Evidence',
      close: 'Close',
      statuses: { scored: 'scored', missing: 'missing', pending: 'awaiting review', gate: 'veto', clear: 'not triggered' },
      bonus: 'bonus',
      sentence: '{place}: “{sentence}”', derived: '{text} (computed from {indicator})', evidenceSeparator: '; ',
      manual: {
        points: 'Reviewer score', reason: 'Reason', save: 'Save score', clear: 'Clear', saved: 'Saved', placeholder: 'Why this score',
      },
    },
    editor: {
      title: 'Assessment scheme', hint: 'The scheme is JSON (format in data/README.md). Check the validation and preview, then click "Use this scheme".',
      apply: 'Use this scheme', reset: 'Restore the bundled scheme', import: 'Import scheme JSON', export: 'Export scheme JSON',
      valid: 'Scheme is valid: {items} items.', invalid: 'The scheme has {n} problems:', notJson: 'Not valid JSON: {error}',
      preview: 'Preview (top {n} and bottom {n} under this scheme)', applied: 'The new scheme is in use.',
      fileName: 'assessment-scheme.json',
      previewRow: '{rank}. {township} {total} ({grade})',
    },
    docs: {
      title: 'Notice and feedback sheets',
      notice: 'Download notice (Word)', feedbackZip: 'Download feedback sheets (one per township, ZIP)', feedbackBook: 'Download all feedback sheets (Word)',
      csv: 'Score table CSV', xlsx: 'Score table Excel', busy: 'Generating…', failed: 'Could not generate: {error}',
      noticeName: '{county} {year} assessment notice.docx', zipName: '{county} {year} feedback sheets.zip', bookName: '{county} {year} feedback sheets (all).docx',
      tableName: '{county} {year} assessment scores',
    },
    // Township kinds as the score table shows them.
    kinds: { 街道: 'Subdistrict', 镇: 'Town', 乡: 'Township', 乡镇: 'Town or township' },
    // 上年整改情况 (carry-forward), on the township page: the same words as the feedback sheet's (src/core/messages/carry.*.ts).
    carry,
  },
}
