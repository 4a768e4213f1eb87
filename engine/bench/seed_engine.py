"""The baseline for `npm run bench`: the seed's Python engine, timed on the same workloads as engine/bench/run.ts.

Value is the lecture notebook's class as written there (plus micrograd's relu, which the moons network needs);
Neuron, Layer and MLP are micrograd's nn.py. Prints one JSON object: milliseconds per step for each workload.
"""
import json
import math
import sys
import time


class Value:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += out.grad * 1.0
            other.grad += out.grad * 1.0
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += other * (self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out

    def __truediv__(self, other):
        return self * other**-1

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def tanh(self):
        x = self.data
        t = (math.exp(2*x) - 1)/(math.exp(2*x) + 1)
        out = Value(t, (self, ), 'tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward
        return out

    def relu(self):  # from micrograd's engine.py
        out = Value(0 if self.data < 0 else self.data, (self,), 'ReLU')

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)

        self.grad = 1.0
        for node in reversed(topo):
            node._backward()


# micrograd's nn.py
class Module:
    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0

    def parameters(self):
        return []


class Neuron(Module):
    def __init__(self, nin, nonlin='tanh'):
        self.w = [Value(0.0) for _ in range(nin)]
        self.b = Value(0.0)
        self.nonlin = nonlin

    def __call__(self, x):
        act = sum((wi*xi for wi, xi in zip(self.w, x)), self.b)
        return {'tanh': act.tanh, 'relu': act.relu}.get(self.nonlin, lambda: act)()

    def parameters(self):
        return self.w + [self.b]


class Layer(Module):
    def __init__(self, nin, nout, **kwargs):
        self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        out = [n(x) for n in self.neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]


class MLP(Module):
    def __init__(self, nin, nouts, hidden='tanh', output='tanh'):
        sz = [nin] + nouts
        self.layers = [Layer(sz[i], sz[i+1], nonlin=output if i == len(nouts)-1 else hidden)
                       for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]


def load(model, params):
    for layer, layer_params in zip(model.layers, params):
        for neuron, p in zip(layer.neurons, layer_params):
            for w, value in zip(neuron.w, p['w']):
                w.data = value
            neuron.b.data = p['b']


def training_step(model, xs, ys, lr):
    """Full batch: forward every sample, squared error, zero, backward, update."""
    ypred = [model(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data += -lr * p.grad
    return loss.data


def time_steps(step, warmup, runs):
    """Mean and median milliseconds per step over `runs` consecutive steps, after `warmup` untimed ones.

    The mean includes whatever the steps left for the garbage collector (the graph's closures form
    reference cycles, so Python's cyclic collector runs during the steps), as a learner waiting for
    training would see it; the median leaves most of that out.
    """
    for _ in range(warmup):
        step()
    times = []
    start_all = time.perf_counter()
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    mean = (time.perf_counter() - start_all) * 1000 / runs
    return {'mean': mean, 'median': sorted(times)[len(times) // 2]}


def main():
    networks = json.load(open(sys.argv[1]))
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    lecture, moons = networks['lecture_mlp'], networks['moons_mlp']

    lecture_model = MLP(3, [4, 4, 1])
    load(lecture_model, lecture['params'])
    # The seed's own architecture (tanh throughout) at the moons demo's size, and micrograd's ReLU version.
    moons_tanh = MLP(2, [16, 16, 1])
    load(moons_tanh, moons['params'])
    moons_relu = MLP(2, [16, 16, 1], hidden='relu', output='linear')
    load(moons_relu, moons['params'])

    print(json.dumps({
        'python': sys.version.split()[0],
        'lecture': time_steps(lambda: training_step(lecture_model, lecture['xs'], lecture['ys'], 0.05), 20, runs * 30),
        'moons_tanh': time_steps(lambda: training_step(moons_tanh, moons['xs'], moons['ys'], 0.001), 1, runs),
        'moons_relu': time_steps(lambda: training_step(moons_relu, moons['xs'], moons['ys'], 0.001), 1, runs),
    }))


if __name__ == '__main__':
    main()
