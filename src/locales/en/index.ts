import type zhCN from '../zh-CN'
import app from './app'
import overview from './overview'
import compare from './compare'
import township from './township'
import trends from './trends'
import data from './data'
import present from './present'
import deploy from './deploy'
import report from './report'
import assessment from './assessment'
import townships from './townships'
import office from './office'
import annotations from './annotations'
import coreMessages from '@/core/messages/en'

const en: typeof zhCN = { ...app, ...overview, ...compare, ...township, ...trends, ...data, ...present, ...deploy, ...report, ...assessment, ...townships, ...office, ...annotations, ...coreMessages }
export default en
