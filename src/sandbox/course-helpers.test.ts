import { expect, test } from 'vitest';
import { Value as EngineValue } from '../../engine/index.ts';
import { backward } from './course-helpers.ts';

/** The ops lesson's Value, cut down: each backward step logs its value's name before adding its share. */
class Node {
  name: string;
  data: number;
  prev: Node[];
  op: string;
  grad = 0;
  backwardStep: () => void = () => steps.push(this.name);

  constructor(name: string, data: number, prev: Node[] = [], op = '') {
    this.name = name;
    this.data = data;
    this.prev = prev;
    this.op = op;
  }

  add(that: Node, name: string): Node {
    const out = new Node(name, this.data + that.data, [this, that], '+');
    out.backwardStep = () => {
      steps.push(name);
      this.grad += out.grad;
      that.grad += out.grad;
    };
    return out;
  }

  mul(that: Node, name: string): Node {
    const out = new Node(name, this.data * that.data, [this, that], '*');
    out.backwardStep = () => {
      steps.push(name);
      this.grad += that.data * out.grad;
      that.grad += this.data * out.grad;
    };
    return out;
  }
}

let steps: string[] = [];

/** Every value's step ran once, and after the steps of every value that uses it. */
function expectEachAfterItsUsers(root: Node) {
  const all = new Set<Node>();
  const pending = [root];
  while (pending.length > 0) {
    const v = pending.pop()!;
    if (all.has(v)) continue;
    all.add(v);
    pending.push(...v.prev);
  }
  expect([...steps].sort()).toEqual([...all].map((v) => v.name).sort());
  for (const user of all) {
    for (const input of user.prev) expect(steps.indexOf(user.name), `${user.name} steps before ${input.name}`).toBeLessThan(steps.indexOf(input.name));
  }
}

test('on a diamond, a value used by two others steps after both, and its gradient has both shares', () => {
  steps = [];
  const a = new Node('a', 3);
  const b = a.mul(new Node('two', 2), 'b'); // b = 2a
  const c = a.add(new Node('one', 1), 'c'); // c = a + 1
  const d = b.mul(c, 'd'); // d = 2a(a + 1), dd/da = 4a + 2
  backward(d);
  expectEachAfterItsUsers(d);
  expect(d.grad).toBe(1);
  expect(a.grad).toBe(14);
  expect([b.grad, c.grad]).toEqual([4, 6]);
});

test('a value used twice by one op steps once, after that op, and gets both contributions', () => {
  steps = [];
  const a = new Node('a', 5);
  const b = a.mul(a, 'b'); // b = a², db/da = 2a
  const c = b.add(a, 'c'); // c = a² + a, dc/da = 2a + 1
  backward(c);
  expect(steps.filter((name) => name === 'a')).toHaveLength(1);
  expectEachAfterItsUsers(c);
  expect(a.grad).toBe(11);
});

test('a chain of 100,000 values is walked without overflowing the call stack', () => {
  steps = [];
  const one = new Node('one', 1);
  let v = new Node('x', 0);
  for (let i = 0; i < 100_000; i++) v = v.add(one, `v${i}`);
  backward(v);
  expect(one.grad).toBe(100_000);
});

test('a root that is not a value with prev and backwardStep is refused, naming what it got', () => {
  expect(() => backward(3 as never)).toThrow('backward(root): root should be a Value with prev and backwardStep; got a number 3.');
  expect(() => backward(undefined as never)).toThrow('got undefined.');
  expect(() => backward({ grad: 0, prev: [] } as never)).toThrow('got an object (Object) without backwardStep (a function).');
  expect(() => backward(new EngineValue(2) as never)).toThrow(/got a Value \(.*2.*\) without backwardStep \(a function\)\.$/);
  expect(() => backward({ backwardStep: () => {} } as never)).toThrow('without prev (an array).');
});

test('an input that is not a value with prev and backwardStep is refused, naming the op that holds it', () => {
  steps = [];
  const a = new Node('a', 2);
  const product = new Node('p', 6, [a, 3 as never], '*'); // a mul that forgot to wrap its number
  expect(() => backward(product)).toThrow("backward(root): a value made by '*' has a number 3 in its prev, not a Value with prev and backwardStep.");
  expect(steps).toEqual([]);
});
