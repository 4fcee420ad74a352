import os

import pytest

from cmer_desk.services.files import (
    FileWriteError,
    remove_leftover_temporaries,
    write_atomic,
)


def test_write_replaces_the_target_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "liste.csv"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]


def test_an_interrupted_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "invitation.pdf"
    target.write_bytes(b"previous")

    def boom(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(FileWriteError) as info:
        write_atomic(target, b"x" * 1000)
    assert "le disque est plein" in str(info.value)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["invitation.pdf"]


def test_old_leftover_temporaries_are_removed_recent_ones_kept(tmp_path):
    old = [tmp_path / ".cmer-desk-abc.part", tmp_path / ".cmer-desk-abc.part-wal"]
    for path in old:
        path.write_bytes(b"half")
        os.utime(path, (0, 0))
    (tmp_path / ".cmer-desk-now.part").write_bytes(b"being written by another process")
    (tmp_path / "keep.pdf").write_bytes(b"ok")
    assert remove_leftover_temporaries(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cmer-desk-now.part", "keep.pdf"]
