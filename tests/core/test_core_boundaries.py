import ast
import subprocess
import sys
from pathlib import Path

import backcoach.core

CORE = Path(backcoach.core.__file__).parent


def test_it_never_imports_django_in_core():
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not [n for n in names if n.split(".")[0] == "django"], path


def test_it_loads_and_plans_without_django_in_the_process():
    code = (
        "import sys, backcoach.core.planning, backcoach.core.timeline, backcoach.core.progression;"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'django'], 'django imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
