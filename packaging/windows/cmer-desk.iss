; Inno Setup 6 script: the per-user installer of the Windows bundle (no administrator rights asked).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\cmer-desk.iss
;
; run from the repository root after the bundle was built on Windows with
; `pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\cmer-desk.spec`
; (dist\cmer-desk\ and build\bundle-assets\icons\cmer-desk.ico). Writes
; dist\cmer-desk-<version>-windows-setup.exe. Step by step: docs\installing.md.
;
; Where things go, for the person who installs it (never elevated: PrivilegesRequired=lowest):
;   the program      %LOCALAPPDATA%\Programs\cmer-desk\   ({autopf} in non administrative mode)
;   Start menu       the user's Programs folder: "cmer-desk" ({autoprograms})
;   uninstall entry  HKCU (Settings > Apps), with the icon
; and what the program writes itself, which the uninstaller never touches: the press file, its backups and
; the log in %LOCALAPPDATA%\cmer-desk\ (platformdirs' user data folder), the window's settings under
; HKCU\Software\cmer-desk. Uninstalling then reinstalling finds the data as it was.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\cmer-desk.iss
#endif

[Setup]
AppId={{6F0B5C1E-2D1A-4C53-9A57-3C6E0D6B8F21}
AppName=cmer-desk
AppVersion={#AppVersion}
AppVerName=cmer-desk {#AppVersion}
AppPublisher=Bureau de la communication
AppComments=Événements, contacts, accréditations et invitations presse
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\cmer-desk
DisableDirPage=yes
DefaultGroupName=cmer-desk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=cmer-desk-{#AppVersion}-windows-setup
SetupIconFile=build\bundle-assets\icons\cmer-desk.ico
UninstallDisplayIcon={app}\cmer-desk.exe
UninstallDisplayName=cmer-desk
LicenseFile=LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: cmer-desk.exe (the window, no console), cmer-desk-cli.exe (the command line), _internal\,
; cmer-desk.ico and LICENSE. Files left from an older version are replaced.
Source: "dist\cmer-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an older version's libraries must not linger beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\cmer-desk"; Filename: "{app}\cmer-desk.exe"; WorkingDir: "{app}"; IconFilename: "{app}\cmer-desk.ico"; Comment: "Bureau de la communication : événements, contacts, accréditations, invitations presse"
Name: "{autodesktop}\cmer-desk"; Filename: "{app}\cmer-desk.exe"; WorkingDir: "{app}"; IconFilename: "{app}\cmer-desk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\cmer-desk.exe"; Description: "{cm:LaunchProgram,cmer-desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes what it installed in {app}, and nothing
; of %LOCALAPPDATA%\cmer-desk\ (the data).
