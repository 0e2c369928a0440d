/**
 * Entry point. Alpine's CSP build, because Camunda serves this page with a Content-Security-Policy
 * without 'unsafe-eval': all logic is registered here by name, templates only reference it.
 */
import Alpine from '@alpinejs/csp'
import './styles.css'
import { authStore } from './auth.js'
import { routerStore } from './router.js'
import { shell } from './shell.js'
import { homePage } from './pages/home.js'
import { loginPage } from './pages/login.js'
import { accountPage } from './pages/account.js'
import { diffPage } from './pages/diff.js'
import { usersPage } from './pages/admin/users.js'
import { apiTokens } from './pages/admin/tokens.js'
import { rolesPage } from './pages/admin/roles.js'
import { sessionsPage } from './pages/admin/sessions.js'
import { auditPage } from './pages/admin/audit.js'

// the router first: the auth store's init() may redirect, and the router must already listen
Alpine.store('router', routerStore(() => Alpine.store('auth')))
Alpine.store('auth', authStore())
Alpine.data('shell', shell)
Alpine.data('homePage', homePage)
Alpine.data('loginPage', loginPage)
Alpine.data('accountPage', accountPage)
Alpine.data('diffPage', diffPage)
Alpine.data('usersPage', usersPage)
Alpine.data('apiTokens', apiTokens)
Alpine.data('rolesPage', rolesPage)
Alpine.data('sessionsPage', sessionsPage)
Alpine.data('auditPage', auditPage)

Alpine.start()
