// highlight-entry.mjs - Python syntax colours for the read-only code view
// (panels/code.mjs): the Lezer Python parser CodeMirror itself uses, with
// token classes the element's styles colour.  Bundled by vendor.mjs into
// web/vendor/highlight.mjs, a small file apart from the editor.
import { tagHighlighter, tags as t } from '@lezer/highlight';

export { parser } from '@lezer/python';
export { highlightCode } from '@lezer/highlight';

export const highlighter = tagHighlighter([
  { tag: t.keyword, class: 'tok-keyword' },
  { tag: [t.string, t.special(t.string)], class: 'tok-string' },
  { tag: t.comment, class: 'tok-comment' },
  { tag: [t.number, t.bool, t.null], class: 'tok-number' },
  { tag: [t.function(t.variableName), t.function(t.definition(t.variableName))], class: 'tok-function' },
  { tag: t.definition(t.variableName), class: 'tok-def' },
  { tag: [t.className, t.definition(t.className)], class: 'tok-function' },
]);
