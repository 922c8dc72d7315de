"""Headless commands: a stable contract for scripts (documented in the README).

Exit codes: 0 success, 3 an error explained in one line on stderr (unusable data file,
storage failure, unknown id, bad value), 64 a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication

from delegator import __version__, plan_commands
from delegator.domain.errors import DelegatorError
from delegator.domain.model import Decision, Status
from delegator.exchange.import_formats import format_ids as import_format_ids
from delegator.runtime.paths import Paths
from delegator.text.counts import Counts
from delegator.text.messages import explain

if TYPE_CHECKING:
    from delegator.domain.brief import BriefFormat
    from delegator.services.workspace import Workspace

EXIT_OK = 0
EXIT_ERROR = 3
EXIT_USAGE = 64
MAX_ID = 2**63 - 1  # the largest id SQLite stores
# The arguments that are text for the plan (not paths), by how the usage names them.
TEXT_ARGUMENTS = {
    "titles": "TITLE",
    "notes": "--notes",
    "assistant": "--assistant",
    "format": "--format",
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _task_id(text: str) -> int:
    """An id as the database holds them (a whole number from 1 to MAX_ID, in ASCII
    digits: ``int()`` also reads "1_0", "٣" and "５"); anything else is a usage error
    naming the argument, not a traceback or another to-do."""
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 19 else 0
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate(
                "cli", "{value} is not a to-do id (a whole number from 1 to {largest})"
            ).format(value=repr(_readable(text)), largest=MAX_ID)
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate(
            "cli",
            "folder holding the data file (default: the per-user data folder; "
            "also DELEGATOR_DATA_DIR)",
        ),
    )
    parser = _Parser(
        prog="delegator",
        description=QCoreApplication.translate(
            "cli", "Plan what to delegate. Without a command, opens the window."
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Delegator {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=QCoreApplication.translate(
            "cli",
            "check that this installation works, in a temporary folder, one line per check "
            "(exit 0 all passed, 1 one failed)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    decisions = [decision.value for decision in Decision]

    add = commands.add_parser(
        "add",
        parents=[common],
        help=QCoreApplication.translate("cli", "add to-dos, one per title; prints their ids"),
    )
    add.add_argument("titles", nargs="+", metavar="TITLE")
    add.add_argument("--decision", choices=decisions, default=Decision.UNDECIDED.value)
    add.add_argument(
        "--notes",
        default="",
        help=QCoreApplication.translate("cli", "private notes (never exported)"),
    )

    decide = commands.add_parser(
        "decide",
        parents=[common],
        help=QCoreApplication.translate("cli", "sort a to-do into keep, delegate or undecided"),
    )
    decide.add_argument("task_id", type=_task_id, metavar="ID")
    decide.add_argument("decision", choices=decisions)

    listing = commands.add_parser(
        "list", parents=[common], help=QCoreApplication.translate("cli", "list the to-dos")
    )
    listing.add_argument("--decision", choices=decisions)
    _add_json_array(listing)
    listing.add_argument(
        "--archived",
        action="store_true",
        help=QCoreApplication.translate("cli", "list the archived to-dos instead"),
    )
    readiness = commands.add_parser(
        "readiness",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "check whether you are ready to delegate (exit 0 ready, 1 almost, 2 not yet)"
        ),
    )
    readiness.add_argument(
        "--json", action="store_true", help=QCoreApplication.translate("cli", "print JSON")
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "write the handover package for an assistant into a folder"
        ),
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--assistant", metavar="NAME")
    target.add_argument(
        "--unassigned",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "the delegated to-dos without an assistant, as a requirements profile"
        ),
    )
    export.add_argument("--format", default="md,pdf,ics,csv,zip", metavar="md,pdf,ics,csv,zip")
    export.add_argument("--lang", choices=["en", "de"])
    export.add_argument(
        "--address",
        choices=["sie", "du"],
        help=QCoreApplication.translate(
            "cli", "Sie or du in a German brief (default: the assistant's, else the settings)"
        ),
    )
    export.add_argument("--include-cost", action="store_true")
    _add_force(export)
    export.add_argument(
        "--allow-secrets",
        action="store_true",
        help=QCoreApplication.translate("cli", "export even if a field looks like a secret"),
    )
    export.add_argument("-o", "--output", required=True, metavar="FOLDER")
    importing = commands.add_parser(
        "import",
        parents=[common],
        help=QCoreApplication.translate("cli", "add the to-dos of a file (all or nothing)"),
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--format", choices=import_format_ids())
    importing.add_argument(
        "--include-done",
        action="store_true",
        help=QCoreApplication.translate("cli", "also import completed to-dos (archived)"),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("cli", "show what would be created; store nothing"),
    )
    checkins = commands.add_parser(
        "checkins",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "list delegated work due for a check-in (exit 0 none due, 1 some due)"
        ),
    )
    _add_json_array(checkins)
    status = commands.add_parser(
        "status",
        parents=[common],
        help=QCoreApplication.translate("cli", "set the status of a to-do (dated)"),
    )
    status.add_argument("task_id", type=_task_id, metavar="ID")
    status.add_argument("status", choices=[s.value for s in Status])
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "make a backup of the plan now; prints the file written"
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=QCoreApplication.translate(
            "cli", "write the backup to FILE instead of the backups folder"
        ),
    )
    backups = commands.add_parser(
        "backups",
        parents=[common],
        help=QCoreApplication.translate("cli", "list the backups, newest first"),
    )
    _add_json_array(backups)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "replace the plan with a backup (the current plan is backed up first)"
        ),
    )
    restore.add_argument("file", metavar="FILE")
    _add_yes(restore)
    archive = commands.add_parser(
        "archive",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "write the whole plan with its attachments into one file for another computer; "
            "prints the file written",
        ),
    )
    archive.add_argument("-o", "--output", required=True, metavar="FILE")
    _add_force(archive)
    open_archive = commands.add_parser(
        "open-archive",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "replace the plan with the one in a plan archive (the current plan is backed up first)",
        ),
    )
    open_archive.add_argument("file", metavar="FILE")
    _add_yes(open_archive)
    commands.add_parser(
        "demo",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "fill an empty data folder with a sample business to explore"
        ),
    )
    return parser


# Options that several commands share, with one help text each.


def _add_json_array(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--json", action="store_true", help=QCoreApplication.translate("cli", "print a JSON array")
    )


def _add_force(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--force",
        action="store_true",
        help=QCoreApplication.translate("cli", "overwrite files that are already there"),
    )


def _add_yes(command: argparse.ArgumentParser) -> None:
    """For the commands that replace the plan."""
    command.add_argument(
        "--yes",
        action="store_true",
        help=QCoreApplication.translate("cli", "do not ask before replacing the plan"),
    )


def run(argv: Sequence[str]) -> int:
    """Run one command; return the exit code."""
    from delegator.runtime import paths as paths_module

    _pass_paths_through(sys.stdout)
    _pass_paths_through(sys.stderr)
    try:
        args = build_parser().parse_args(list(argv))
        _refuse_undecodable(args)
        if args.selftest and args.command is not None:
            raise UsageError(
                "delegator: " + QCoreApplication.translate("cli", "--selftest takes no command.")
            )
        if args.command == "export":
            _refuse_empty_output(args.output)
            args.formats = _export_formats(args.format)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    if args.selftest:
        from delegator import selftest

        return selftest.run()
    try:
        paths = paths_module.resolve(getattr(args, "data_dir", None))
    except paths_module.NoFolderGiven as error:
        print(
            "delegator: "
            + QCoreApplication.translate(
                "cli", "{source} is empty; it needs the path of a folder."
            ).format(source=error.source),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        return _dispatch(args, paths)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except (DelegatorError, ValueError) as error:
        print(
            f"delegator: {explain(error)}{plan_commands.backup_hint(error, args, paths)}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except FileExistsError as error:
        print(
            "delegator: "
            + QCoreApplication.translate(
                "cli", "{path} already exists; nothing was written (use --force to replace it)."
            ).format(path=error.args[0] if error.args else ""),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``delegator list | head``): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except OSError as error:
        print(f"delegator: {_os_error(error)}", file=sys.stderr)
        return EXIT_ERROR


def _os_error(error: OSError) -> str:
    """``FILE: reason`` as the system says it; an error raised with only a message (a
    missing resources folder) has no strerror: its message is the whole story."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename is not None else reason


