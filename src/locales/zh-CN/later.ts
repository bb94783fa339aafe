// The Chinese messages no first screen shows: the other pages' and the core's (see ./first.ts).
import township from './township'
import trends from './trends'
import data from './data'
import report from './report'
import assessment from './assessment'
import townships from './townships'
import coreMessages from '@/core/messages/zh-CN'

export default { ...township, ...trends, ...data, ...report, ...assessment, ...townships, ...coreMessages }
