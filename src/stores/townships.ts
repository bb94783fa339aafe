// The county's township list as the clerk edits it, and the 待确认 decisions on unknown township names.
// The list and the held rows live in the dataset store (imports read them); this store changes them.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { Message } from '@/core/messages/render'
import { confirmPending, rejectPending, summarizePending } from '@/core/pendingTownships'
import { addAlias, joinCountyLists, listChangeProblem, saveTownship, townshipListRows } from '@/core/townshipList'
import { parseTownshipList } from '@/core/townships'
import type { Issue, Township } from '@/core/types'
import { injectCounty } from './appContext'
import { useDatasetStore } from './dataset'

/** Unknown names the 待确认 list shows at once (with their suggestion); the others follow as these are decided. */
export const PENDING_SHOWN = 50

/** What an action returns: null when done, else why not (a message the page renders in its language). */
export type Outcome = Message | null

export const useTownshipStore = defineStore('townships', () => {
  const data = useDatasetStore()
  const county = injectCounty()
  /** Unknown names with their rows and (for the first PENDING_SHOWN) the suggestion on the current list; rejected ones last. */
  const pendingNames = computed(() => summarizePending(data.pending, data.townships, PENDING_SHOWN))
  const waiting = computed(() => pendingNames.value.filter(p => !p.rejected).length)

  /**
   * Takes a new list when no loaded figure would lose its township. Over the bundled sample any list
   * is taken; the sample is then cleared when its townships are no longer on the list.
   */
  function replaceList(next: readonly Township[] | null): Outcome {
    const problem = listChangeProblem(next ?? county.townships, data.submissions)
    if (problem && !data.isSample) return problem
    data.setTownships(next)
    if (problem) void data.clearData()
    return null
  }

  async function mergeAs(name: string, township: Township): Promise<Outcome> {
    const { submissions } = confirmPending(data.pending, name, township)
    if (submissions.length === 0) return null
    const result = await data.importConfirmed(name, submissions)
    return result ? null : (data.importError ? { code: 'text', params: { text: data.importError } } : { code: 'township-merge-failed' })
  }

  /** Makes `name` an alias of the listed township `code` (remembered for later imports) and merges its rows. */
  async function confirmAs(name: string, code: string): Promise<Outcome> {
    const next = addAlias(data.townships, code, name)
    if ('problem' in next) return next.problem
    const problem = replaceList(next.list)
    if (problem) return problem
    const township = next.list.find(t => t.code === code)!
    return mergeAs(name, township)
  }

  /** Adds `name` as a new township of the list (kind, population, code as given) and merges its rows. */
  async function addAsNew(name: string, fields: Omit<Township, 'name' | 'aliases'>): Promise<Outcome> {
    const next = saveTownship(data.townships, { ...fields, name, aliases: [] }, null)
    if ('problem' in next) return next.problem
    const problem = replaceList(next.list)
    if (problem) return problem
    return mergeAs(name, next.list[next.list.length - 1]!)
  }

  /** Rejects the rows of `name` (kept in the list as rejected, never imported), or takes them back to 待确认. */
  function reject(name: string, rejected = true) {
    data.setPending(rejectPending(data.pending, name, rejected))
  }

  /** Saves one township (replacing the one of code `replacing`, or added when null). */
  function save(t: Township, replacing: string | null): Outcome {
    const next = saveTownship(data.townships, t, replacing)
    return 'problem' in next ? next.problem : replaceList(next.list)
  }

  function remove(code: string): Outcome {
    return replaceList(data.townships.filter(t => t.code !== code))
  }

  /** Replaces the list by a CSV in the format of data/townships.csv; any error row refuses the whole file. */
  function importCsv(text: string): { outcome: Outcome | 'errors', issues: Issue[] } {
    const { townships, issues } = parseTownshipList(text)
    const errors = issues.filter(i => i.severity === 'error')
    if (errors.length > 0 || townships.length === 0) return { outcome: errors.length > 0 ? 'errors' : { code: 'list-no-townships' }, issues }
    return { outcome: replaceList(townships), issues }
  }

  /** Replaces the list by several counties' lists joined (a province office); any error row or overlap refuses them all. */
  function importLists(files: readonly { name: string, text: string }[]): { outcome: Outcome | 'errors', issues: Issue[] } {
    const read = files.map(f => ({ file: f.name, ...parseTownshipList(f.text) }))
    const issues = read.flatMap(r => r.issues.map(i => ({ ...i, file: r.file })))
    if (issues.some(i => i.severity === 'error')) return { outcome: 'errors', issues }
    const joined = joinCountyLists(read)
    if ('problem' in joined) return { outcome: joined.problem, issues }
    if (joined.list.length === 0) return { outcome: { code: 'list-no-townships' }, issues }
    return { outcome: replaceList(joined.list), issues }
  }

  const restoreBundled = (): Outcome => replaceList(null)
  const csvRows = () => townshipListRows(data.townships)

  return { pendingNames, waiting, confirmAs, addAsNew, reject, save, remove, importCsv, importLists, restoreBundled, csvRows }
})
