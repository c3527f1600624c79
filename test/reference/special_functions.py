#!/usr/bin/env python3
"""erf/erfc from Python's math module and every activation's f, f' from the numpy reference
(mlp_numpy.activation), at points across and beyond the usual range, for
test/numeric/activations.test.ts.  Run: python3 test/reference/special_functions.py"""
import json
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mlp_numpy import activation  # noqa: E402

xs = sorted(set([0.0, 1e-300, 1e-8, 0.1, 0.5, 1.0, 1.5, 1.99, 2.0, 2.01, 2.5, 3.0, 4.0, 5.5, 8.0, 12.0, 26.0, 30.0]
                + [float(v) for v in np.linspace(-9, 9, 181)]))
xs = sorted(set(xs + [-x for x in xs]))
ACTS = [('identity', None), ('relu', None), ('leaky-relu', 0.2), ('sigmoid', None), ('tanh', None),
        ('gelu', None), ('silu', None), ('elu', 0.7), ('softplus', None)]
z = np.array(xs)
out = {'x': xs, 'erf': [math.erf(x) for x in xs], 'erfc': [math.erfc(x) for x in xs], 'activations': []}
for name, alpha in ACTS:
    f, d = activation(name, alpha if alpha is not None else (0.01 if name == 'leaky-relu' else 1.0), z)
    out['activations'].append({'name': name, 'alpha': alpha, 'f': f.tolist(), 'df': d.tolist()})
path = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'numeric', 'special_functions.json')
with open(path, 'w') as fh:
    json.dump(out, fh)
print('wrote', len(xs), 'points')
