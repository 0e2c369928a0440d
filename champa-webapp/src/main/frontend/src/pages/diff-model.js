/**
 * The diff screen's pure parts, without Alpine or bpmn-js: the change table's rows from the API's
 * answer, an element's XML on each side, a simple line diff, and the exported HTML report.
 */
import MARKER_CSS from './diff-markers.css?inline'

/** The four change classes in display order: marker class, label, colours (also the report's). */
export const CLASSES = Object.freeze({
  added: { label: 'added', marker: 'champa-diff-added', stroke: '#16a34a', fill: '#dcfce7', text: '#166534' },
  removed: { label: 'removed', marker: 'champa-diff-removed', stroke: '#dc2626', fill: '#fee2e2', text: '#991b1b' },
  changed: { label: 'changed', marker: 'champa-diff-changed', stroke: '#ca8a04', fill: '#fef9c3', text: '#854d0e' },
  layout: { label: 'layout only', marker: 'champa-diff-layout', stroke: '#2563eb', fill: '#dbeafe', text: '#1e40af' },
})

export const MAX_FILE_BYTES = 10 * 1024 * 1024

const EMPTY_SUMMARY = Object.freeze({ added: 0, removed: 0, changed: 0, layoutChanged: 0 })

/**
 * The change table: one row per reported element, added, removed, changed, then layout only, each
 * sorted by id as the server sends them. A row knows on which side its element is drawn.
 */
export function rowsOf(result) {
  const rows = []
  const push = (cls, items, sides) => {
    for (const item of items ?? []) {
      rows.push({
        key: `${cls}:${item.id}`,
        cls,
        id: item.id,
        type: item.type ?? '',
        name: item.name ?? '',
        attrs: item.attrs ?? {},
        layoutChanged: item.layoutChanged === true,
        sides,
      })
    }
  }
  push('added', result?.added, ['right'])
  push('removed', result?.removed, ['left'])
  push('changed', result?.changed, ['left', 'right'])
  push('layout', result?.layoutChanged, ['left', 'right'])
  return rows
}

export function summaryOf(result) {
  return { ...EMPTY_SUMMARY, ...(result?.summary ?? {}) }
}

/** A row's attribute changes as a list: [{ key, oldValue, newValue }], sorted by key. */
export function attrRowsOf(row) {
  return Object.keys(row?.attrs ?? {}).sort().map((key) => ({
    key,
    oldValue: row.attrs[key]?.oldValue ?? null,
    newValue: row.attrs[key]?.newValue ?? null,
  }))
}

/** Parses a model's XML for element look-ups; null when it is not well-formed. */
export function parseXml(xml) {
  if (!xml) return null
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  return doc.getElementsByTagName('parsererror').length > 0 ? null : doc
}

/**
 * The XML of the element with this id, and of its diagram shape or edge (BPMNDI/DMNDI, which
 * refers to it by `bpmnElement`/`dmnElementRef`), dedented, without namespace declarations.
 * '' when the document has no such element.
 */
export function elementXml(doc, id) {
  if (!doc || !id) return ''
  let element = null
  const drawn = []
  for (const el of doc.getElementsByTagName('*')) {
    if (element === null && el.getAttribute('id') === id) element = el
    else if (el.getAttribute('bpmnElement') === id || el.getAttribute('dmnElementRef') === id) drawn.push(el)
  }
  if (element === null) return ''
  const serializer = new XMLSerializer()
  return [element, ...drawn].map((el) => dedent(serializer.serializeToString(el).replace(/\s+xmlns(?::[\w.-]+)?="[^"]*"/g, ''))).join('\n')
}

// the first line of a serialised element has lost its indentation, the others keep the file's
function dedent(text) {
  const lines = text.split('\n')
  const indents = lines.slice(1).filter((l) => l.trim() !== '').map((l) => l.match(/^[ \t]*/)[0].length)
  // the closing tag of a multi-line element has the element's own indentation: the least of all
  const cut = indents.length > 0 ? Math.min(...indents) : 0
  return [lines[0], ...lines.slice(1).map((l) => l.slice(Math.min(cut, l.match(/^[ \t]*/)[0].length)))].join('\n')
}

const LCS_LIMIT = 4_000_000

/**
 * Marks the lines that differ between two texts: a longest common subsequence of trimmed lines
 * (or, for very long texts, plain membership) leaves the rest as `removed` (left) / `added` (right).
 * Returns { left: [{ n, text, changed }], right: [...] }.
 */
export function lineDiff(leftText, rightText) {
  const a = leftText === '' ? [] : leftText.split('\n')
  const b = rightText === '' ? [] : rightText.split('\n')
  const ta = a.map((l) => l.trim())
  const tb = b.map((l) => l.trim())
  const keepA = new Array(a.length).fill(false)
  const keepB = new Array(b.length).fill(false)
  if (a.length * b.length <= LCS_LIMIT) {
    const w = b.length + 1
    const len = new Uint32Array((a.length + 1) * w)
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        len[i * w + j] = ta[i] === tb[j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1])
      }
    }
    let i = 0
    let j = 0
    while (i < a.length && j < b.length) {
      if (ta[i] === tb[j]) {
        keepA[i++] = true
        keepB[j++] = true
      } else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) i++
      else j++
    }
  } else {
    const inB = new Set(tb)
    const inA = new Set(ta)
    ta.forEach((l, i) => { keepA[i] = inB.has(l) })
    tb.forEach((l, j) => { keepB[j] = inA.has(l) })
  }
  return {
    left: a.map((text, i) => ({ n: i + 1, text, changed: !keepA[i] })),
    right: b.map((text, j) => ({ n: j + 1, text, changed: !keepB[j] })),
  }
}

