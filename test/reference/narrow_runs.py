#!/usr/bin/env python3
"""mlp and train in the narrow dtypes (fp8 and block-scaled), for
test/numeric/narrowRuns.test.ts: the cases and semantics of mlp_numpy.py and
train_numpy.py, with the rounding of narrow_numpy.py (itself checked against
the exact-fraction fixtures first).

Run:  python3 test/reference/narrow_runs.py
(writes test/fixtures/numeric/mlp/narrow_expected.json and train/narrow_expected.json)
"""
import json
import os

import mlp_numpy
import narrow_numpy
import train_numpy

NARROW = ['fp8-e4m3', 'fp8-e5m2', 'mxfp8-e4m3', 'mxfp8-e5m2', 'mxfp6-e3m2', 'mxfp6-e2m3', 'mxfp4', 'nvfp4']


def main():
    narrow_numpy.self_check()
    mlp = []
    for case in mlp_numpy.cases():
        expected = {d: [{k: mlp_numpy.encode(v) for k, v in layer.items()} for layer in mlp_numpy.run(case, d)] for d in NARROW}
        mlp.append({'name': case['name'], 'weights': case['name'] + '.json', 'activation': case['activation'],
                    'alpha': case.get('alpha'), 'loss': case['loss'], 'expected': expected})
    with open(os.path.join(mlp_numpy.OUT, 'narrow_expected.json'), 'w') as f:
        json.dump(mlp, f)
    steps = 25
    train = []
    for case in train_numpy.cases():
        runs = []
        for optimizer, lr in case['runs']:
            runs.append({'optimizer': optimizer, 'lr': lr,
                         'expected': {d: train_numpy.train(case, d, optimizer, lr, steps) for d in NARROW}})
        train.append({'name': case['name'], 'weights': case['name'] + '.json', 'activation': case['activation'],
                      'alpha': case.get('alpha'), 'head': case['head'], 'steps': steps, 'runs': runs})
    with open(os.path.join(train_numpy.OUT, 'narrow_expected.json'), 'w') as f:
        json.dump(train, f)


if __name__ == '__main__':
    main()
