"""Positions for big graphs, computed once in Python so the browser draws them at once with physics off.

A Fruchterman–Reingold layout in which each node is pushed by the centroids of a coarse grid of cells instead of
by every other node: O(nodes × cells) per step instead of O(nodes²), as matrix products. networkx's `spring_layout`
needs about two minutes for 10,000 nodes on two cores; this needs under two seconds and looks alike at the scale it
is seen.
"""

import networkx as nx
import numpy as np

GRID = 24
ITERATIONS = 35


def force_layout(graph: nx.Graph, scale: float = 1.0, seed: int = 1) -> dict[object, tuple[float, float]]:
    """Node -> (x, y), deterministic for a given graph and seed."""
    nodes = list(graph)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    count = len(nodes)
    pos = np.random.default_rng(seed).random((count, 2)).astype(np.float32)
    edges = np.array([(index[a], index[b]) for a, b in graph.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    k = np.float32(np.sqrt(1.0 / count))
    step = np.float32(0.1)
    for _ in range(ITERATIONS):
        disp = _repulsion(pos, k)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt((delta ** 2).sum(-1)) + np.float32(1e-6)
            pull = delta * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.sqrt((disp ** 2).sum(-1)) + np.float32(1e-9)
        pos += disp / length[:, None] * np.minimum(length, step)[:, None]
        step *= np.float32(0.93)
    pos = (pos - pos.mean(0)) * np.float32(scale)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def _repulsion(pos: np.ndarray, k: np.float32) -> np.ndarray:
    """Push of every node away from the mass of each occupied grid cell.

    Each push is `(p - c) * w` with `w = m k² / |p - c|²`; summed over cells that is `p Σw - W c`, two matrix
    products (distances from `|p|² + |c|² - 2 p·c`, in float64 so that near a cell's centre nothing cancels out).
    """
    low, high = pos.min(0), pos.max(0)
    cell = np.minimum(((pos - low) / (high - low + 1e-9) * GRID).astype(np.int64), GRID - 1)
    cell_id = cell[:, 0] * GRID + cell[:, 1]
    mass = np.bincount(cell_id, minlength=GRID * GRID)
    sums = np.stack([np.bincount(cell_id, weights=pos[:, d], minlength=GRID * GRID) for d in (0, 1)], 1)
    occupied = mass > 0
    centres = sums[occupied] / mass[occupied, None]
    points = pos.astype(np.float64)
    floor = float(k) ** 2 * 0.01
    dist2 = (points ** 2).sum(1)[:, None] + (centres ** 2).sum(1)[None, :] - 2 * points @ centres.T
    weights = mass[occupied] * float(k) ** 2 / (np.maximum(dist2, 0) + floor)
    return (points * weights.sum(1)[:, None] - weights @ centres).astype(np.float32)
