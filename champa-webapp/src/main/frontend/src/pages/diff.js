/**
 * Diff (`#/diff`, `#/diff/{type}/{key}/{v1}/{v2}`, diff_tool_data): compare two deployed versions
 * of a process or decision, or uploaded files, and see what changed: two bpmn-js viewers in step
 * with coloured markers (BPMN), summary badges, the change table, a detail panel with attribute
 * changes and both sides' XML, and a self-contained HTML report to download.
 *
 * The viewers, the files and the compared XML live outside Alpine's reactive state.
 */
import { get, post } from '../api.js'
import { problemOf, NO_PROBLEM } from '../format.js'
import {
  CLASSES, MAX_FILE_BYTES, rowsOf, summaryOf, attrRowsOf, parseXml, elementXml, lineDiff, fileNamePart, buildReport,
} from './diff-model.js'

const FILE = 'file'
const TYPES = [{ value: 'bpmn', label: 'BPMN' }, { value: 'dmn', label: 'DMN' }]

const BADGE = 'inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset'
const CLASS_BADGES = {
  added: `${BADGE} bg-emerald-50 text-emerald-800 ring-emerald-600/30`,
  removed: `${BADGE} bg-rose-50 text-rose-800 ring-rose-600/30`,
  changed: `${BADGE} bg-amber-50 text-amber-800 ring-amber-500/40`,
  layout: `${BADGE} bg-blue-50 text-blue-800 ring-blue-600/30`,
}
const ROW = 'cursor-pointer hover:bg-slate-50'
const ROW_SELECTED = 'cursor-pointer bg-accent-50'
const LINE = 'block min-h-4 px-2'
const LINE_REMOVED = `${LINE} bg-rose-100 text-rose-900`
const LINE_ADDED = `${LINE} bg-emerald-100 text-emerald-900`

const EMPTY_RESULT = Object.freeze({
  type: 'bpmn', key: '', leftLabel: '', rightLabel: '', leftVersion: null, rightVersion: null,
  summary: { added: 0, removed: 0, changed: 0, layoutChanged: 0 },
})

