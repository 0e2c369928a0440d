/**
 * A tiny hash router as an Alpine store: `$store.router.view` names the screen the route asks for,
 * `$store.router.params` holds the named path segments, e.g. `#/processes/:key/:v1/:v2`.
 * `shows(view)` answers for the screen actually shown, which access() may replace: the sign-in
 * screen while signed out, `no-access` without the route's permission.
 */
export const routes = [
  { view: 'home', path: '/' },
  { view: 'login', path: '/login', public: true },
  { view: 'account', path: '/account' },
  { view: 'diff', path: '/diff', permission: 'diff_tool_data' },
  { view: 'diff', path: '/diff/:type/:key/:v1/:v2', permission: 'diff_tool_data' },
  { view: 'admin-users', path: '/admin/users', permission: 'manage_users' },
  { view: 'admin-roles', path: '/admin/roles', permission: 'manage_roles' },
  { view: 'admin-sessions', path: '/admin/sessions', permission: 'manage_users' },
  { view: 'admin-audit', path: '/admin/audit', permission: 'manage_users' },
]

export const NOT_FOUND = 'not-found'
export const NO_ACCESS = 'no-access'
export const CHECKING = 'checking'
export const AUTH_ERROR = 'auth-error'

const NOT_FOUND_ROUTE = Object.freeze({ view: NOT_FOUND, path: '' })

function segmentsOf(path) {
  return path.split('/').filter((s) => s !== '')
}

/** Matches a path such as `/processes/invoice/1/2` against the routes: { view, params, route }. */
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
    if (ok) return { view: route.view, params, route }
  }
  return { view: NOT_FOUND, params: {}, route: NOT_FOUND_ROUTE }
}

/** The screen to show for a route, given `auth` (the auth store: status, can(permission)). */
export function access(route, auth) {
  if (auth.status === 'checking') return CHECKING
  if (auth.status === 'error') return AUTH_ERROR
  if (auth.status !== 'signed-in') return 'login'
  if (route.public) return route.view === 'login' ? CHECKING : route.view
  if (route.permission && !auth.can(route.permission)) return NO_ACCESS
  return route.view
}

function currentPath() {
  const hash = window.location.hash.replace(/^#/, '')
  // segments stay encoded until matched, so an encoded '/' inside a key cannot split it
  const path = hash.split('?')[0]
  return path === '' ? '/' : path
}

/** `auth` is a function returning the auth store (read lazily, so it stays reactive). */
export function routerStore(auth) {
  return {
    path: '/',
    view: 'home',
    params: {},
    route: routes[0],

    // Alpine calls a store's init() once, when it is registered
    init() {
      window.addEventListener('hashchange', () => this.sync())
      this.sync()
    },

    sync() {
      const path = currentPath()
      const { view, params, route } = match(path)
      this.path = path
      this.params = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, safeDecode(v)]))
      this.route = route
      this.view = view
    },

    get shown() {
      return access(this.route, auth())
    },

    shows(view) {
      return this.shown === view
    },

    /** The permission the current route needs, for the no-access screen. */
    get requiredPermission() {
      return this.route.permission ?? ''
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
