// styles.css.mjs - every style of <coro-scope>, inside its shadow root so
// nothing leaks into (or in from) the host page.  Colours are variables:
// light by default.
// The dark colours apply under theme="dark" and, for theme="auto" (or
// none), when the host page or the reader's system is dark: the element
// sets its 'dark' state (host-theme.mjs).
// Colour never carries meaning alone: states have icons and words, marks
// have labels.
import { GUEST_STYLES } from './guest.css.mjs';

const LIGHT = `
  --bg: #ffffff; --fg: #1d2330; --muted: #5d6675; --panel: #f6f7f9; --border: #d8dce3;
  --accent: #2456c7; --accent-fg: #ffffff; --focus: #f0a020;
  --running-bg: #fff1b8; --running-edge: #d79a00;
  --suspended-bg: #e8eefc; --suspended-edge: #7d93c9; --suspended-fg: #3d5289;
  --error-bg: #fde4e1; --error-edge: #c9372c; --error-fg: #a3261c;
  --ok-fg: #1f7a3a; --code-bg: #eef0f4;
  --syn-keyword: #8a2eb8; --syn-string: #0f7b4a; --syn-comment: #6b7480; --syn-number: #b5541c;
  --syn-function: #1f5fbf; --syn-def: #1d2330;
`;
const DARK = `
  --bg: #15181e; --fg: #e3e6ec; --muted: #9aa3b2; --panel: #1d2129; --border: #343a46;
  --accent: #6d9bff; --accent-fg: #0c1020; --focus: #ffb84d;
  --running-bg: #4a3f12; --running-edge: #e0b23a;
  --suspended-bg: #22304d; --suspended-edge: #6f8ccf; --suspended-fg: #b4c6f0;
  --error-bg: #4a1f1c; --error-edge: #f07167; --error-fg: #ffb3ab;
  --ok-fg: #7fd49a; --code-bg: #262b35;
  --syn-keyword: #d59cff; --syn-string: #8fd6a8; --syn-comment: #8b94a3; --syn-number: #f3a871;
  --syn-function: #86b4ff; --syn-def: #e3e6ec;
`;

