// Mistake: not a Neuron of their own — the engine's, imported and renamed (an import the page would refuse).
// Fails: "your Neuron is your own class" with "an instance of the engine's Neuron"
import { Neuron as EngineNeuron } from '../../../../engine/index.ts';

export class Neuron extends EngineNeuron {}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
