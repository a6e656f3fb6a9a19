"""--jobs: the files of a large run linted in a pool of processes, the result the same, byte
for byte, as one process gives.

Each worker is a run of its own over a contiguous part of the files (its configuration,
rules and conventions loaded there); the parts come back in order and are merged into the
run that made them. A finding travels as plain values (``PackedViolation``) and is made
again with the parent's rule of the same code, since a rule's patterns are compiled where it
is loaded and are not worth sending. A small run (pre-commit's handful of files) stays in
one process: starting a pool costs more than it saves."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from citelint.document import Position, Span
from citelint.findings import Violation

if TYPE_CHECKING:
    from citelint.rules import Rule
    from citelint.run import RunOptions, Target

# Fewer files than this for each process and the pool is not worth its start-up.
FILES_PER_WORKER = 24
# Parts per worker: small enough that a slow file does not leave the others idle.
PARTS_PER_WORKER = 4


def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the system says)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def workers_for(jobs: int, targets: Sequence[Target]) -> int:
    """How many processes lint ``targets``: 1 for a small run or one reading standard input,
    else at most ``jobs``, each with enough files to pay for its start-up."""
    if jobs <= 1 or any(path is None for path, _ in targets):
        return 1
    return max(1, min(jobs, len(targets) // FILES_PER_WORKER))


@dataclass(frozen=True, slots=True)
class PackedViolation:
    """A finding without its rule, as a worker sends it back: the rule's code instead."""

    code: str
    path: str
    message_values: tuple[str, ...]
    span: Span
    start: Position
    end: Position
    post: str | None
    post_id: str | None
    source_line: str
    source_column: int
    context: str
    context_hash: str
    severity: str | None

    @classmethod
    def pack(cls, violation: Violation) -> PackedViolation:
        return cls(
            code=violation.rule.code,
            path=violation.path,
            message_values=violation.message_values,
            span=violation.span,
            start=violation.start,
            end=violation.end,
            post=violation.post,
            post_id=violation.post_id,
            source_line=violation.source_line,
            source_column=violation.source_column,
            context=violation.context,
            context_hash=violation.context_hash,
            severity=violation.severity,
        )

    def unpack(self, rule: Rule) -> Violation:
        return Violation(
            path=self.path,
            rule=rule,
            message_values=self.message_values,
            span=self.span,
            start=self.start,
            end=self.end,
            post=self.post,
            post_id=self.post_id,
            source_line=self.source_line,
            source_column=self.source_column,
            context=self.context,
            context_hash=self.context_hash,
            severity=self.severity,
        )


@dataclass(frozen=True)
class PartResult:
    """What a worker's run found in its part of the files, in their order."""

    violations: tuple[PackedViolation, ...]
    files: tuple[str, ...]
    unlinted: tuple[str, ...]
    unlinted_reasons: tuple[str, ...]
    problems: tuple[str, ...]
    unreadable: bool
    internal_errors: int
    stopped_rules: tuple[str, ...]
    failure_messages: tuple[str, ...]


def lint_part(options: RunOptions, targets: Sequence[Target]) -> PartResult:
    """Lint ``targets`` in this process, as one process of the pool."""
    from citelint.run import Run  # noqa: PLC0415 - run imports this module

    run = Run(replace(options, diff=None, jobs=1))
    for path, named in targets:
        run.lint_target(path, named)
    result = run.result
    return PartResult(
        violations=tuple(PackedViolation.pack(violation) for violation in result.violations),
        files=tuple(result.files),
        unlinted=tuple(result.unlinted),
        unlinted_reasons=tuple(result.unlinted_reasons),
        problems=(*result.problems, *run.archive_problems()),
        unreadable=result.unreadable,
        internal_errors=result.internal_errors,
        stopped_rules=tuple(sorted(run.failures.codes)),
        failure_messages=tuple(run.failures.messages),
    )


def lint_in_pool(
    options: RunOptions, targets: Sequence[Target], workers: int
) -> Iterator[tuple[int, PartResult]]:
    """Each part's size and result, in the order of the parts, from a pool of ``workers``."""
    size = max(1, -(-len(targets) // (workers * PARTS_PER_WORKER)))
    parts = [list(targets[start : start + size]) for start in range(0, len(targets), size)]
    # Imported only for a pool: start-up stays lean for the runs that need none.
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    # fork where there is one: a worker starts with citelint imported and its patterns
    # compiled; elsewhere each worker imports it anew.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    worker_options = replace(options, stdin=None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = pool.map(lint_part, [worker_options] * len(parts), parts)
        yield from zip((len(part) for part in parts), results, strict=True)
