"""Ships the top-level resources/ folder inside the installed package as app/resources.

The repository keeps data (fonts, profiles, translations) in resources/ beside app/ so the
layers stay visible; an installed wheel needs it inside the package, which only an explicit
package_dir mapping can express (pyproject.toml's find cannot).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app.resources"],
    package_dir={"app.resources": "resources"},
    package_data={
        "app.resources": ["**/*"],
        "app.models": ["migrations/*.mako", "migrations/versions/*.py"],
    },
)
