/**
 * The navigation entries, in display order. A feature adds its screen by adding an entry here and
 * a route in router.js. `permission` (optional) names the permission a user needs to see it.
 */
export const navItems = [
  { id: 'home', label: 'Home', route: '#/' },
]

/**
 * Whether the entry is shown. Until security delivers the user's permissions (null), everything
 * is shown; afterwards an entry with a permission needs it.
 */
export function isVisible(item, permissions) {
  return !item.permission || permissions === null || permissions.includes(item.permission)
}