/** A file name part from a label: `order-fulfillment v1` -> `order-fulfillment-v1`. */
export function fileNamePart(text) {
  return String(text ?? '').replace(/\.(bpmn|dmn|xml)$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'model'
}

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

// an SVG from saveSVG() starts with an XML declaration, a comment and a DOCTYPE: none belongs in HTML
function inlineSvg(svg) {
  return String(svg ?? '').replace(/<\?xml[^>]*\?>\s*/, '').replace(/<!--[\s\S]*?-->\s*/g, '').replace(/<!DOCTYPE[^>]*>\s*/i, '')
}

const REPORT_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1e293b; margin: 2rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
.meta { color: #64748b; font-size: .9rem; }
.badges { display: flex; gap: .5rem; margin-top: 1rem; }
.badge { border-radius: 999px; padding: .2rem .7rem; font-size: .85rem; font-weight: 600; border: 1px solid; }
${Object.entries(CLASSES).map(([k, c]) => `.c-${k} { background: ${c.fill}; color: ${c.text}; border-color: ${c.stroke}; }`).join('\n')}
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #e2e8f0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f8fafc; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .8rem; word-break: break-all; }
.diagrams { display: grid; gap: 1rem; }
.diagram { border: 1px solid #e2e8f0; padding: .5rem; overflow: auto; }
.diagram svg { max-width: 100%; height: auto; }
.old { color: #991b1b; } .new { color: #166534; } .none { color: #94a3b8; font-style: italic; }
${MARKER_CSS}
`

/**
 * The self-contained report: summary, diagrams (inline SVG with the markers' classes, styled by
 * the inline stylesheet), change table and attribute changes. No script, no external reference.
 */
export function buildReport({ type, leftLabel, rightLabel, summary, rows, leftSvg, rightSvg, createdAt }) {
  const e = escapeHtml
  const value = (v) => (v === null || v === undefined ? '<span class="none">absent</span>' : `<code>${e(v)}</code>`)
  const badges = [
    ['added', summary.added], ['removed', summary.removed], ['changed', summary.changed], ['layout', summary.layoutChanged],
  ].map(([k, n]) => `<span class="badge c-${k}">${n} ${e(CLASSES[k].label)}</span>`).join('')
  const diagrams = leftSvg || rightSvg
    ? `<h2>Diagrams</h2><div class="diagrams"><div class="diagram"><p class="meta">${e(leftLabel)}</p>${inlineSvg(leftSvg)}</div>`
      + `<div class="diagram"><p class="meta">${e(rightLabel)}</p>${inlineSvg(rightSvg)}</div></div>`
    : ''
  const table = rows.length === 0 ? '<p>No differences.</p>'
    : `<table><thead><tr><th>Change</th><th>Type</th><th>Id</th><th>Name</th></tr></thead><tbody>${rows.map((r) =>
      `<tr><td><span class="badge c-${r.cls}">${e(CLASSES[r.cls].label)}</span></td><td>${e(r.type)}</td><td class="mono">${e(r.id)}</td><td>${e(r.name)}</td></tr>`).join('')}</tbody></table>`
  const changed = rows.filter((r) => r.cls === 'changed')
  const attrs = changed.length === 0 ? ''
    : `<h2>Attribute changes</h2><table><thead><tr><th>Element</th><th>Key</th><th>Old</th><th>New</th></tr></thead><tbody>${changed.flatMap((r) =>
      attrRowsOf(r).map((a) => `<tr><td class="mono">${e(r.id)}</td><td class="mono">${e(a.key)}</td><td class="old">${value(a.oldValue)}</td><td class="new">${value(a.newValue)}</td></tr>`)).join('')}</tbody></table>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Champa diff: ${e(leftLabel)} vs ${e(rightLabel)}</title>
<style>${REPORT_CSS}</style></head>
<body>
<h1>${e(String(type).toUpperCase())} diff: ${e(leftLabel)} &rarr; ${e(rightLabel)}</h1>
<p class="meta">Created by Champa on ${e(createdAt)}</p>
<div class="badges">${badges}</div>
${diagrams}
<h2>Changes</h2>
${table}
${attrs}
</body></html>
`
}