export const STYLES = `
/* keep-all: Korean sentences break between words (eojeol), as Korean text is set */
:host { ${LIGHT} display: block; color: var(--fg); background: var(--bg); word-break: keep-all; overflow-wrap: break-word;
  font: 15px/1.5 system-ui, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "NanumGothic", sans-serif;
  border: 1px solid var(--border); border-radius: 10px; padding: 12px; box-sizing: border-box; }
:host([theme="dark"]), :host(:state(dark)) { ${DARK} }
* { box-sizing: border-box; }
code, pre, .cs-mono { font-family: ui-monospace, "JetBrains Mono", "D2Coding", Menlo, Consolas, monospace; font-size: 13px; }
code { background: var(--code-bg); border-radius: 4px; padding: 0 4px; }
button, select, input { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

.cs-toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-bottom: 8px; }
.cs-toolbar .cs-spacer { flex: 1; }
button { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button:hover:not(:disabled) { border-color: var(--accent); }
button:disabled { opacity: .45; cursor: default; }
button.cs-primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
select { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 3px 6px; }
label.cs-field { display: inline-flex; gap: 4px; align-items: center; color: var(--muted); font-size: 13px; }

.cs-scrub { display: flex; gap: 10px; align-items: center; margin-bottom: 8px; }
.cs-scrub input { flex: 1; accent-color: var(--accent); }
.cs-stepno { font-variant-numeric: tabular-nums; color: var(--muted); min-width: 7em; text-align: right; font-size: 13px; }

.cs-narration { margin: 0 0 10px; padding: 10px 14px; border-left: 4px solid var(--accent); background: var(--panel);
  border-radius: 0 8px 8px 0; min-height: 3.2em; font-size: 16px; line-height: 1.6; }
.cs-narration code { padding: 0 2px; font-size: 14px; }
.cs-status { display: none; margin: 0 0 10px; padding: 8px 12px; border-radius: 8px; border: 1px solid var(--border); gap: 10px; align-items: center; }
.cs-status[data-kind] { display: flex; }
.cs-status[data-kind="ended"] { border-color: var(--ok-fg); color: var(--ok-fg); }
.cs-status[data-kind="failed"], .cs-status[data-kind="deadlock"] { background: var(--error-bg); border-color: var(--error-edge); color: var(--error-fg); }
.cs-status[data-kind="budget"], .cs-status[data-kind="edited"], .cs-status[data-kind="running"] { background: var(--running-bg); border-color: var(--running-edge); color: var(--fg); }
.cs-status .cs-status-text { flex: 1; }
.cs-status[data-kind="shared"] { border-color: var(--accent); }
.cs-share-url { flex: 2; min-width: 12em; font: 12px ui-monospace, monospace; padding: 2px 6px; border: 1px solid var(--border); border-radius: 4px; background: var(--panel); }

.cs-grid { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); gap: 10px; }
.cs-panel { border: 1px solid var(--border); border-radius: 8px; background: var(--bg); min-width: 0; display: flex; flex-direction: column; }
.cs-panel > h3 { margin: 0; padding: 6px 10px; font-size: 13px; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--border);
  background: var(--panel); border-radius: 8px 8px 0 0; letter-spacing: .02em; }
.cs-panel-body { padding: 8px 10px; overflow: auto; }
.cs-code { grid-row: span 2; }
.cs-code .cs-panel-body { padding: 0; max-height: 680px; }
.cs-objects .cs-panel-body { max-height: 360px; }
.cs-side { display: grid; gap: 10px; grid-template-columns: 1fr; }
.cs-console .cs-panel-body { margin: 0; white-space: pre-wrap; max-height: 200px; min-height: 4em; }
.cs-stderr { color: var(--error-fg); }
.cs-empty { color: var(--muted); margin: 0; font-size: 13px; }
.cs-side[hidden], .cs-panel[hidden] { display: none; }
.cs-grid:has(> .cs-side[hidden]) { grid-template-columns: 1fr; }
.cs-grid:has(> .cs-side[hidden]) .cs-code { grid-row: auto; }
@media (max-width: 820px) { .cs-grid { grid-template-columns: 1fr; } .cs-code { grid-row: auto; } }

/* code panel (CodeMirror inside this shadow root) */
.cm-editor { background: var(--bg); color: var(--fg); font-size: 13.5px; }
.cm-editor.cm-focused { outline: 2px solid var(--focus); }
.cm-gutters { background: var(--panel); color: var(--muted); border-right: 1px solid var(--border); }
.cm-content { caret-color: var(--fg); }
.cm-line.cs-line-running { background: var(--running-bg); box-shadow: inset 4px 0 var(--running-edge); }
.cm-line.cs-line-suspended { background: var(--suspended-bg); box-shadow: inset 4px 0 var(--suspended-edge); }
.cm-line.cs-line-error { background: var(--error-bg); box-shadow: inset 4px 0 var(--error-edge); }
.cs-code > h3 { display: flex; align-items: center; gap: 8px; }
.cs-edit { margin-left: auto; }

/* code panel, read-only view: line numbers drawn by CSS, so a line's text is only its code */
.cs-source { font: 13.5px/1.55 ui-monospace, "JetBrains Mono", "D2Coding", Menlo, Consolas, monospace; padding: 4px 0;
  background: linear-gradient(to right, var(--panel) 3.4em, var(--border) 3.4em, var(--border) calc(3.4em + 1px), transparent 0); }
.cs-source:focus { outline: none; }
/* a long line wraps with its continuation indented (a hanging indent), so it never reads as the next line */
.cs-line { position: relative; min-height: 1.55em; padding: 0 10px 0 calc(3.4em + 10px + 4ch); text-indent: -4ch;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.cs-line::before { content: attr(data-line); position: absolute; left: 0; top: 0; width: 3.4em; padding-right: 8px; height: 100%;
  text-align: right; color: var(--muted); background: var(--panel); border-right: 1px solid var(--border); user-select: none; }
.cs-line[data-mark]::after { content: ""; position: absolute; left: calc(3.4em + 1px); top: 0; width: 4px; height: 100%; }
.cs-line.cs-line-running { background: var(--running-bg); }
.cs-line.cs-line-running::after { background: var(--running-edge); }
.cs-line.cs-line-suspended { background: var(--suspended-bg); }
.cs-line.cs-line-suspended::after { background: var(--suspended-edge); }
.cs-line.cs-line-error { background: var(--error-bg); }
.cs-line.cs-line-error::after { background: var(--error-edge); }
.cs-line.cs-line-waiting { background: var(--error-bg); }
.cs-line.cs-line-waiting::after { background: var(--error-edge); }
.tok-keyword { color: var(--syn-keyword); font-weight: 600; }
.tok-string { color: var(--syn-string); }
.tok-comment { color: var(--syn-comment); font-style: italic; }
.tok-number { color: var(--syn-number); }
.tok-function { color: var(--syn-function); }
.tok-def { color: var(--syn-def); }
.cs-mark-label { white-space: nowrap; margin-left: 1.5em; font-size: 11.5px; padding: 0 6px; border-radius: 10px; font-family: system-ui, sans-serif; }
.cs-mark-suspended { color: var(--suspended-fg); border: 1px dashed var(--suspended-edge); }
.cs-mark-suspended::before { content: "❚❚ "; }
.cs-error-at { text-decoration: wavy underline var(--error-edge); text-decoration-thickness: 2px; background: var(--error-bg); outline: 1px solid var(--error-edge); }
.cs-mark-error { color: var(--error-fg); border: 1px solid var(--error-edge); }
.cm-line.cs-line-waiting { background: var(--error-bg); box-shadow: inset 4px 0 var(--error-edge); }
.cs-mark-waiting { color: var(--error-fg); border: 1px dashed var(--error-edge); }
.cs-mark-waiting::before { content: "⚠ "; }

/* timeline panel */
.cs-timeline { margin-top: 10px; }
.cs-timeline > h3 { display: flex; align-items: center; gap: 8px; }
.cs-modes { margin-left: auto; display: inline-flex; gap: 4px; }
.cs-mode, .cs-edit { font-size: 12px; padding: 1px 8px; font-weight: 500; color: var(--fg); }
.cs-mode[aria-pressed="true"], .cs-edit[aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.cs-timeline-svg { width: 100%; max-height: 320px; display: block; cursor: pointer; font-family: ui-monospace, monospace; }
.cs-tl-grid { stroke: var(--border); stroke-width: 1; }
.cs-tl-tick { fill: var(--muted); font-size: 10.5px; }
.cs-tl-label { fill: var(--fg); font-size: 12px; }
.cs-tl-run { fill: var(--accent); }
.cs-tl-wait { stroke: var(--suspended-edge); stroke-width: 2; stroke-dasharray: 4 3; }
.cs-tl-wait-label { fill: var(--suspended-fg); font-size: 10.5px; }
.cs-tl-cursor { stroke: var(--running-edge); stroke-width: 2; }

/* objects panel */
.cs-chains { list-style: none; margin: 0 0 8px; padding: 0; font-size: 13px; }
.cs-chain { padding: 3px 0; }
.cs-chain-task { color: var(--muted); font-size: 12px; }
.cs-chain-verb { color: var(--muted); font-family: ui-monospace, monospace; font-size: 12px; }
.cs-cards { display: grid; gap: 8px; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
.cs-card { border: 1px solid var(--border); border-radius: 8px; padding: 6px 8px; background: var(--panel); font-size: 13px; }
.cs-card-running { border-color: var(--running-edge); box-shadow: 0 0 0 1px var(--running-edge); }
.cs-card[data-state$="SUSPENDED"] { border-style: dashed; border-color: var(--suspended-edge); }
.cs-card[data-state$="CLOSED"] { opacity: .6; }
.cs-card header { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; margin-bottom: 4px; }
.cs-card-name { font-family: ui-monospace, monospace; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
/* a repr wraps between words only (panels/repr.mjs); a word too wide is cut, its whole text in the title */
.cs-repr { display: inline-block; max-width: 100%; overflow: hidden; text-overflow: ellipsis; vertical-align: top;
  overflow-wrap: normal; word-break: normal; white-space: normal; }
.cs-kind { color: var(--muted); font-size: 12px; }
.cs-state { margin-left: auto; font-family: ui-monospace, monospace; font-size: 11.5px; padding: 0 6px; border-radius: 10px; border: 1px solid var(--border); }
.cs-state-running { background: var(--running-bg); border-color: var(--running-edge); }
.cs-state-suspended { background: var(--suspended-bg); border-color: var(--suspended-edge); color: var(--suspended-fg); }
.cs-facts { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 0; }
.cs-facts dt { color: var(--muted); }
.cs-facts dd { margin: 0; font-family: ui-monospace, monospace; min-width: 0; }
.cs-locals { border-collapse: collapse; margin-top: 4px; width: 100%; font-family: ui-monospace, monospace; font-size: 12.5px; }
.cs-locals th { text-align: left; font-weight: 500; color: var(--muted); padding-right: 8px; vertical-align: top; width: 1%; white-space: nowrap; }
.cs-locals td { max-width: 0; }        /* the value column takes what is left, never widening the card */
.cs-locals tr + tr { border-top: 1px dotted var(--border); }

.cs-follow { font-size: 11px; padding: 0 6px; border-radius: 10px; }
.cs-follow[aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.cs-status[data-kind="follow"] { border-color: var(--accent); }

/* event loop panel */
.cs-clock { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
.cs-clock-label { color: var(--muted); font-size: 13px; }
.cs-clock-value { font: 600 22px/1.2 ui-monospace, monospace; font-variant-numeric: tabular-nums; }
.cs-clock-from { font: 16px ui-monospace, monospace; color: var(--muted); }
.cs-clock-jump .cs-clock-value { background: var(--running-bg); border-radius: 6px; padding: 0 6px; }
.cs-loop .cs-panel-body section { margin-top: 4px; }
.cs-loop h4 { margin: 6px 0 2px; font-size: 12.5px; color: var(--muted); font-weight: 600; }
.cs-loop ol { margin: 0; padding-left: 1.6em; font-size: 13px; }
.cs-when { font-family: ui-monospace, monospace; font-weight: 600; }
.cs-cancelled { text-decoration: line-through; }
.cs-task-current { font-weight: 600; }
.cs-task-current::marker { content: "▶ "; }
.cs-task-state { font-family: ui-monospace, monospace; font-size: 12px; color: var(--muted); }
.cs-task-stuck { background: var(--error-bg); color: var(--error-fg); border-radius: 4px; }
.cs-exc { color: var(--error-fg); }
.cs-waits { color: var(--muted); }
` + GUEST_STYLES;   // last: the guest rules win ties
