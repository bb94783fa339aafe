// The Chinese messages no first screen shows: the other pages' (see ./first.ts).
import township from './township'
import trends from './trends'
import data from './data'
import report from './report'
import assessment from './assessment'
import townships from './townships'

export default { ...township, ...trends, ...data, ...report, ...assessment, ...townships }
