// 核心给出的消息（问题、校验）的中文文本：vue-i18n 语法，{name} 为参数。English in ./en mirrors every key.
import assessmentMessages from './assessment.zh-CN'
import importMessages from './import.zh-CN'
import readMessages from './read.zh-CN'
import registryMessages from './registry.zh-CN'
import reportMessages from './report.zh-CN'
import townshipMessages from './townships.zh-CN'

export default {
  msg: {
    ...importMessages,
    ...assessmentMessages,
    ...readMessages,
    ...reportMessages,
    ...registryMessages,
    ...townshipMessages,
    'term': '{indicator} {value}',
    'term-blank': '{indicator} 未填',
    'in-submission': '{township} {year}年：{detail}',
    // 校验 V01–V24
    'value-not-a-number': '{indicator} 不是有效数字',
    'flag-out-of-range': '{indicator} 应为 0 或 1（否/是），实为 {value}',
    'negative-value': '{indicator} {value} 为负数',
    'not-integer': '{indicator} {value} 不是整数',
    'rate-out-of-range': '{indicator} {value} 超出 0–100',
    'approximate': '{indicator} {value} 为约数：按下限计',
    'intake': '{received} + {carried}',
    'carried-blank': '{indicator} 未填（按0计）',
    'exceeds-total': '{part} 大于 {total} = {sum}',
    'pending-mismatch': '{pending} 不等于 {total} − {concluded} = {expected}',
    'outcome-sum': '{terms} = {sum}',
    'outcomes-exceed': '{outcomes} 大于 {concluded}',
    'incomplete-breakdown': '{outcomes} 小于 {concluded}：其他结果未列明',
    'part-exceeds-whole': '{part} 大于 {whole}',
    'penalty-without-cases': '{amount} 大于0，但 {cases}',
    'unit-suspect': '{amount} ÷ {cases} = 平均每件 {average} {unit}，疑似万元/元混用',
    'rate-mismatch': '{indicator} 报 {reported}，按 {numerator} ÷ {denominator} 计算为 {computed}，相差 {diff} 个百分点',
    'zero-denominator': '{indicator} 报 {reported}，{denominator}：分母为0，按不适用处理',
    'year-jump-rate-up': '{indicator} 由 {before}年 {was} 变为 {year}年 {now}（上升 {move} 个百分点），请核实口径',
    'year-jump-rate-down': '{indicator} 由 {before}年 {was} 变为 {year}年 {now}（下降 {move} 个百分点），请核实口径',
    'year-jump-count-up': '{indicator} 由 {before}年 {was} 变为 {year}年 {now}（增长 {change}%），请核实单位或口径',
    'year-jump-count-down': '{indicator} 由 {before}年 {was} 变为 {year}年 {now}（下降 {change}%），请核实单位或口径',
  },
  // 命令行 validate 的文字报告
  cli: {
    error: '错误',
    warning: '警告',
    row: '第 {row} 行',
    column: '“{column}”列',
    issue: '  {severity} {where}：{message} [{code}]',
    file: '{file}：{format}，{encoding}，{rows} 行，接受 {accepted}，拒绝 {rejected} — {status}',
    unknownFormat: '未知格式',
    unknownEncoding: '未知编码',
    status: { ok: '通过', partial: '部分导入', failed: '未导入' },
    summary: '共 {submissions} 份乡镇年度提交；{errors} 个错误，{warnings} 个警告',
  },
}