def _pass_paths_through(stream: object) -> None:
    """Let *stream* print a path that is not valid UTF-8 (a file name made of other
    bytes, which Python holds as surrogate escapes) as the bytes it is made of."""
    import io

    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") in (
        "utf8",
        "ascii",
    ):
        stream.reconfigure(errors="surrogateescape")


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """UsageError naming the first text argument that is not valid UTF-8 (the shell
    passed bytes of another encoding): it would end as a codec error, or as text
    nobody can read. Paths are left alone; the file system takes any bytes."""
    for dest, name in TEXT_ARGUMENTS.items():
        value = getattr(args, dest, None)
        values = value if isinstance(value, list) else [value]
        for text in values:
            if isinstance(text, str) and not _is_text(text):
                raise UsageError(
                    f"delegator {args.command}: "
                    + QCoreApplication.translate(
                        "cli",
                        "{argument} is not valid text: it holds bytes that are not UTF-8. "
                        "Nothing was changed.",
                    ).format(argument=name)
                )


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _dispatch(args: argparse.Namespace, paths: Paths) -> int:
    from delegator.services.task_service import NewTask
    from delegator.services.workspace import Workspace

    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    _refuse_a_file_as_data_folder(paths)
    if args.command == "demo":
        return _demo(paths)
    if args.command == "backups":
        return plan_commands.backups(paths, args.json)
    if args.command == "restore":
        return plan_commands.restore(paths, args.file, args.yes)
    workspace = Workspace(paths.database, paths.backups)
    try:
        if _writes(args):
            _refuse_damage(workspace)
        service = workspace.tasks
        if args.command == "add":
            decision = Decision(args.decision)
            ids, _ = service.add([NewTask(t, decision, args.notes) for t in args.titles])
            print("\n".join(map(str, ids)))
        elif args.command == "decide":
            service.set_decisions({args.task_id: Decision(args.decision)})
        elif args.command == "list":
            _list(workspace, args)
        elif args.command == "checkins":
            return _checkins(workspace, args.json)
        elif args.command == "status":
            workspace.followup.set_status({args.task_id: Status(args.status)})
        elif args.command == "readiness":
            return _readiness(workspace, args.json)
        elif args.command == "export":
            return _export(workspace, args)
        elif args.command == "import":
            return _import(workspace, args)
        elif args.command == "backup":
            return plan_commands.backup(workspace, args.output)
        elif args.command == "archive":
            return plan_commands.archive(workspace, args.output, args.force)
        elif args.command == "open-archive":
            return plan_commands.open_archive(workspace, paths, args.file, args.yes)
    finally:
        workspace.close()
    return EXIT_OK


