"""GitLab's code quality report: a JSON array GitLab shows in merge requests.

Each issue has a fingerprint that stays the same while the finding does (its rule, file and
sentence), so GitLab can tell new findings from old ones. The description, which the merge
request page shows, is written by ``visible()``.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from citelint.report.safe_json import dumps
from citelint.terminal import visible

if TYPE_CHECKING:
    from citelint.report import Report

_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(report: Report) -> str:
    issues = []
    seen: dict[str, int] = {}
    for v in report.violations:
        key = "\0".join((v.rule.code, v.path, v.post or "", v.context_hash or v.message))
        occurrence = seen[key] = seen.get(key, 0) + 1
        # surrogatepass: a file name that is not UTF-8, or a JSON line's lone surrogate, is
        # still hashed (and any other text hashes as it did).
        fingerprint = hashlib.sha256(
            f"{key}\0{occurrence}".encode("utf-8", "surrogatepass")
        ).hexdigest()
        issues.append(
            {
                "type": "issue",
                "check_name": v.rule.code,
                "description": visible(f"{v.rule.code} {v.message}"),
                "categories": ["Style"],
                "severity": _SEVERITIES[v.level],
                "fingerprint": fingerprint,
                "location": {
                    "path": v.path,
                    "lines": {"begin": v.start.line, "end": v.end.line},
                },
            }
        )
    return dumps(issues) + "\n"
