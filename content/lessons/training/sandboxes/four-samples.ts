// The lecture's four samples: three inputs each, and the output we want for each.
const xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]];
const ys = [1.0, -1.0, -1.0, 1.0];
const mlp = new MLP(3, [4, 4, 1], { seed: 7 });
const lr = 0.05; // the learning rate: how big a step each update takes

const losses: number[] = [];
for (let k = 0; k < 60; k++) {
  // forward: predictions, and how wrong they are (sum of squared errors)
  const ypred = xs.map((x) => mlp.forward(x));
  let loss = new Value(0);
  ypred.forEach((yout, i) => (loss = loss.add(yout.sub(ys[i]).pow(2))));

  // backward: clear the old gradients, compute the new ones
  mlp.zeroGrad();
  loss.backward();

  // update: a small step against the gradient
  for (const p of mlp.parameters()) p.data += -lr * p.grad;

  losses.push(loss.data);
  plot('loss', losses);
}
console.log('loss', losses[0].toFixed(4), '→', losses.at(-1)!.toFixed(4));
console.log('predictions', xs.map((x) => mlp.forward(x).data.toFixed(3)).join(', '), 'targets', ys.join(', '));
