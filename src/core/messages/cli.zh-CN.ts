// 命令行（validate、convert 与单文件打包）自己的文字：vue-i18n 语法，{name} 为参数。English in ./cli.en mirrors every key.
export default {
  usage: `用法 / usage:
  npm run -s cli -- validate [--json] [--lang zh-CN|en] [--registry FILE] [--townships FILE] FILE...
  npm run -s cli -- convert [--lang zh-CN|en] FILE... --to wide|long --out FILE
{extract}
{score}
退出码：0 无错误；1 有错误级问题；2 用法错误或超出限制（单个文件 ≤ 256 MB，见 README 安全一节）`,
  noFiles: '没有给出文件 / no files given',
  cannotOpen: '无法打开文件 {path}：{reason}',
  fileLimit: '{file}：{reason}',
  badLang: '--lang 应为 zh-CN 或 en：{lang}',
  unknownCommand: '未知命令 {command}',
  noCommand: '缺少命令',
  badShape: '--to 应为 wide 或 long',
  noOut: '缺少 --out FILE',
  written: '已写入 {out}：{submissions} 份提交；{errors} 个错误，{warnings} 个警告',
  skipped: '  跳过 {sheet}第 {row} 行（{reason}）{text}',
  skippedSheet: '工作表“{sheet}”',
  skippedText: '：{text}',
  skipReason: { title: '标题', units: '单位行', total: '合计行，不作为乡镇', footer: '表尾', blank: '空行' },
  tooLarge: '输入超出处理能力（{reason}）：请把文件拆小后再试 / input too large or too deep',
  internal: '内部错误 / internal error: {reason}',
  badData: '{reason}',
  townshipList: '乡镇名单 {path} 有误：',
  townshipLine: '第 {row} 行{column}：{message}',
  townshipColumn: '“{column}”列',
  noRow: '-',
  // 单文件打包：县的数据文件夹（src/cli/countyData.ts）
  county: {
    noFolder: '数据文件夹不存在：{dir}',
    badJson: '{file} 不是有效的 JSON：{reason}',
    dashboardShape: 'dashboard.json 应为对象 { "headline": [...], "keyRates": [...], "firstChart": "..." }',
    dashboardList: 'dashboard.json 的 {key} 应为指标 id 的数组',
    dashboardFirst: 'dashboard.json 的 firstChart 应为指标 id',
    registry: 'indicators.json 有误：{problems}',
    problemSeparator: '；',
    townshipRow: 'townships.csv 第 {row} 行：{message}',
    noTownships: 'townships.csv 中没有乡镇',
    flags: 'flags.json：{problem}',
    scheme: 'assessment.json：{problem}',
    own: '本县',
    default: '默认',
    name: '县名：{name}',
    files: '乡镇名单（{townshipsFrom}）：{townships} 个；指标库（{registryFrom}）：{indicators} 项；红黄绿规则（{flagsFrom}）；看板配置（{dashboardFrom}）',
    notBundled: '未打包 {file}：打包只收 CSV/TSV/JSON，Excel 请先转换（npm run -s cli -- convert 文件 --to wide --out {out}）',
    convertedName: '数据.csv',
    noSubmissions: '{dir} 中没有报送数据文件（submissions/*.csv 或 *.csv）',
    fileRead: '{file}：{rows} 行，读入 {accepted} 行，拒绝 {rejected} 行（{status}）',
    totals: '共 {submissions} 份报送，年度 {years}；{errors} 个错误，{warnings} 个警告（打开看板“数据”页可逐条查看）',
    noYears: '无',
    yearSeparator: '、',
    nothingRead: '报送数据文件中没有一行能读入',
    unknownTownship: '{file} 第 {row} 行：乡镇“{township}”不在 townships.csv 中，请在名单的 aliases 列补充此名称或加为新乡镇',
    pending: '{count} 行的乡镇不在 townships.csv 中',
    cannotBundle: '无法打包 {dir} 中的数据：',
  },
  // npm run build:single（src/cli/buildSingle.ts）
  single: {
    usage: `用法 / usage:
  npm run build:single                                    内置示例数据 → dist-single/dashboard.html
  npm run build:single -- --data 文件夹 [--county 县名] [--out 输出文件夹] [--lang zh-CN|en]
文件夹中：townships.csv（乡镇名单）、submissions/*.csv（报送数据），可选 indicators.json、flags.json、dashboard.json`,
    done: '\n单文件看板：{file}（{size} MB，gzip {gzip} MB）——双击即可在浏览器中打开，无需网络。',
  },
}
