#!/usr/bin/env python3
"""Flat CPU profile of a `perf record -g` run of the composite ReadyToRun build, its precompiled frames named.

perf names jitted code from /tmp/perf-PID.map (DOTNET_PerfMapEnabled=1), but code precompiled into the composite image
(networkgraph.r2r.dll, a PE file) shows as bare offsets. The image's .r2rmap (PublishReadyToRunEmitSymbols=true) gives
each method's RVA; an offset perf reports plus the image's section delta (RVA minus file offset of .text) is that RVA.

usage: perf script -i perf.data --show-mmap-events | r2rprof.py IMAGE.r2r.dll MAP.r2rmap [--inclusive] [--top N]
       [--thread PREFIX] [--having NAME] [--skip NAME,NAME] [--from SECONDS --to SECONDS]
"""
import argparse
import bisect
import collections
import re
import struct
import sys


def text_delta(image):
    """RVA minus file offset of the image's .text section."""
    data = open(image, 'rb').read(4096)
    pe = struct.unpack_from('<I', data, 0x3c)[0]
    sections = struct.unpack_from('<H', data, pe + 6)[0]
    optional = struct.unpack_from('<H', data, pe + 20)[0]
    for i in range(sections):
        at = pe + 24 + optional + 40 * i
        if data[at:at + 8].rstrip(b'\0') == b'.text':
            rva, raw = struct.unpack_from('<I', data, at + 12)[0], struct.unpack_from('<I', data, at + 20)[0]
            return rva - raw
    raise SystemExit(f'{image}: no .text section')


def load_map(path):
    starts, methods = [], []
    for line in open(path, encoding='utf-8', errors='replace'):
        parts = line.rstrip('\n').split(' ', 2)
        if len(parts) < 3:
            continue
        rva = int(parts[0], 16)
        if rva >= 0xF0000000:  # header records
            continue
        starts.append(rva)
        methods.append((int(parts[1], 16), parts[2]))
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [methods[i] for i in order]


def short(name):
    name = re.sub(r'\(.*', '', name).split(' ')[-1]
    return name[-120:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('image')
    ap.add_argument('map')
    ap.add_argument('--inclusive', action='store_true', help='count every function on the stack, not only the leaf')
    ap.add_argument('--top', type=int, default=50)
    ap.add_argument('--thread', help='only samples of threads whose name starts so')
    ap.add_argument('--having', help='only samples with a frame containing this')
    ap.add_argument('--skip', default='', help='leaf frames containing these (comma-separated) give way to their callers')
    ap.add_argument('--from', dest='start', type=float, default=0.0, help='seconds after the first sample')
    ap.add_argument('--to', dest='end', type=float, default=float('inf'))
    a = ap.parse_args()
    delta = text_delta(a.image)
    starts, methods = load_map(a.map)
    skip = [s for s in a.skip.split(',') if s]

    def name(address, symbol, dso):
        if 'r2r.dll' in dso:
            i = bisect.bisect_right(starts, address + delta) - 1
            if i >= 0 and address + delta < starts[i] + max(methods[i][0], 1):
                return short(methods[i][1])
            return 'r2r?'
        if 'kernel.kallsyms' in dso:
            return '[k]' + symbol.split('+')[0]
        if symbol == '[unknown]':
            return dso.strip('()').split('/')[-1]
        return re.sub(r'\+0x[0-9a-f]+$', '', symbol)[-120:]

    counts = collections.Counter()
    total = 0
    first = None
    sample = None

    def flush():
        nonlocal total
        if sample is None:
            return
        thread, time, frames = sample
        if a.thread and not thread.startswith(a.thread):
            return
        if not a.start <= time - first <= a.end:
            return
        if a.having and not any(a.having in f for f in frames):
            return
        total += 1
        if a.inclusive:
            for f in set(frames):
                counts[f] += 1
            return
        leaf = next((f for f in frames if not any(s in f for s in skip)), None)
        if leaf is not None:
            counts[leaf] += 1

    for line in sys.stdin:
        if not line.strip():
            flush()
            sample = None
        elif line[0] not in ' \t':
            m = re.match(r'\s*(.+?)\s+\d+\s+([\d.]+):\s+\d*\s*\S*:?\s*$', line) or re.match(r'\s*(.+?)\s+\d+\s+([\d.]+):', line)
            if m and 'PERF_RECORD' not in line:
                time = float(m.group(2))
                first = time if first is None else first
                sample = (m.group(1), time, [])
        elif sample is not None:
            parts = line.strip().split(' ', 1)
            try:
                address = int(parts[0], 16)
            except ValueError:
                continue
            rest = parts[1] if len(parts) > 1 else ''
            m = re.match(r'(.*) (\(.*\))$', rest)
            symbol, dso = (m.group(1), m.group(2)) if m else (rest, '')
            sample[2].append(name(address, symbol, dso))
    flush()
    print(f'samples {total}')
    for function, n in counts.most_common(a.top):
        print(f'{100 * n / max(total, 1):6.2f}%  {function}')


if __name__ == '__main__':
    main()
