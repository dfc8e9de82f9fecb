// embed-size.mjs - the height an embedded playground reserves before any
// of it loads, so the post does not jump when it appears.  The element
// keeps exactly that height afterwards (its panels scroll inside), so the
// estimate only decides how roomy it looks, never whether the page moves.

const CHROME = 196;         // toolbar, scrubber, narration, padding and border (px)
const STATUS = 48;          // the status line (the end, an edit, a share link)
const CODE_LINE = 19.5;     // one line of the code panel
const CODE_FRAME = 48;      // the code panel's title and padding
const SIDE_MIN = 330;       // room for the objects, loop and console panels beside the code
const SIDE_ROW = 220;       // ...or under it, side by side, in a column narrower than STACKED
const STACKED = 780;        // guest.css.mjs stacks the panels when its content box is this narrow
const HOST_FRAME = 26;      // the host's padding and border, both sides (guest.css.mjs)
const TIMELINE = 170;       // the timeline panel under the grid (added on top of HIGHEST)
const LOWEST = 420;
const HIGHEST = 720;
const EXAMPLE_LINES = 18;   // a gallery example, whose text the page has not loaded yet

/** The panels an embed shows unless told: the timeline only when asked for (it is about 170 px taller). */
export const DEFAULT_PANELS = 'code objects loop console';

/** Lines of a program's text (null: no text yet, a gallery example). */
export function linesIn(text) {
  return text === null ? null : text.trim().split('\n').length;
}

/**
 * The reserved height (a CSS length) for `lines` of code, the panels shown
 * (null: all) and the width the element has (px; its layout depends on it).
 */
export function reservedHeight(lines, panels = null, width = Infinity) {
  const shown = panels ? new Set(panels.split(/[\s,]+/)) : null;
  const has = (name) => !shown || shown.has(name);
  const hasSide = ['objects', 'loop', 'console'].some(has);
  const code = has('code') ? CODE_FRAME + CODE_LINE * (lines ?? EXAMPLE_LINES) : 0;
  const grid = width - HOST_FRAME <= STACKED ? code + (hasSide ? SIDE_ROW : 0) : Math.max(code, hasSide ? SIDE_MIN : 0);
  const height = Math.min(HIGHEST, Math.max(LOWEST, CHROME + STATUS + grid));
  return `${Math.round(height + (has('timeline') ? TIMELINE : 0))}px`;
}

/** A height attribute as CSS: a bare number is pixels. */
export function cssLength(value) {
  return /^\d+(\.\d+)?$/.test(value.trim()) ? `${value.trim()}px` : value.trim();
}

/**
 * Gives `element` its reserved height at once (before its code loads):
 * inline, so no stylesheet has to be added to the host page.
 */
export function reserve(element, height) {
  element.style.setProperty('--cs-height', cssLength(height));
  element.style.display = 'block';
  element.style.boxSizing = 'border-box';
  element.style.height = 'var(--cs-height)';
  element.style.overflow = 'hidden';
}
