// One reason per indicator: the rules an indicator fires merged at the worst level, its figure said once.

/** Why a township's light is red or yellow: one fired rule (or several merged on one indicator). */
export interface FlagReason {
  /** The rule that fired; for reasons merged on one indicator, the worst one (see also). */
  ruleId: string
  /** Other rules merged into this reason (the same indicator fired them too). */
  also?: string[]
  indicator: string | null
  level: 'red' | 'yellow'
  message: string
  /** The reason in English (the rule's message_en filled with English labels and units), where the rule has one. */
  message_en?: string
  /** "执法证持证率 80%": the figure the message opens with, said once when reasons are merged (English: figure_en). */
  figure?: string
  figure_en?: string
}

/** The clause of a message after its opening figure ("，低于县定目标 95%" → "低于县定目标 95%"); the whole message when it does not open with it. */
export function afterFigure(message: string, figure: string | undefined): string {
  if (figure === undefined || !message.startsWith(figure)) return message
  return message.slice(figure.length).replace(/^[\s，,:：；;]+/, '')
}

/** "甲，乙；丙" — the first reason whole, the others without the figure it already said. */
function joined(first: FlagReason, rest: readonly FlagReason[], english: boolean): string | undefined {
  const message = (r: FlagReason) => (english ? r.message_en : r.message)
  const figure = (r: FlagReason) => (english ? r.figure_en : r.figure)
  const head = message(first)
  if (head === undefined) return undefined
  const parts = rest.map(r => {
    const m = message(r) ?? r.message
    return figure(r) === figure(first) ? afterFigure(m, figure(r)) : m
  })
  return [head, ...parts].join(english ? '; ' : '；')
}

/**
 * Reasons red first (rule order kept within a level), with the reasons of one indicator merged into
 * the first (worst) of them: one level per indicator, never both 红灯 and 黄灯, and the figure
 * ("执法证持证率 80%") said once. Reasons without an indicator (issues, completeness) stay apart.
 */
export function mergeReasons(reasons: readonly FlagReason[]): FlagReason[] {
  const sorted = [...reasons].sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1))
  const byIndicator = new Map<string, FlagReason[]>()
  for (const r of sorted) if (r.indicator !== null) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r])
  const merged: FlagReason[] = []
  for (const r of sorted) {
    if (r.indicator === null) {
      merged.push(r)
      continue
    }
    const group = byIndicator.get(r.indicator)
    if (!group || group[0] !== r) continue
    const [first, ...rest] = group as [FlagReason, ...FlagReason[]]
    if (rest.length === 0) {
      merged.push(first)
      continue
    }
    const reason: FlagReason = { ...first, also: rest.map(x => x.ruleId), message: joined(first, rest, false) ?? first.message }
    const en = joined(first, rest, true)
    if (en !== undefined) reason.message_en = en
    merged.push(reason)
  }
  return merged
}
