// lazy.mjs - when an embedded playground is wanted: once it comes within
// about one viewport of being seen, or a reader focuses or touches it.
// Shared by web/embed.mjs (to import the element) and the element itself
// (to start its engine), so a long post with many embeds pays only for
// those a reader reaches.

const NEAR = '100% 0px';      // one viewport above and below

/** Resolves at once unless loading="lazy"; then when `element` is near the viewport, focused or touched. */
export function whenWanted(element) {
  if (element.getAttribute('loading') !== 'lazy' || element.matches(':focus-within')) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      for (const type of TOUCHES) element.removeEventListener(type, done);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) done();
    }, { rootMargin: NEAR });
    observer.observe(element);
    for (const type of TOUCHES) element.addEventListener(type, done);
  });
}

const TOUCHES = ['focusin', 'pointerdown'];
