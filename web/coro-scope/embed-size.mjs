// embed-size.mjs - the height an embedded playground reserves before any
// of it loads, so the post does not jump when it appears.  The element
// keeps exactly that height afterwards (its panels scroll inside), so the
// estimate only decides how roomy it looks, never whether the page moves.

const CHROME = 196;         // toolbar, scrubber, narration, padding and border (px)
const CODE_LINE = 19.5;     // one line of the code panel
const CODE_FRAME = 48;      // the code panel's title and padding
const SIDE_MIN = 380;       // room for the objects, loop and console panels beside the code
const TIMELINE = 190;       // the timeline panel under the grid
const LOWEST = 420;
const HIGHEST = 780;
const EXAMPLE_LINES = 18;   // a gallery example, whose text the page has not loaded yet

/** The reserved height (a CSS length) for `lines` of code and the panels shown (null: all). */
export function reservedHeight(lines, panels = null) {
  const shown = panels ? new Set(panels.split(/[\s,]+/)) : null;
  const has = (name) => !shown || shown.has(name);
  const side = ['objects', 'loop', 'console'].some(has) ? SIDE_MIN : 0;
  const code = has('code') ? CODE_FRAME + CODE_LINE * (lines ?? EXAMPLE_LINES) : 0;
  const height = CHROME + Math.max(code, side) + (has('timeline') ? TIMELINE : 0);
  return `${Math.round(Math.min(HIGHEST, Math.max(LOWEST, height)))}px`;
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
