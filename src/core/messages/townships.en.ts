// What the township list (its CSV, the township form) says in English; every key of ./townships.zh-CN.ts.
import type zhCN from './townships.zh-CN'

const en: typeof zhCN = {
  'text': '{text}',
  'list-empty': 'the township list is empty',
  'list-no-townships': 'the list holds no township',
  'list-missing-columns': 'the township list lacks required columns: {columns}',
  'list-unknown-column': 'the township list’s column “{column}” is not known and was ignored',
  'list-too-many-fields': 'row {row} has more cells than the header: check it',
  'list-too-few-fields': 'row {row} has fewer cells than the header: check it',
  'list-bad-quotes': 'row {row} has a quote or separator out of place: check it',
  'list-duplicate': 'row {row} repeats a township above (code {code}, name {name}) and was ignored',
  'list-missing-name': 'row {row} has no township name and was ignored',
  'list-invalid-code': 'row {row}: the division code “{code}” should be digits; the row was ignored',
  'list-invalid-kind': 'row {row}: the kind “{kind}” should be {kinds}; the row was ignored',
  'list-kinds': '{town} (town), {xiang} (township) or {street} (subdistrict)',
  'list-population-not-a-number': 'row {row}: the population “{raw}” is not a non-negative number and is left blank',
  'list-area-not-a-number': 'row {row}: the area “{raw}” is not a non-negative number and is left blank',
  'township-name-blank': 'the township needs a name',
  'township-name-characters': 'the township name “{name}” cannot hold a comma, a quote or “|”',
  'township-code-digits': 'the division code “{code}” should be 6–15 digits',
  'township-kind': 'the kind should be {kinds}',
  'township-measures': 'population and area should be non-negative numbers',
  'township-code-taken': 'the division code {code} is already used by another township',
  'township-name-taken': '“{name}” is already the name or an alias of “{owner}”',
  'township-alias-characters': 'the alias “{alias}” cannot hold a comma, a quote or “|”',
  'township-code-unknown': 'no township on the list has the code {code}',
  'township-list-loses': 'townships with imported figures are not on the new list (or have another code or name): {names}{more}. Keep them on the list, or clear the data first',
  'township-list-loses-more': ' and {n} in all',
  'township-lists-overlap': '“{name}” (code {code}, {county}) is already on the list of {other}: the counties’ lists cannot share a code or a name',
  'township-merge-failed': 'the rows could not be merged',
}
export default en
