# One command on Windows (PowerShell, Python 3.11+ and Inno Setup 6 installed):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# writes dist\repdesk\ (the one-folder program) and dist\RepdeskSetup.exe (the installer).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python -m venv .venv
.venv\Scripts\python -m pip install --quiet --upgrade pip
.venv\Scripts\python -m pip install --quiet -e ".[test]"
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\repdesk.spec
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc packaging\windows\repdesk.iss
Write-Host "Installer: dist\RepdeskSetup.exe"
