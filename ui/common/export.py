"""Export the list on screen to Excel (issue 17 item 2): one mechanism for every table view.

`install(view, list_key, …)` gives a table view a "导出Excel…" action in its context menu and the key Ctrl+Shift+E
(while the view, or the `scope` widget holding it, has the focus). The export writes exactly the rows the current
filter or search selects — all of them, not only the rows loaded — with the columns in the order and with the
headings the screen shows (hidden columns left out), off the UI thread with a progress dialog, through
`app.exports.write_list` (typed cells, ID numbers and phones masked unless the role may see them in full by
app.accounts.privacy's rules — never more than the screens show —, audited, owner-only file).

Where the rows come from, first that applies (the source model behind any proxy):
1. `model.export_rows(actor)` → a callable that yields the row objects the filter selects, read page by page from the
   database. Paged models (`KeysetTableModel`) implement it, taking their filter *now* (a snapshot), so the view
   never loads every row and a filter changed during the export changes nothing.
2. A view over a proxy: the rows the proxy shows, in its order (a small in-memory list filtered on screen).
3. A `ListTableModel`: every row it holds (small lists are set whole).
4. Any other table model (the week roster grid, the childcare board): the texts the view shows.

Cell values: `model.export_value(row, column)` when the model has it (a date, fen, a raw ID number), else the
display text; the column's kind from `model.EXPORT_KINDS` ({column key: app.exports kind}), else text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QTableView,
    QWidget,
)

from app import exports
from app.exports import ExportColumn, ListExport

KEY = "Ctrl+Shift+E"
ACTION_NAME = "exportExcel"
_DISPLAY = Qt.ItemDataRole.DisplayRole


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save the workbook (tests replace this)."""
    title = QCoreApplication.translate("Export", "Export to Excel")
    kinds = QCoreApplication.translate("Export", "Excel workbook")
    name, _f = QFileDialog.getSaveFileName(parent, title, suggested, f"{kinds} (*.xlsx)")
    return name or None


def install(
    view: QAbstractItemView,
    list_key: str,
    *,
    ctx: Any,
    filter_text: Callable[[], str] | None = None,
    permission: str | None = None,
    scope: QWidget | None = None,
) -> QAction:
    """Give `view` the export action (context menu and Ctrl+Shift+E). `list_key`: a key of `app.exports.LISTS`;
    `filter_text()`: the current filter in words, without typed search text (it may be a name or a phone);
    `permission`: what reading this list needs (checked again by the service); `scope`: a widget around the view
    (the page) in which the key works too — give it to one list per page only. Returns the action."""
    action = QAction(QCoreApplication.translate("Export", "Export to Excel…"), view)
    action.setObjectName(ACTION_NAME)
    action.setShortcut(QKeySequence(KEY))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if view.contextMenuPolicy() in (Qt.ContextMenuPolicy.DefaultContextMenu, Qt.ContextMenuPolicy.NoContextMenu):
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    if scope is not None and scope is not view:
        scope.addAction(action)
    action.triggered.connect(
        lambda: export_view(view, list_key, ctx=ctx, filter_text=filter_text, permission=permission)
    )
    view.setProperty("exportList", list_key)
    return action


def _source(model) -> tuple[Any, Callable[[int], int] | None]:
    """The model behind any proxies, and a function mapping a shown row to its source row (None: no proxy)."""
    chain = []
    while isinstance(model, QAbstractProxyModel):
        chain.append(model)
        model = model.sourceModel()
    if not chain:
        return model, None

    def to_source(row: int) -> int:
        index = chain[0].index(row, 0)
        for proxy in chain:
            index = proxy.mapToSource(index)
        return index.row()

    return model, to_source


def visible_columns(view: QTableView) -> list[int]:
    """The logical columns the view shows, in the order on screen (moved columns as moved, hidden ones out)."""
    model = view.model()
    count = model.columnCount() if model is not None else 0
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if header is None:
        return list(range(count))
    out = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if 0 <= logical < count and not header.isSectionHidden(logical):
            out.append(logical)
    return out


