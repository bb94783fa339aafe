// 办公常用功能：乡镇搜索、复制链接、图表数据 CSV、表格排序、指标口径提示、水印与打印。
export default {
  office: {
    search: {
      label: '搜索乡镇',
      placeholder: '乡镇名或拼音',
      kind: { alias: '别名 {matched}', code: '代码 {matched}', pinyin: '拼音' },
    },
    link: {
      button: '复制链接',
      title: '复制本页链接（含当前指标、年度、乡镇和口径），发给同事即可打开同一视图',
      copied: '链接已复制，可粘贴到微信、邮件或文档。',
      refused: '浏览器拒绝了复制，请手动复制地址栏中的链接：{url}',
      unsupported: '此浏览器不允许网页写入剪贴板，请手动复制地址栏中的链接：{url}',
    },
    sort: {
      toAscending: '按「{column}」升序排列',
      toDescending: '按「{column}」降序排列',
      toNone: '恢复按指标分组排列',
    },
    definition: {
      about: '「{name}」的口径',
      definition: '定义：',
      formula: '计算公式：',
      unit: '单位：',
      noUnit: '无（是 / 否）',
      inChinese: '',
      direction: { higher_better: '越高越好', lower_better: '越低越好', neutral: '不分好坏（按数值大小）' },
    },
    csv: {
      button: '下载图表数据 (CSV)',
      title: '下载这张图所画的数据，可用 Excel 或 WPS 打开',
      category: '项目',
      name: '名称',
      axis: '指标',
    },
    replaceSample: {
      title: '替换示例数据？',
      message: '当前显示的是虚构的示例数据。导入后，示例数据会被本县的数据替换（导入后可点“撤销导入”恢复）。',
      ok: '替换示例数据',
      cancel: '取消',
    },
    undoImport: {
      button: '撤销导入',
      title: '恢复上一次导入之前的数据（在下一次导入之前可用）',
      done: '已撤销上一次导入，数据已恢复到导入之前。',
    },
    watermark: {
      legend: '水印（图片、幻灯片、通报、打印）',
      off: '不加',
      internal: '内部资料',
      confidential: '注意保密',
      department: '单位',
      departmentPlaceholder: '如：县司法局',
    },
    print: {
      button: '打印',
      title: '按 A4 纸排版打印本页（每页带页眉：县名、页面、数据截至和页码）',
      pageBefore: '第 ',
      pageMiddle: ' 页 / 共 ',
      pageAfter: ' 页',
    },
  },
}
