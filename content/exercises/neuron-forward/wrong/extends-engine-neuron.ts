// Mistake: not a Neuron of their own — extends the engine's Neuron, which this exercise does not put in scope.
// Fails: "your Neuron is your own class" with "Class extends value undefined"
type EngineNeuronClass = new (nin: number) => { w: Value[]; b: Value; forward(x: number[]): Value; parameters(): Value[] };
const EngineNeuron = (globalThis as unknown as Record<string, EngineNeuronClass>).Neuron;

export class Neuron extends EngineNeuron {}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
