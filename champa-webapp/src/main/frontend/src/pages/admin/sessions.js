/**
 * Administration -> Sessions (`#/admin/sessions`, manage_users): who is signed in, from where;
 * any session can be revoked at once. Revoking one's own session signs one out.
 */
import { get, del } from '../../api.js'
import { dateTime, problemOf, NO_PROBLEM } from '../../format.js'
import { confirmable } from './confirm.js'

export function sessionsPage() {
  return {
    ...confirmable(),
    items: [],
    loading: true,
    problem: NO_PROBLEM,

    init() {
      this.load()
    },

    async load() {
      this.loading = true
      try {
        const data = await get('/admin/sessions')
        this.items = data?.items ?? []
        this.problem = NO_PROBLEM
      } catch (e) {
        this.problem = problemOf(e, 'Could not load the sessions')
      } finally {
        this.loading = false
      }
    },

    get hasProblem() { return this.problem.title !== '' },
    get isEmpty() { return !this.loading && this.items.length === 0 && !this.hasProblem },
    get count() { return this.items.length },

    rowTestId(session) { return `session-row-${session.id}` },
    created(session) { return dateTime(session.createdAt) },
    lastSeen(session) { return dateTime(session.lastSeenAt) },
    expires(session) { return dateTime(session.expiresAt) },
    isCurrent(session) { return session.current === true },
    rememberText(session) { return session.rememberMe ? 'yes' : 'no' },
    agent(session) { return session.userAgent ?? '' },

    askRevoke(session) {
      const text = this.isCurrent(session)
        ? 'This is your own session: you will be signed out.'
        : `${session.username} is signed out at once and has to sign in again.`
      this.ask({ title: 'Revoke this session?', text, label: 'Revoke' }, async () => {
        await del(`/admin/sessions/${session.id}`)
        // after revoking one's own session the next request answers 401 and the sign-in returns
        this.load()
      })
    },
  }
}
