// Node-side loading of the bundled registry and township list for the CLI, benchmarks and tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadRegistry } from '../core/registry'
import { parseTownshipList } from '../core/townships'
import type { Registry, Township } from '../core/types'

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url))

export function loadRegistryFile(path = `${DATA_DIR}indicators.json`): Registry {
  return loadRegistry(JSON.parse(readFileSync(path, 'utf8')))
}

export function loadTownshipFile(path = `${DATA_DIR}townships.csv`): Township[] {
  const { townships, issues } = parseTownshipList(readFileSync(path, 'utf8'))
  if (issues.some(i => i.severity === 'error')) {
    throw new Error(`乡镇名单 ${path} 有误：\n${issues.filter(i => i.severity === 'error').map(i => `第 ${i.row ?? '-'} 行${i.column ? `“${i.column}”列` : ''}：${i.message}`).join('\n')}`)
  }
  return townships
}
