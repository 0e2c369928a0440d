/**
 * The frame around every screen: brand, engine, the signed-in user, navigation, the link back to
 * Cockpit. Signed out, only the brand is shown.
 */
import { config } from './config.js'
import { navItems, navGroups } from './nav.js'

const LINK = 'block rounded-md px-3 py-2 text-sm font-medium'
const ACTIVE = `${LINK} bg-accent-50 text-accent-800`
const INACTIVE = `${LINK} text-slate-600 hover:bg-slate-100 hover:text-slate-900`

export function shell() {
  return {
    engine: config.engine,
    cockpitUrl: config.cockpitUrl,
    signingOut: false,

    get isSignedIn() {
      return this.$store.auth.isSignedIn
    },

    get userName() {
      return this.$store.auth.user.username
    },

    get userRole() {
      return this.$store.auth.user.role
    },

    get navGroups() {
      return navGroups(navItems, this.$store.auth.user.permissions ?? [])
    },

    isActive(item) {
      return this.$store.router.view === item.id
    },

    linkClass(item) {
      return this.isActive(item) ? ACTIVE : INACTIVE
    },

    ariaCurrent(item) {
      return this.isActive(item) ? 'page' : false
    },

    async signOut() {
      this.signingOut = true
      try {
        await this.$store.auth.logout()
      } catch {
        // signed out locally all the same; the server's session ends when it expires
      } finally {
        this.signingOut = false
      }
    },

    retryAuth() {
      this.$store.auth.check()
    },
  }
}
