/**
 * The navigation entries, in display order. A feature adds its screen by adding an entry here and
 * a route in router.js. `permission` (optional) names the permission a user needs to see it;
 * `group` (optional) puts it under a heading.
 */
export const navItems = [
  { id: 'home', label: 'Home', route: '#/' },
  { id: 'diff', label: 'Diff', route: '#/diff', permission: 'diff_tool_data' },
  { id: 'admin-users', label: 'Users', route: '#/admin/users', permission: 'manage_users', group: 'Administration' },
  { id: 'admin-roles', label: 'Roles', route: '#/admin/roles', permission: 'manage_roles', group: 'Administration' },
  { id: 'admin-sessions', label: 'Sessions', route: '#/admin/sessions', permission: 'manage_users', group: 'Administration' },
  { id: 'admin-audit', label: 'Audit log', route: '#/admin/audit', permission: 'manage_users', group: 'Administration' },
]

/**
 * Whether the entry is shown to a user with these permissions (`full_access` implies all).
 * null (nobody known yet) shows every entry.
 */
export function isVisible(item, permissions) {
  if (!item.permission || permissions === null) return true
  return permissions.includes('full_access') || permissions.includes(item.permission)
}

/** The visible entries in groups, in order of first appearance: [{ id, label, items }]. */
export function navGroups(items, permissions) {
  const groups = []
  for (const item of items.filter((i) => isVisible(i, permissions))) {
    const label = item.group ?? ''
    let group = groups.find((g) => g.label === label)
    if (!group) {
      group = { id: `group-${label || 'main'}`, label, items: [] }
      groups.push(group)
    }
    group.items.push(item)
  }
  return groups
}
