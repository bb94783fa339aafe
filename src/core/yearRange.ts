// The years a figure can be of: what an import reads as a year, and what a note may be about. On its
// own so that the notes (core/annotations, on every page) need none of the import's reading code.
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100
