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
    // the parsed body as sent, for endpoints such as /health/db that answer 503 with data
    this.body = body
  }
}

// The single place for credentials on every request (later: Authorization / X-XSRF-TOKEN).
function authHeaders() {
  return {}
}

export async function request(method, path, body) {
  const headers = { Accept: 'application/json', ...authHeaders() }
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
  if (!response.ok) throw new ApiError(response.status, toProblem(response, data), data)
  return data
}

export const get = (path) => request('GET', path)
export const post = (path, body) => request('POST', path, body)

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
