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
