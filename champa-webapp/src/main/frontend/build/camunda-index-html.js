/**
 * Vite plugin that turns the built index.html into a template for Camunda's ProcessEnginesFilter.
 *
 * The filter serves index.html for /camunda/app/champa/{engine}/ and substitutes $APP_ROOT, $BASE
 * and $CSP_NONCE; the assets are served one level up, at $APP_ROOT/app/champa/assets/. So relative
 * asset URLs (which would resolve against <base href="$BASE">, i.e. under the engine path) are
 * rewritten to absolute ones built from $APP_ROOT, and every script gets the nonce attribute the
 * page's CSP (script-src 'nonce-…' 'strict-dynamic') requires. Chunks keep importing each other
 * relatively (vite base './'), which resolves against the module URL, not the page.
 *
 * In the dev server the placeholders are replaced with dev values instead, so the page works
 * without Camunda in front of it.
 */
const ASSETS_URL = '$APP_ROOT/app/champa/assets/'
const NONCE = '$CSP_NONCE'

export function toCamundaTemplate(html) {
  const rewritten = html
    // comments are for the source; dropping them keeps the rewrites below away from their text
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/(\s(?:src|href))="\.\/assets\//g, (_, attr) => `${attr}="${ASSETS_URL}`)
    .replace(/<script\b/g, () => `<script ${NONCE}`)
    .replace(/<link\b(?=[^>]*\brel="modulepreload")/g, () => `<link ${NONCE}`)
    // Camunda's filter sets Content-Length from the page's UTF-8 bytes but writes it in the
    // servlet's default charset (ISO-8859-1), so any non-ASCII character truncates the page.
    // Numeric entities keep the page pure ASCII.
    .replace(/[^\x00-\x7F]/gu, (ch) => `&#x${ch.codePointAt(0).toString(16)};`)
  assertCspSafe(rewritten)
  return rewritten
}

// The CSP allows no inline scripts or handlers; fail the build rather than ship a blank page.
function assertCspSafe(html) {
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (!/\ssrc="/.test(tag)) throw new Error(`index.html: inline <script> is blocked by the CSP: ${tag}`)
  }
  const handler = html.match(/<[^>]+\son[a-z]+="[^"]*"/)
  if (handler) throw new Error(`index.html: inline event handler is blocked by the CSP: ${handler[0]}`)
  if (/(?:src|href)="\.?\/?assets\//.test(html)) throw new Error('index.html: an asset URL was not rewritten')
}

const DEV_VALUES = { $APP_ROOT: '/camunda', $BASE: '/', $CSP_NONCE: '' }

export default function camundaIndexHtml() {
  return [
    {
      name: 'champa:camunda-index-html',
      apply: 'build',
      transformIndexHtml: { order: 'post', handler: toCamundaTemplate },
    },
    {
      name: 'champa:camunda-index-html-dev',
      apply: 'serve',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace(/\$(APP_ROOT|BASE|CSP_NONCE)\b/g, (p) => DEV_VALUES[p]),
      },
    },
  ]
}
