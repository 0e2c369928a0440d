/**
 * Administration -> Roles (`#/admin/roles`, manage_roles): every role with its permissions;
 * custom roles can be created, edited and deleted. System roles are read-only here (the API
 * answers 409 if asked anyway).
 */
import { get, post, put, del } from '../../api.js'
import { problemOf, NO_PROBLEM } from '../../format.js'
import { confirmable } from './confirm.js'

const EMPTY_FORM = Object.freeze({ name: '', description: '', permissions: [] })

export function rolesPage() {
  return {
    ...confirmable(),
    items: [],
    permissions: [],
    loading: true,
    problem: NO_PROBLEM,
    dialog: { mode: '', role: null, busy: false, error: '' },
    form: { ...EMPTY_FORM, permissions: [] },

    init() {
      this.load()
      this.loadPermissions()
    },

    async load() {
      this.loading = true
      try {
        const data = await get('/admin/roles')
        this.items = data?.items ?? []
        this.problem = NO_PROBLEM
      } catch (e) {
        this.problem = problemOf(e, 'Could not load the roles')
      } finally {
        this.loading = false
      }
    },

    async loadPermissions() {
      try {
        const data = await get('/admin/permissions')
        this.permissions = data?.items ?? []
      } catch (e) {
        this.problem = problemOf(e, 'Could not load the permissions')
      }
    },

    get hasProblem() { return this.problem.title !== '' },
    get isEmpty() { return !this.loading && this.items.length === 0 && !this.hasProblem },

    rowTestId(role) { return `role-row-${role.name}` },
    isCustom(role) { return !role.system },
    rolePermissions(role) { return role.permissions ?? [] },
    userCount(role) { return role.userCount ?? 0 },
    describe(permission) {
      return this.permissions.find((p) => p.name === permission)?.description ?? permission
    },
    chipClass(permission) {
      const base = 'inline-flex rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset'
      return permission === 'full_access'
        ? `${base} bg-accent-50 text-accent-800 ring-accent-600/20`
        : `${base} bg-slate-50 text-slate-700 ring-slate-500/20`
    },
    checkboxId(permission) { return `role-permission-${permission.name}` },
    checkboxTestId(permission) { return `role-form-permission-${permission.name}` },

    get dialogOpen() { return this.dialog.mode !== '' },
    get dialogTitle() { return this.dialog.mode === 'create' ? 'New role' : `Edit ${this.dialog.role?.name ?? ''}` },
    get dialogHasError() { return this.dialog.error !== '' },
    get canSubmit() { return !this.dialog.busy && this.form.name.trim() !== '' },

    openCreate() {
      this.form = { ...EMPTY_FORM, permissions: [] }
      this.dialog = { mode: 'create', role: null, busy: false, error: '' }
    },

    openEdit(role) {
      this.form = { name: role.name, description: role.description ?? '', permissions: [...(role.permissions ?? [])] }
      this.dialog = { mode: 'edit', role, busy: false, error: '' }
    },

    closeDialog() {
      this.dialog = { mode: '', role: null, busy: false, error: '' }
    },

    async submit() {
      if (!this.canSubmit) return
      this.dialog.busy = true
      this.dialog.error = ''
      const body = { name: this.form.name.trim(), description: this.form.description.trim(), permissions: [...this.form.permissions] }
      try {
        if (this.dialog.mode === 'create') await post('/admin/roles', body)
        else await put(`/admin/roles/${this.dialog.role.id}`, body)
        this.closeDialog()
        this.load()
      } catch (e) {
        this.dialog.error = [e.title, e.detail].filter(Boolean).join(': ')
        this.dialog.busy = false
      }
    },

    askDelete(role) {
      const users = this.userCount(role)
      const text = users > 0
        ? `${users} user(s) have this role; the server decides whether it can go.`
        : 'Nobody has this role.'
      this.ask({ title: `Delete role ${role.name}?`, text, label: 'Delete' }, async () => {
        await del(`/admin/roles/${role.id}`)
        this.load()
      })
    },
  }
}
