/**
 * The names the Copydesk view shares with package.json (`contributes.views`,
 * `commands`, `menus`, `viewsWelcome`): spelled once here.
 */

/** The activity-bar container and its views. */
export const reviewViewIds = {
  container: 'copydesk',
  claims: 'copydesk.claims',
  repeats: 'copydesk.repeats',
  sources: 'copydesk.sources'
} as const;

/** The view's commands: the items' own (reveal) and their inline actions. */
export const reviewCommandIds = {
  /** Internal: select a range of the draft (`[uri, [start, end]]`, offsets of the checked text). */
  reveal: 'copydesk.view.reveal',
  /** Internal: select a repeat, and its first copy in an editor beside it. */
  revealRepeat: 'copydesk.view.revealRepeat',
  addAttribution: 'copydesk.view.addAttribution',
  markSource: 'copydesk.view.markSource',
  ignore: 'copydesk.view.ignore'
} as const;

/** Context keys the welcome content and menus read. */
export const reviewContextKeys = {
  /** A draft is shown in the view. */
  hasDraft: 'copydesk.view.hasDraft',
  /** The draft shown has a check result. */
  checked: 'copydesk.view.checked'
} as const;
