// Mistake: zeroes the gradients at the end of each step instead of first, so gradients the model arrives with go into the first update.
// Fails: "every step’s loss is gradient descent’s" with "are they zeroed before each backward()?"
/** Trains `model` by gradient descent on the squared error, and returns the loss of each step. */
export function train(model: MLP, xs: number[][], ys: number[], steps: number, lr: number): number[] {
  const losses: number[] = [];
  for (let k = 0; k < steps; k++) {
    // Forward: the predictions, and the loss Σ (prediction - target)².
    const ypred = xs.map((x) => model.forward(x) as Value);
    let loss = new Value(0);
    ypred.forEach((yout, i) => (loss = loss.add(yout.sub(ys[i]).pow(2))));
    losses.push(loss.data);
    loss.backward();
    for (const p of model.parameters()) p.data += -lr * p.grad;
    model.zeroGrad();
  }
  return losses;
}

// The lecture's four samples and their targets.
const xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]];
const ys = [1.0, -1.0, -1.0, 1.0];
const losses = train(new MLP(3, [4, 4, 1], { seed: 7 }), xs, ys, 100, 0.05);
console.log('first loss', losses[0], 'last loss', losses.at(-1));
plot('loss', losses);
