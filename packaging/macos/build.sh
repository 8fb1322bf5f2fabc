#!/bin/sh
# One command on macOS (Python 3.11+ installed):  sh packaging/macos/build.sh
# writes dist/Repdesk.app and dist/Repdesk.dmg (a disk image to drag the app to Applications).
set -eu
cd "$(dirname "$0")/../.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/repdesk.spec
rm -rf build/dmg && mkdir -p build/dmg
cp -R dist/Repdesk.app build/dmg/
ln -s /Applications build/dmg/Applications
hdiutil create -volname Repdesk -srcfolder build/dmg -ov -format UDZO dist/Repdesk.dmg
echo "Disk image: dist/Repdesk.dmg"
