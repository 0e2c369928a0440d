/**
 * Administration -> Audit log (`#/admin/audit`, manage_users): filter by user, action, time range
 * and free text, page through, and verify the log's hash chain.
 */
import { get, query } from '../../api.js'
import { dateTime, instantFromLocalInput, problemOf, NO_PROBLEM } from '../../format.js'
import { withPaging } from './paging.js'

const PAGE_SIZE = 50

export const ACTIONS = [
  'login_success', 'login_failed', 'login_blocked', 'logout', 'session_expired', 'session_revoked',
  'password_changed', 'password_reset', 'api_token_created', 'api_token_revoked', 'api_token_expired',
  'user_created', 'user_updated', 'user_deleted', 'user_status_changed', 'role_created', 'role_updated',
  'role_deleted', 'permission_denied', 'admin_action', 'cache_cleared', 'config_changed',
]

const EMPTY_FILTER = Object.freeze({ user: '', action: '', from: '', to: '', q: '' })

const BADGE = 'inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset'
const SEVERITY_CLASSES = {
  info: `${BADGE} bg-slate-100 text-slate-600 ring-slate-500/20`,
  warning: `${BADGE} bg-amber-50 text-amber-800 ring-amber-600/20`,
  critical: `${BADGE} bg-rose-50 text-rose-700 ring-rose-600/20`,
}
// the contract names no severity values: map the usual words onto three looks
const SEVERITY_LEVEL = {
  debug: 'info', info: 'info', low: 'info', notice: 'info',
  warn: 'warning', warning: 'warning', medium: 'warning',
  error: 'critical', high: 'critical', critical: 'critical', alert: 'critical',
}

export function auditPage() {
  return withPaging({
    actions: ACTIONS,
    filter: { ...EMPTY_FILTER },
    items: [],
    total: 0,
    page: 0,
    loading: true,
    problem: NO_PROBLEM,
    verify: { state: '', valid: false, checkedRows: 0, firstBrokenId: null, error: '' },

    init() {
      this.load()
    },

    async load() {
      this.loading = true
      const f = this.filter
      const params = {
        user: f.user.trim(),
        action: f.action,
        from: instantFromLocalInput(f.from),
        to: instantFromLocalInput(f.to),
        q: f.q.trim(),
        page: this.page,
        size: PAGE_SIZE,
      }
      try {
        const data = await get(`/admin/audit${query(params)}`)
        this.items = data?.items ?? []
        this.total = data?.total ?? this.items.length
        this.problem = NO_PROBLEM
      } catch (e) {
        this.problem = problemOf(e, 'Could not load the audit log')
      } finally {
        this.loading = false
      }
    },

    apply() {
      this.page = 0
      this.load()
    },

    reset() {
      this.filter = { ...EMPTY_FILTER }
      this.apply()
    },

    get hasProblem() { return this.problem.title !== '' },
    get isEmpty() { return !this.loading && this.items.length === 0 && !this.hasProblem },

    time(entry) { return dateTime(entry.timestamp) },
    resource(entry) { return [entry.resourceType, entry.resourceId].filter(Boolean).join(' ') },
    severityText(entry) { return (entry.severity ?? '').toLowerCase() },
    severityClass(entry) { return SEVERITY_CLASSES[SEVERITY_LEVEL[this.severityText(entry)] ?? 'info'] },
    statusClass(entry) {
      const s = String(entry.status ?? '').toLowerCase()
      return s === 'success' || s === 'ok' ? 'text-emerald-700' : 'text-rose-700'
    },
    detailText(entry) {
      const d = entry.detail
      if (d === null || d === undefined) return ''
      return typeof d === 'string' ? d : JSON.stringify(d)
    },

    async runVerify() {
      this.verify = { state: 'running', valid: false, checkedRows: 0, firstBrokenId: null, error: '' }
      try {
        const r = await get('/admin/audit/verify')
        this.verify = { state: 'done', valid: r?.valid === true, checkedRows: r?.checkedRows ?? 0, firstBrokenId: r?.firstBrokenId ?? null, error: '' }
      } catch (e) {
        this.verify = { state: 'failed', valid: false, checkedRows: 0, firstBrokenId: null, error: [e.title, e.detail].filter(Boolean).join(': ') }
      }
    },

    get verifying() { return this.verify.state === 'running' },
    get hasVerifyResult() { return this.verify.state === 'done' || this.verify.state === 'failed' },
    get verifyText() {
      if (this.verify.state === 'failed') return `Could not verify: ${this.verify.error}`
      const rows = new Intl.NumberFormat().format(this.verify.checkedRows)
      return this.verify.valid
        ? `Chain valid \u2014 ${rows} entries checked`
        : `Chain broken at entry ${this.verify.firstBrokenId} \u2014 ${rows} entries checked`
    },
    get verifyClass() {
      const base = 'rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset'
      return this.verify.state === 'done' && this.verify.valid
        ? `${base} bg-emerald-50 text-emerald-800 ring-emerald-600/20`
        : `${base} bg-rose-50 text-rose-800 ring-rose-600/20`
    },
  }, PAGE_SIZE)
}
