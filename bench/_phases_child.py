"""Start-up child for --profile: the real start path, with timing marks and what-ifs.

Like _app_child.py (``delegator.app.main`` unchanged, probe on the table viewport), but
an import hook wraps a few functions right after their module is loaded, to report
where the time goes, and can apply *experiments* (environment variable
``BENCH_EXPERIMENTS``, comma-separated) that show what a change in the package would
save without editing it:

* ``no_warmup``        the background ORM warm-up thread does nothing;
* ``precision0``       the table header sizes ResizeToContents columns from the visible
                       rows only (``setResizeContentsPrecision(0)``) instead of 1,000 rows
                       (measured: worse, before show() it looks at every row);
* ``fixed_decision``   the Decision column is Fixed (130 px) instead of ResizeToContents
                       (the package has since made this change itself);
* ``no_initial_select``  the model reset at start does not select/scroll (the
                       ``_on_model_reset`` selection restore is skipped while starting);
* ``warmup_timer0``    the launcher's warm-up thread is started from
                       ``QTimer.singleShot(0, thread.start)`` instead of right away;
* ``fast_summaries``, ``cached_counts``, ``fast_filter``, ``same_view_noop``: the
                       patches of _what_if.py (see there).

Prints ``PHASE <name> <seconds> <calls>`` lines (inclusive times; wrapped functions may
nest) and the ``FIRST_PAINT`` line of _paint_probe.py.
"""

import time

SCRIPT_STARTED = time.perf_counter()

import functools  # noqa: E402
import importlib.machinery  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections import defaultdict  # noqa: E402

EXPERIMENTS = set(filter(None, os.environ.get("BENCH_EXPERIMENTS", "").split(",")))
TOTALS: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
MARKS: dict[str, float] = {}


def _add(name: str, seconds: float) -> None:
    TOTALS[name][0] += seconds
    TOTALS[name][1] += 1


def timed(name: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _add(name, time.perf_counter() - start)

    return wrapper


def wrap(owner, attribute: str, name: str) -> None:
    if hasattr(owner, attribute):
        setattr(owner, attribute, timed(name, getattr(owner, attribute)))


# Patches applied right after a module has been executed -------------------------------


def _patch_workspace(module) -> None:
    if hasattr(module, "Workspace"):
        wrap(module.Workspace, "__init__", "open data file (Workspace)")


def _patch_database(module) -> None:
    open_ = module.Database.__dict__["open"].__func__
    module.Database.open = classmethod(timed("Database.open (probe, quick_check)", open_))


def _patch_task_service(module) -> None:
    service = module.TaskService
    wrap(service, "summaries", "TaskService.summaries (sqlite3 → TaskSummary)")
    if "no_warmup" in EXPERIMENTS and hasattr(service, "warm_up"):
        service.warm_up = lambda self: None
    else:
        wrap(service, "warm_up", "warm_up thread (ORM import, other thread)")


def _patch_task_table(module) -> None:
    model = module.TaskTableModel
    wrap(model, "set_tasks", "TaskTableModel.set_tasks (sort, filter, reset)")
    wrap(model, "data", "TaskTableModel.data (all calls)")
    import _what_if

    _what_if.patch_task_table(model, EXPERIMENTS)
    wrap(model, "counts", "TaskTableModel.counts")


def _patch_main_window(module) -> None:
    window = module.MainWindow
    wrap(window, "__init__", "MainWindow.__init__ (total)")
    wrap(window, "_build_widgets", "MainWindow._build_widgets")
    wrap(window, "_build_actions", "MainWindow._build_actions")
    wrap(window, "_build_menus", "MainWindow._build_menus")
    wrap(window, "_restore_state", "MainWindow._restore_state (select view → refilter)")
    wrap(window, "_on_model_reset", "MainWindow._on_model_reset (counts, selection)")
    original_build = window._build_widgets

    def build_widgets(self):
        original_build(self)
        header = self.table.horizontalHeader()
        if "precision0" in EXPERIMENTS:
            header.setResizeContentsPrecision(0)
        if "fixed_decision" in EXPERIMENTS:
            from PySide6.QtWidgets import QHeaderView

            column = module.Column.DECISION
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 130)

    window._build_widgets = build_widgets
    if "no_initial_select" in EXPERIMENTS:
        original_reset = window._on_model_reset

        def on_model_reset(self):
            if MARKS.get("shown"):
                return original_reset(self)
            self.sidebar.set_counts(self._model.counts())
            self._update_empty_hint()
            return None

        window._on_model_reset = on_model_reset
    original_show = window.show

    def show(self):
        MARKS["show() called"] = time.perf_counter()
        try:
            return original_show(self)
        finally:
            MARKS["shown"] = time.perf_counter()
            _add("MainWindow.show()", MARKS["shown"] - MARKS["show() called"])

    window.show = show


