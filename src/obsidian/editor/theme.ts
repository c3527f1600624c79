/**
 * How the hover and the fails mark look, in Obsidian's CSS variables (with
 * plain fallbacks for a bare CodeMirror), so they follow the light or dark theme.
 * A base theme: Obsidian's own and the user's CSS snippets override it.
 */
import { EditorView } from '@codemirror/view';
import { FAILS_CLASS } from './reportState';

export const editorTheme = EditorView.baseTheme({
  [`.${FAILS_CLASS}`]: {
    textDecoration: 'underline wavy var(--text-error, #d7263d)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  // Live preview draws a formula as a widget (span.math: MathJax, an inline box) inside the mark, where a text decoration does not reach.
  [`.${FAILS_CLASS} .math`]: { borderBottom: '2px dotted var(--text-error, #d7263d)' },
  '.gradexp-hover': {
    padding: '6px 10px',
    // As wide as the values table needs, scrolled rather than spilling out of the tooltip on a narrow pane.
    maxWidth: 'min(72em, 94vw)',
    overflowX: 'auto',
    fontSize: 'var(--font-ui-small, 13px)',
    lineHeight: '1.45',
    color: 'var(--text-normal, inherit)',
  },
  '.gradexp-hover code': {
    fontFamily: 'var(--font-monospace, monospace)',
    fontSize: '0.95em',
    overflowWrap: 'anywhere',
  },
  '.gradexp-hover-heading': { marginBottom: '4px' },
  '.gradexp-verdict-fails .gradexp-hover-heading, .gradexp-verdict-mismatch .gradexp-hover-heading': { color: 'var(--text-error, #d7263d)' },
  '.gradexp-verdict-holds .gradexp-hover-heading': { color: 'var(--text-success, #2e7d32)' },
  '.gradexp-hover > .gradexp-hover-math': { display: 'block', margin: '4px 0' },
  '.gradexp-hover-values': { borderCollapse: 'collapse', margin: '4px 0', fontVariantNumeric: 'tabular-nums' },
  '.gradexp-hover-values th, .gradexp-hover-values td': {
    padding: '2px 8px',
    borderBottom: '1px solid var(--background-modifier-border, #8884)',
    textAlign: 'left',
    whiteSpace: 'nowrap',
  },
  '.gradexp-hover-claims': { margin: '4px 0', paddingLeft: '1.2em' },
  '.gradexp-hover p': { margin: '4px 0' },
});
