import type zhCN from '../zh-CN'
import app from './app'
import overview from './overview'
import compare from './compare'
import township from './township'
import trends from './trends'
import data from './data'

const en: typeof zhCN = { ...app, ...overview, ...compare, ...township, ...trends, ...data }
export default en
