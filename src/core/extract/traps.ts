// Numbers with a unit that are not indicator values: targets and plans, changes, document numbers,
// dates and festivals, ordinals of meetings, frequencies, another body's figures (全县…), masked or
// coded digits. One rule per kind, tested in order; the first that fires names the trap.
import type { NumberToken } from './numbers'

/** What a rule sees around one figure (clean text). */
export interface TrapView {
  token: NumberToken
  /** The clause before the figure (from the last comma or stop). */
  clause: string
  /** The sentence before the figure. */
  sentence: string
  /** The character right before the figure, and the text right after the number and after the unit. */
  before: string
  afterNumber: string
  afterUnit: string
  /** The four characters after afterUnit (the test of a longer word). */
  afterUnitMore: string
}

interface TrapRule {
  /** kebab-case, for tests and debugging. */
  code: string
  test: (v: TrapView) => boolean
}

const MASK = /[*×xX?？□■●○]/
/** Unit followed by characters that make a different word: 个月, 人民, 期间, 起草, 条例, 批准 … */
const UNIT_WORD_TRAPS: Readonly<Record<string, RegExp>> = {
  个: /^(?:月|工作日|小时|季度|星期|百分点)/, 人: /^[民员]/, 期: /^[间限]/, 次: /^性/, 名: /^[单称义]/, 场: /^[所地景]/,
  起: /^[来草到]/, 条: /^[例件款]/, 批: /^[准复评]/, 例: /^如/, 位: /^(?:[置于]|一体)/, 本: /^[级部镇乡年]/,
}

export const TRAPS: readonly TrapRule[] = [
  { code: 'masked', test: v => MASK.test(v.before) || MASK.test(v.afterNumber.charAt(0)) },
  { code: 'code', test: v => /[A-Za-z_#№\-/\\]/.test(v.before) || /^\d{9,}/.test(v.token.raw) },
  { code: 'date-or-festival', test: v => /[·・•.]/.test(v.before) || /^[·・•]/.test(v.afterNumber) },
  { code: 'ordinal', test: v => /[第届]$/.test(v.clause) || /^(?:全会|全体会议|党代会)/.test(v.afterUnit) },
  { code: 'document-number', test: v => /[〔[（(]\d{4}[〕\]）)]$/.test(v.clause) || /^号/.test(v.afterNumber) },
  { code: 'target', test: v => /不少于|不低于|不超过|至少|以内|力争|争取|目标|确保.{0,8}不少于/.test(v.clause) },
  {
    code: 'plan',
    test: v => /力争|争取|下一步|下步|明年|来年|下一年度|预计|(?<!模)拟(?!定)|计划(?:开展|举办|于|在|组织|完成|用|新增)|将(?:开展|举办|组织|完成|实现|继续|进一步|于)/.test(v.sentence),
  },
  {
    code: 'change',
    test: v => /(?:新增|增加|增长|减少|下降|提高|提升|上升|降低|增幅|降幅|多出|减少了)(?:了)?(?:约|近|超过|超|达)?$/.test(v.clause)
      || /新增|净增|新培育|新发展|同比|环比|较上年|比上年|较去年|比去年|较上一年|与上年相比|较\d{4}年|比\d{4}年/.test(v.clause)
      || /^个?百分点/.test(v.afterUnit) || /^个?百分点/.test(v.afterNumber),
  },
  { code: 'unit-in-word', test: v => UNIT_WORD_TRAPS[v.token.unit]?.test(v.afterUnit) ?? false },
  { code: 'frequency', test: v => /每(?:年|季度|季|月|周|半年|天|日|次)/.test(v.clause) },
  // 每个自然村都培养了2名法律明白人: a count per village, not the township's total.
  { code: 'per-unit', test: v => /每(?:个|一个|村|户|名|位|所|人)/.test(v.clause) },
  // 全县今年共开展行政检查1.2万次: the clause speaks of the county (or city, province), not the township.
  { code: 'another-body', test: v => /^(?:据统计|其中)?(?:全(?:县|市|州|盟|省|国)|县里|市里|县级|市级)(?!范围内率先|率先|首个|唯一)/.test(v.clause) },
  // 仍有2名未持证: what is left over; but 尚有1件在审理中 counts the pending cases.
  { code: 'remaining', test: v => /(?:仍有|尚有|还有|仍然有)$/.test(v.clause) && !/^(?:正在|尚在|仍在|在)?(?:审理|办理)中|^(?:尚)?未(?:审结|办结|结案)/.test(v.afterUnit + v.afterUnitMore) },
  // 在一次检查中, 每一起纠纷, 一批人才: 一 + unit before a noun is an article; a count of one ends its clause (受理一件。).
  { code: 'idiom-one', test: v => v.token.chinese && v.token.raw === '一' && !/^(?:$|[，,。；;、）)\n])/.test(v.afterUnit) },
  // 四个意识, 两个确立, “7个一”: a numeral with 个 inside a slogan.
  { code: 'slogan', test: v => v.token.unit === '个' && (v.token.chinese || /^一/.test(v.afterUnit)) && /^[\u4e00-\u9fff]/.test(v.afterUnit) },
  // 百名, 千家: a bare 百/千/万 without 余/多 names a campaign, not a count.
  { code: 'bare-numeral', test: v => v.token.chinese && v.token.unit !== '%' && /^[百千万亿]$/.test(v.token.raw) && !v.token.approx },
]

/** The trap a figure falls into, or null. clauseStart and sentenceStart are clean offsets. */
export function findTrap(clean: string, token: NumberToken, clauseStart: number, sentenceStart: number): string | null {
  const view: TrapView = {
    token,
    clause: clean.slice(clauseStart, token.start),
    sentence: clean.slice(sentenceStart, token.start),
    before: clean.charAt(token.start - 1),
    afterNumber: clean.slice(token.numEnd, token.numEnd + 4),
    afterUnit: clean.slice(token.end, token.end + 4),
    afterUnitMore: clean.slice(token.end + 4, token.end + 8),
  }
  for (const rule of TRAPS) if (rule.test(view)) return rule.code
  return null
}
