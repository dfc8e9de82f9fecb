// guest.css.mjs - good manners as a guest in someone else's page (a blog
// post).  Appended to the element's styles (styles.css.mjs).
//  - The host box: a host page's rules, even `* { ... !important }` ones,
//    cannot change its display, sizing, padding, border or colours, since
//    an !important rule inside a shadow root beats one outside it.  Its
//    margin, width and position stay the host's to set.
//  - Inherited properties (font, colour, line height, letter spacing...)
//    cross the shadow boundary, so .cs-root resets them all (all: initial)
//    and sets its own: nothing of the host's text style leaks in.
//  - A reserved height (the height attribute, see embed-size.mjs): the
//    playground keeps exactly that height and its panels scroll inside,
//    so nothing below it moves when it loads or steps.
//  - In a blog's column (a container query on the host) the code takes the
//    full width and the toolbar fits one row.

export const GUEST_STYLES = `
:host { display: block !important; box-sizing: border-box !important; padding: 12px !important;
  border: 1px solid var(--border) !important; border-radius: 10px !important; background: var(--bg) !important;
  color: var(--fg) !important; min-height: 0 !important; max-height: none !important; text-align: start !important;
  color-scheme: light; container: coro-scope / inline-size; }
:host(:state(dark)) { color-scheme: dark; }
:host([hidden]) { display: none !important; }
.cs-root { all: initial; display: block; color: var(--fg);
  font: 15px/1.5 system-ui, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "NanumGothic", sans-serif; }

:host([height]) { height: var(--cs-height) !important; overflow: hidden !important; }
:host([height]) .cs-root { height: 100%; display: flex; flex-direction: column; }
:host([height]) .cs-root > * { flex: none; }
:host([height]) .cs-grid { flex: 1 1 0; min-height: 0; grid-template-rows: minmax(0, 1fr); }
:host([height]) .cs-panel { min-height: 0; }
:host([height]) .cs-code { grid-row: auto; }
:host([height]) .cs-code .cs-panel-body { flex: 1 1 0; min-height: 0; max-height: none; }
:host([height]) .cs-side { min-height: 0; overflow: auto; align-content: start; }
:host([height]) .cs-root > .cs-timeline { flex: 0 1 auto; min-height: 0; }
:host([height]) .cs-timeline .cs-panel-body { min-height: 0; }
:host([height]) .cs-timeline-svg { max-height: 130px; }

/* a blog's column (narrower than the playground page): the toolbar's field
   labels are kept for screen readers only, so its buttons fit one row */
@container coro-scope (max-width: 860px) {
  .cs-toolbar { gap: 4px; font-size: 14px; }
  .cs-toolbar button { padding: 4px 7px; }
  .cs-toolbar select { max-width: 10em; }
  .cs-toolbar button[part~="stop"]:disabled { display: none; }   /* shown while a long run can be stopped */
  label.cs-field > span { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
}

/* a blog's usual column (up to ~760px): the code gets the full width (no
   wrapped lines) and the other panels sit side by side under it; the
   speed field (only Play uses it) is left out */
@container coro-scope (max-width: 780px) {
  .cs-grid { grid-template-columns: minmax(0, 1fr); }
  .cs-code { grid-row: auto; }
  .cs-side { grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); }
  .cs-side > .cs-panel { max-height: 240px; }
  .cs-side .cs-panel-body { overflow: auto; }
  /* in a reserved height: three fifths for the code, two for the panels under it, each scrolling */
  :host([height]) .cs-grid { grid-template-rows: minmax(0, 3fr) minmax(0, 2fr); }
  :host([height]) .cs-grid:has(> .cs-side[hidden]) { grid-template-rows: minmax(0, 1fr); }
  :host([height]) .cs-side { grid-auto-rows: minmax(0, 1fr); align-content: stretch; }
  :host([height]) .cs-side > .cs-panel { max-height: none; }
  .cs-toolbar button { padding: 4px 6px; }
  label.cs-field:first-of-type { display: none; }
  .cs-toolbar select { max-width: 9em; }
  :host(:not([theme="light"], [theme="dark"])) button[part~="theme"] { display: none; }   /* it follows the post's own switch */
}

/* a phone: everything in one column, the grid scrolls */
@container coro-scope (max-width: 520px) {
  .cs-side { grid-template-columns: minmax(0, 1fr); }
  :host([height]) .cs-grid { grid-template-rows: none; overflow: auto; }
  :host([height]) .cs-side { max-height: none; }
  :host([height]) .cs-code .cs-panel-body { max-height: 320px; }
}
`;
