"""Start-up child for --profile: the real start path with a timeline of its phases.

Like _app_child.py (``delegator.app.main`` unchanged, probe on the list's viewport), but
an import hook wraps functions right after their module is loaded: named ones of the
start path (PATCHES), the constructor of every class of the other ``delegator.gui``
modules and every MainWindow method (_gui: the timeline follows whatever the window is
made of), and times a few imports (IMPORTS_TIMED). Also timed: QApplication(), the first
``viewport()`` call and garbage collection. Unlike _app_child.py it does not quit at the
first paint: it waits for ``TaskTableModel.complete_from()`` (the rest of the to-dos,
read on the warm-up worker after the first paint, after its readiness verdict), then
prints

    FIRST_PAINT <script-start> <painted> <rows>      (as _paint_probe.py)
    SPAN <start> <end> <name>                         one per call
    MARK <time> <name>                                a moment (a function entered, ...)
    GC <seconds> <collections>                        garbage collection before FIRST_PAINT

A wrapped name that no longer exists fails the run (exit 70) instead of going unseen.
"""

import time

SCRIPT_STARTED = time.perf_counter()

import gc  # noqa: E402
import importlib.machinery  # noqa: E402
import inspect  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import types  # noqa: E402

SPANS: list[tuple[float, float, str]] = []
MARKS: list[tuple[float, str]] = []
FINISHING: list[bool] = []
PAINTED: list[float] = []  # when FIRST_PAINT was printed
GC = [0.0, 0, 0.0]  # seconds and number of collections before PAINTED, start of the current one


def _gc(phase: str, _info: dict) -> None:
    if phase == "start":
        GC[2] = time.perf_counter()
    elif not PAINTED:
        GC[0] += time.perf_counter() - GC[2]
        GC[1] += 1


gc.callbacks.append(_gc)


def mark(name: str) -> None:
    MARKS.append((time.perf_counter(), name))


def timed(name: str, function, *, entry_only: bool = False, first_only: bool = False):
    """*function*, recording its calls as spans (or only a mark when it is entered).

    No functools.wraps: reading ``__doc__`` of a Qt method makes PySide build its
    signatures, which took 12-27 ms per class.
    """
    calls = []

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        if entry_only:
            MARKS.append((start, name))
        if entry_only or (first_only and calls):
            return function(*args, **kwargs)
        calls.append(start)
        try:
            return function(*args, **kwargs)
        finally:
            thread = threading.current_thread() is not threading.main_thread()
            SPANS.append((start, time.perf_counter(), name + " (other thread)" * thread))

    return wrapper


def wrap(owner, names: str, prefix: str, *, entry_only: bool = False) -> None:
    for attribute in names.split():
        original = getattr(owner, attribute)  # AttributeError: the package changed
        setattr(owner, attribute, timed(f"{prefix}{attribute}", original, entry_only=entry_only))


def _finish() -> None:
    """After complete_from(): let the warm-up thread end, print the spans, quit."""
    for thread in threading.enumerate():
        # A QThread running Python shows as a daemon "dummy" thread, which cannot be
        # joined; the window waits for its warm-up worker when the app quits.
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join(timeout=20)
    for start, end, name in SPANS:
        print(f"SPAN {start:.6f} {end:.6f} {name}", flush=True)
    for moment, name in MARKS:
        print(f"MARK {moment:.6f} {name}", flush=True)
    print(f"GC {GC[0]:.6f} {GC[1]}", flush=True)
    QApplication.quit()


def _app(module) -> None:
    wrap(module, "gui_data_dir", "app.")


def _launcher(module) -> None:
    wrap(module, "launch _run_window", "launcher.", entry_only=True)
    wrap(module, "app_icon", "launcher.")
    wrap(module.platform_check, "uses_xcb", "platform_check.")
    wrap(module.i18n, "ui_language install_translator", "i18n.")
    wrap(module.crash_dialog, "install", "crash_dialog.")
    wrap(module.paths, "resolve", "paths.")


def _database(module) -> None:
    module.Database.open = classmethod(timed("Database.open", module.Database.open.__func__))
    wrap(module, "probe", "probe.")
    wrap(module.Database, "reader", "Database.")


