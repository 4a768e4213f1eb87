import { describe, expect, test } from 'vitest';
import { seedNeuron } from './test-utils.ts';
import { Value } from './value.ts';


describe('Value', () => {
  test('remembers its data, children, op and label like the seed', () => {
    const a = new Value(2, [], '', 'a');
    const b = new Value(-3, [], '', 'b');
    const c = a.mul(b);
    expect(c.data).toBe(-6);
    expect(c.prev).toEqual([a, b]);
    expect(c.op).toBe('*');
    expect(c.grad).toBe(0);
    expect(a.label).toBe('a');
    expect(a.op).toBe('');
  });

  test('made by hand from children, lists them and backward() uses its local derivatives', () => {
    const a = new Value(2, [], '', 'a');
    const b = new Value(-3, [], '', 'b');
    const square = new Value(4, [a], 'square');
    square.localGrads = ({ prev: [x] }) => [2 * x.data];
    const product = new Value(-6, [a, b], 'times');
    product.localGrads = ({ prev: [x, y] }) => [y.data, x.data];
    expect(square.prev).toEqual([a]);
    expect(product.prev).toEqual([a, b]);
    expect(new Value(1, []).prev).toEqual([]);
    square.add(product).backward();
    expect(a.grad).toBe(2 * 2 + -3); // d(a² + a·b)/da = 2a + b
    expect(b.grad).toBe(2);
  });

  test("prints the seed's repr", () => {
    expect(String(seedNeuron().o)).toBe('Value(data=0.7071067811865476)');
    expect(String(new Value(2))).toBe('Value(data=2.0)');
    expect(`${new Value(-0.5)}`).toBe('Value(data=-0.5)');
  });

  test('ops take plain numbers and label themselves as the seed does', () => {
    const a = new Value(3);
    expect(a.add(1).data).toBe(4);
    expect(a.mul(2).data).toBe(6);
    expect(a.sub(1).data).toBe(2);
    expect(a.div(2).data).toBe(1.5);
    expect(a.neg().data).toBe(-3);
    expect(a.pow(2).op).toBe('**2');
    expect(a.pow(-1).op).toBe('**-1');
    expect(a.add(1).op).toBe('+');
    expect(a.tanh().op).toBe('tanh');
    expect(a.exp().op).toBe('exp');
    expect(a.relu().op).toBe('ReLU');
    expect(a.log().op).toBe('log');
  });

  test('each op has the local derivative the lesson derives', () => {
    const grad = (f: (x: Value) => Value, x: number) => {
      const v = new Value(x);
      f(v).backward();
      return v.grad;
    };
    expect(grad((x) => x.add(5), 2)).toBe(1);
    expect(grad((x) => x.mul(5), 2)).toBe(5);
    expect(grad((x) => x.pow(3), 2)).toBe(12);
    expect(grad((x) => x.div(4), 2)).toBe(0.25);
    expect(grad((x) => new Value(1).div(x), 2)).toBe(-0.25);
    expect(grad((x) => x.neg(), 2)).toBe(-1);
    expect(grad((x) => new Value(10).sub(x), 2)).toBe(-1);
    expect(grad((x) => x.exp(), 1)).toBe(Math.E);
    expect(grad((x) => x.log(), 4)).toBe(0.25);
    expect(grad((x) => x.tanh(), 0)).toBe(1);
    expect(grad((x) => x.relu(), 2)).toBe(1);
    expect(grad((x) => x.relu(), -2)).toBe(0);
    expect(grad((x) => x.relu(), 0)).toBe(0);
  });
});

describe('backward()', () => {
  test("gives the seed's neuron the gradients of the lesson", () => {
    const { x1, x2, w1, w2, b, n, o } = seedNeuron();
    o.backward();
    expect(o.grad).toBe(1);
    expect(n.grad).toBeCloseTo(0.5, 15);
    expect(x1.grad).toBeCloseTo(-1.5, 15);
    expect(w1.grad).toBeCloseTo(1.0, 15);
    expect(x2.grad).toBeCloseTo(0.5, 15);
    expect(w2.grad).toBe(0);
    expect(b.grad).toBeCloseTo(0.5, 15);
  });

  test('accumulates into a value used twice: a + a gives a.grad = 2', () => {
    const a = new Value(3);
    const b = a.add(a);
    b.backward();
    expect(a.grad).toBe(2);
    const c = new Value(-2);
    const d = c.mul(c); // c² → 2c
    d.backward();
    expect(c.grad).toBe(-4);
  });

  test('called twice, doubles every leaf gradient, as PyTorch does', () => {
    const { x1, w1, o } = seedNeuron();
    o.backward();
    const once = [x1.grad, w1.grad];
    o.backward();
    expect([x1.grad, w1.grad]).toEqual(once.map((g) => 2 * g));
    expect(o.grad).toBe(1);
  });

  test('backward of a leaf on its own gives it gradient 1', () => {
    const a = new Value(5);
    a.backward();
    expect(a.grad).toBe(1);
  });

  test('a 1,000,000-node chain does not overflow the stack', () => {
    const x = new Value(1);
    let y = x;
    for (let i = 0; i < 1_000_000; i++) y = y.add(1);
    y.backward();
    expect(y.data).toBe(1_000_001);
    expect(x.grad).toBe(1);
  });
});

describe('numbers behave as in PyTorch', () => {
  test('tanh(±1000) is exactly ±1, with derivative 0', () => {
    for (const sign of [1, -1]) {
      const x = new Value(1000 * sign);
      const t = x.tanh();
      t.backward();
      expect(t.data).toBe(sign);
      expect(x.grad).toBe(0);
    }
  });

  test('exp overflows to Infinity', () => {
    expect(new Value(1000).exp().data).toBe(Infinity);
  });

  test('a fractional power of a negative number is NaN', () => {
    expect(new Value(-8).pow(1 / 3).data).toBeNaN();
  });

  test('log of 0 is -Infinity and of a negative number NaN', () => {
    expect(new Value(0).log().data).toBe(-Infinity);
    expect(new Value(-1).log().data).toBeNaN();
  });
});

describe('bad input says which op and what it got', () => {
  const a = new Value(1);
  test.each([
    ['add', () => a.add('2' as never), /^add: expected a Value or a number, got the string "2"$/],
    ['mul', () => a.mul(undefined as never), /^mul: expected a Value or a number, got undefined$/],
    ['sub', () => a.sub({} as never), /^sub: expected a Value or a number, got an object \(Object\)$/],
    ['div', () => a.div(null as never), /^div: expected a Value or a number, got null$/],
    ['data', () => new Value('3' as never), /^Value: data must be a number, got the string "3"$/],
    ['data undefined', () => new Value(undefined as never), /^Value: data must be a number, got undefined$/],
    ['pow with a Value', () => a.pow(new Value(2) as never), /^pow: only number exponents are supported, got a Value \(Value\(data=2\.0\)\)$/],
    ['pow with a string', () => a.pow('2' as never), /^pow: only number exponents are supported, got the string "2"$/],
    ['children not an array', () => new Value(1, 5 as never), /^Value: children must be an array of Values, got a number 5$/],
    ['a child that is a number', () => new Value(1, [2] as never), /^Value: children must be Values, got a number 2$/],
    ['three children', () => new Value(1, [a, a, a]), /^Value: a value is made from one or two others \(an op's inputs\), got 3 children$/],
  ])('%s', (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
