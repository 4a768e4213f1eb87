// micrograd's demo: a 2 → 16 → 16 → 1 ReLU network learns to separate two interleaving moons.
const { xs, ys } = makeMoons(100, 0.1, { seed: 42 });
const model = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 42 });

function loss() {
  const scores = xs.map((x) => model.forward(x));
  // max-margin ("SVM") loss: zero for a point on the right side by a margin of 1
  let data = new Value(0);
  scores.forEach((s, i) => (data = data.add(s.mul(-ys[i]).add(1).relu())));
  data = data.mul(1 / xs.length);
  // L2 regularization keeps the weights small
  let reg = new Value(0);
  for (const p of model.parameters()) reg = reg.add(p.mul(p));
  const accuracy = scores.filter((s, i) => (s.data > 0) === (ys[i] > 0)).length / ys.length;
  return { total: data.add(reg.mul(1e-4)), accuracy };
}

const losses: number[] = [];
const accuracies: number[] = [];
const predict = (x: number, y: number) => model.forward([x, y]).data;
for (let k = 0; k < 100; k++) {
  const { total, accuracy } = loss();
  model.zeroGrad();
  total.backward();
  const lr = 1.0 - (0.9 * k) / 100; // start with big steps, end with small ones
  for (const p of model.parameters()) p.data -= lr * p.grad;

  losses.push(total.data);
  accuracies.push(accuracy);
  plot('loss', losses);
  plot('accuracy', accuracies, { y: 'accuracy' });
  if (k % 10 === 0) plotBoundary('decision boundary', { predict, xs, ys });
  if (k % 10 === 0 || k === 99) console.log(`step ${k} loss ${total.data.toFixed(4)}, accuracy ${(accuracy * 100).toFixed(0)}%`);
}
plotBoundary('decision boundary', { predict, xs, ys });
console.log(`final accuracy: ${(loss().accuracy * 100).toFixed(0)}%`);