def plan(
    view: QAbstractItemView, actor: Any = None
) -> tuple[list[ExportColumn], Callable[[], Iterable[Sequence[Any]]]]:
    """The columns and a row generator for exporting `view` as it is now (see the module docstring). Called on
    the UI thread; the generator runs on a worker thread and touches no widget."""
    shown = view.model()
    columns = visible_columns(view)
    headings = [str(shown.headerData(c, Qt.Orientation.Horizontal, _DISPLAY) or "") for c in columns]
    source, to_source = _source(shown)
    keys = [getattr(col, "key", "") for col in getattr(source, "COLUMNS", ())]
    kinds_of = getattr(source, "EXPORT_KINDS", {})
    # The view's column numbers are the source's (proxies here filter and sort rows, they do not move columns).
    kinds = [kinds_of.get(keys[c], exports.TEXT) if c < len(keys) else exports.TEXT for c in columns]
    cols = [ExportColumn(h, k) for h, k in zip(headings, kinds, strict=True)]
    value = getattr(source, "export_value", None) or getattr(source, "display", None)

    if value is not None and hasattr(source, "export_rows"):
        objects = source.export_rows(actor)  # a snapshot of the filter, read in pages by the worker

        def rows() -> Iterable[Sequence[Any]]:
            for obj in objects():
                yield [value(obj, c) for c in columns]

        return cols, rows
    if value is not None and hasattr(source, "row_at"):
        # A small list held whole: its values are read now, on the UI thread (the model may be reset meanwhile).
        n = shown.rowCount()
        objects_now = [source.row_at(r if to_source is None else to_source(r)) for r in range(n)]
        values = [[value(obj, c) for c in columns] for obj in objects_now]
        return cols, lambda: iter(values)
    # Any other model: the texts on screen (read now, on the UI thread).
    texts = [[_text(shown.data(shown.index(r, c), _DISPLAY)) for c in columns] for r in range(shown.rowCount())]
    cols = [ExportColumn(h, exports.TEXT) for h in headings]
    return cols, lambda: iter(texts)


def filter_of(*widgets: QWidget, extra: Callable[[], str] | None = None) -> Callable[[], str]:
    """The filter the `widgets` set, in words for the audit trail: a combo box's choice, a ticked box, a date —
    each named by the widget's accessible name — and for a text box only that there is search text and how long
    (what was typed may be a name, a phone or an ID number, which the audit trail must not hold)."""

    def words() -> str:
        parts = []
        for w in widgets:
            name = w.accessibleName()
            if not w.isEnabled():
                continue
            if isinstance(w, QComboBox):
                parts.append(f"{name}={w.currentText()}")
            elif isinstance(w, QCheckBox):
                if w.isChecked():
                    parts.append(name or w.text())
            elif isinstance(w, QDateEdit):
                parts.append(f"{name}={w.date().toString('yyyy-MM-dd')}")
            elif isinstance(w, QLineEdit):
                n = len(w.text().strip())
                if n:
                    parts.append(QCoreApplication.translate("Export", "search text ({n} characters)").format(n=n))
        if extra is not None and (more := extra()):
            parts.append(more)
        return "; ".join(parts)

    return words


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def suggested_path(list_key: str) -> Path:
    from app import clock, paths
    from db.files import make_private_dir

    folder = make_private_dir(paths.documents_dir() / "exports")
    name = exports.list_name(list_key)
    stamp = clock.local_now().strftime("%Y%m%d-%H%M")
    return folder / f"{name}-{stamp}.xlsx"


def export_view(
    view: QAbstractItemView,
    list_key: str,
    *,
    ctx: Any,
    filter_text: Callable[[], str] | None = None,
    permission: str | None = None,
    on_done: Callable[[exports.ExportResult], None] | None = None,
) -> QObject | None:
    """Ask where, then export `view` off the UI thread; returns the running task (None when the user cancelled)."""
    from ui.common import dialogs
    from ui.common.tasks import run_task

    target = ask_save_path(view, str(suggested_path(list_key)))
    if not target:
        return None
    if not target.lower().endswith(".xlsx"):
        target += ".xlsx"
    columns, rows = plan(view, ctx.actor)
    spec = ListExport(
        list_key=list_key,
        columns=tuple(columns),
        filter_text=filter_text() if filter_text is not None else "",
        permission=permission,
    )
    db, actor = ctx.db, ctx.actor
    label = QCoreApplication.translate("Export", "Exporting to Excel…")
    written = QCoreApplication.translate("Export", "{n} rows written")

    def work(progress):
        return exports.write_list(db, actor, spec, rows, Path(target), lambda n: progress(n, 0, written.format(n=n)))

    def done(result: exports.ExportResult) -> None:
        if on_done is not None:
            on_done(result)
            return
        text = QCoreApplication.translate("Export", "{n} rows exported to {path}").format(
            n=result.rows, path=str(result.path)
        )
        if not result.full_id_numbers and not result.full_phones:
            text += "\n" + QCoreApplication.translate(
                "Export", "ID numbers and phones are masked: your role may not export personal data."
            )
        elif not result.full_id_numbers:
            text += "\n" + QCoreApplication.translate(
                "Export", "ID numbers are masked, as on screen: a full number is shown one resident at a time."
            )
        elif not result.full_phones:
            text += "\n" + QCoreApplication.translate("Export", "Phones are masked: your role may not see full phones.")
        dialogs.inform(view, text)

    return run_task(view, work, on_done=done, label=label)
