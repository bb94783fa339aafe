// Node-side loading of the bundled registry and township list for the CLI, benchmarks and tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadRegistry } from '../core/registry'
import { parseTownshipList } from '../core/townships'
import type { Issue, Registry, Township } from '../core/types'
import { wordsFor, type Words } from './words'

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url))

export function loadRegistryFile(path = `${DATA_DIR}indicators.json`): Registry {
  return loadRegistry(JSON.parse(readFileSync(path, 'utf8')))
}

/** The problems of a township list in a language: a heading naming the file, then one line per issue. */
export function townshipListText(path: string, issues: readonly Issue[], w: Words): string {
  const line = (i: Issue) => w.t('cli.townshipLine', { row: i.row ?? w.t('cli.noRow'), column: i.column ? w.t('cli.townshipColumn', { column: i.column }) : '', message: w.message(i) })
  return [w.t('cli.townshipList', { path }), ...issues.map(line)].join('\n')
}

/** A township list with errors: its issues (codes, for another language); the message is Chinese. */
export class TownshipListError extends Error {
  constructor(readonly path: string, readonly issues: readonly Issue[]) {
    super(townshipListText(path, issues, wordsFor('zh-CN')))
    this.name = 'TownshipListError'
  }
}

export function loadTownshipFile(path = `${DATA_DIR}townships.csv`): Township[] {
  const { townships, issues } = parseTownshipList(readFileSync(path, 'utf8'))
  const errors = issues.filter(i => i.severity === 'error')
  if (errors.length > 0) throw new TownshipListError(path, errors)
  return townships
}
