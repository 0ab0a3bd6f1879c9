; Inno Setup script (optional installer for Windows): NOT TESTED here (built on Linux only).
; Build the bundle first on Windows (python packaging\build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\simulator.iss
; Output: dist\simulator-setup-<version>.exe. Per-user install, no administrator rights needed.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6D1C3E52-0B7A-4C4E-9E7B-5A0F1D2C3B41}
AppName=Simulator
AppVersion={#AppVersion}
AppPublisher=Simulator
DefaultDirName={localappdata}\Programs\Simulator
DefaultGroupName=Simulator
PrivilegesRequired=lowest
OutputDir={#Root}\dist
OutputBaseFilename=simulator-setup-{#AppVersion}
SetupIconFile={#Root}\assets\icon.ico
UninstallDisplayIcon={app}\simulator-window.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder build; progress data lives in the user's data folder, never here, so upgrades keep it.
Source: "{#Root}\dist\simulator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Simulator"; Filename: "{app}\simulator-window.exe"
Name: "{userdesktop}\Simulator"; Filename: "{app}\simulator-window.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\simulator-window.exe"; Description: "{cm:LaunchProgram,Simulator}"; Flags: nowait postinstall skipifsilent
