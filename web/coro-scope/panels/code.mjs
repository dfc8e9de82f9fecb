// panels/code.mjs - the program in a CodeMirror 6 editor (web/vendor/
// codemirror.mjs, bundled by build.sh): line numbers, Python highlighting,
// a marker on the running line, a dimmed marker with the object's name on
// every suspended generator's or coroutine's line, and the syntax error's
// line.  Editing calls onEdit (the element then runs the new text afresh).
import { objectLabel } from '../narrate.mjs';
import { waitingMarks } from './waiting.mjs';

let cm = null;        // the CodeMirror module, loaded once per page
async function codemirror() {
  cm ??= await import('../../vendor/codemirror.mjs');
  return cm;
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

/** Creates the editor in `parent` (inside the element's shadow root). */
export async function createCodePanel(parent, root, { source, onEdit, label }) {
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
    get source() { return view.state.doc.toString(); },
    set source(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    show,
  };
}
