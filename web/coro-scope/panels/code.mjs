// panels/code.mjs - the program, two ways, behind one small contract
// ({ source, show(marks), destroy() }):
//   createCodeView: a light read-only listing (line numbers, Python
//     highlighting by the Lezer parser in web/vendor/highlight.mjs, loaded
//     after the first paint), what a reader stepping through sees;
//   createCodeEditor: CodeMirror 6 (web/vendor/codemirror.mjs, imported
//     only when the reader asks to edit).
// Both show a marker on the running line, a dimmed marker with the
// object's name on every suspended generator's or coroutine's line, and the
// syntax error's line and column.  Program text is always set as text.
import { objectLabel } from '../narrate.mjs';
import { h, fill } from '../dom.mjs';
import { waitingMarks } from './waiting.mjs';

let cm = null;        // the CodeMirror module, loaded once per page
async function codemirror() {
  cm ??= await import('../../vendor/codemirror.mjs');
  return cm;
}

let highlighter = null;   // the Lezer parser and highlighter, loaded once per page
function lezer() {
  highlighter ??= import('../../vendor/highlight.mjs').catch(() => null);   // plain text if absent
  return highlighter;
}

/** Marks to show: [{ line, kind: 'running'|'suspended'|'waiting'|'error', label }] (t: the page's words). */
export function marksOf(snap, t = null) {
  if (!snap) return [];
  const marks = [];
  const top = snap.stack[0];
  if (snap.state === 'paused' && top) marks.push({ line: top.line, kind: 'running', label: null });
  for (const gen of snap.generators) {
    if (gen.library || gen.line === null || !/_SUSPENDED$/.test(gen.state)) continue;
    marks.push({ line: gen.line, kind: 'suspended', label: objectLabel(gen.name, gen.id) });
  }
  marks.push(...waitingMarks(snap, t));          // a deadlock: each waiting task's line, labelled
  const syntax = snap.end?.syntax_error;
  if (syntax?.line) {
    const where = syntax.column ? ` (${syntax.line}:${syntax.column})` : '';
    marks.push({ line: syntax.line, kind: 'error', label: `${syntax.type}: ${syntax.message}${where}`, column: syntax.column });
  }
  const last = snap.end?.frames?.at(-1);
  if (!syntax && last && snap.end.reason !== 'normal') marks.push({ line: last.line, kind: 'error', label: snap.end.exception ?? snap.end.message });
  return marks;
}


/** The read-only listing in `parent`: lines of highlighted text, then marks laid over them. */
export function createCodeView(parent, { source, label }) {
  const listing = h('div', { class: 'cs-source', role: 'region', 'aria-label': label, tabindex: '-1' });
  fill(parent, listing);
  let text = '';
  let shown = '';
  let marks = [];

  function draw() {
    const lines = text.replace(/\n$/, '').split('\n').map((line, i) =>
      h('div', { class: 'cs-line', 'data-line': String(i + 1) }, line));
    fill(listing, lines);
    shown = '';
    show(marks);
    lezer().then((lz) => { if (lz && listing.isConnected) colour(lz, lines); });
  }

  // syntax colours: each line's text replaced by spans of the same text
  function colour(lz, lines) {
    const drawn = text;
    const pieces = lines.map(() => []);
    let row = 0;
    lz.highlightCode(drawn, lz.parser.parse(drawn), lz.highlighter,
      (piece, classes) => pieces[row]?.push(classes ? h('span', { class: classes }, piece) : piece),
      () => { row++; });
    if (drawn !== text) return;                 // replaced meanwhile
    lines.forEach((line, i) => {
      const label = line.querySelector('.cs-mark-label');
      fill(line, pieces[i]);
      if (label) line.append(label);
    });
    shown = '';
    show(marks);
  }

  function show(next) {
    marks = next;
    const key = JSON.stringify(next);
    if (key === shown) return;
    shown = key;
    for (const line of listing.querySelectorAll('[data-mark]')) {
      line.removeAttribute('data-mark');
      line.className = 'cs-line';
      line.querySelector('.cs-mark-label')?.remove();
      const errorAt = line.querySelector('.cs-error-at');
      errorAt?.replaceWith(...errorAt.childNodes);
    }
    let scrollTo = null;
    for (const mark of next) {
      const line = listing.children[mark.line - 1];
      if (!line || line.dataset.mark) continue;        // the first mark of a line wins: the running one comes first
      line.classList.add(`cs-line-${mark.kind}`);
      line.dataset.mark = mark.kind;
      if (mark.column) markColumn(line, mark.column);
      if (mark.label) line.append(h('span', { class: `cs-mark-label cs-mark-${mark.kind}` }, mark.label));
      if (!scrollTo && (mark.kind === 'running' || mark.kind === 'error')) scrollTo = line;
    }
    // after the frame's other changes, so reading the line's position forces no extra layout mid-render
    if (scrollTo) requestAnimationFrame(() => scrollWithin(parent, scrollTo));
  }

  text = source;
  draw();
  return {
    get source() { return text; },
    set source(value) { text = value; draw(); },
    show,
    focus() { listing.focus(); },
    destroy() { listing.remove(); },
  };
}

