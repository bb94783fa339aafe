// 界面文字（源语言），按页面分文件。English (../en) mirrors every key. The page starts with ./first.ts
// and loads ./later.ts after the first chart (src/setup/i18n.ts); this is the whole catalogue.
import first from './first'
import later from './later'

export default { ...first, ...later }
