/**
 * The one way the UI talks to Champa's JSON API. Requests go to `${appRoot}/champa/api`; a non-2xx
 * answer throws an ApiError carrying the RFC 9457 problem details. Authentication and CSRF headers
 * are added in authHeaders() only.
 */
import { config } from './config.js'

export class ApiError extends Error {
  constructor(status, problem, body) {
    super(problem.detail || problem.title)
    this.name = 'ApiError'
    this.status = status
    this.title = problem.title
    this.detail = problem.detail
    this.type = problem.type
    // the parsed body as sent: extra problem fields (lockedUntil, retryAfterSeconds) and
    // endpoints such as /health/db that answer 503 with data
    this.body = body
  }
}

// Kept in memory only: the session itself is the HttpOnly cookie the server set at sign-in, and
// the CSRF token comes again from GET /auth/me after a reload.
let csrfToken = null
let unauthorizedHandler = () => {}

export function setCsrfToken(token) {
  csrfToken = token || null
}

/** Called with the request path whenever an API call other than the sign-in answers 401. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler
}

// The single place for credentials on every request. The cookie authenticates; every request
// that changes something also carries the CSRF token, which another site cannot read.
function authHeaders(method) {
  return method !== 'GET' && csrfToken ? { 'X-Champa-CSRF': csrfToken } : {}
}

export async function request(method, path, body) {
  const headers = { Accept: 'application/json', ...authHeaders(method) }
  if (body !== undefined) headers['Content-Type'] = 'application/json'

  let response
  try {
    response = await fetch(`${config.apiBase}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (e) {
    throw new ApiError(0, { title: 'Champa is not reachable', detail: e.message }, null)
  }

  const data = await readJson(response)
  if (!response.ok) {
    // a 401 from the sign-in itself means wrong credentials, anywhere else an ended session
    if (response.status === 401 && path !== '/auth/login') unauthorizedHandler(path)
    throw new ApiError(response.status, toProblem(response, data), data)
  }
  return data
}

export const get = (path) => request('GET', path)
export const post = (path, body) => request('POST', path, body)
export const put = (path, body) => request('PUT', path, body)
export const del = (path) => request('DELETE', path)

/** `?a=1&b=x` from the entries whose value is neither empty nor null; '' when there are none. */
export function query(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined)
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}`
}

async function readJson(response) {
  if (response.status === 204) return null
  const text = await response.text()
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

// A proxy or servlet container may answer with HTML; still give the screen a title to show.
function toProblem(response, data) {
  const problem = data && typeof data === 'object' ? data : {}
  return {
    type: problem.type ?? 'about:blank',
    title: problem.title ?? `Request failed (HTTP ${response.status})`,
    detail: problem.detail ?? response.statusText ?? '',
  }
}
