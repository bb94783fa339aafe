// The loaded data: submissions, validation issues and the import log. The only place they live.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { allIssues, emptyDataset, emptyLog, type Dataset, type ImportLog } from '@/core/dataset'
import { ingest } from '@/core/ingest'
import type { InputFile, Registry, Township } from '@/core/types'
import { bundledRegistry, bundledSampleFiles, bundledTownships } from '@/setup/bundledData'

export const useDatasetStore = defineStore('dataset', () => {
  const registry = shallowRef<Registry>(bundledRegistry)
  const townships = shallowRef<readonly Township[]>(bundledTownships)
  const dataset = shallowRef<Dataset>(emptyDataset)
  const log = shallowRef<ImportLog>(emptyLog)
  /** True while the bundled fictional sample is what is shown. */
  const isSample = ref(false)

  const submissions = computed(() => dataset.value.submissions)
  const issues = computed(() => allIssues(dataset.value, log.value))
  const years = computed(() => [...new Set(submissions.value.map(s => s.year))].sort((a, b) => a - b))

  /** Reads files into the dataset. A batch that accepts nothing leaves the dataset object as it was. */
  function importFiles(files: readonly InputFile[]) {
    const result = ingest(files, { registry: registry.value, townships: townships.value }, dataset.value, log.value)
    if (result.dataset !== dataset.value) isSample.value = false
    dataset.value = result.dataset
    log.value = result.log
    return result.batch
  }

  /** Replaces everything with the bundled fictional sample county. */
  function loadSample() {
    const result = ingest(bundledSampleFiles(), { registry: registry.value, townships: townships.value })
    dataset.value = result.dataset
    log.value = result.log
    isSample.value = true
  }

  return { registry, townships, dataset, log, isSample, submissions, issues, years, importFiles, loadSample }
})
