/**
 * A tiny hash router as an Alpine store: `$store.router.view` names the screen to show and
 * `$store.router.params` holds the named path segments, e.g. `#/processes/:key/:v1/:v2`.
 */
export const routes = [
  { view: 'home', path: '/' },
]

export const NOT_FOUND = 'not-found'

function segmentsOf(path) {
  return path.split('/').filter((s) => s !== '')
}

/** Matches a path such as `/processes/invoice/1/2` against the routes: { view, params }. */
export function match(path, table = routes) {
  const actual = segmentsOf(path)
  for (const route of table) {
    const expected = segmentsOf(route.path)
    if (expected.length !== actual.length) continue
    const params = {}
    const ok = expected.every((segment, i) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = actual[i]
        return true
      }
      return segment === actual[i]
    })
    if (ok) return { view: route.view, params }
  }
  return { view: NOT_FOUND, params: {} }
}

function currentPath() {
  const hash = window.location.hash.replace(/^#/, '')
  // segments stay encoded until matched, so an encoded '/' inside a key cannot split it
  const path = hash.split('?')[0]
  return path === '' ? '/' : path
}

export function routerStore() {
  return {
    path: '/',
    view: 'home',
    params: {},

    // Alpine calls a store's init() once, when it is registered
    init() {
      window.addEventListener('hashchange', () => this.sync())
      this.sync()
    },

    sync() {
      const path = currentPath()
      const { view, params } = match(path)
      this.path = path
      this.params = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, safeDecode(v)]))
      this.view = view
    },

    shows(view) {
      return this.view === view
    },
  }
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
