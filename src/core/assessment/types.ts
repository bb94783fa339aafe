// The 考核 scheme (data/assessment.json) and the scores it gives. Pure types.
import type { Message } from '../messages/render'

/** A level of a threshold rule: met when the figure is at least (or, lower-is-better, at most) the bound. */
export interface ThresholdLevel {
  atLeast?: number
  atMost?: number
  points: number
}

export type Rule =
  | { type: 'threshold', indicator: string, levels: ThresholdLevel[] }
  /** max − min(cap, deduct × value), never below 0; with `add` (bonus): min(cap, add × value). */
  | { type: 'per-occurrence', indicator: string, deduct?: number, add?: number, cap: number }
  /** max × clamp((value − from) / (to − from), 0, 1); from > to for lower-is-better. */
  | { type: 'linear', indicator: string, from: number, to: number }
  /** Competition rank among townships with the figure, in the registry direction: rank k gets points[k−1], others rest. */
  | { type: 'rank', indicator: string, points: number[], rest: number }
  /** Typed by a reviewer with a reason. */
  | { type: 'manual' }
  /** 一票否决 (grade) or 不得评优 (maxGrade) when the figure equals / is at least / at most the bound. */
  | { type: 'gate', indicator: string, equals?: number, atLeast?: number, atMost?: number, grade?: string, maxGrade?: string }

export type RuleType = Rule['type']

export interface SchemeGroup {
  id: string
  label: string
  /** The label in English (the English UI); the Chinese label where absent. */
  label_en?: string
}

export interface SchemeItem {
  id: string
  /** Group id; gates may have none. */
  group?: string
  label: string
  /** The label in English (the English UI); the Chinese label where absent. */
  label_en?: string
  /** Points available; 0 for gates. */
  max: number
  /** Bonus points add on top of the scaled total, up to their cap. */
  bonus?: boolean
  /** 整改要求 the feedback sheet gives when the item loses points (optional). */
  rectify?: string
  rule: Rule
}

export interface GradeCut {
  label: string
  /** The grade in English (the English UI); the Chinese label where absent. */
  label_en?: string
  atLeast: number
}

export interface Scheme {
  name: string
  /** The name in English (the English UI); the Chinese name where absent. */
  name_en?: string
  year: number
  scale: number
  groups: SchemeGroup[]
  items: SchemeItem[]
  /** Best first. */
  grades: GradeCut[]
  /** Cut-offs by township kind: 街道, 镇, 乡, or 乡镇 for both 镇 and 乡. */
  gradesByKind?: Record<string, GradeCut[]>
  /** Where the scheme comes from (a county document), shown with the scores. */
  source?: string
  source_en?: string
}

/** A scheme problem, naming the item (or the field) it concerns. */
export interface SchemeProblem {
  item: string | null
  code: string
  message: string
}

/** A reviewer's manual score. */
export interface ManualScore {
  township: string
  item: string
  year: number
  points: number
  reason: string
}

/** Where a figure used by a score came from. */
export interface ScoreEvidence {
  indicator: string
  file: string
  row: number | null
  /** The report sentence, when the figure was extracted from a narrative report. */
  sentence?: string
  /** True when the figure was computed from its counts (the rows are those of the counts). */
  derived?: boolean
}

export type ItemStatus = 'scored' | 'missing' | 'pending' | 'gate'

export interface ItemScore {
  item: string
  points: number
  max: number
  status: ItemStatus
  /** The figure used, or null. */
  value: number | null
  /** A sentence in Chinese: 持证率 93.1%，达 90% 档，得 5 分. */
  reason: string
  /** The same reason as a message code (its words in any language, src/core/messages). */
  text: Message
  evidence: ScoreEvidence[]
  bonus: boolean
  /** Points lost against max (0 for bonus and gates). */
  lost: number
}

export interface TownshipScore {
  township: string
  code: string | null
  kind: string
  total: number
  grade: string
  /** Competition rank of totals among all scored townships (1, 2, 2, 4). */
  rank: number
  /** Rank among townships of the same peer group (街道 / 镇 / 乡). */
  peerRank: number
  /** Last year's rank minus this year's (positive = moved up); null when last year has no data. */
  rankChange: number | null
  /** Share (0–1) of the figures the scheme needs that were present. */
  completeness: number
  /** False when the township sent nothing for the year. */
  submitted: boolean
  groups: Record<string, number>
  items: ItemScore[]
  /** Gate items that applied (一票否决 / 不得评优). */
  gates: string[]
}

export interface AssessmentResult {
  scheme: string
  year: number
  townships: TownshipScore[]
  /** Names in the submissions that are not in the county's township list: not scored. */
  unscored: string[]
}
