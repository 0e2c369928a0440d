/**
 * The frame around every screen: brand, engine, navigation, the link back to Cockpit.
 */
import { config } from './config.js'
import { navItems, isVisible } from './nav.js'

const LINK = 'block rounded-md px-3 py-2 text-sm font-medium'
const ACTIVE = `${LINK} bg-accent-50 text-accent-800`
const INACTIVE = `${LINK} text-slate-600 hover:bg-slate-100 hover:text-slate-900`

export function shell() {
  return {
    engine: config.engine,
    cockpitUrl: config.cockpitUrl,
    // filled by security once it exists; null shows every entry
    permissions: null,

    get navItems() {
      return navItems.filter((item) => isVisible(item, this.permissions))
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
  }
}
