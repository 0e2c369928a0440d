/**
 * A confirmation step for destructive actions, mixed into a screen's component:
 * `ask({ title, text, label }, action)` opens the dialog, `confirmYes` runs the action.
 * Methods and plain state only (no getters), so spreading it into a component is safe.
 */
export function confirmable() {
  return {
    confirmation: { open: false, title: '', text: '', label: 'Confirm', busy: false, error: '' },
    pendingAction: null,

    ask({ title, text, label = 'Confirm' }, action) {
      this.confirmation = { open: true, title, text, label, busy: false, error: '' }
      this.pendingAction = action
    },

    async confirmYes() {
      if (!this.pendingAction || this.confirmation.busy) return
      this.confirmation.busy = true
      this.confirmation.error = ''
      try {
        await this.pendingAction()
        this.confirmNo()
      } catch (e) {
        this.confirmation.error = [e.title, e.detail].filter(Boolean).join(': ') || 'That did not work'
        this.confirmation.busy = false
      }
    },

    confirmNo() {
      this.confirmation = { open: false, title: '', text: '', label: 'Confirm', busy: false, error: '' }
      this.pendingAction = null
    },
  }
}
