// 上年整改情况的文字：乡镇页（vue-i18n 的 assessment.carry）与反馈单、通报（carryRowZh、carrySentenceZh）共用这一份。
export default {
  title: '上年整改情况（{year} 年）',
  noLastYear: '{year} 年没有本乡镇（街道）的数据，无上年整改情况可列。',
  nothing: '{year} 年没有失分项、否决项和红灯，无需整改。',
  counts: '{fixed} 项已整改，{open} 项未整改，{unknown} 项无法判断',
  marks: { fixed: '已整改', open: '未整改', unknown: '无法判断' },
  item: '{item}：上年失 {lost} 分（满分 {max} 分）',
  gate: '{item}：上年触发',
  flag: '红灯：{reason}',
  itemFixed: '本年不再失分',
  trend: { less: '本年仍失分，失分由 {last} 分减至 {now} 分', same: '本年仍失 {now} 分', more: '本年仍失分，失分由 {last} 分增至 {now} 分' },
  gateFixed: '本年未触发', gateOpen: '本年仍触发',
  flagFixed: '本年不再亮红灯', flagOpen: '本年仍亮红灯：{reason}',
  unknown: { 'not-submitted': '本年未报送数据', missing: '本年缺数，无法判断', pending: '本年评议分尚未录入', 'not-in-scheme': '本年不再考核此项' },
  // 通报中的一句
  sentence: {
    noLastYear: '上年无考核数据，本年不统计上年问题整改情况。',
    nothing: '上年各乡镇（街道）没有失分项、否决项和红灯，无需整改。',
    counts: '对照上年考核的失分项、否决项和红灯，{fixed} 项已整改，{open} 项未整改{unknown}。',
    unknown: '，{unknown} 项因本年缺数等无法判断',
  },
}
