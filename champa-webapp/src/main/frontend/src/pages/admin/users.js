/**
 * Administration -> Users (`#/admin/users`, manage_users): search and page through users, create
 * human or API users, edit email and role, disable/enable, unlock, reset a password, delete.
 * An API user's tokens are managed by the `apiTokens` component (tokens.js), opened by an event.
 */
import { get, post, put, del, query } from '../../api.js'
import { dateTime, isFuture, problemOf, NO_PROBLEM } from '../../format.js'
import { confirmable } from './confirm.js'
import { withPaging } from './paging.js'

const PAGE_SIZE = 50
// what the role select offers when the admin may not list roles (manage_roles)
const SYSTEM_ROLES = ['administrator', 'process_analyst', 'process_operator', 'viewer']

const NEW_USER = Object.freeze({ type: 'human', username: '', email: '', password: '', role: 'viewer' })

const BADGE = 'inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset'

export function usersPage() {
  return withPaging({
    ...confirmable(),
    items: [],
    total: 0,
    page: 0,
    search: '',
    loading: true,
    problem: NO_PROBLEM,
    roleNames: SYSTEM_ROLES,

    // the create / edit / password dialog: mode '' (closed), 'create', 'edit', 'password'
    dialog: { mode: '', user: null, busy: false, error: '' },
    form: { ...NEW_USER },
    newPassword: '',

    init() {
      this.load()
      this.loadRoles()
    },

    async load() {
      this.loading = true
      try {
        const data = await get(`/admin/users${query({ search: this.search.trim(), page: this.page, size: PAGE_SIZE })}`)
        this.items = data?.items ?? []
        this.total = data?.total ?? this.items.length
        this.problem = NO_PROBLEM
      } catch (e) {
        this.problem = problemOf(e, 'Could not load the users')
      } finally {
        this.loading = false
      }
    },

    async loadRoles() {
      if (!this.$store.auth.can('manage_roles')) return
      try {
        const data = await get('/admin/roles')
        const names = (data?.items ?? []).map((r) => r.name)
        if (names.length > 0) this.roleNames = names
      } catch {
        // the system roles stay on offer
      }
    },

    searchChanged() {
      this.page = 0
      this.load()
    },

    get isEmpty() { return !this.loading && this.items.length === 0 && !this.hasProblem },
    get hasProblem() { return this.problem.title !== '' },

    // rows
    rowTestId(user) { return `user-row-${user.username}` },
    created(user) { return dateTime(user.createdAt) },
    lastLogin(user) { return dateTime(user.lastLoginAt) || 'never' },
    isLocked(user) { return isFuture(user.lockedUntil) },
    isApiUser(user) { return user.type === 'api' },
    isHuman(user) { return user.type === 'human' },
    isSelf(user) { return user.username === this.$store.auth.user.username },
    statusText(user) { return this.isLocked(user) ? 'locked' : user.status },
    statusClass(user) {
      if (this.isLocked(user)) return `${BADGE} bg-amber-50 text-amber-800 ring-amber-600/20`
      if (user.status === 'active') return `${BADGE} bg-emerald-50 text-emerald-700 ring-emerald-600/20`
      return `${BADGE} bg-slate-100 text-slate-600 ring-slate-500/20`
    },
    typeText(user) { return { human: 'person', api: 'API', camunda: 'Camunda' }[user.type] ?? user.type },
    toggleLabel(user) { return user.status === 'active' ? 'Disable' : 'Enable' },
    lockedTitle(user) { return this.isLocked(user) ? `Locked until ${dateTime(user.lockedUntil)}` : '' },

    // dialog
    get dialogOpen() { return this.dialog.mode !== '' },
    get isCreate() { return this.dialog.mode === 'create' },
    get isEdit() { return this.dialog.mode === 'edit' },
    get isPasswordReset() { return this.dialog.mode === 'password' },
    get isUserForm() { return this.isCreate || this.isEdit },
    get formNeedsPassword() { return this.isCreate && this.form.type === 'human' },
    get dialogTitle() {
      if (this.isCreate) return 'New user'
      if (this.isEdit) return `Edit ${this.dialog.user?.username ?? ''}`
      return `New password for ${this.dialog.user?.username ?? ''}`
    },
    get dialogHasError() { return this.dialog.error !== '' },

    openCreate() {
      this.form = { ...NEW_USER, role: this.roleNames.includes('viewer') ? 'viewer' : this.roleNames[0] }
      this.dialog = { mode: 'create', user: null, busy: false, error: '' }
    },

    openEdit(user) {
      this.form = { ...NEW_USER, type: user.type, username: user.username, email: user.email ?? '', role: user.role }
      this.dialog = { mode: 'edit', user, busy: false, error: '' }
    },

    openPasswordReset(user) {
      this.newPassword = ''
      this.dialog = { mode: 'password', user, busy: false, error: '' }
    },

    closeDialog() {
      this.dialog = { mode: '', user: null, busy: false, error: '' }
      this.newPassword = ''
      this.form = { ...NEW_USER }
    },

    async submitDialog() {
      if (this.dialog.busy) return
      this.dialog.busy = true
      this.dialog.error = ''
      try {
        if (this.isCreate) await post('/admin/users', this.createBody())
        else if (this.isEdit) await put(`/admin/users/${this.dialog.user.id}`, { email: this.form.email.trim(), role: this.form.role })
        else await post(`/admin/users/${this.dialog.user.id}/password`, { newPassword: this.newPassword })
        this.closeDialog()
        this.load()
      } catch (e) {
        this.dialog.error = [e.title, e.detail].filter(Boolean).join(': ')
        this.dialog.busy = false
      }
    },

    createBody() {
      const body = { username: this.form.username.trim(), email: this.form.email.trim(), role: this.form.role, type: this.form.type }
      if (this.form.type === 'human') body.password = this.form.password
      return body
    },

    // row actions
    async toggleStatus(user) {
      await this.act(() => post(`/admin/users/${user.id}/status`, { status: user.status === 'active' ? 'disabled' : 'active' }))
    },

    async unlock(user) {
      await this.act(() => post(`/admin/users/${user.id}/unlock`))
    },

    askDelete(user) {
      this.ask({ title: `Delete ${user.username}?`, text: 'The user, their sessions and API tokens are removed. This cannot be undone.', label: 'Delete' },
        async () => {
          await del(`/admin/users/${user.id}`)
          this.load()
        })
    },

    openTokens(user) {
      window.dispatchEvent(new CustomEvent('champa-open-tokens', { detail: { id: user.id, username: user.username } }))
    },

    // a refused action (e.g. the server's 403 or 409) stays on screen above the table
    async act(call) {
      try {
        await call()
        await this.load()
      } catch (e) {
        this.problem = problemOf(e, 'That did not work')
      }
    },
  }, PAGE_SIZE)
}
