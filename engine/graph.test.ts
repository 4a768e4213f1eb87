import { describe, expect, test } from 'vitest';
import { drawDot, topologicalOrder, trace } from './graph.ts';
import { seededRandom } from './random.ts';
import { seedNeuron } from './test-utils.ts';
import { Value } from './value.ts';


describe('topologicalOrder', () => {
  test('puts every value after its children, each once', () => {
    const a = new Value(1, [], '', 'a');
    const b = a.mul(a);
    const c = b.add(a);
    const order = topologicalOrder(c);
    expect(order).toEqual([a, b, c]);
  });

  test("orders values as the seed's recursive build_topo does, value for value, sort after sort", () => {
    // The seed's build_topo, recursion and a visited set.
    const buildTopo = (root: Value): Value[] => {
      const topo: Value[] = [];
      const visited = new Set<Value>();
      const build = (v: Value) => {
        if (visited.has(v)) return;
        visited.add(v);
        for (const child of v.prev) build(child);
        topo.push(v);
      };
      build(root);
      return topo;
    };
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
      // Random DAGs: values made from 0 to 2 earlier ones, often the same one twice, shared between later ones.
      const values = [new Value(0)];
      for (let i = 0; i < 60; i++) {
        const children = Array.from({ length: Math.floor(random() * 3) }, () => pick(values));
        values.push(new Value(i, children));
      }
      // Roots sorted one after another, whose graphs overlap: the marks an earlier sort left must not matter.
      for (const root of [values[60], pick(values), values[60], pick(values)]) {
        const ids = (order: Value[]) => order.map((v) => values.indexOf(v));
        expect(ids(topologicalOrder(root))).toEqual(ids(buildTopo(root)));
      }
    }
  });

  test('handles a 1,000,000-deep chain without recursion', () => {
    let v = new Value(0);
    for (let i = 0; i < 1_000_000; i++) v = v.add(1);
    expect(topologicalOrder(v)).toHaveLength(2_000_001); // each add also wraps its constant 1
  });
});

describe('trace', () => {
  test("lists the seed's neuron's 10 values and 9 edges", () => {
    const { nodes, edges } = trace(seedNeuron().o);
    expect(nodes.map((n) => n.label).sort()).toEqual(
      ['b', 'n', 'o', 'w1', 'w2', 'x1', 'x1*w1', 'x1*w1 + x2*w2', 'x2', 'x2*w2'].sort(),
    );
    expect(edges).toHaveLength(9);
    for (const [child, parent] of edges) expect(parent.prev).toContain(child);
  });

  test('a value used twice by one op gets one edge, as in the seed', () => {
    const a = new Value(3, [], '', 'a');
    expect(trace(a.add(a)).edges).toHaveLength(1);
  });
});

describe('drawDot', () => {
  test("draws the seed's picture: record nodes with data and grad, op nodes, left to right", () => {
    const o = seedNeuron().o;
    o.backward();
    const dot = drawDot(o);
    expect(dot).toMatch(/^digraph \{\n {2}graph \[rankdir=LR\];/);
    expect(dot).toContain('[label="{ o | data 0.7071 | grad 1.0000 }", shape=record];');
    expect(dot).toContain('[label="{ x1 | data 2.0000 | grad -1.5000 }", shape=record];');
    expect(dot).toContain('[label="{ w2 | data 1.0000 | grad 0.0000 }", shape=record];');
    expect(dot.match(/shape=record/g)).toHaveLength(10);
    expect(dot.match(/_op \[label="(\+|\*|tanh)"\]/g)).toHaveLength(5); // 2 ×, 2 +, 1 tanh
    expect(dot.match(/->/g)).toHaveLength(9 + 5); // child → op, and op → its result
  });

  test('is deterministic and escapes labels that would break a record', () => {
    const a = new Value(1, [], '', 'a|{b}<c> "q"');
    const dot = drawDot(a.tanh());
    expect(dot).toBe(drawDot(a.tanh()));
    expect(dot).toContain('{ a\\|\\{b\\}\\<c\\> \\"q\\" | data 1.0000 | grad 0.0000 }');
  });

  test('can draw top to bottom', () => {
    expect(drawDot(new Value(1), { rankdir: 'TB' })).toContain('rankdir=TB');
  });
});
