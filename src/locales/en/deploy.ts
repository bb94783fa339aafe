import type zhCN from '../zh-CN/deploy'

const en: typeof zhCN = {
  deploy: {
    noticeLabel: 'About the data',
    bundledBanner: 'You are looking at the data of {county} bundled in this file. Files you import take its place.',
  },
}
export default en
