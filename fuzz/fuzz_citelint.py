"""Coverage-guided fuzzing of citelint's readers and loaders (atheris, libFuzzer's engine for
Python). Not a test: run it for as long as you like; fuzz/run_all.py runs every target in turn.

One format at a time, with its own dictionary and seeds (the targets are in fuzz/target.py:
text, markdown, html, wxr, jsonl, rule, config, pyproject, baseline)::

    python fuzz/seeds.py /tmp/seeds
    python fuzz/fuzz_citelint.py --target markdown /tmp/corpus/markdown /tmp/seeds/markdown \\
        -dict=fuzz/dictionaries/markdown.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \\
        -report_slow_units=2 -max_total_time=600 -artifact_prefix=fuzz/crashes/markdown-

or every target from one input whose first byte picks the target (seeds in /tmp/seeds/all,
dictionary fuzz/dictionaries/all.dict), by leaving out ``--target``. An input slower than
-timeout seconds, or taking more than -rss_limit_mb of memory, is a crash like an exception:
libFuzzer writes it to fuzz/crashes/ (not committed). To see the traceback of one without
atheris::

    python fuzz/fuzz_citelint.py --replay --target markdown fuzz/crashes/markdown-crash-…

and once the bug is fixed, keep it in the crash corpus (a format byte first, the target's
name first in the file name), which tests/test_fuzz_regressions.py replays::

    python fuzz/fuzz_citelint.py --keep --target markdown fuzz/crashes/markdown-crash-… NAME
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
REGRESSIONS = FUZZ.parent / "tests" / "fuzz_regressions"
sys.path.insert(0, str(FUZZ))


def _take_target(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--target NAME`` (or ``--target=NAME``) out of ``argv``; the rest is libFuzzer's."""
    rest: list[str] = []
    target: str | None = None
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--target":
            target = next(arguments, None)
        elif argument.startswith("--target="):
            target = argument.partition("=")[2]
        else:
            rest.append(argument)
    return target, rest


def replay(target: str | None, paths: list[str]) -> int:
    """Run each input without atheris: 0 if every one passes, 1 with each traceback."""
    from target import run_input, run_target  # noqa: PLC0415 - not instrumented here

    failed = 0
    for path in paths:
        data = Path(path).read_bytes()
        started = time.perf_counter()
        try:
            if target is None:
                run_input(data)
            else:
                run_target(target, data)
        except Exception as error:
            failed += 1
            elapsed = time.perf_counter() - started
            print(f"{path}: crash after {elapsed:.2f} s: {signature(error)}", file=sys.stderr)
            traceback.print_exc()
        else:
            print(f"{path}: passes ({time.perf_counter() - started:.2f} s)")
    return 1 if failed else 0


def keep(target: str | None, artifact: str, name: str) -> int:
    """Copy a crash, fixed now, into the crash corpus in run_input's form."""
    from target import TARGETS, target_of, with_target  # noqa: PLC0415

    data = Path(artifact).read_bytes()
    if target is None:  # an artifact of the every-target mode: its first byte says which
        target, data = target_of(data), data[1:]
    if target not in TARGETS:
        print(f"unknown target {target!r}; one of {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    if _fails(target, data):
        print(f"{artifact}: still crashes; fix it before keeping it", file=sys.stderr)
        return 1
    path = REGRESSIONS / (name if name.startswith(f"{target}-") else f"{target}-{name}")
    path.write_bytes(with_target(target, data))
    print(path)
    return 0


def _fails(target: str, data: bytes) -> bool:
    from target import run_target  # noqa: PLC0415

    try:
        run_target(target, data)
    except Exception:
        traceback.print_exc()
        return True
    return False


def fuzz(target: str | None, argv: list[str]) -> None:
    import atheris  # noqa: PLC0415 - --replay, --keep and the tests run without it

    with atheris.instrument_imports():
        import target as harness  # noqa: PLC0415 - imported under instrumentation

    from mutators import amplify  # noqa: PLC0415

    if target is None:
        callback = harness.run_input
    elif target in harness.TARGETS:

        def callback(data: bytes) -> None:
            harness.run_target(target, data)

    else:
        sys.exit(f"unknown target {target!r}; one of {', '.join(harness.TARGETS)}")
    prefix = 1 if target is None else 0

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        return amplify(data, max_size, seed, atheris.Mutate, prefix)

    atheris.Setup(argv, passing_known(callback), custom_mutator=mutate)
    atheris.Fuzz()


# Set by fuzz/run_all.py: signatures (see ``signature``) of crashes already found, separated
# by newlines. libFuzzer stops at the first crash; letting a known one pass lets the next run
# look for others instead of finding the same one again.
KNOWN_CRASHES = "CITELINT_FUZZ_KNOWN_CRASHES"
SIGNATURE_LINE = "citelint-fuzz-signature: "


def signature(error: BaseException) -> str:
    """The exception's type and where it was raised: the innermost frame, and the innermost
    frame in citelint (the same bug met by two inputs has the same signature)."""
    frames = traceback.extract_tb(error.__traceback__)
    places = [frame for frame in frames if "/citelint/" in frame.filename.replace("\\", "/")]
    where = [f"{Path(frame.filename).name}:{frame.lineno}" for frame in (frames[-1:] + places[-1:])]
    return f"{type(error).__name__} at {' via '.join(dict.fromkeys(where))}"


def passing_known(callback: Callable[[bytes], None]) -> Callable[[bytes], None]:
    known = set(filter(None, os.environ.get(KNOWN_CRASHES, "").split("\n")))

    def guarded(data: bytes) -> None:
        try:
            callback(data)
        except Exception as error:
            found = signature(error)
            if found in known:
                return
            print(f"\n{SIGNATURE_LINE}{found}", file=sys.stderr, flush=True)
            raise

    return guarded


def main(argv: list[str]) -> int:
    target, rest = _take_target(argv[1:])
    if rest[:1] == ["--replay"]:
        return replay(target, rest[1:])
    if rest[:1] == ["--keep"] and len(rest) == 3:
        return keep(target, rest[1], rest[2])
    if rest[:1] == ["--make-seeds"] and len(rest) == 2:
        from seeds import make_seeds  # noqa: PLC0415

        make_seeds(Path(rest[1]))
        return 0
    fuzz(target, [argv[0], *rest])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
