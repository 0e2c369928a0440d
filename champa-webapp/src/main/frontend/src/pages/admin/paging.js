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

/**
 * Adds previous/next paging to a table component that has `page`, `total`, `items` and `load()`.
 * Descriptors are copied, not values, so the getters stay live.
 */
export function withPaging(component, size) {
  return Object.defineProperties(component, Object.getOwnPropertyDescriptors({
    previousPage() {
      if (this.page > 0) {
        this.page -= 1
        this.load()
      }
    },

    nextPage() {
      if (this.hasNextPage) {
        this.page += 1
        this.load()
      }
    },

    get hasPreviousPage() { return this.page > 0 },
    get hasNextPage() { return this.page < lastPage(this.total, size) },
    get pageText() { return pageLabel(this.page, size, this.items.length, this.total) },
  }))
}
