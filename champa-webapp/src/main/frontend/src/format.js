/** How the screens write instants: in the browser's time zone and locale. */
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

function parse(iso) {
  const t = Date.parse(iso ?? '')
  return Number.isNaN(t) ? null : new Date(t)
}

/** `1 Dec 2026, 21:45`; '' for null or a value that is not an instant. */
export function dateTime(iso) {
  const d = parse(iso)
  return d ? dateTimeFormat.format(d) : ''
}

/** `21:45` (HH:MM, local time). */
export function timeOfDay(iso) {
  const d = parse(iso)
  return d ? timeFormat.format(d) : ''
}

/** Whether the instant lies in the future. */
export function isFuture(iso) {
  const d = parse(iso)
  return d !== null && d.getTime() > Date.now()
}

/** An ISO instant from the value of an `<input type="datetime-local">` (local time); '' if empty. */
export function instantFromLocalInput(value) {
  if (!value) return ''
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? '' : d.toISOString()
}

/** What a screen shows for a failed request: the server's problem title and detail. */
export function problemOf(error, fallbackTitle) {
  return { title: error?.title || fallbackTitle, detail: error?.detail || '' }
}

export const NO_PROBLEM = Object.freeze({ title: '', detail: '' })