def _task_table(module) -> None:
    _gui(module)
    original = module.TaskTableModel.complete_from

    def complete_from(self, loaded):
        if not FINISHING:
            FINISHING.append(True)
            QTimer.singleShot(0, _finish)  # the list read on the worker is taken over
        return original(self, loaded)

    module.TaskTableModel.complete_from = timed("TaskTableModel.complete_from", complete_from)
    wrap(module.TaskTableModel, "show_start complete loader set_tasks", "TaskTableModel.")


def _gui(module) -> None:
    """Time the constructor of every class a delegator.gui module defines, and every
    method of MainWindow: the timeline follows whatever the window is made of today."""
    for cls in list(vars(module).values()):
        if isinstance(cls, type) and cls.__module__ == module.__name__:
            if "__init__" in vars(cls):
                wrap(cls, "__init__", f"{cls.__name__}.")
            if cls.__name__ == "MainWindow":
                own = [
                    n
                    for n, v in vars(cls).items()
                    if isinstance(v, types.FunctionType) and n[0:2] != "__" and n not in CROSS
                ]
                for name in own:
                    setattr(cls, name, _fitting(vars(cls)[name]))
                wrap(cls, " ".join([*own, "show"]), "MainWindow.")


def _fitting(function):
    """*function*, dropping the extra arguments a signal passes: a slot taking fewer
    than its signal sends gets only as many from PySide, but the timing wrapper takes
    any number, so PySide would pass them all."""
    code = function.__code__
    if code.co_flags & inspect.CO_VARARGS:
        return function
    count = code.co_argcount

    def fitted(*args, **kwargs):
        return function(*args[:count], **kwargs)

    return fitted


# Slots of signals from the warm-up worker: wrapped, PySide calls them on the worker's
# thread (the real ones run on the window's).
CROSS = {"_on_judged", "_on_list_loaded", "_on_warm_up_done"}
PATCHES = {
    "delegator.app": _app,
    "delegator.gui.launcher": _launcher,
    "delegator.services.workspace": lambda m: wrap(m.Workspace, "__init__", "Workspace."),
    "delegator.storage.database": _database,
    "delegator.services.task_service": lambda m: wrap(
        m.TaskService, "view_start summaries", "TaskService."
    ),
    "delegator.gui.task_table": _task_table,
}
IMPORTS_TIMED = (
    "delegator.app",
    "delegator.gui.launcher",
    "delegator.gui.main_window",
    "delegator.services.workspace",
)


def _patch(fullname: str):
    """What to do to the module once loaded: PATCHES, _gui for the other gui modules."""
    if fullname in PATCHES or not fullname.startswith("delegator.gui."):
        return PATCHES.get(fullname)
    return _gui


class _Hook:
    """A meta-path finder for a few submodules (found on their parent's __path__)."""

    def find_spec(self, fullname, path, target=None):
        if path is None or (_patch(fullname) is None and fullname not in IMPORTS_TIMED):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        original = spec.loader.exec_module

        def exec_module(module):
            start = time.perf_counter()
            original(module)
            if fullname in IMPORTS_TIMED:
                SPANS.append((start, time.perf_counter(), f"import {fullname}"))
            if _patch(fullname) is not None:
                _patch(fullname)(module)

        spec.loader.exec_module = exec_module
        return spec


started = time.perf_counter()
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SPANS.append((started, time.perf_counter(), "import PySide6.QtCore, QtGui, QtWidgets"))
sys.meta_path.insert(0, _Hook())

from _paint_probe import probe_delegator, table_rows  # noqa: E402


def _accept(watched):
    rows = table_rows(watched)
    if rows is not None:
        mark("first Paint event of the list")
    return rows


probe_delegator(SCRIPT_STARTED, _accept, then=lambda: PAINTED.append(time.perf_counter()))
widgets = sys.modules["PySide6.QtWidgets"]
widgets.QApplication.__init__ = timed("QApplication()", widgets.QApplication.__init__)
widgets.QApplication.exec = timed("QApplication.exec", widgets.QApplication.exec, entry_only=True)
scroll_area = widgets.QAbstractScrollArea  # the first viewport() makes PySide find its type
scroll_area.viewport = timed("first viewport() call", scroll_area.viewport, first_only=True)

from delegator.app import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