export function diffPage() {
  // not reactive: bpmn-js objects, File objects and the compared models' text
  let viewers = null
  let viewersModule = null
  const files = { left: null, right: null }
  let compared = { left: '', right: '', leftDoc: undefined, rightDoc: undefined }
  let run = 0

  return {
    types: TYPES,
    definitions: [],
    definitionsLoading: true,
    definitionsProblem: NO_PROBLEM,
    form: { type: 'bpmn', key: '', leftVersion: '', rightVersion: '' },
    fileNames: { left: '', right: '' },

    state: 'idle', // idle | comparing | ready | error
    problem: { title: '', detail: '', position: '' },
    result: EMPTY_RESULT,
    rows: [],
    diagramState: '', // '' | drawing | ready | error
    diagramProblem: '',
    hoveredId: '',
    selectedKey: '',
    detail: { attrs: [], left: [], right: [], leftMissing: false, rightMissing: false },
    exporting: false,

    init() {
      this.$watch('$store.router.path', () => this.fromRoute())
      this.start()
    },

    destroy() {
      run += 1
      if (viewers) viewers.destroy()
      viewers = null
    },

    async start() {
      await this.loadDefinitions()
      this.fromRoute()
    },

    async loadDefinitions() {
      this.definitionsLoading = true
      try {
        const data = await get('/diff/definitions')
        this.definitions = data?.items ?? []
        this.definitionsProblem = NO_PROBLEM
      } catch (e) {
        this.definitionsProblem = problemOf(e, 'Could not load the deployed models')
      } finally {
        this.definitionsLoading = false
      }
    },

    // #/diff/{type}/{key}/{v1}/{v2}: preselect and compare at once
    fromRoute() {
      const p = this.$store.router.params
      if (this.$store.router.view !== 'diff' || !p.type || !p.key) return
      const type = p.type === 'dmn' ? 'dmn' : 'bpmn'
      this.form = { type, key: p.key, leftVersion: String(p.v1 ?? ''), rightVersion: String(p.v2 ?? '') }
      if (this.sameAsShown(type, p.key, p.v1, p.v2)) return
      this.compare()
    },

    sameAsShown(type, key, v1, v2) {
      const r = this.result
      return this.state !== 'idle' && this.state !== 'error' && r.type === type && r.key === key
        && String(r.leftVersion) === String(v1) && String(r.rightVersion) === String(v2)
    },

    // ----- pickers -----

    get keyOptions() {
      return this.definitions.filter((d) => d.type === this.form.type)
    },
    get selectedDefinition() {
      return this.keyOptions.find((d) => d.key === this.form.key) ?? null
    },
    get versionOptions() {
      return [...(this.selectedDefinition?.versions ?? [])].sort((a, b) => b.version - a.version)
    },
    keyLabel(d) {
      return d.name && d.name !== d.key ? `${d.name} (${d.key})` : d.key
    },
    versionLabel(v) {
      const when = v.deployedAt ? new Date(v.deployedAt).toLocaleDateString() : ''
      return when ? `v${v.version} \u2014 ${when}` : `v${v.version}`
    },
    versionValue(v) {
      return String(v.version)
    },
    get hasNoKeys() {
      return !this.definitionsLoading && this.keyOptions.length === 0
    },
    get hasDefinitionsProblem() {
      return this.definitionsProblem.title !== ''
    },
    get leftIsFile() { return this.form.leftVersion === FILE },
    get rightIsFile() { return this.form.rightVersion === FILE },
    get needsKey() { return !this.leftIsFile || !this.rightIsFile },
    get fileAccept() { return this.form.type === 'dmn' ? '.dmn,.xml' : '.bpmn,.bpmn20.xml,.xml' },

    typeChanged() {
      this.form.key = ''
      this.form.leftVersion = ''
      this.form.rightVersion = ''
    },

    // the newest two versions by default: what changed last
    keyChanged() {
      const versions = this.versionOptions
      this.form.rightVersion = versions[0] ? String(versions[0].version) : ''
      this.form.leftVersion = versions[1] ? String(versions[1].version) : this.form.rightVersion
    },

    pickFile(side, event) {
      const file = event.target.files?.[0] ?? null
      files[side] = file
      this.fileNames[side] = file ? file.name : ''
    },

    get canCompare() {
      const f = this.form
      if (this.state === 'comparing') return false
      if (this.needsKey && f.key === '') return false
      const sideOk = (v, side) => (v === FILE ? this.fileNames[side] !== '' : v !== '')
      return sideOk(f.leftVersion, 'left') && sideOk(f.rightVersion, 'right')
    },

    /** Compare: two versions go through the route, so the link can be shared; files directly. */
    submit() {
      const f = this.form
      if (!this.canCompare) return
      if (!this.leftIsFile && !this.rightIsFile) {
        const hash = `#/diff/${encodeURIComponent(f.type)}/${encodeURIComponent(f.key)}/${encodeURIComponent(f.leftVersion)}/${encodeURIComponent(f.rightVersion)}`
        if (window.location.hash !== hash) {
          window.location.hash = hash // the route watcher compares
          return
        }
      } else if (window.location.hash !== '#/diff') {
        // a file has no link: leave a deep link of another comparison behind
        window.location.hash = '#/diff'
      }
      this.compare()
    },

    // ----- comparing -----

    async compare() {
      const mine = ++run
      const f = { ...this.form }
      this.state = 'comparing'
      this.problem = { title: '', detail: '', position: '' }
      let body
      try {
        body = await requestBody(f)
      } catch (e) {
        if (mine !== run) return
        this.problem = { title: e.title ?? 'Cannot compare', detail: e.detail ?? e.message, position: '' }
        this.state = 'error'
        return
      }
      let answer
      try {
        answer = await post('/diff', body)
      } catch (e) {
        if (mine !== run) return
        this.problem = { ...problemOf(e, 'Could not compare the models'), position: positionOf(e.body) }
        this.state = 'error'
        return
      }
      if (mine !== run) return

      compared = { left: answer?.left?.xml ?? '', right: answer?.right?.xml ?? '', leftDoc: undefined, rightDoc: undefined }
      this.result = {
        type: f.type,
        key: body.key ?? '',
        leftLabel: answer?.left?.label ?? '',
        rightLabel: answer?.right?.label ?? '',
        leftVersion: body.leftVersion ?? null,
        rightVersion: body.rightVersion ?? null,
        summary: summaryOf(answer),
      }
      this.rows = rowsOf(answer)
      this.hoveredId = ''
      this.selectedKey = ''
      this.state = 'ready'
      if (f.type === 'bpmn') {
        await this.$nextTick()
        await this.draw(mine)
      } else {
        this.diagramState = ''
      }
    },

    async draw(mine) {
      this.diagramState = 'drawing'
      this.diagramProblem = ''
      try {
        if (!viewers) {
          viewersModule = viewersModule ?? (await import('./diff-viewers.js'))
          if (mine !== run) return
          viewers = viewersModule.createViewers(
            { left: this.$refs.leftDiagram, right: this.$refs.rightDiagram },
            { onElementClick: (id) => this.selectById(id) },
          )
        }
        await viewers.show(compared.left, compared.right, this.rows)
        if (mine !== run) return
        this.diagramState = 'ready'
      } catch (e) {
        if (mine !== run) return
        this.diagramProblem = e?.message ?? String(e)
        this.diagramState = 'error'
      }
    },

    get isComparing() { return this.state === 'comparing' },
    get isReady() { return this.state === 'ready' },
    get isError() { return this.state === 'error' },
    get isIdle() { return this.state === 'idle' },
    get hasPosition() { return this.problem.position !== '' },
    get showsDiagrams() { return this.isReady && this.result.type === 'bpmn' },
    get isDmnResult() { return this.isReady && this.result.type === 'dmn' },
    get isDrawing() { return this.diagramState === 'drawing' },
    get hasDiagramProblem() { return this.diagramState === 'error' },
    get hasNoChanges() { return this.isReady && this.rows.length === 0 },
    get hasRows() { return this.rows.length > 0 },

    get addedCount() { return this.result.summary.added },
    get removedCount() { return this.result.summary.removed },
    get changedCount() { return this.result.summary.changed },
    get layoutCount() { return this.result.summary.layoutChanged },
    get leftLabel() { return this.result.leftLabel },
    get rightLabel() { return this.result.rightLabel },

    // ----- the change table -----

    rowTestId(row) { return `diff-row-${row.id}` },
    classLabel(row) { return CLASSES[row.cls].label },
    classBadge(row) { return CLASS_BADGES[row.cls] },
    rowClass(row) { return row.key === this.selectedKey ? ROW_SELECTED : ROW },
    rowNote(row) { return row.cls === 'changed' && row.layoutChanged ? 'also moved' : '' },

    hover(row) {
      this.hoveredId = row.id
      if (viewers && this.showsDiagrams) viewers.hover(row.id)
    },

    unhover(row) {
      if (this.hoveredId !== row.id) return
      this.hoveredId = ''
      if (viewers && this.showsDiagrams) viewers.hover('')
    },

    select(row) {
      this.selectedKey = row.key
      const docs = this.docs()
      const left = elementXml(docs.left, row.id)
      const right = elementXml(docs.right, row.id)
      const lines = lineDiff(left, right)
      this.detail = {
        attrs: attrRowsOf(row),
        left: lines.left,
        right: lines.right,
        leftMissing: left === '',
        rightMissing: right === '',
      }
      if (viewers && this.showsDiagrams) viewers.select(row.id)
    },

    selectById(id) {
      const row = this.rows.find((r) => r.id === id)
      if (row) this.select(row)
    },

    closeDetail() {
      this.selectedKey = ''
      if (viewers && this.showsDiagrams) viewers.select('')
    },

    docs() {
      if (compared.leftDoc === undefined) compared.leftDoc = parseXml(compared.left)
      if (compared.rightDoc === undefined) compared.rightDoc = parseXml(compared.right)
      return { left: compared.leftDoc, right: compared.rightDoc }
    },

    // ----- the detail panel -----

    get selectedRow() { return this.rows.find((r) => r.key === this.selectedKey) ?? null },
    get hasSelection() { return this.selectedRow !== null },
    get detailTitle() {
      const r = this.selectedRow
      return r ? (r.name ? `${r.name} (${r.id})` : r.id) : ''
    },
    get detailSubtitle() {
      const r = this.selectedRow
      return r ? `${r.type} \u00b7 ${CLASSES[r.cls].label}${r.layoutChanged ? ', also moved in the diagram' : ''}` : ''
    },
    get detailBadge() { return this.selectedRow ? CLASS_BADGES[this.selectedRow.cls] : '' },
    get detailClassLabel() { return this.selectedRow ? CLASSES[this.selectedRow.cls].label : '' },
    get hasAttrs() { return this.detail.attrs.length > 0 },
    get attrsNote() {
      const r = this.selectedRow
      if (!r) return ''
      if (r.cls === 'added') return 'Only in the right model.'
      if (r.cls === 'removed') return 'Only in the left model.'
      if (r.cls === 'layout') return 'Same meaning; only its drawing differs (see the diagram XML below).'
      return ''
    },
    attrTestId(a) { return `diff-attr-${a.key}` },
    oldText(a) { return a.oldValue ?? '\u2014' },
    newText(a) { return a.newValue ?? '\u2014' },
    oldClass(a) { return a.oldValue === null ? 'text-slate-400' : 'text-rose-800' },
    newClass(a) { return a.newValue === null ? 'text-slate-400' : 'text-emerald-800' },
    leftLineClass(line) { return line.changed ? LINE_REMOVED : LINE },
    rightLineClass(line) { return line.changed ? LINE_ADDED : LINE },
    lineKey(line) { return line.n },

    // ----- export -----

    async exportReport() {
      if (!this.isReady) return
      this.exporting = true
      try {
        const svgs = viewers && this.showsDiagrams && this.diagramState === 'ready' ? await viewers.svgs() : { left: '', right: '' }
        const r = this.result
        const html = buildReport({
          type: r.type,
          leftLabel: r.leftLabel,
          rightLabel: r.rightLabel,
          summary: r.summary,
          rows: this.rows,
          leftSvg: svgs.left,
          rightSvg: svgs.right,
          createdAt: new Date().toLocaleString(),
        })
        download(html, this.reportFileName)
      } catch (e) {
        this.problem = { title: 'Could not export the report', detail: e?.message ?? String(e), position: '' }
      } finally {
        this.exporting = false
      }
    },

    get reportFileName() {
      const r = this.result
      if (r.key && r.leftVersion !== null && r.rightVersion !== null) {
        return `champa-diff-${fileNamePart(r.key)}-v${r.leftVersion}-v${r.rightVersion}.html`
      }
      return `champa-diff-${fileNamePart(r.leftLabel)}-${fileNamePart(r.rightLabel)}.html`
    },
  }

  /** The POST /diff body for the form; reads uploaded files (10 MB at most each). */
  async function requestBody(f) {
    const body = { type: f.type }
    if (f.leftVersion !== FILE || f.rightVersion !== FILE) body.key = f.key
    for (const side of ['left', 'right']) {
      const value = side === 'left' ? f.leftVersion : f.rightVersion
      if (value === FILE) {
        const file = files[side]
        if (!file) throw { title: 'No file chosen', detail: `Choose a file for the ${side} side.` }
        if (file.size > MAX_FILE_BYTES) {
          throw { title: 'Model too large', detail: `The ${side} file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB` }
        }
        body[`${side}Xml`] = await file.text()
        body[`${side}Name`] = file.name
      } else {
        const version = Number.parseInt(value, 10)
        if (!Number.isInteger(version)) throw { title: 'No version chosen', detail: `Choose a version for the ${side} side.` }
        body[`${side}Version`] = version
      }
    }
    return body
  }
}

// the server's 400 for malformed XML carries line, column and side
function positionOf(body) {
  if (!body || typeof body !== 'object' || body.line == null) return ''
  const side = body.side ? ` of the ${body.side} file` : ''
  return `Line ${body.line}, column ${body.column ?? '?'}${side}`
}

function download(html, name) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
