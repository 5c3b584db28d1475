"""Ship the top-level rules/ folder inside the package, so an installed CLI finds it."""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithRules(build_py):
    def run(self):
        super().run()
        src = Path(__file__).parent / "rules"
        dest = Path(self.build_lib) / "offercheck" / "rules"
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__"))


setup(cmdclass={"build_py": BuildWithRules})
