; Inno Setup script: the Windows installer of Minutes, from the one-folder app PyInstaller makes
; (packaging/minutes.spec -> dist\minutes). Built by .github/workflows/windows.yml:
;
;     iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\minutes packaging\windows\minutes.iss
;
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\Minutes and
; its registry entries to HKEY_CURRENT_USER. The user's records are elsewhere
; (%LOCALAPPDATA%\Minutes: the database, its backups, the log), so uninstalling never touches them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\minutes"
#endif

[Setup]
AppId={{6C0E5B0A-7F3E-4C55-9B0B-4D2A7E1F2C11}
AppName=Minutes
AppVersion={#AppVersion}
AppPublisher=The Minutes developers
DefaultDirName={localappdata}\Programs\Minutes
DefaultGroupName=Minutes
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\..\dist
OutputBaseFilename=minutes-setup-{#AppVersion}
SetupIconFile=minutes.ico
UninstallDisplayIcon={app}\minutes.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "jsondefault"; Description: "Open .json backups with Minutes by double-click"; GroupDescription: "Files:"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\THIRD_PARTY_NOTICES.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{userprograms}\Minutes"; Filename: "{app}\minutes.exe"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\Minutes"; Filename: "{app}\minutes.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; A ProgID of our own; .json offers it under "Open with" always, and as the default only when the
; user ticks the task (a .json file is not always a Minutes backup).
Root: HKCU; Subkey: "Software\Classes\Minutes.Backup"; ValueType: string; ValueName: ""; ValueData: "Minutes JSON backup"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Minutes.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\minutes.exe,0"
Root: HKCU; Subkey: "Software\Classes\Minutes.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\minutes.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Minutes.Backup"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.json"; ValueType: string; ValueName: ""; ValueData: "Minutes.Backup"; Tasks: jsondefault; Flags: uninsdeletevalue

[Run]
Filename: "{app}\minutes.exe"; Description: "{cm:LaunchProgram,Minutes}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is left out on purpose: the uninstaller removes only what it installed, and
; the user's database, backups and log stay in %LOCALAPPDATA%\Minutes.
