// dom.mjs - builds elements from plain values.  Every string child becomes
// a Text node, so program text and reprs are never parsed as HTML.
//   h('div', { class: 'card', dataset: { id: 3 } }, 'text', otherNode)

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends strings (as text), nodes and nested arrays; skips null/false. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Empties an element and fills it with new children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}