def _patch_launcher(module) -> None:
    if "warmup_timer0" not in EXPERIMENTS or not hasattr(module, "threading"):
        return
    import threading

    from PySide6.QtCore import QTimer

    class _Deferred:
        def __init__(self, *args, **kwargs):
            self._thread = threading.Thread(*args, **kwargs)

        def start(self):
            QTimer.singleShot(0, self._thread.start)

    class _Threading:
        Thread = _Deferred

    module.threading = _Threading


def _patch_task_list_query(module) -> None:
    import _what_if

    _what_if.patch_task_list_query(module, EXPERIMENTS)


PATCHES = {
    "delegator.gui.launcher": _patch_launcher,
    "delegator.storage.task_list_query": _patch_task_list_query,
    "delegator.services.workspace": _patch_workspace,
    "delegator.storage.database": _patch_database,
    "delegator.services.task_service": _patch_task_service,
    "delegator.gui.task_table": _patch_task_table,
    "delegator.gui.main_window": _patch_main_window,
}
IMPORTS_TIMED = (
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "delegator.gui.launcher",
    "delegator.services.workspace",
    "delegator.storage.database",
    "delegator.gui.main_window",
)


class _Hook:
    """A meta-path finder for a few submodules (found on their parent's __path__)."""

    def find_spec(self, fullname, path, target=None):
        if path is None or (fullname not in PATCHES and fullname not in IMPORTS_TIMED):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module, _original=original, _name=fullname):
            start = time.perf_counter()
            _original(module)
            if _name in IMPORTS_TIMED:
                _add(f"import {_name}", time.perf_counter() - start)
            if _name in PATCHES:
                PATCHES[_name](module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _Hook())

import PySide6.QtWidgets as QtWidgets  # noqa: E402
from _paint_probe import FirstPaintProbe  # noqa: E402


def _rows_if_table_viewport(watched):
    table = watched.parent()
    if not isinstance(table, QtWidgets.QTableView) or table.viewport() is not watched:
        return None
    rows = table.model().rowCount()
    if rows > 0:
        MARKS["first paint event"] = time.perf_counter()
        return rows
    return None


class _PhaseProbe(FirstPaintProbe):
    def _report(self, rows):
        painted = time.perf_counter()
        for name, (seconds, calls) in list(TOTALS.items()):
            print(f"PHASE {name.replace(' ', '_')} {seconds:.6f} {calls}", flush=True)
        for name, stamp in list(MARKS.items()):
            print(f"MARK {name.replace(' ', '_')} {stamp:.6f}", flush=True)
        print(f"MARK after_first_paint {painted:.6f}", flush=True)
        super()._report(rows)


class ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args):
        MARKS["QApplication()"] = time.perf_counter()
        super().__init__(*args)
        MARKS["QApplication() done"] = time.perf_counter()

    def exec(self):
        MARKS["exec()"] = time.perf_counter()
        self._probe = _PhaseProbe(SCRIPT_STARTED, _rows_if_table_viewport)
        for top in self.topLevelWidgets():
            for table in top.findChildren(QtWidgets.QTableView):
                table.viewport().installEventFilter(self._probe)
        return super().exec()


QtWidgets.QApplication = ProbedApplication  # before delegator imports the name

from delegator.app import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
