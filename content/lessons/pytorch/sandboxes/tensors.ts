// PyTorch works on tensors — arrays of numbers — and by default in float32.
const tensor1 = torch.Tensor([[1, 2, 3], [4, 5, 6]]);
console.log(String(tensor1));
console.log(String(tensor1.shape), '\n');

// Python's floats are float64; PyTorch's default is float32.
const scalar1 = torch.Tensor([2.0]);
console.log(String(scalar1), scalar1.dtype);

// .double() casts to float64.
const scalar2 = torch.Tensor([2.0]).double();
console.log(String(scalar2), scalar2.dtype);
