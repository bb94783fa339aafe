// Messages of the core (issues, checks) in English; every key of ./zh-CN.
import assessmentMessages from './assessment.en'
import importMessages from './import.en'
import readMessages from './read.en'
import registryMessages from './registry.en'
import reportMessages from './report.en'
import townshipMessages from './townships.en'
import type zhCN from './zh-CN'

const en: typeof zhCN = {
  msg: {
    ...importMessages,
    ...assessmentMessages,
    ...readMessages,
    ...reportMessages,
    ...registryMessages,
    ...townshipMessages,
    'term': '{indicator} {value}',
    'term-blank': '{indicator} blank',
    'in-submission': '{township} {year}: {detail}',
    'value-not-a-number': '{indicator} is not a valid number',
    'flag-out-of-range': '{indicator} should be 0 or 1 (no/yes), is {value}',
    'negative-value': '{indicator} {value} is negative',
    'not-integer': '{indicator} {value} is not a whole number',
    'rate-out-of-range': '{indicator} {value} is outside 0–100',
    'approximate': '{indicator} {value} is approximate: counted at its lower bound',
    'intake': '{received} + {carried}',
    'carried-blank': '{indicator} blank (counted as 0)',
    'exceeds-total': '{part} is more than {total} = {sum}',
    'pending-mismatch': '{pending} is not {total} − {concluded} = {expected}',
    'outcome-sum': '{terms} = {sum}',
    'outcomes-exceed': '{outcomes} is more than {concluded}',
    'incomplete-breakdown': '{outcomes} is less than {concluded}: other outcomes not itemised',
    'part-exceeds-whole': '{part} is more than {whole}',
    'penalty-without-cases': '{amount} is above 0, but {cases}',
    'unit-suspect': '{amount} ÷ {cases} = {average} {unit} per case on average: yuan and 10,000 yuan probably mixed up',
    'rate-mismatch': '{indicator} reported as {reported}; {numerator} ÷ {denominator} gives {computed}, {diff} percentage points apart',
    'zero-denominator': '{indicator} reported as {reported}; {denominator}: the denominator is 0, treated as not applicable',
    'year-jump-rate-up': '{indicator} went from {was} in {before} to {now} in {year} (up {move} percentage points): check how it was counted',
    'year-jump-rate-down': '{indicator} went from {was} in {before} to {now} in {year} (down {move} percentage points): check how it was counted',
    'year-jump-count-up': '{indicator} went from {was} in {before} to {now} in {year} (up {change}%): check the unit or how it was counted',
    'year-jump-count-down': '{indicator} went from {was} in {before} to {now} in {year} (down {change}%): check the unit or how it was counted',
  },
  cli: {
    error: 'error',
    warning: 'warning',
    row: 'row {row}',
    column: 'column “{column}”',
    issue: '  {severity} {where}: {message} [{code}]',
    file: '{file}: {format}, {encoding}, {rows} rows, {accepted} accepted, {rejected} refused — {status}',
    unknownFormat: 'unknown format',
    unknownEncoding: 'unknown encoding',
    status: { ok: 'read', partial: 'partly imported', failed: 'not imported' },
    summary: '{submissions} township-year submissions; {errors} errors, {warnings} warnings',
  },
}
export default en
