// Property: on random graphs, backward() agrees with the derivative measured by central finite differences.
import { describe, expect, test } from 'vitest';
import { topologicalOrder } from './graph.ts';
import { seededRandom } from './random.ts';
import { Value } from './value.ts';

type Op = (a: Value, b: Value, random: () => number) => Value;

// Smooth ops only, on inputs kept away from their kinks and poles, so that finite differences are accurate.
const OPS: Op[] = [
  (a, b) => a.add(b),
  (a, b) => a.sub(b),
  (a, b) => a.mul(b),
  (a, b) => a.div(b.mul(b).add(1)), // denominator >= 1
  (a) => a.tanh(),
  (a) => a.mul(0.5).tanh().exp(), // exp of something in (-1, 1)
  (a) => a.neg(),
  (a) => a.mul(a).add(1).log(), // log of something >= 1
  (a) => a.mul(a).add(1).pow(0.5),
  (a, _, random) => a.pow(2 + Math.floor(random() * 2)),
  (a) => a.add(3).relu(), // relu where its input stays far from 0 for |a| < 2
];

/** A random graph over `leaves`, reusing earlier nodes (so gradients must accumulate). */
function randomGraph(leaves: Value[], random: () => number, size: number): Value {
  const nodes = [...leaves];
  const pick = () => nodes[Math.floor(random() * nodes.length)];
  for (let i = 0; i < size; i++) {
    const op = OPS[Math.floor(random() * OPS.length)];
    // Squash each result back into (-1, 1) so values stay in the ops' comfortable ranges.
    nodes.push(op(pick(), pick(), random).tanh());
  }
  let out = nodes[nodes.length - 1];
  for (const leaf of leaves) out = out.add(leaf.mul(0)); // every leaf is in the graph, possibly with gradient 0
  return out;
}

describe('backward() matches central finite differences', () => {
  test.each(Array.from({ length: 200 }, (_, i) => i))('random graph #%i', (seed) => {
    const random = seededRandom(seed);
    const inputs = Array.from({ length: 4 }, () => random() * 2 - 1);
    const size = 3 + Math.floor(random() * 12);
    // The same seed gives the same graph shape at every evaluation point.
    const build = (xs: number[]) => {
      const leaves = xs.map((x) => new Value(x));
      return { leaves, out: randomGraph(leaves, seededRandom(1000 + seed), size) };
    };
    const { leaves, out } = build(inputs);
    out.backward();
    const h = 1e-6;
    inputs.forEach((x, i) => {
      const plus = build(inputs.map((v, j) => (j === i ? x + h : v))).out.data;
      const minus = build(inputs.map((v, j) => (j === i ? x - h : v))).out.data;
      const numeric = (plus - minus) / (2 * h);
      expect(Math.abs(leaves[i].grad - numeric), `leaf ${i}: autograd ${leaves[i].grad}, numeric ${numeric}`).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(numeric)),
      );
    });
  });
});

describe("backward()'s written-out + and × (its fast path) give what every op's localGrads give", () => {
  /** The chain rule from localGrads alone, for every node: what backward() did before it wrote + and × out. */
  function backwardByLocalGrads(root: Value): void {
    const topo = topologicalOrder(root);
    for (const node of topo) if (node.prev.length > 0) node.grad = 0;
    root.grad += 1;
    for (let i = topo.length - 1; i >= 0; i--) {
      const node = topo[i];
      const local = node.localGrads(node);
      for (let j = 0; j < local.length; j++) node.prev[j].grad += local[j] * node.grad;
    }
  }

  test.each(Array.from({ length: 100 }, (_, i) => i))('random graph #%i: every gradient identical, bit for bit', (seed) => {
    const build = () => {
      const random = seededRandom(seed);
      const leaves = Array.from({ length: 4 }, () => new Value(random() * 2 - 1));
      // Sums and products of reused values, between the other ops: a + a, a * a and chains of both.
      const out = randomGraph(leaves, random, 20).mul(leaves[0]).add(leaves[1].mul(leaves[1])).add(leaves[2].add(leaves[2]));
      return { out, nodes: topologicalOrder(out) };
    };
    const fast = build();
    const reference = build();
    fast.out.backward();
    backwardByLocalGrads(reference.out);
    expect(fast.nodes.map((v) => v.grad)).toEqual(reference.nodes.map((v) => v.grad));
  });
});
