/**
 * Home: what this engine holds (GET /home) and whether Champa's two databases answer
 * (GET /health/db). Alpine's CSP build evaluates no inline JavaScript, so everything the template
 * shows is a property or a getter here.
 */
import { get } from '../api.js'

const EMPTY_HOME = {
  engineName: '',
  camundaVersion: '',
  champaVersion: '',
  processDefinitions: { keys: 0, versions: 0 },
  decisionDefinitions: { keys: 0, versions: 0 },
  deployments: 0,
  runningInstances: 0,
  timestamp: '',
}

const UNKNOWN_DB = { status: 'UNKNOWN', latencyMs: null }

const BADGE = 'inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset'
const BADGE_CLASSES = {
  UP: `${BADGE} bg-emerald-50 text-emerald-700 ring-emerald-600/20`,
  DOWN: `${BADGE} bg-rose-50 text-rose-700 ring-rose-600/20`,
  UNKNOWN: `${BADGE} bg-slate-100 text-slate-600 ring-slate-500/20`,
}

const number = new Intl.NumberFormat()

export function homePage() {
  return {
    state: 'loading',
    home: EMPTY_HOME,
    problem: { title: '', detail: '' },
    db: { camundaDb: UNKNOWN_DB, systemDb: UNKNOWN_DB },

    init() {
      this.load()
    },

    async load() {
      this.state = 'loading'
      this.loadHealth()
      try {
        this.home = { ...EMPTY_HOME, ...(await get('/home')) }
        this.state = 'ready'
      } catch (e) {
        this.problem = { title: e.title || 'Could not load the overview', detail: e.detail || '' }
        this.state = 'error'
      }
    },

    // 503 means a database is DOWN: the body still says which one
    async loadHealth() {
      let body
      try {
        body = await get('/health/db')
      } catch (e) {
        body = e.body
      }
      this.db = {
        camundaDb: body?.camundaDb ?? UNKNOWN_DB,
        systemDb: body?.systemDb ?? UNKNOWN_DB,
      }
    },

    get isLoading() { return this.state === 'loading' },
    get isReady() { return this.state === 'ready' },
    get isError() { return this.state === 'error' },

    get processKeys() { return number.format(this.home.processDefinitions?.keys ?? 0) },
    get processVersions() { return number.format(this.home.processDefinitions?.versions ?? 0) },
    get decisionKeys() { return number.format(this.home.decisionDefinitions?.keys ?? 0) },
    get decisionVersions() { return number.format(this.home.decisionDefinitions?.versions ?? 0) },
    get deployments() { return number.format(this.home.deployments ?? 0) },
    get runningInstances() { return number.format(this.home.runningInstances ?? 0) },
    get asOf() {
      const t = Date.parse(this.home.timestamp)
      return Number.isNaN(t) ? '' : new Date(t).toLocaleString()
    },

    get camundaDbStatus() { return this.db.camundaDb.status },
    get camundaDbLatency() { return latencyText(this.db.camundaDb) },
    get camundaDbClass() { return badgeClass(this.db.camundaDb) },
    get systemDbStatus() { return this.db.systemDb.status },
    get systemDbLatency() { return latencyText(this.db.systemDb) },
    get systemDbClass() { return badgeClass(this.db.systemDb) },
  }
}

function latencyText(db) {
  return db.status === 'UP' && db.latencyMs != null ? `${db.latencyMs} ms` : ''
}

function badgeClass(db) {
  return BADGE_CLASSES[db.status] ?? BADGE_CLASSES.UNKNOWN
}
