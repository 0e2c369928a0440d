/**
 * Sign-in (`#/login`). Explains every refusal the server gives: wrong credentials, a locked
 * account (until when, in local time), too many attempts, a disabled account, an API user.
 */
import { timeOfDay } from '../format.js'

export function loginPage() {
  return {
    username: '',
    password: '',
    rememberMe: false,
    busy: false,
    error: '',

    init() {
      this.$nextTick(() => this.$refs.username?.focus())
    },

    get message() {
      return this.error || this.$store.auth.notice
    },

    get hasMessage() {
      return this.message !== ''
    },

    // the session-ended notice is information, a refused sign-in is an error
    get messageClass() {
      const base = 'rounded-md border px-3 py-2 text-sm'
      return this.error
        ? `${base} border-rose-200 bg-rose-50 text-rose-800`
        : `${base} border-amber-200 bg-amber-50 text-amber-800`
    },

    get canSubmit() {
      return !this.busy && this.username.trim() !== '' && this.password !== ''
    },

    async submit() {
      if (!this.canSubmit) return
      this.busy = true
      this.error = ''
      try {
        await this.$store.auth.login(this.username.trim(), this.password, this.rememberMe)
      } catch (e) {
        this.error = loginErrorMessage(e)
        this.password = ''
      } finally {
        this.busy = false
      }
    },
  }
}

/** The sentence a person reads for a refused sign-in (exported for tests). */
export function loginErrorMessage(e) {
  const body = e?.body ?? {}
  const type = e?.type ?? ''
  if (e?.status === 401) return 'Wrong user name or password'
  if (e?.status === 403 && body.lockedUntil) {
    return `Account locked until ${timeOfDay(body.lockedUntil)} \u2014 too many failed sign-ins`
  }
  if (e?.status === 403 && type.endsWith('/account-disabled')) {
    return 'This account is disabled \u2014 ask an administrator to enable it'
  }
  if (e?.status === 403 && type.endsWith('/api-user')) {
    return 'This is an API user: it cannot sign in to the UI, only call the API with a token'
  }
  if (e?.status === 403 && type.endsWith('/no-role')) {
    return 'None of your Camunda groups gives access to Champa \u2014 ask an administrator'
  }
  if (e?.status === 429) {
    const seconds = Number(body.retryAfterSeconds)
    return Number.isFinite(seconds) && seconds > 0
      ? `Too many sign-in attempts \u2014 try again in ${seconds} s`
      : 'Too many sign-in attempts \u2014 try again later'
  }
  return [e?.title, e?.detail].filter(Boolean).join(': ') || 'Sign-in failed'
}
