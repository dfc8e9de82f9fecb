// narrate.test.mjs - the Korean particles the step sentences choose
// (web/coro-scope/narrate.mjs): after a name, number or value the particle
// follows how a Korean reader reads the word aloud (받침 or not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { josa, narrate } from '../web/coro-scope/narrate.mjs';

// a sentence's parts as one string, names and values in backquotes
const flat = (parts) => parts.map((p) => (typeof p === 'string' ? p : `\`${p.code}\``)).join('');

test('particles follow the word as read aloud', () => {
  const table = {
    'Task-1': '이', 'Task-2': '가', 'main#1': '이', 'fetch#2': '가', '10.0': '이', None: '이',
    sleep: '이', check: '가', 'gather.<locals>._done_callback()': '이',   // 콜백
    "'b'": '가', '_run_until_complete_cb()': '가', x: '가', n: '이',    // letters spelt out: 비, 씨비, 엑스, 엔
    result_list: '가', module: '이',
  };
  const got = Object.fromEntries(Object.keys(table).map((word) => [word, josa(word, '이', '가')]));
  assert.deepEqual(got, table);
});

test('a task\'s next step joining the ready queue is said as such, not as a callback name', () => {
  const snap = { state: 'paused', event: { event: 'call_soon', value: 'Task-1 step' } };
  const said = narrate(snap);
  assert.equal(flat(said.ko), '`Task-1`이 준비 큐 맨 뒤에 줄을 섭니다. 차례가 오면 실행됩니다.');
  assert.equal(flat(said.en), '`Task-1` joins the end of the ready queue; it runs when its turn comes.');
});

test('a coroutine run by another coroutine is said to run through await, not next()', () => {
  const event = { event: 'gen_resume', line: 3, func: 'save', id: 3, kind: 'coroutine', verb: 'next', value: 'None', peer_id: 1, peer: 'main' };
  const snap = { state: 'paused', event, generators: [{ id: 3, kind: 'coroutine', name: 'save', library: false }] };
  const said = narrate(snap);
  assert.equal(flat(said.ko), '`main#1`이 await로 `save#3`을 실행합니다. 3번째 줄부터 이어서 실행됩니다.');
  assert.equal(flat(said.en), '`main#1` runs `save#3` through await, from line 3.');
});

test('a plain function handing back a coroutine it never ran is named common mistake 4', () => {
  const stack = [{ func: 'bad', line: 8, gen: null, locals: {} }, { func: 'main', line: 14, gen: 1, locals: {} }];
  const generators = [{ id: 1, kind: 'coroutine', name: 'main', state: 'CORO_RUNNING', library: false },
    { id: 2, kind: 'coroutine', name: 'fetch', state: 'CORO_CREATED', library: false, verb: null }];
  const made = narrate({ state: 'paused', stack, generators, tasks: [],
    event: { event: 'gen_create', line: 3, func: 'fetch', id: 2, kind: 'coroutine', peer: 'bad' } });
  assert.match(flat(made.ko), /`bad\(\)`는 보통 함수라서 .*`fetch#2`를 await할 수 없습니다.*\(흔한 실수 4\)/);
  assert.match(flat(made.en), /`bad\(\)` is a plain function.*\(common mistake 4\)/);
  const returned = narrate({ state: 'paused', stack, generators, tasks: [],
    event: { event: 'return', line: 8, func: 'bad', value: '<coroutine object fetch>' } });
  assert.match(flat(returned.ko), /^`bad\(\)`가 한 번도 실행되지 않은 코루틴 객체 `fetch#2`를 그대로 반환합니다\..*흔한 실수 4/);
  assert.match(flat(returned.en), /returning an un-run coroutine/);
  // a coroutine made right inside a coroutine is the plain "calling is not running"
  const direct = narrate({ state: 'paused', stack: stack.slice(1), generators, tasks: [],
    event: { event: 'gen_create', line: 3, func: 'fetch', id: 2, kind: 'coroutine', peer: 'main' } });
  assert.doesNotMatch(flat(direct.en), /mistake/);
});

test('the end sentence says what led there, not the end state the banner says', () => {
  const ended = (end, stdout = '') => narrate({ state: 'ended', event: null, stack: [], generators: [], tasks: [],
    output: { stdout, stderr: '' }, end });
  const normal = ended({ reason: 'normal', exit_status: 0, message: null }, 'first\ntotal 42\n');
  assert.match(flat(normal.ko), /마지막으로 `total 42`를 출력했습니다/);
  assert.match(flat(normal.en), /the last line it printed is `total 42`/);
  const exc = ended({ reason: 'exception', exit_status: 1, message: 'ZeroDivisionError: division by zero',
    exception: 'ZeroDivisionError: division by zero', frames: [{ file: 'main.py', func: '<module>', line: 4 }, { file: 'main.py', func: 'f', line: 2 }] });
  assert.equal(flat(exc.ko), '`f()`의 2번째 줄에서 발생한 `ZeroDivisionError: division by zero`를 아무 except도 잡지 않았습니다. 트레이스백은 콘솔에 있습니다.');
  const dead = ended({ reason: 'deadlock', exit_status: 4, message: '...', waiting_tasks: [
    { id: 1, name: 'Task-1', waits_on: { kind: 'task', id: 3, name: 'Task-2' } }, { id: 3, name: 'Task-2', waits_on: { kind: 'future', id: 2 } }] });
  assert.match(flat(dead.ko), /^`Task-1`은 `Task-2`를, `Task-2`는 `Future#2`를 기다립니다\./);
  assert.match(flat(dead.en), /^`Task-1` waits for `Task-2`, `Task-2` for `Future#2`/);
});
