/**
 * Entry point. Alpine's CSP build, because Camunda serves this page with a Content-Security-Policy
 * without 'unsafe-eval': all logic is registered here by name, templates only reference it.
 */
import Alpine from '@alpinejs/csp'
import './styles.css'
import { routerStore } from './router.js'
import { shell } from './shell.js'
import { homePage } from './pages/home.js'

Alpine.store('router', routerStore())
Alpine.data('shell', shell)
Alpine.data('homePage', homePage)

Alpine.start()
