// The registry's self-checks (data/indicators.json) and header units in English; every key of ./registry.zh-CN.
import type zhCN from './registry.zh-CN'

const en: typeof zhCN = {
  'registry-error': 'The indicator registry data/indicators.json is wrong:',
  'registry-not-a-list': 'the top level should be a list of indicators',
  'registry-not-an-object': 'item {n}: not an object',
  'registry-bad-id': 'item {n}: id missing or not well-formed ({id})',
  'registry-duplicate-id': 'item {n}: id {id} used twice',
  'registry-unknown-kind': '{id}: unknown kind={value}',
  'registry-unknown-direction': '{id}: unknown direction={value}',
  'registry-reportable': '{id}: township_reportable should be yes/partial/county_source',
  'registry-no-label-zh': '{id}: Chinese name label_zh missing',
  'registry-no-label-en': '{id}: English name label_en missing',
  'registry-no-unit': '{id}: unit missing',
  'registry-unit-en': '{id}: English unit unit_en should be a string',
  'registry-definition-en': '{id}: English definition definition_en should be a string',
  'registry-aliases': '{id}: aliases should be a list of strings',
  'registry-unit-aliases': '{id}: unit_aliases should map a unit to a positive factor',
  'registry-formula-type': '{id}: formula should be a string or null',
  'registry-formula-kind': '{id}: only rate indicators can have a formula',
  'registry-formula-ref': '{id}: the formula names an indicator that does not exist, {ref}',
  'registry-alias-clash': 'the alias “{name}” belongs to both {owner} and {id}',
  'header-unit': 'the header “{header}” names the unit “{unit}”, which indicator “{indicator}” does not use ({units})',
}

export default en
