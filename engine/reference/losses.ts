// The losses the reference networks were trained and measured with, written as the lecture and micrograd's
// demo write them (same operations in the same order, so results match PyTorch to the last bits).
import type { MLP } from '../nn.ts';
import { Value } from '../value.ts';

/** The lecture's loss: the sum over samples of (prediction - target)². */
export function squaredErrorLoss(model: MLP, xs: number[][], ys: number[]): Value {
  const ypred = xs.map((x) => model.forward(x) as Value);
  let loss = new Value(0);
  ypred.forEach((yout, i) => (loss = loss.add(yout.sub(ys[i]).pow(2))));
  return loss;
}

/**
 * micrograd's demo loss: the SVM max-margin loss, mean of relu(1 - y·score), plus alpha·Σ p² to keep the
 * weights small. Returns the parts and the accuracy, as the demo prints them.
 */
export function svmLoss(model: MLP, xs: number[][], ys: number[], alpha = 1e-4) {
  const scores = xs.map((x) => model.forward(x) as Value);
  const losses = scores.map((score, i) => score.mul(-ys[i]).add(1).relu());
  let dataLoss = new Value(0);
  for (const l of losses) dataLoss = dataLoss.add(l);
  dataLoss = dataLoss.mul(1 / losses.length);
  let regLoss = new Value(0);
  for (const p of model.parameters()) regLoss = regLoss.add(p.mul(p));
  regLoss = regLoss.mul(alpha);
  const correct = scores.filter((score, i) => ys[i] > 0 === score.data > 0).length;
  return { total: dataLoss.add(regLoss), dataLoss, regLoss, accuracy: correct / ys.length };
}
