// The lecture's neuron in (emulated) PyTorch, exactly as the lecture writes it:
// each value made as a float32 tensor, then cast to float64 with .double().
const x1 = torch.Tensor([2.0]).double(); x1.requiresGrad = true;
const x2 = torch.Tensor([0.0]).double(); x2.requiresGrad = true;
const w1 = torch.Tensor([-3.0]).double(); w1.requiresGrad = true;
const w2 = torch.Tensor([1.0]).double(); w2.requiresGrad = true;
const b = torch.Tensor([6.8813735870195432]).double(); b.requiresGrad = true;
const n = x1.mul(w1).add(x2.mul(w2)).add(b);
const o = torch.tanh(n);

// pythonRepr prints a number the way Python's print() does (0.0, not 0).
console.log('forward pass:\no.data.item():', pythonRepr(o.item()));
o.backward();

console.log('---\nbackward pass (leaf node gradients):');
console.log('x1.grad.item():', pythonRepr(x1.grad!.item()));
console.log('w1.grad.item():', pythonRepr(w1.grad!.item()));
console.log('x2.grad.item():', pythonRepr(x2.grad!.item()));
console.log('w2.grad.item():', pythonRepr(w2.grad!.item()));