WRITING_COMMANDS = frozenset({"add", "decide", "status", "import", "export"})


def _writes(args: argparse.Namespace) -> bool:
    """True for a command that writes to the plan (an export records the handover)."""
    return args.command in WRITING_COMMANDS and not getattr(args, "dry_run", False)


def _refuse_damage(workspace: Workspace) -> None:
    """Raise DatabaseDamaged when the thorough check finds the plan damaged: the damage
    the check at every open does not see (text that is not UTF-8) must not be written
    over."""
    from delegator.storage.plan_file import inspect

    inspect(workspace.data_file)


def _refuse_a_file_as_data_folder(paths: Paths) -> None:
    from delegator.storage.probe import folder_problem

    problem = folder_problem(paths.data_dir)
    if problem is not None:
        raise problem


READINESS_EXIT = {"ready": 0, "almost": 1, "not_yet": 2}


def _readiness(workspace: Workspace, as_json: bool) -> int:
    from delegator.text.readiness_text import (
        finding_text,
        pillar_label,
        severity_label,
        verdict_label,
    )

    report = workspace.readiness.report()
    currency = workspace.profile.profile().currency
    findings = []
    for finding in report.findings:
        text = finding_text(finding, currency)
        findings.append(
            {
                "id": finding.rule,
                "severity": finding.severity.value,
                "subject": {
                    "kind": finding.subject.kind.value,
                    "id": finding.subject.id,
                    "name": finding.subject.name or None,
                },
                "message": text.message,
                "why": text.why,
                "fix": text.fix,
                "field": finding.field,
            }
        )
    if as_json:
        document = {
            "verdict": report.verdict.value,
            "scores": {pillar.value: score for pillar, score in report.scores.items()},
            "findings": findings,
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(verdict_label(report.verdict))
        for pillar, score in report.scores.items():
            print(f"  {pillar_label(pillar)}: {score}/100")
        for finding, entry in zip(report.findings, findings, strict=True):
            print(f"- [{severity_label(finding.severity)}] {entry['message']}")
            print(f"    {entry['fix']}")
    return READINESS_EXIT[report.verdict.value]


def _export(workspace: Workspace, args: argparse.Namespace) -> int:
    from pathlib import Path

    from delegator.domain.assistant import FormOfAddress
    from delegator.domain.brief import BriefOptions
    from delegator.domain.errors import SecretsFound, StorageUnavailable
    from delegator.services.handover_package import write_package
    from delegator.services.handover_service import secret_hits
    from delegator.text import i18n
    from delegator.text.formatting import default_paper
    from delegator.text.messages import export_failure

    formats: list[BriefFormat] = args.formats
    service = workspace.handover
    assistant = None if args.unassigned else service.assistant_named(args.assistant)
    language = args.lang or workspace.profile.profile().brief_language or i18n.ui_language()
    options = BriefOptions(
        language=language,
        include_cost=args.include_cost,
        paper=default_paper(),
        address=FormOfAddress(args.address) if args.address else None,
    )
    brief = service.build(assistant, options)
    hits = secret_hits(brief)
    if hits and not args.allow_secrets:
        raise SecretsFound(hits)
    folder = Path(args.output).expanduser().absolute()
    try:
        written, digest = write_package(
            brief, formats, folder, workspace.attachments_dir, force=args.force
        )
    except StorageUnavailable as error:
        print(f"delegator: {export_failure(error)}", file=sys.stderr)
        return EXIT_ERROR
    service.record(
        brief,
        assistant.id if assistant else None,
        ",".join(f.value for f in formats),
        _readable(str(folder)),
        digest,
    )
    print("\n".join(str(path) for path in written))
    return EXIT_OK


def _refuse_empty_output(output: str) -> None:
    """UsageError for an empty ``-o``, which would mean the current folder."""
    if not output.strip():
        raise UsageError(
            "delegator export: "
            + QCoreApplication.translate(
                "cli", "-o is empty; it needs the folder to write the package into."
            )
        )


def _export_formats(text: str) -> list[BriefFormat]:
    """The formats *text* names (``md,pdf``), each once; UsageError for one that is not
    a format, or for no format at all (nothing would be written but the manifest)."""
    from delegator.domain.brief import BriefFormat

    known = ", ".join(f.value for f in BriefFormat)
    formats: list[BriefFormat] = []
    for part in (part.strip() for part in text.split(",")):
        if not part:
            continue
        try:
            formats.append(BriefFormat(part))
        except ValueError:
            raise UsageError(
                "delegator export: "
                + QCoreApplication.translate(
                    "cli", "--format: {value} is not a format; the formats are {known}."
                ).format(value=repr(part), known=known)
            ) from None
    if not formats:
        raise UsageError(
            "delegator export: "
            + QCoreApplication.translate(
                "cli", "--format names no format; give one or more of {known}."
            ).format(known=known)
        )
    if set(formats) == {BriefFormat.ZIP}:
        raise UsageError(
            "delegator export: "
            + QCoreApplication.translate(
                "cli", "--format zip packs the other formats; give one or more of {files} with it."
            ).format(files=", ".join(f.value for f in BriefFormat if f is not BriefFormat.ZIP))
        )
    return list(dict.fromkeys(formats))


def _readable(path: str) -> str:
    """*path* as text that can be stored: bytes that are not UTF-8 become \ufffd."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _import(workspace: Workspace, args: argparse.Namespace) -> int:
    from pathlib import Path

    from delegator.domain.imported import ImportFormatError
    from delegator.exchange.import_formats import ImportFormat
    from delegator.text.import_errors import import_reason
    from delegator.text.import_reasons import skip_label

    path = Path(args.file).expanduser()
    fmt = ImportFormat(args.format) if args.format else None
    try:
        report = workspace.imports.import_file(
            path, fmt, include_done=args.include_done, dry_run=args.dry_run
        )
    except ImportFormatError as error:
        where = (
            QCoreApplication.translate("cli", "{file}, line {line}").format(
                file=path, line=error.line
            )
            if error.line > 0
            else str(path)
        )
        print(
            "delegator: "
            + QCoreApplication.translate("cli", "{where}: {reason}. Nothing was imported.").format(
                where=where, reason=import_reason(error)
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    counts = Counts()
    print(counts.would_create(report.created) if args.dry_run else counts.created(report.created))
    for update in report.updates:
        print(
            QCoreApplication.translate("cli", "#{id} {title}: {before} → {after}").format(
                id=update.task_id,
                title=update.title,
                before=update.before.value,
                after=update.after.value,
            )
        )
    for reason, count in report.skipped:
        print(
            QCoreApplication.translate("cli", "Skipped {count}: {reason}").format(
                count=count, reason=skip_label(reason)
            )
        )
    return EXIT_OK


def _demo(paths: Paths) -> int:
    from delegator.services.workspace import Workspace
    from delegator.text import i18n

    if paths.data_dir.exists() and any(paths.data_dir.iterdir()):
        print(
            "delegator: "
            + QCoreApplication.translate(
                "cli",
                "{path} is not empty; the demo only goes into an empty data folder "
                "(choose one with --data-dir).",
            ).format(path=paths.data_dir),
            file=sys.stderr,
        )
        return EXIT_ERROR
    workspace = Workspace(paths.database, paths.backups)
    try:
        count = workspace.fill_with_demo(i18n.ui_language())
    finally:
        workspace.close()
    print(Counts().sample_business(count).format(path=paths.database))
    return EXIT_OK


def _list(workspace: Workspace, args: argparse.Namespace) -> None:
    from delegator.exchange.task_json import task_to_json

    decision = Decision(args.decision) if args.decision else None
    tasks = workspace.tasks.tasks(decision=decision, archived=args.archived)
    if args.json:
        ratings = {f.task_id: f.rating for f in workspace.followup.feedback()}
        listed = [task_to_json(task, ratings.get(task.id)) for task in tasks]
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for task in tasks:
        print(f"{task.id:>6}  {task.decision.value:<9}  {task.title}")


def _checkins(workspace: Workspace, as_json: bool) -> int:
    """Print what is due for a check-in; exit 1 when something is, 0 when nothing is."""
    due = workspace.followup.due_check_ins()
    if as_json:
        listed = [
            {
                "id": item.task_id,
                "title": item.title,
                "assistant": item.assistant_name,
                "assistant_id": item.assistant_id,
                "status": item.status.value,
                "due_since": item.due_since.isoformat(),
                "last_checkin": item.last_check_in.isoformat() if item.last_check_in else None,
            }
            for item in due
        ]
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for item in due:
            last = item.last_check_in.isoformat() if item.last_check_in else "-"
            who = item.assistant_name or "-"
            print(
                f"{item.task_id:>6}  {item.due_since.isoformat()}  {last:<10}  {who}  {item.title}"
            )
    return 1 if due else EXIT_OK
