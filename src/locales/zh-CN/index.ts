// 界面文字（源语言），按页面分文件。English (../en) mirrors every key.
import app from './app'

export default { ...app }
