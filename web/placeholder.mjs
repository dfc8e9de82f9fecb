// placeholder.mjs - until the playground lands: load the engine and run a
// C coroutine through it, writing each step to the page (as text).
import { loadEngine } from './engine.mjs';

const status = document.getElementById('status');
const log = document.getElementById('log');
const say = (line) => { log.textContent += `${line}\n`; };

try {
  const engine = await loadEngine();
  status.textContent = `Engine ${engine.version} loaded.`;
  const counter = engine.counter(1, 1);
  for (const sent of [0, 10, 20, 30]) {
    const { value, status: state } = counter.resume(sent);
    say(`resume(${sent}) -> yielded ${value}, coroutine ${state}`);
  }
  const last = counter.resume(-1);
  say(`resume(-1) -> returned ${last.value}, coroutine ${last.status}`);
  counter.free();
  document.body.dataset.ready = 'yes';
} catch (error) {
  status.textContent = `The engine failed to load: ${error.message}`;
  document.body.dataset.ready = 'error';
}
