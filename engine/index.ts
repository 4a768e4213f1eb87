/**
 * micrograd in TypeScript: the whole public API of the engine, in one place.
 */
export { Value, type Operand } from './value.ts';
export { Module, Neuron, Layer, MLP, type Activation, type NeuronOptions, type MLPOptions, type Outputs } from './nn.ts';
export { topologicalOrder, trace, drawDot, type DrawOptions } from './graph.ts';
export { traceBackward, type BackwardStep, type Contribution } from './backward-trace.ts';
export { seededRandom } from './random.ts';
export { pythonRepr } from './format.ts';
export { Tensor, Size, torch, type DType } from './tensor.ts';
export { makeMoons, type Dataset } from './datasets.ts';
export { GPT, type GPTConfig, type GPTOptions, type KVCache, type ForwardTrace, type Block, type Matrix } from './gpt/model.ts';
export { dot, linear, softmax, rmsnorm, attentionWeights, attend } from './gpt/layers.ts';
export { CharTokenizer } from './gpt/tokenizer.ts';
export { Adam, type AdamOptions } from './gpt/adam.ts';
export { probabilities, drawIndex, generate } from './gpt/sample.ts';
export { sequenceLoss, trainStep, decayedLearningRate, shuffled } from './gpt/train.ts';
export { namesFromText } from './gpt/names.ts';
