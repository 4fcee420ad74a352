"""The settings file: its owner's only, and a PostgreSQL password never in it (the system keyring keeps
it; without one the desk refuses to store it and points to ~/.pgpass)."""

from __future__ import annotations

import os
import stat

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings

from cmer_desk.services.credentials import KEYRING_SERVICE, PasswordStorageError, split_password, with_stored_password
from cmer_desk.ui.settings_file import LOCATION_KEY, database_location, make_private, open_settings, save_location

URL = "postgresql+psycopg://desk@serveur.prefecture.local:5433/presse"
SECRET = "s3cr3t-Œ:@/%"


class MemoryKeyring(KeyringBackend):
    """A keyring as the system's would be, in memory."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def system_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def conf(tmp_path):
    folder = tmp_path / "cmer-desk"
    folder.mkdir(mode=0o755)
    return QSettings(str(folder / "cmer-desk.conf"), QSettings.Format.IniFormat)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _file_text(settings: QSettings) -> str:
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as handle:
        return handle.read()


def _with_password() -> str:
    from sqlalchemy.engine import make_url

    return make_url(URL).set(password=SECRET).render_as_string(hide_password=False)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_settings_file_and_its_folder_are_private_and_stay_so(conf):
    previous = os.umask(0o022)
    try:
        make_private(conf)
        conf.setValue("interface/language", "en")
        conf.sync()
        conf.setValue("interface/language", "fr")
        conf.sync()  # rewritten by Qt (QSaveFile): the mode is kept
    finally:
        os.umask(previous)
    assert _mode(conf.fileName()) == 0o600
    assert _mode(os.path.dirname(conf.fileName())) == 0o700

def test_the_users_settings_are_opened_private(qapp):
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("cmer-desk")
    qapp.setApplicationName("cmer-desk")
    try:
        settings = open_settings()
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
    assert settings.fileName().endswith("cmer-desk.conf")
    if os.name == "posix":
        assert _mode(settings.fileName()) == 0o600


def test_split_password_keeps_everything_else():
    assert split_password(_with_password()) == (URL, SECRET)
    assert split_password(URL) == (URL, None)
    assert split_password("/home/agent/presse.db") == ("/home/agent/presse.db", None)


def test_the_password_goes_to_the_keyring_never_into_the_file(conf, system_keyring):
    save_location(conf, _with_password())
    conf.sync()
    assert conf.value(LOCATION_KEY) == URL
    text = _file_text(conf)
    assert "s3cr3t" not in text
    assert system_keyring.items == {(KEYRING_SERVICE, "desk@serveur.prefecture.local:5433/presse"): SECRET}
    assert split_password(database_location(conf)) == (URL, SECRET)  # this session gets it back


def test_without_a_keyring_the_password_is_refused_pointing_to_pgpass(conf, no_keyring):
    conf.setValue(LOCATION_KEY, "/ancienne/base.db")
    with pytest.raises(PasswordStorageError) as caught:
        save_location(conf, URL, password=SECRET)
    assert ".pgpass" in str(caught.value) and "jamais en clair" in str(caught.value)
    assert conf.value(LOCATION_KEY) == "/ancienne/base.db"  # nothing written
    save_location(conf, URL)  # without a password: the driver reads ~/.pgpass
    assert conf.value(LOCATION_KEY) == URL
    assert with_stored_password(URL) == URL


@pytest.mark.parametrize("has_keyring", [True, False])
def test_a_password_left_in_the_file_by_an_older_version_is_taken_out(conf, has_keyring, request):
    backend = request.getfixturevalue("system_keyring" if has_keyring else "no_keyring")
    conf.setValue(LOCATION_KEY, _with_password())
    conf.sync()
    assert split_password(database_location(conf)) == (URL, SECRET)  # still opens this time
    assert "s3cr3t" not in _file_text(conf)
    assert conf.value(LOCATION_KEY) == URL
    if has_keyring:
        assert list(backend.items.values()) == [SECRET]
        assert split_password(database_location(conf)) == (URL, SECRET)  # and the next times


def test_the_settings_dialog_keeps_the_password_in_the_keyring(make_window, app_ctx, conf, system_keyring):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(app_ctx.profile, conf, make_window(load_example=True))
    dialog.database.setText(URL)
    dialog.database_password.setText(SECRET)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    conf.sync()
    assert conf.value(LOCATION_KEY) == URL
    assert "s3cr3t" not in _file_text(conf)
    assert list(system_keyring.items.values()) == [SECRET]
    again = SettingsDialog(app_ctx.profile, conf)
    assert again.database_password.text() == ""
    assert "trousseau" in again.database_password.placeholderText()


def test_the_settings_dialog_without_a_keyring_says_so_and_keeps_the_old_location(make_window, app_ctx, conf,
                                                                                   no_keyring):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    conf.setValue(LOCATION_KEY, "/ancienne/base.db")
    dialog = SettingsDialog(app_ctx.profile, conf, make_window(load_example=True))
    dialog.show()
    dialog.database.setText(_with_password())
    dialog.save()
    assert dialog.isVisible()
    assert ".pgpass" in dialog.rows["database"].error.text()
    assert conf.value(LOCATION_KEY) == "/ancienne/base.db"
    conf.sync()
    assert "s3cr3t" not in _file_text(conf)


def test_the_settings_dialog_refuses_control_characters_in_a_location(make_window, app_ctx, conf):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(app_ctx.profile, conf, make_window(load_example=True),
                            backup_folder=app_ctx.backups.folder)
    dialog.show()
    dialog.database.setText("/tmp/pre\x00sse.db")
    dialog.backup_folder.setText("/tmp/sauve\x1bgardes")
    dialog.save()
    assert dialog.isVisible()
    assert "U+001B" in dialog.rows["backup_folder"].error.text()
    assert conf.value(LOCATION_KEY) is None
