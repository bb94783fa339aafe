// The one rule that keeps exported text from running as a spreadsheet formula (CSV injection).
// Used by every CSV the app or the command line writes (rowsToCsv). Excel, WPS and LibreOffice take a
// CSV field for a formula when its first character after leading whitespace is = + - or @ (and a tab
// or carriage return there hides the rest from the eye); a field may hold line breaks, and only its very
// first character counts. A real number (-5, +3.5, 1e3) is not a formula and is written as it is.

/** = + - @ tab CR as the first character after leading blanks (spaces, line breaks; a tab or CR counts itself). */
const FORMULA_START = /^[ \n\f\v\u00a0\u3000]*[=+\-@\t\r]/u
/** A plain number a spreadsheet reads as a number: sign, digits, decimals, exponent (a tab or CR in it is not plain). */
const PLAIN_NUMBER = /^ *[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)? *$/u

/** True when a spreadsheet opening the CSV could evaluate this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)
}

/** Text made inert for a spreadsheet: a leading apostrophe when it could be a formula, else unchanged. */
export function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text
}

/** A CSV cell value made safe: numbers stay numbers, text goes through neutralizeFormula. */
export function safeCell(value: string | number): string | number {
  return typeof value === 'number' ? value : neutralizeFormula(value)
}
