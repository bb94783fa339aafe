// The command line's own words in English (validate, convert, the single-file build); every key of ./cli.zh-CN.
import type zhCN from './cli.zh-CN'

const en: typeof zhCN = {
  usage: `usage:
  npm run -s cli -- validate [--json] [--lang zh-CN|en] [--registry FILE] [--townships FILE] FILE...
  npm run -s cli -- convert [--lang zh-CN|en] FILE... --to wide|long --out FILE
{extract}
{score}
Exit codes: 0 no errors; 1 error-level issues; 2 usage error or a limit exceeded (each file ≤ 256 MB, see README, Security)`,
  noFiles: 'no files given',
  cannotOpen: 'cannot open the file {path}: {reason}',
  fileLimit: '{file}: {reason}',
  badLang: '--lang should be zh-CN or en: {lang}',
  unknownCommand: 'unknown command {command}',
  noCommand: 'no command given',
  badShape: '--to should be wide or long',
  noOut: '--out FILE missing',
  written: 'wrote {out}: {submissions} submissions; {errors} errors, {warnings} warnings',
  skipped: '  skipped {sheet}row {row} ({reason}){text}',
  skippedSheet: 'sheet “{sheet}” ',
  skippedText: ': {text}',
  skipReason: { title: 'title', units: 'units row', total: 'total row, not a township', footer: 'footer', blank: 'blank row' },
  tooLarge: 'input too large or too deep ({reason}): split the file and try again',
  internal: 'internal error: {reason}',
  badData: '{reason}',
  townshipList: 'the township list {path} is wrong:',
  townshipLine: 'row {row}{column}: {message}',
  townshipColumn: ', column “{column}”',
  noRow: '-',
  county: {
    noFolder: 'the data folder does not exist: {dir}',
    badJson: '{file} is not valid JSON: {reason}',
    dashboardShape: 'dashboard.json should be an object { "headline": [...], "keyRates": [...], "firstChart": "..." }',
    dashboardList: 'the {key} of dashboard.json should be a list of indicator ids',
    dashboardFirst: 'the firstChart of dashboard.json should be an indicator id',
    registry: 'indicators.json is wrong: {problems}',
    problemSeparator: '; ',
    townshipRow: 'townships.csv row {row}: {message}',
    noTownships: 'townships.csv lists no township',
    flags: 'flags.json: {problem}',
    scheme: 'assessment.json: {problem}',
    own: 'the county’s',
    default: 'default',
    name: 'County: {name}',
    files: 'Township list ({townshipsFrom}): {townships}; indicator registry ({registryFrom}): {indicators} indicators; red/yellow/green rules ({flagsFrom}); dashboard settings ({dashboardFrom})',
    notBundled: 'not bundled {file}: the build takes CSV/TSV/JSON only; convert Excel first (npm run -s cli -- convert FILE --to wide --out {out})',
    convertedName: 'data.csv',
    noSubmissions: 'no submission files in {dir} (submissions/*.csv or *.csv)',
    fileRead: '{file}: {rows} rows, {accepted} read, {rejected} refused ({status})',
    totals: '{submissions} submissions, years {years}; {errors} errors, {warnings} warnings (the dashboard’s Data page lists them one by one)',
    noYears: 'none',
    yearSeparator: ', ',
    nothingRead: 'not one row of the submission files could be read',
    unknownTownship: '{file} row {row}: the township “{township}” is not in townships.csv; add this name to the list’s aliases column or add it as a new township',
    pending: '{count} rows name a township not in townships.csv',
    cannotBundle: 'cannot bundle the data in {dir}:',
  },
  single: {
    usage: `usage:
  npm run build:single                                    the bundled sample → dist-single/dashboard.html
  npm run build:single -- --data FOLDER [--county NAME] [--out FOLDER] [--lang zh-CN|en]
In the folder: townships.csv (the township list), submissions/*.csv (the submissions); optional indicators.json, flags.json, dashboard.json`,
    done: '\nOne-file dashboard: {file} ({size} MB, gzip {gzip} MB) — double-click to open it in a browser, no network needed.',
  },
}

export default en
