/**
 * The colour family of something the pane shows (a count, a bar): decided in the view model,
 * turned into Fluent tokens by the components.
 */
export type Tone = 'success' | 'warning' | 'danger' | 'informative' | 'subtle';
