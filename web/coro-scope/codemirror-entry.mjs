// codemirror-entry.mjs - the parts of CodeMirror 6 the code panel uses,
// bundled by web/coro-scope/vendor.mjs into web/vendor/codemirror.mjs (one
// file, no bare imports, so the page needs no import map).
export { EditorState, StateField, StateEffect, RangeSetBuilder } from '@codemirror/state';
export { EditorView, Decoration, WidgetType, lineNumbers, keymap, highlightActiveLineGutter } from '@codemirror/view';
export { syntaxHighlighting, HighlightStyle, indentOnInput, bracketMatching } from '@codemirror/language';
export { python } from '@codemirror/lang-python';
export { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
export { tags } from '@lezer/highlight';
