// Where the lecture's 0.7071066904050358 comes from: b becomes a float32 before .double().
const bExact = 6.8813735870195432;
const bFloat32 = torch.Tensor([bExact]).double().item();
console.log('b typed in:       ', bExact);
console.log('b after float32:  ', bFloat32);

// micrograd, all in float64:
const o64 = new Value(2).mul(-3).add(new Value(0).mul(1)).add(bExact).tanh();
// the same neuron, with b rounded to float32 first:
const o32 = new Value(2).mul(-3).add(new Value(0).mul(1)).add(bFloat32).tanh();
console.log('o with b exact:   ', o64.data);
console.log('o with b float32: ', o32.data);
