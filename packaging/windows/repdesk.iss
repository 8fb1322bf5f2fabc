; Inno Setup script: a Windows installer around the one-folder bundle.
; On Windows: `pyinstaller packaging\repdesk.spec --distpath dist`, then
; `iscc packaging\windows\repdesk.iss` writes dist\RepdeskSetup.exe.
[Setup]
AppName=Repdesk
AppVersion=0.1
AppPublisher=Repdesk
DefaultDirName={autopf}\Repdesk
DefaultGroupName=Repdesk
OutputDir=..\..\dist
OutputBaseFilename=RepdeskSetup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\repdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Repdesk"; Filename: "{app}\repdesk-gui.exe"
Name: "{autodesktop}\Repdesk"; Filename: "{app}\repdesk-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\repdesk-gui.exe"; Description: "Start Repdesk"; Flags: nowait postinstall skipifsilent
