// Analysis of submissions: ranks, percentiles, statistics, per-capita figures, series, year on year,
// outcome breakdowns and 红黄绿 flags. Pure functions; inputs are never mutated.

export * from './ranking'
export * from './summary'
export * from './perCapita'
export * from './series'
export * from './yearOverYear'
export * from './outcomes'
export * from './flags'
export * from './flagContext'
export * from './county'
export * from './compareSeries'
export * from './heatmapData'
export * from './trendView'
export * from './townshipProfile'
export * from './radarAxes'
export * from './peerGroups'
