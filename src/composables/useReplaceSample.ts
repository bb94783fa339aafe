// Before the first import over the bundled sample: asks whether to replace it (替换示例数据 / 取消).
import 'element-plus/es/components/message-box/style/css'
import { ElMessageBox } from 'element-plus'
import { useI18n } from './i18n'

/** A function that resolves true when an import may go ahead: nothing to ask, or the clerk agreed to replace the sample. */
export function useReplaceSample(isSample: () => boolean): () => Promise<boolean> {
  const { t } = useI18n()
  return async () => {
    if (!isSample()) return true
    try {
      await ElMessageBox.confirm(t('office.replaceSample.message'), t('office.replaceSample.title'), {
        confirmButtonText: t('office.replaceSample.ok'), cancelButtonText: t('office.replaceSample.cancel'), type: 'warning',
        confirmButtonClass: 'replace-sample-ok', cancelButtonClass: 'replace-sample-cancel', distinguishCancelAndClose: false,
      })
      return true
    } catch {
      return false
    }
  }
}
