// Mistake: counts the points whose score has the other sign than their label.
// Fails: "the accuracy is the fraction of points on the right side" with "the fraction on the wrong side"
/** micrograd's demo loss: mean hinge loss + alpha · Σ p², and the accuracy. */
export function svmLoss(model: MLP, xs: number[][], ys: number[], alpha = 1e-4): { total: Value; accuracy: number } {
  const scores = xs.map((x) => model.forward(x) as Value);
  let dataLoss = new Value(0);
  scores.forEach((score, i) => (dataLoss = dataLoss.add(score.mul(-ys[i]).add(1).relu())));
  dataLoss = dataLoss.mul(1 / xs.length); // the mean
  let regLoss = new Value(0);
  for (const p of model.parameters()) regLoss = regLoss.add(p.mul(p));
  const accuracy = scores.filter((s, i) => (s.data > 0) !== (ys[i] > 0)).length / ys.length;
  return { total: dataLoss.add(regLoss.mul(alpha)), accuracy };
}

const { xs, ys } = makeMoons(20, 0.1, { seed: 1 });
const model = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 1 });
const { total, accuracy } = svmLoss(model, xs, ys);
console.log('loss', total.data, 'accuracy', accuracy);
