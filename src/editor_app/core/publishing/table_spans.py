"""Row and column spans cut to what a table holds (the HTML table model).

The Nu checker rejects a cell whose ``rowspan`` runs past the end of its row
group, a cell that overlaps another, and a column in which no cell begins
(``<td colspan="3">`` alone).  :func:`fix_spans` works on a table already
in ``caption? thead? tbody* tfoot?`` order whose rows all hold cells (see
:mod:`editor_app.core.publishing.html_structure`): rowspans are clipped to the row
group, colspans to the free slots of their row, and when a column still has
no cell beginning in it, every colspan of the table is dropped (with single
columns each column has a cell beginning in it).
"""

from __future__ import annotations

import re

from editor_app.core.publishing.html_tree import Element, tag_attributes

__all__ = ["fix_spans"]

_SPAN = re.compile(r'\s(colspan|rowspan)="([0-9]+)"')


def _row_groups(table: Element) -> list[list[list[Element]]]:
    """Cells by row, by row group."""
    groups = []
    for group in table.children:
        if type(group) is str or group.name == "caption":
            continue
        rows = [row for row in group.children if type(row) is not str]
        groups.append([[cell for cell in row.children if type(cell) is not str] for row in rows])
    return groups


def _span(cell: Element, name: str) -> int:
    value = tag_attributes(cell.attrs).get(name, "1")
    return int(value) if value.isdigit() else 1


def _set_span(cell: Element, name: str, value: int) -> None:
    kept = re.sub(rf'\s{name}="[^"]*"', "", cell.attrs)
    cell.attrs = kept + (f' {name}="{value}"' if value != 1 else "")


def _lay_out(groups: list[list[list[Element]]], columns: bool) -> tuple[set[int], int]:
    """Clip the spans; return the columns where cells begin and the table width."""
    starts: set[int] = set()
    width = 0
    for rows in groups:
        occupied: list[set[int]] = [set() for _ in rows]
        for r, cells in enumerate(rows):
            col = 0
            for cell in cells:
                rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan") if columns else 1
                down = len(rows) - r if rowspan == 0 else min(rowspan, len(rows) - r)
                if rowspan > down:
                    _set_span(cell, "rowspan", down)
                while col in occupied[r]:
                    col += 1
                free = 1
                while free < colspan and col + free not in occupied[r]:
                    free += 1
                if free != _span(cell, "colspan"):
                    _set_span(cell, "colspan", free)
                for below in occupied[r:r + down]:
                    below.update(range(col, col + free))
                starts.add(col)
                col += free
                width = max(width, col)
    return starts, width


def fix_spans(table: Element) -> None:
    """Clip the ``rowspan``/``colspan`` values of *table*'s cells in place."""
    groups = _row_groups(table)
    if not any(_SPAN.search(cell.attrs) for rows in groups for cells in rows for cell in cells):
        return
    starts, width = _lay_out(groups, columns=True)
    if len(starts) < width:
        _lay_out(groups, columns=False)
