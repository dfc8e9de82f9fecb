// code-text.mjs - the Python text of a highlighted code block, as a reader
// would copy it: the text of its code, with the line numbers, anchors,
// copy buttons and headers that Rouge, Chroma, Pygments (MkDocs) and Prism
// (Docusaurus) add left out.  Read from text nodes only, never as HTML.

// Parts of a highlighted block that are not the program.
const NOT_CODE = [
  'button', 'script', 'style', 'template',
  '.code-header',                                  // Chirpy's language label and copy button
  '.lineno', '.gutter', '.rouge-gutter',           // Rouge's line-number column
  '.lnt', '.ln', '.lntd:first-child',              // Chroma's line numbers (table and inline)
  '.linenos', '.linenodiv', '.filename',           // Pygments / MkDocs Material
  '.md-code__nav', '.md-clipboard',                // Material's copy button
  '[class*="codeBlockTitle"]', '[class*="buttonGroup"]', '[class*="codeLineNumber"]',   // Docusaurus
].join(', ');

/** The program text inside `block`: its text nodes, <br> as a newline, the parts above skipped. */
export function codeText(block) {
  const parts = [];
  collect(block, parts);
  return tidy(parts.join(''));
}

function collect(node, parts) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
    else if (child.nodeType !== Node.ELEMENT_NODE || child.matches(NOT_CODE)) continue;
    else if (child.localName === 'br') parts.push('\n');
    else collect(child, parts);
  }
}

/** Trailing blank lines dropped and one final newline, as a fenced block's source has. */
function tidy(text) {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n';
}

/** A <script type="text/x-python"> holding `source`, set as text (never HTML). */
export function inlineScript(source) {
  const script = document.createElement('script');
  script.type = 'text/x-python';
  script.textContent = source;
  return script;
}

/**
 * The program an element holds inline: a <script type="text/x-python">
 * child (exactly as written) or else a <pre> inside it (its text, so
 * highlighted markup is read as plain code); null when it has neither.
 */
export function inlineSource(element) {
  const script = element.querySelector(':scope > script[type="text/x-python"]');
  if (script) return script.textContent;
  // the first <pre> that is not a line-number column (Rouge nests one <pre> in another)
  const pre = [...element.querySelectorAll('pre')].find((p) => !p.closest(NOT_CODE));
  return pre ? codeText(pre) : null;
}
