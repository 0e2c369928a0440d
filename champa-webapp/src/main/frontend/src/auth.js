/**
 * Who is signed in, as the Alpine store `$store.auth`. The session is the HttpOnly cookie the
 * server sets; the UI keeps only the user, their permissions and the CSRF token in memory.
 *
 * It also keeps the user on the sign-in screen while signed out: any other route sends them to
 * `#/login?return=<route>`, and signing in takes them back there.
 */
import { get, post, setCsrfToken, onUnauthorized } from './api.js'

export const SESSION_ENDED = 'Your session has ended \u2014 please sign in again'
export const LOGIN_PATH = '/login'
export const FULL_ACCESS = 'full_access'

// sessionStorage holds only the fact that this tab had a session (never a token), so that a
// reload after the session expired still says why the sign-in screen is back
const HAD_SESSION = 'champa.hadSession'

const NO_USER = Object.freeze({ id: null, username: '', email: '', role: '', permissions: [] })

export function authStore() {
  return {
    // 'checking' until GET /auth/me answers, then 'signed-in' or 'signed-out'; 'error' if it failed
    status: 'checking',
    user: NO_USER,
    expiresAt: null,
    notice: '',
    problem: { title: '', detail: '' },

    init() {
      onUnauthorized(() => this.sessionEnded())
      window.addEventListener('hashchange', () => this.enforce())
      this.check()
    },

    async check() {
      this.status = 'checking'
      try {
        this.accept(await get('/auth/me'))
      } catch (e) {
        // a 401 has already been handled by sessionEnded()
        if (e.status !== 401) {
          this.problem = { title: e.title || 'Could not reach Champa', detail: e.detail || '' }
          this.status = 'error'
        }
      }
    },

    /** Signs in; throws the ApiError of a refused sign-in for the sign-in screen to explain. */
    async login(username, password, rememberMe) {
      this.accept(await post('/auth/login', { username, password, rememberMe }))
    },

    async logout() {
      try {
        await post('/auth/logout')
      } finally {
        this.signOut('')
        navigate(LOGIN_PATH)
      }
    },

    accept(session) {
      this.user = { ...NO_USER, ...(session?.user ?? {}) }
      this.expiresAt = session?.expiresAt ?? null
      setCsrfToken(session?.csrfToken)
      sessionStorage.setItem(HAD_SESSION, '1')
      this.notice = ''
      this.status = 'signed-in'
      this.enforce()
    },

    sessionEnded() {
      const hadSession = this.status === 'signed-in' || sessionStorage.getItem(HAD_SESSION) === '1'
      // several requests may fail at once: only the first one decides the message
      if (hadSession) this.signOut(SESSION_ENDED)
      else if (this.status !== 'signed-out') this.signOut('')
      this.enforce()
    },

    signOut(notice) {
      setCsrfToken(null)
      sessionStorage.removeItem(HAD_SESSION)
      this.user = NO_USER
      this.expiresAt = null
      this.notice = notice
      this.status = 'signed-out'
    },

    /** Signed out: to the sign-in screen, remembering the route; signed in: away from it. */
    enforce() {
      const { path, returnTo } = currentRoute()
      if (this.status === 'signed-out' && path !== LOGIN_PATH) {
        navigate(`${LOGIN_PATH}?return=${encodeURIComponent(path)}`)
      } else if (this.status === 'signed-in' && path === LOGIN_PATH) {
        navigate(returnTo)
      }
    },

    can(permission) {
      const granted = this.user.permissions ?? []
      return granted.includes(FULL_ACCESS) || granted.includes(permission)
    },

    get isSignedIn() {
      return this.status === 'signed-in'
    },
  }
}

function currentRoute() {
  const hash = window.location.hash.replace(/^#/, '')
  const [path, search] = hash.split('?')
  const wanted = new URLSearchParams(search ?? '').get('return') ?? ''
  // only a route of this page, never another URL, and never the sign-in screen itself
  const returnTo = wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith(LOGIN_PATH) ? wanted : '/'
  return { path: path === '' ? '/' : path, returnTo }
}

function navigate(path) {
  window.location.hash = `#${path}`
}
