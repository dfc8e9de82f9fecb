// share.mjs - a share link's payload: the code, the language, the step
// size and the step, as JSON compressed with the browser's own
// CompressionStream (deflate-raw) and written in base64url, so a program
// fits in a URL fragment (which never reaches a server).

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(plain, (c) => c.charCodeAt(0));
}

/** { code, lang, granularity, step } -> a URL-safe string. */
export async function encodeShare(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The inverse; throws on anything that is not a share payload. */
export async function decodeShare(text) {
  const json = await pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'));
  const state = JSON.parse(new TextDecoder().decode(json));
  if (typeof state?.code !== 'string') throw new Error('share link: no code');
  return {
    code: state.code,
    lang: state.lang === 'en' ? 'en' : 'ko',
    granularity: ['line', 'coroutine', 'scheduler'].includes(state.granularity) ? state.granularity : 'line',
    step: Number.isInteger(state.step) && state.step >= 0 ? state.step : 0,
  };
}
