export default {
  overview: {
    empty: '还没有任何数据。请到“数据”页导入各乡镇报送的表格，或恢复示例数据。',
    kpiTitle: '{year} 年全县主要指标',
    keyRates: '重点比率：前三与后三',
    best: '前三',
    worst: '后三',
    rank: '排名',
    value: '数值',
    changePoints: '较上年 {change} 个百分点',
    changeAbs: '较上年 {change}{pct}',
    changePct: '（{pct}%）',
    basis: { total: '{n} 个乡镇合计', pooled: '按 {n} 个乡镇汇总数计算', mean: '{n} 个乡镇平均' },
    submissions: { title: '{year} 年度报送情况', missing: '未报送', allIn: '全部已报送', unlisted: '不在乡镇名单中的报送' },
    flags: { title: '红黄绿提示', none: '无', note: '规则见 data/flags.json，由县里设定；点击乡镇查看详情。' },
  },
}
