import os
import tempfile

# Tests never touch the real data folder: settings read this when Django first loads them.
os.environ["BACKCOACH_HOME"] = tempfile.mkdtemp(prefix="backcoach-test-")
