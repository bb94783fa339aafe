// The Chinese messages of the first screen: the header, the overview, the office tools, the banner,
// the first chart's words (compare), notes (annotations) and tools (present). The core's messages (msg.)
// are in ./later.ts: the overview shows none.
// The other pages' load after the first chart or before their page (./later.ts, src/setup/i18n.ts);
// index.ts is the whole catalogue.
import app from './app'
import overview from './overview'
import compare from './compare'
import present from './present'
import deploy from './deploy'
import office from './office'
import annotations from './annotations'

export default { ...app, ...overview, ...compare, ...present, ...deploy, ...office, ...annotations }
