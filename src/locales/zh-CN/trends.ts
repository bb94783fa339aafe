// 趋势页面文字。
export default {
  trends: {
    indicator: '指标',
    townships: '乡镇',
    title: '{indicator}历年趋势（{unit}）',
    titleNoUnit: '{indicator}历年趋势',
    subtitle: '{from}–{to} 年，共 {count} 个年度 · 数据来源：{files}',
    subtitleOneYear: '{from} 年，仅 1 个年度 · 数据来源：{files}',
    band: '全县四分位区间（P25–P75）',
    median: '全县中位数',
    per10kUnit: '{unit}/万人',
    perOfficerUnit: '{unit}/人',
    chooseHint: '图中只有全县中位数和四分位区间。在上方选择乡镇，可加入它们的折线。',
    noData: '尚未载入任何数据。',
    nobody: '没有任何乡镇报送过该指标（{indicator}），无法绘制趋势。',
    noDivisor: '按当前口径无法折算该指标（{indicator}）：缺少常住人口或执法人员数。请改用“原始数”。',
    singleYear: '数据中只有 {year} 一个年度，趋势需至少两个年度的数据。',
    townshipEmpty: '{name} 在各年度均没有该指标（{indicator}）的数值。',
    normalizationNote: '比率类指标不折算人口或人员。',
    table: {
      caption: '各年度数值（{unit}）',
      captionNoUnit: '各年度数值',
      name: '乡镇',
      note: '“—”表示该年度未报送或无数值。',
    },
  },
}
