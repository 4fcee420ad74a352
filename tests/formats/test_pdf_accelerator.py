"""The documents run on ReportLab's C accelerator (the reportlab[accel] dependency), not on its
pure-Python fallbacks."""

from __future__ import annotations


def test_reportlab_finds_its_c_accelerator_for_every_function():
    from reportlab.lib import rl_accel

    assert rl_accel._py_funcs == {}  # the functions ReportLab had to take from its Python fallbacks
    assert "instanceStringWidthTTF" in rl_accel._c_funcs and "fp_str" in rl_accel._c_funcs
