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
