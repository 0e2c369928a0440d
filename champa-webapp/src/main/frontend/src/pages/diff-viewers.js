/**
 * The diff screen's two bpmn-js viewers, side by side, with zoom and scroll kept in step, and the
 * change markers. diff.js imports this module with import(), so bpmn-js and its CSS are a chunk of
 * their own that the other screens never load.
 *
 * Nothing here is reactive: Alpine must not wrap bpmn-js objects in proxies.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer'
import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import './diff-markers.css'
import { CLASSES } from './diff-model.js'

const HOVER = 'champa-diff-hover'
const SELECTED = 'champa-diff-selected'
const ZOOM_PADDING = 160
const MAX_ZOOM = 1.25

/**
 * `containers` = { left, right } elements; `onElementClick(id)` is called when a person clicks an
 * element in either diagram.
 */
export function createViewers(containers, { onElementClick } = {}) {
  const viewers = {
    left: new NavigatedViewer({ container: containers.left }),
    right: new NavigatedViewer({ container: containers.right }),
  }
  let syncing = false
  let hovered = ''
  let selected = ''

  const canvas = (side) => viewers[side].get('canvas')
  const registry = (side) => viewers[side].get('elementRegistry')
  const other = (side) => (side === 'left' ? 'right' : 'left')

  // an element that can carry a marker: drawn, and not the root (whose class would colour everything)
  function drawn(side, id) {
    const element = id ? registry(side).get(id) : null
    return element && element.parent ? element : null
  }

  function mark(side, id, marker, add) {
    const element = drawn(side, id)
    if (!element) return
    if (add) canvas(side).addMarker(element, marker)
    else canvas(side).removeMarker(element, marker)
  }

  // zoom and scroll follow the other diagram; equal boxes end the exchange, the flag the echo
  for (const side of ['left', 'right']) {
    viewers[side].on('canvas.viewbox.changed', ({ viewbox }) => {
      if (syncing) return
      const target = canvas(other(side))
      const current = target.viewbox()
      if (sameBox(current, viewbox)) return
      syncing = true
      try {
        target.viewbox({ x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height })
      } finally {
        syncing = false
      }
    })
    viewers[side].on('element.click', ({ element }) => {
      if (element?.parent && onElementClick) onElementClick(element.businessObject?.id ?? element.id)
    })
  }

  return {
    /** Draws both models and marks the rows' elements; resolves with the import warnings' count. */
    async show(leftXml, rightXml, rows) {
      hovered = ''
      selected = ''
      const [l, r] = await Promise.all([viewers.left.importXML(leftXml), viewers.right.importXML(rightXml)])
      for (const row of rows) {
        for (const side of row.sides) mark(side, row.id, CLASSES[row.cls].marker, true)
      }
      this.fit()
      return (l.warnings?.length ?? 0) + (r.warnings?.length ?? 0)
    },

    /** Both diagrams fit, on one scale: the box around both drawings. */
    fit() {
      const boxes = ['left', 'right'].map((side) => canvas(side).viewbox().inner).filter((b) => b.width > 0 || b.height > 0)
      if (boxes.length === 0) return
      const x = Math.min(...boxes.map((b) => b.x))
      const y = Math.min(...boxes.map((b) => b.y))
      const width = Math.max(...boxes.map((b) => b.x + b.width)) - x
      const height = Math.max(...boxes.map((b) => b.y + b.height)) - y
      const pad = 20
      canvas('left').viewbox(centred(canvas('left'), { x: x - pad, y: y - pad, width: width + 2 * pad, height: height + 2 * pad }, Infinity))
    },

    hover(id) {
      for (const side of ['left', 'right']) {
        mark(side, hovered, HOVER, false)
        mark(side, id, HOVER, true)
      }
      hovered = id || ''
    },

    /** Marks the element in both diagrams and zooms to it; false when neither draws it. */
    select(id) {
      for (const side of ['left', 'right']) {
        mark(side, selected, SELECTED, false)
        mark(side, id, SELECTED, true)
      }
      selected = id || ''
      const side = drawn('right', id) ? 'right' : drawn('left', id) ? 'left' : null
      if (!side) return false
      const element = drawn(side, id)
      const bounds = element.waypoints ? boundsOfPoints(element.waypoints) : element
      canvas(side).viewbox(centred(canvas(side), {
        x: bounds.x - ZOOM_PADDING, y: bounds.y - ZOOM_PADDING,
        width: bounds.width + 2 * ZOOM_PADDING, height: bounds.height + 2 * ZOOM_PADDING,
      }, MAX_ZOOM))
      return true
    },

    /** Both diagrams as SVG text, with the change markers but without hover and selection. */
    async svgs() {
      const [l, r] = await Promise.all([viewers.left.saveSVG(), viewers.right.saveSVG()])
      const clean = (svg) => svg.replace(/\s(champa-diff-hover|champa-diff-selected)\b/g, '')
      return { left: clean(l.svg), right: clean(r.svg) }
    },

    destroy() {
      viewers.left.destroy()
      viewers.right.destroy()
    },
  }
}

// a viewbox showing `box` whole, centred in the container, at no more than `maxScale`
function centred(canvas, box, maxScale) {
  const outer = canvas.getSize()
  if (!outer.width || !outer.height) return box
  const scale = Math.min(maxScale, outer.width / box.width, outer.height / box.height)
  const width = outer.width / scale
  const height = outer.height / scale
  return { x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height }
}

function boundsOfPoints(points) {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

function sameBox(a, b) {
  const close = (p, q) => Math.abs(p - q) < 0.5
  return close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height)
}
