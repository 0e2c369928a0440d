/**
 * An API user's tokens, in a dialog on the Users screen: list, create (the secret is shown exactly
 * once, with a Copy button), revoke. Opened by the `champa-open-tokens` window event whose detail
 * is `{ id, username }`.
 */
import { get, post, del, query } from '../../api.js'
import { dateTime, isFuture } from '../../format.js'

export const LIFETIMES = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '365', label: '365 days' },
  { value: 'never', label: 'No expiry' },
]

const BADGE = 'inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset'

export function apiTokens() {
  return {
    open: false,
    user: { id: null, username: '' },
    items: [],
    loading: false,
    error: '',
    lifetimes: LIFETIMES,
    name: '',
    lifetime: '90',
    busy: false,
    // the secret of the token just created: shown once, forgotten when the dialog closes
    created: { token: '', name: '', expiresAt: null },
    copied: false,
    revoking: null,

    show(event) {
      this.user = { id: event.detail.id, username: event.detail.username }
      this.name = ''
      this.lifetime = '90'
      this.error = ''
      this.revoking = null
      this.forgetSecret()
      this.open = true
      this.load()
    },

    close() {
      this.forgetSecret()
      this.open = false
      this.items = []
    },

    async load() {
      this.loading = true
      try {
        const data = await get(`/admin/api-tokens${query({ userId: this.user.id })}`)
        this.items = data?.items ?? []
      } catch (e) {
        this.error = problemText(e)
      } finally {
        this.loading = false
      }
    },

    get title() { return `API tokens of ${this.user.username}` },
    get hasError() { return this.error !== '' },
    get isEmpty() { return !this.loading && this.items.length === 0 },
    get hasSecret() { return this.created.token !== '' },
    get canCreate() { return !this.busy && this.name.trim() !== '' },
    get copyLabel() { return this.copied ? 'Copied' : 'Copy' },
    get createdExpiry() { return this.created.expiresAt ? `Expires ${dateTime(this.created.expiresAt)}` : 'Never expires' },

    rowTestId(token) { return `token-row-${token.name}` },
    createdAt(token) { return dateTime(token.createdAt) },
    expiresAt(token) { return token.expiresAt ? dateTime(token.expiresAt) : 'never' },
    lastUsed(token) { return dateTime(token.lastUsedAt) || 'never' },
    isActive(token) { return !token.revoked && (!token.expiresAt || isFuture(token.expiresAt)) },
    stateText(token) {
      if (token.revoked) return 'revoked'
      return this.isActive(token) ? 'active' : 'expired'
    },
    stateClass(token) {
      return this.isActive(token)
        ? `${BADGE} bg-emerald-50 text-emerald-700 ring-emerald-600/20`
        : `${BADGE} bg-slate-100 text-slate-600 ring-slate-500/20`
    },
    isRevoking(token) { return this.revoking === token.id },

    async create() {
      if (!this.canCreate) return
      this.busy = true
      this.error = ''
      try {
        const lifetimeDays = this.lifetime === 'never' ? null : Number(this.lifetime)
        const token = await post('/admin/api-tokens', { userId: this.user.id, name: this.name.trim(), lifetimeDays })
        this.created = { token: token?.token ?? '', name: token?.name ?? this.name.trim(), expiresAt: token?.expiresAt ?? null }
        this.copied = false
        this.name = ''
        this.load()
      } catch (e) {
        this.error = problemText(e)
      } finally {
        this.busy = false
      }
    },

    async copy() {
      try {
        await navigator.clipboard.writeText(this.created.token)
        this.copied = true
      } catch {
        // no clipboard API (plain http on another host): select the text for Ctrl+C instead
        const range = document.createRange()
        range.selectNodeContents(this.$refs.secret)
        const selection = window.getSelection()
        selection.removeAllRanges()
        selection.addRange(range)
      }
    },

    forgetSecret() {
      this.created = { token: '', name: '', expiresAt: null }
      this.copied = false
    },

    askRevoke(token) { this.revoking = token.id },
    cancelRevoke() { this.revoking = null },

    async revoke(token) {
      this.error = ''
      try {
        await del(`/admin/api-tokens/${token.id}`)
        this.revoking = null
        this.load()
      } catch (e) {
        this.error = problemText(e)
      }
    },
  }
}

function problemText(e) {
  return [e.title, e.detail].filter(Boolean).join(': ') || 'That did not work'
}
