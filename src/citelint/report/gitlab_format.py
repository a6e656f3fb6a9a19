"""GitLab's code quality report: a JSON array GitLab shows in merge requests.

Each issue has a fingerprint that stays the same while the finding does (its rule, file and
sentence), so GitLab can tell new findings from old ones.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citelint.report import Report

_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(report: Report) -> str:
    issues = []
    seen: dict[str, int] = {}
    for v in report.violations:
        key = "\0".join((v.rule.code, v.path, v.post or "", v.context_hash or v.message))
        occurrence = seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{occurrence}".encode()).hexdigest()
        issues.append(
            {
                "type": "issue",
                "check_name": v.rule.code,
                "description": f"{v.rule.code} {v.message}",
                "categories": ["Style"],
                "severity": _SEVERITIES[v.level],
                "fingerprint": fingerprint,
                "location": {
                    "path": v.path,
                    "lines": {"begin": v.start.line, "end": v.end.line},
                },
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
