// Excel .xlsx → FileResult. (Being built: see issue 4 item 7.)
import { issue, type NormalizeContext } from '../normalize'
import type { FileResult } from '../readFile'
import type { InputFile } from '../types'

export async function readXlsxFile(input: InputFile, _ctx: Omit<NormalizeContext, 'file'>): Promise<FileResult> {
  return {
    report: { file: input.name, format: 'xlsx', encoding: null, rows: 0, accepted: 0, rejected: 0, status: 'failed' },
    submissions: [],
    issues: [issue({ file: input.name }, null, null, 'error', 'unsupported-file', '暂不能直接读取 Excel（.xlsx）文件：请在 Excel 中“另存为” CSV（UTF-8）后再导入')],
  }
}
