// panels/repr.mjs - a repr or name shown as text that wraps only between
// words.  Long reprs (a list of forty numbers, a long string, a URL) used
// to break anywhere, even inside a word; here the browser may break at
// spaces and after punctuation (a <wbr> after , / ( [ { = : and after a
// '.' before a name), never inside a run of letters, digits and '_', nor
// inside a number (10.5) or the '...' of a cut repr.  A word
// wider than its cell is cut with an ellipsis; the whole text is the title.
import { h } from '../dom.mjs';

// after these, a line may break (when something other than a space follows)
const BREAK_AFTER = /(?<=[,/([{=:])(?=\S)|(?<=\.)(?=[\p{L}_<])/u;

/** A span with the text (as text nodes) and break opportunities between its words. */
export function repr(text, cls = 'cs-repr') {
  const value = String(text ?? '');
  const pieces = value.split(BREAK_AFTER).flatMap((piece, i) => (i ? [h('wbr'), piece] : [piece]));
  return h('span', { class: cls, title: value }, pieces);
}
