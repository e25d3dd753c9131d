"""Window functions over frames sorted by their group keys.

`expr.over(keys)` hashes the keys and scatters results back on every call, which costs
far more than the computation itself on the short per-letter groups of this package. When
a frame is sorted so that each group's rows are contiguous (and in the order the window
needs), the same results come from whole-column operations masked at group boundaries.
Each helper here requires that sort order of its caller.
"""
from __future__ import annotations

import polars as pl


def _same_group(keys: tuple[str, ...], n: int = 1) -> pl.Expr:
    """Whether the row `n` rows up (down for negative n) belongs to the same group."""
    return pl.all_horizontal([pl.col(k) == pl.col(k).shift(n) for k in keys]).fill_null(False)


def group_start(*keys: str) -> pl.Expr:
    """True on the first row of each group."""
    return ~_same_group(keys)


def shift_in(expr: pl.Expr | str, *keys: str, n: int = 1) -> pl.Expr:
    """`expr.shift(n).over(keys)`."""
    expr = pl.col(expr) if isinstance(expr, str) else expr
    return pl.when(_same_group(keys, n)).then(expr.shift(n))


def row_in(*keys: str) -> pl.Expr:
    """`pl.int_range(pl.len()).over(keys)`: each row's position in its group."""
    row = pl.int_range(pl.len(), dtype=pl.Int64)
    return row - pl.when(group_start(*keys)).then(row).forward_fill()


def cum_sum_in(expr: pl.Expr | str, *keys: str) -> pl.Expr:
    """`expr.cum_sum().over(keys)` for integer or boolean `expr` without nulls."""
    expr = pl.col(expr) if isinstance(expr, str) else expr
    total = expr.cum_sum()
    return total - pl.when(group_start(*keys)).then(total - expr).forward_fill()


def forward_fill_in(expr: pl.Expr | str, *keys: str) -> pl.Expr:
    """`expr.forward_fill().over(keys)`: gathers each row's last non-null value in its group."""
    expr = pl.col(expr) if isinstance(expr, str) else expr
    source = pl.when(expr.is_not_null() | group_start(*keys)).then(pl.int_range(pl.len())).forward_fill()
    return expr.gather(source)


def backward_fill_in(expr: pl.Expr | str, *keys: str) -> pl.Expr:
    """`expr.backward_fill().over(keys)`: gathers each row's next non-null value in its group."""
    expr = pl.col(expr) if isinstance(expr, str) else expr
    group_end = ~_same_group(keys, -1)
    source = pl.when(expr.is_not_null() | group_end).then(pl.int_range(pl.len())).backward_fill()
    return expr.gather(source)
