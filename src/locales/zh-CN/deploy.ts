// 部署相关的界面文字：单文件版打包了本县自己的数据时的提示。
export default {
  deploy: {
    noticeLabel: '数据说明',
    bundledBanner: '当前显示的是打包在本文件中的{county}数据。导入新文件后，以导入的数据为准。',
  },
}
