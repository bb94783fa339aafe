import type zhCN from '../zh-CN'
import app from './app'

const en: typeof zhCN = { ...app }
export default en
