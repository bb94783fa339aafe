// 界面文字（源语言）。English in ./en.ts mirrors every key.
export default {
  app: {
    title: '乡镇法治建设指标看板',
    county: '{county}',
    sampleBanner: '当前显示的是内置的虚构示例数据（示例县），不代表任何真实地区。',
    language: 'English',
    year: '年度',
    loading: '正在读取数据…',
  },
  nav: { overview: '总览', compare: '对比', township: '乡镇', trends: '趋势', data: '数据', present: '演示' },
  chart: {
    ranking: '{indicator}排名',
    completeness: '{reported} / {expected} 个乡镇已报送',
    source: '数据来源：{source}',
    missing: '未报送',
    mean: '平均',
    median: '中位数',
    noData: '暂无数据',
  },
}