/** Scrolls `box` (never the host page) just enough to show `line`. */
function scrollWithin(box, line) {
  const top = line.offsetTop - box.offsetTop;
  if (top < box.scrollTop) box.scrollTop = top;
  else if (top + line.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + line.offsetHeight - box.clientHeight;
}

/** Wraps the character at `column` (1-based; the line's last if past it) of a line in the error mark. */
function markColumn(line, column) {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let left = column - 1;
  let last = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('.cs-mark-label')) continue;
    last = node;
    if (left < node.length) return wrapChar(node, left);
    left -= node.length;
  }
  if (last?.length) wrapChar(last, last.length - 1);
}

function wrapChar(node, at) {
  const char = node.splitText(at);
  char.splitText(1);
  char.replaceWith(h('span', { class: 'cs-error-at' }, char.textContent));
}

/** Creates the CodeMirror editor in `parent` (inside the element's shadow root). */
export async function createCodeEditor(parent, root, { source, onEdit, label }) {
  const m = await codemirror();
  const setMarks = m.StateEffect.define();
  const marksField = m.StateField.define({
    create: () => m.Decoration.none,
    update(deco, tr) {
      deco = deco.map(tr.changes);
      for (const effect of tr.effects) if (effect.is(setMarks)) deco = effect.value;
      if (tr.docChanged) {                          // stale once edited
        deco = m.Decoration.none;
        shown = '';
      }
      return deco;
    },
    provide: (field) => m.EditorView.decorations.from(field),
  });

  class MarkLabel extends m.WidgetType {
    constructor(kind, text) { super(); this.kind = kind; this.text = text; }
    eq(other) { return other.kind === this.kind && other.text === this.text; }
    toDOM() {
      const span = document.createElement('span');
      span.className = `cs-mark-label cs-mark-${this.kind}`;
      span.textContent = this.text;                       // program text: never HTML
      return span;
    }
  }

  const highlight = m.HighlightStyle.define([
    { tag: m.tags.keyword, color: 'var(--syn-keyword)', fontWeight: '600' },
    { tag: [m.tags.string, m.tags.special(m.tags.string)], color: 'var(--syn-string)' },
    { tag: m.tags.comment, color: 'var(--syn-comment)', fontStyle: 'italic' },
    { tag: [m.tags.number, m.tags.bool, m.tags.null], color: 'var(--syn-number)' },
    { tag: [m.tags.function(m.tags.variableName), m.tags.function(m.tags.definition(m.tags.variableName))], color: 'var(--syn-function)' },
    { tag: m.tags.definition(m.tags.variableName), color: 'var(--syn-def)' },
    { tag: [m.tags.className, m.tags.definition(m.tags.className)], color: 'var(--syn-function)' },
  ]);

  const view = new m.EditorView({
    parent, root,
    state: m.EditorState.create({
      doc: source,
      extensions: [
        m.lineNumbers(), m.history(), m.python(), m.indentOnInput(), m.bracketMatching(),
        m.syntaxHighlighting(highlight), marksField, m.EditorView.lineWrapping,
        m.EditorView.theme({
          '&': { backgroundColor: 'var(--bg)', color: 'var(--fg)' },
          '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
          '.cm-content': { caretColor: 'var(--fg)' },
          '.cm-cursor': { borderLeftColor: 'var(--fg)' },
          '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--suspended-bg)' },
        }),
        m.keymap.of([...m.defaultKeymap, ...m.historyKeymap, m.indentWithTab]),
        m.EditorView.contentAttributes.of({ 'aria-label': label }),
        m.EditorView.updateListener.of((update) => {
          if (update.docChanged && update.transactions.some((tr) => tr.isUserEvent('input') || tr.isUserEvent('delete')
            || tr.isUserEvent('undo') || tr.isUserEvent('redo') || tr.isUserEvent('move'))) onEdit?.();
        }),
      ],
    }),
  });

  let shown = '';      // the marks on screen, to skip redrawing the same ones
  function show(marks) {
    const key = JSON.stringify(marks);
    if (key === shown) return;
    shown = key;
    const doc = view.state.doc;
    const ranges = [];
    // the running line first, so its class wins where a suspended mark shares it
    for (const mark of marks) {
      if (mark.line < 1 || mark.line > doc.lines) continue;
      const line = doc.line(mark.line);
      ranges.push(m.Decoration.line({ class: `cs-line-${mark.kind}`, attributes: { 'data-mark': mark.kind } }).range(line.from));
      if (mark.column && mark.column <= line.length + 1) {
        // the syntax error's column: one character marked (the line's end if past it)
        const at = Math.min(line.from + mark.column - 1, Math.max(line.to - 1, line.from));
        if (at < line.to) ranges.push(m.Decoration.mark({ class: 'cs-error-at' }).range(at, at + 1));
      }
      if (mark.label) ranges.push(m.Decoration.widget({ widget: new MarkLabel(mark.kind, mark.label), side: 1 }).range(line.to));
    }
    const effects = [setMarks.of(m.Decoration.set(ranges, true))];
    const running = marks.find((mark) => mark.kind === 'running' || mark.kind === 'error');
    if (running && running.line <= doc.lines) {
      effects.push(m.EditorView.scrollIntoView(doc.line(running.line).from, { y: 'nearest' }));
    }
    view.dispatch({ effects });                  // one update, one layout
  }

  return {
    view,
    focus() { view.focus(); },
    destroy() { view.destroy(); },
    get source() { return view.state.doc.toString(); },
    set source(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    show,
  };
}
