// The 考核 assessment: scheme, rules, scores, manual entries and the figures the 通报 states.
export * from './types'
export { readScheme, gradesFor, GRADE_KINDS } from './scheme'
export { scoreItem, round2, num } from './rules'
export { assess, scoreYear, peerGroupOf, type AssessmentInput } from './score'
export { buildNotice, commonProblems, bottomOf, averageTotal, rankChangeText, completenessText, type Notice, type ProblemCount } from './notice'
export { manualProblem, upsertManual, removeManual, readStoredManual, parseManualCsv } from './manual'
