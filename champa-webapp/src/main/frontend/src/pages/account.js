/**
 * Change password (`#/account`): POST /auth/password. The server enforces the policy and its 400
 * problem says what is missing; the screen only checks that both new entries match.
 */
import { post } from '../api.js'

export function accountPage() {
  return {
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
    busy: false,
    error: '',
    done: false,

    get userName() {
      return this.$store.auth.user.username
    },

    get userEmail() {
      return this.$store.auth.user.email
    },

    get userRole() {
      return this.$store.auth.user.role
    },

    get mismatch() {
      return this.confirmPassword !== '' && this.confirmPassword !== this.newPassword
    },

    get canSubmit() {
      return !this.busy && this.currentPassword !== '' && this.newPassword !== '' && this.confirmPassword === this.newPassword
    },

    get hasError() {
      return this.error !== ''
    },

    async submit() {
      if (!this.canSubmit) return
      this.busy = true
      this.error = ''
      this.done = false
      try {
        await post('/auth/password', { currentPassword: this.currentPassword, newPassword: this.newPassword })
        this.currentPassword = ''
        this.newPassword = ''
        this.confirmPassword = ''
        this.done = true
      } catch (e) {
        this.error = e.detail || e.title || 'The password was not changed'
      } finally {
        this.busy = false
      }
    },
  }
}
