/** Paging helpers shared by the admin tables (pages count from 0). */
const number = new Intl.NumberFormat()

/** The last page index for `total` rows, 0 when there are none. */
export function lastPage(total, size) {
  return Math.max(0, Math.ceil(total / size) - 1)
}

/** `1-50 of 123`, or `0 of 0`. */
export function pageLabel(page, size, shown, total) {
  if (shown === 0) return `0 of ${number.format(total)}`
  const first = page * size + 1
  return `${number.format(first)}-${number.format(first + shown - 1)} of ${number.format(total)}`
}
