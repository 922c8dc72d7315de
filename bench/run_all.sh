#!/bin/sh
# Run the start-up, search, sort and backup benchmarks (offscreen). Not part of the test suite.
#   bench/run_all.sh                 # figures only
#   bench/run_all.sh --profile       # plus where the time goes (start-up and search)
# PYTHON=/path/to/python bench/run_all.sh  to pick the interpreter (default: python).
set -e
here=$(dirname "$0")
python=${PYTHON:-python}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$python" "$here/startup.py" "$@"
"$python" "$here/search.py" "$@"
"$python" "$here/sort.py"
"$python" "$here/backup.py"
"$python" "$here/secrets.py"
