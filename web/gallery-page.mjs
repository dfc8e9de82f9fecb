// gallery-page.mjs - the playground page around one full-size <coro-scope>:
// the article's examples in its section order, in the element's language;
// the page's own colours and words follow the element's switches.
import './coro-scope.mjs';
import { GALLERY } from './coro-scope/gallery.mjs';

const WORDS = {
  ko: { compare: '10. 순차 · gather · create_task 나란히 보기 →', gallery: '글의 예제 (섹션 순서)', own: '직접 입력한 코드', tagline: '파이썬 제너레이터와 async/await가 한 단계씩 움직이는 모습을 봅니다. 모든 것이 브라우저 안에서 실행됩니다.' },
  en: { compare: '10. Sequential, gather, create_task side by side →', gallery: "The article's examples, in order", own: 'Your own code', tagline: 'Watch Python generators and async/await move, one step at a time. Everything runs in your browser.' },
};

const scope = document.getElementById('scope');
const list = document.getElementById('gallery');
const box = document.getElementById('gallery-box');
// narrow screens (the layout's one column) start with the gallery folded
const narrow = matchMedia('(max-width: 900px)');
box.open = !narrow.matches;
narrow.addEventListener('change', () => { box.open = !narrow.matches; });
scope.language = (navigator.language ?? 'ko').startsWith('ko') ? 'ko' : 'en';

function renderGallery() {
  const lang = scope.language;
  document.documentElement.lang = lang;
  document.getElementById('gallery-title').textContent = WORDS[lang].gallery;
  document.getElementById('tagline').textContent = WORDS[lang].tagline;
  document.getElementById('compare').textContent = WORDS[lang].compare;
  // before the first load the attribute names the example; after it, only
  // a program that still is a gallery example is marked
  const current = scope.snapshot ? scope.dataset.example : scope.getAttribute('example');
  // the folded gallery still says which example is shown (or that the code is the reader's own)
  const shown = GALLERY.find((example) => example.id === current);
  document.getElementById('gallery-current').textContent = shown ? `${shown.section}. ${shown.title[lang]}` : WORDS[lang].own;
  list.replaceChildren(...GALLERY.map((example) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.example = example.id;
    button.setAttribute('aria-current', String(example.id === current));
    const section = document.createElement('span');
    section.className = 'section';
    section.textContent = `${example.section}.`;
    button.append(section, document.createTextNode(example.title[lang]));
    button.addEventListener('click', () => {
      scope.loadExample(example.id);
      if (narrow.matches) box.open = false;     // on a phone, back to the playground
      scope.focus();
    });
    const item = document.createElement('li');
    item.append(button);
    return item;
  }));
}

scope.addEventListener('languagechange', renderGallery);
scope.addEventListener('loaded', renderGallery);
scope.addEventListener('themechange', (e) => { document.documentElement.dataset.theme = e.detail; });
renderGallery();

// a share link (#s=...): open its code at its step
const shared = new URLSearchParams(location.hash.slice(1)).get('s');
if (shared) {
  scope.ready.then(() => scope.openShared(shared)).catch((err) => console.warn('share link:', err.message));
}
