"""Lab switch (docs/labs/switch.md): its checks are tests of the whole system
(labs/labs.toml lists them); this file proves its skeleton."""
from labtest import check_skeleton


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("switch", tmp_path)
