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


def test_a_target_that_is_not_a_regular_file_is_never_replaced(tmp_path):
    import stat

    fifo = tmp_path / "tube.csv"
    os.mkfifo(fifo)
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    link = tmp_path / "lien.csv"
    link.symlink_to(fifo)
    targets = [fifo, folder, link]
    if os.geteuid() == 0:  # a device like /dev/null, made here: the real one is never put at risk
        device = tmp_path / "null.csv"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(device)
    for target in targets:
        kind = stat.S_IFMT(os.lstat(target).st_mode)
        with pytest.raises(FileWriteError) as info:
            write_atomic(target, b"x")
        assert "n'est pas un fichier ordinaire" in str(info.value)
        assert stat.S_IFMT(os.lstat(target).st_mode) == kind
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".cmer-desk-")]
