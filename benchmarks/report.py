"""The small table every benchmark prints: figure, floor measured in the same run, ratio, target, verdict.

A missed target is printed as MISSED; the script still exits 0 so that ``make bench`` runs every
script, unless BENCH_STRICT=1 is set (then a missed target makes the script exit 1).
"""

from __future__ import annotations

import os

Row = tuple  # (label, figure, floor or None, max ratio or None, absolute limit or None)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "MB":
        return f"{value / 2**20:.0f} MB"
    return f"{value:.0f} {unit}"


def print_table(title: str, rows: list[Row], floor_label: str, unit: str = "s") -> bool:
    """Print the table; True when every target is met."""
    print(f"\n{title}\n{floor_label}")
    header = f"{'measure':<42} {'figure':>10} {'floor':>10} {'ratio':>7}  {'target':<28} verdict"
    print(header)
    print("-" * len(header))
    all_ok = True
    for label, figure, floor, max_ratio, limit in rows:
        ratio = figure / floor if floor else None
        parts, ok = [], True
        if max_ratio is not None:
            parts.append(f"<= {max_ratio:g}x floor")
            ok &= ratio is not None and ratio <= max_ratio
        if limit is not None:
            parts.append(f"< {_fmt(limit, unit)}")
            ok &= figure < limit
        all_ok &= ok
        print(f"{label:<42} {_fmt(figure, unit):>10} {_fmt(floor, unit):>10} "
              f"{(f'{ratio:.2f}x' if ratio is not None else '—'):>7}  {' and '.join(parts) or '—':<28} "
              f"{'met' if ok else 'MISSED'}")
    return all_ok


def exit_status(ok: bool) -> int:
    return 0 if ok or os.environ.get("BENCH_STRICT") != "1" else 1
