/**
 * Where the page lives, read once from what Camunda's ProcessEnginesFilter wrote into index.html:
 * <meta name="champa-app-root" content="$APP_ROOT"> and <base href="$BASE">.
 * An unreplaced placeholder (dev server, a file opened directly) falls back to the defaults.
 */
const DEFAULT_APP_ROOT = '/camunda'
const DEFAULT_ENGINE = 'default'

function readAppRoot() {
  const value = document.querySelector('meta[name="champa-app-root"]')?.getAttribute('content') ?? ''
  if (value === '' || value.startsWith('$')) return DEFAULT_APP_ROOT
  return value.replace(/\/+$/, '')
}

function readEngine() {
  const href = document.querySelector('base')?.getAttribute('href') ?? ''
  const match = href.match(/\/app\/champa\/([^/]+)\/?$/)
  return match ? decodeURIComponent(match[1]) : DEFAULT_ENGINE
}

const appRoot = readAppRoot()
const engine = readEngine()

export const config = Object.freeze({
  appRoot,
  engine,
  apiBase: `${appRoot}/champa/api`,
  cockpitUrl: `${appRoot}/app/cockpit/${encodeURIComponent(engine)}/`,
})
