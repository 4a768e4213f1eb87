"""The baseline for the GPT in `npm run bench` and the test that holds the TypeScript model to it.

The course's GPT (engine/gpt/), written again in plain Python with the standard library only: a scalar Value
whose ops return their local derivatives (as microgpt's does), the same layers in the same order, and Adam.
It reads the initial weights and the names to train on from a JSON file that the TypeScript side writes, so
both start from the same numbers, and prints one JSON object: the loss of each step and the milliseconds per
step.

    python3 gpt_port.py setup.json
"""
import json
import math
import sys
import time


class Value:
    __slots__ = ('data', 'grad', 'prev', 'local')

    def __init__(self, data, prev=(), local=()):
        self.data = data
        self.grad = 0.0
        self.prev = prev      # the values this one was made from
        self.local = local    # d(this)/d(prev[i]) for each

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def __pow__(self, k):
        return Value(self.data ** k, (self,), (k * self.data ** (k - 1),))

    def exp(self):
        e = math.exp(self.data)
        return Value(e, (self,), (e,))

    def log(self):
        return Value(math.log(self.data), (self,), (1 / self.data,))

    def relu(self):
        return Value(0 if self.data < 0 else self.data, (self,), (1.0 if self.data > 0 else 0.0,))

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return self * other ** -1

    def backward(self):
        order, seen, stack = [], set(), [(self, iter(self.prev))]
        seen.add(self)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                order.append(node)
            elif child not in seen:
                seen.add(child)
                stack.append((child, iter(child.prev)))
        for node in order:
            if node.prev:
                node.grad = 0.0
        self.grad += 1.0
        for node in reversed(order):
            for child, local in zip(node.prev, node.local):
                child.grad += local * node.grad


def dot(a, b):
    total = a[0] * b[0]
    for i in range(1, len(a)):
        total = total + a[i] * b[i]
    return total


def linear(x, w):
    return [dot(row, x) for row in w]


def softmax(logits):
    top = max(l.data for l in logits)
    exps = [(l - top).exp() for l in logits]
    total = exps[0]
    for e in exps[1:]:
        total = total + e
    return [e / total for e in exps]


def rmsnorm(x):
    mean_square = dot(x, x) / len(x)
    scale = (mean_square + 1e-5) ** -0.5
    return [xi * scale for xi in x]


def attention_weights(q, keys):
    scale = math.sqrt(len(q))
    return softmax([dot(q, k) / scale for k in keys])


def attend(weights, values):
    out = []
    for j in range(len(values[0])):
        total = weights[0] * values[0][j]
        for t in range(1, len(values)):
            total = total + weights[t] * values[t][j]
        out.append(total)
    return out


class GPT:
    def __init__(self, config, weights):
        self.n_embd, self.n_head = config['nEmbd'], config['nHead']
        self.block_size = config['blockSize']
        as_values = lambda m: [[Value(x) for x in row] for row in m]
        self.wte, self.wpe, self.lm_head = as_values(weights['wte']), as_values(weights['wpe']), as_values(weights['lmHead'])
        self.layers = [{name: as_values(m) for name, m in layer.items()} for layer in weights['layers']]

    def parameters(self):
        mats = [self.wte, self.wpe, self.lm_head]
        for layer in self.layers:
            mats += [layer[k] for k in ('attnWq', 'attnWk', 'attnWv', 'attnWo', 'mlpFc1', 'mlpFc2')]
        return [p for m in mats for row in m for p in row]

    def forward(self, token, pos, keys, values):
        head_size = self.n_embd // self.n_head
        x = [t + p for t, p in zip(self.wte[token], self.wpe[pos])]
        x = rmsnorm(x)
        for l, layer in enumerate(self.layers):
            residual = x
            x = rmsnorm(x)
            q = linear(x, layer['attnWq'])
            keys[l].append(linear(x, layer['attnWk']))
            values[l].append(linear(x, layer['attnWv']))
            heads = []
            for h in range(self.n_head):
                part = lambda v: v[h * head_size:(h + 1) * head_size]
                weights = attention_weights(part(q), [part(k) for k in keys[l]])
                heads += attend(weights, [part(v) for v in values[l]])
            x = [a + r for a, r in zip(linear(heads, layer['attnWo']), residual)]
            residual = x
            x = [h.relu() for h in linear(rmsnorm(x), layer['mlpFc1'])]
            x = [a + r for a, r in zip(linear(x, layer['mlpFc2']), residual)]
        return linear(x, self.lm_head)


def sequence_loss(model, tokens):
    n = min(model.block_size, len(tokens) - 1)
    keys, values = [[] for _ in model.layers], [[] for _ in model.layers]
    total = None
    for pos in range(n):
        probs = softmax(model.forward(tokens[pos], pos, keys, values))
        loss = -probs[tokens[pos + 1]].log()
        total = loss if total is None else total + loss
    return total * (1 / n)


def main():
    setup = json.load(open(sys.argv[1]))
    model = GPT(setup['config'], setup['weights'])
    params = model.parameters()
    lr, beta1, beta2, eps = setup['lr'], setup['beta1'], setup['beta2'], setup['eps']
    steps = len(setup['sequences'])
    m, v = [0.0] * len(params), [0.0] * len(params)
    losses, times = [], []
    for step, tokens in enumerate(setup['sequences']):
        start = time.perf_counter()
        loss = sequence_loss(model, tokens)
        loss.backward()
        lr_t = lr * (1 - step / setup['scheduleSteps'])
        t = step + 1
        for i, p in enumerate(params):
            m[i] = beta1 * m[i] + (1 - beta1) * p.grad
            v[i] = beta2 * v[i] + (1 - beta2) * p.grad * p.grad
            m_hat = m[i] / (1 - beta1 ** t)
            v_hat = v[i] / (1 - beta2 ** t)
            p.data -= (lr_t * m_hat) / (math.sqrt(v_hat) + eps)
            p.grad = 0.0
        times.append((time.perf_counter() - start) * 1000)
        losses.append(loss.data)
    print(json.dumps({'python': sys.version.split()[0], 'losses': losses, 'ms': times}))


if __name__ == '__main__':
    main()
