#!/usr/bin/env bash
# The Debian packages, as a user gets them: CPack builds opsdash_<version>_amd64.deb and eventsd_<version>_amd64.deb
# from this build tree, their files and control fields are checked, lintian must report no error, and — as root —
# they are installed on this machine, the installed programs are started (opsdash --version, its German --help
# from the installed translations, eventsd --help, systemd-analyze verify of the unit), and purged again.
#
#   check-debs.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
installed=false
cleanup() {
  [[ $installed == true ]] && dpkg --purge opsdash eventsd >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "check-debs: $*" >&2
  exit 1
}

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
opsdash_deb=$work/opsdash_${version}_amd64.deb
eventsd_deb=$work/eventsd_${version}_amd64.deb
[[ -f $opsdash_deb && -f $eventsd_deb ]] || { ls "$work"; fail "expected opsdash_${version}_amd64.deb and eventsd_${version}_amd64.deb"; }

# Each package holds its own files and nothing of the other's.
expect_files() {
  local deb=$1
  shift
  local listing
  listing=$(dpkg-deb -c "$deb" | awk '{print $1, $6}')
  for entry in "$@"; do
    local mode=${entry%% *} path=${entry#* }
    grep -qE "^$mode \./$path\$" <<<"$listing" || { echo "$listing"; fail "$(basename "$deb") lacks $path ($mode)"; }
  done
}
expect_files "$opsdash_deb" \
  "-rwxr-xr-x usr/bin/opsdash" \
  "-rw-r--r-- usr/share/applications/opsdash.desktop" \
  "-rw-r--r-- usr/share/metainfo/io.github.opsdash.opsdash.metainfo.xml" \
  "-rw-r--r-- usr/share/icons/hicolor/scalable/apps/opsdash.svg" \
  "-rw-r--r-- usr/share/icons/hicolor/48x48/apps/opsdash.png" \
  "-rw-r--r-- usr/share/icons/hicolor/256x256/apps/opsdash.png" \
  "-rw-r--r-- usr/share/opsdash/translations/opsdash_de.qm" \
  "-rw-r--r-- usr/share/opsdash/translations/opsdash_fr.qm" \
  "-rw-r--r-- usr/share/man/man1/opsdash.1.gz" \
  "-rw-r--r-- usr/share/doc/opsdash/copyright" \
  "-rw-r--r-- usr/share/doc/opsdash/changelog.gz" \
  "-rw-r--r-- usr/share/doc/opsdash/user-guide.md"
expect_files "$eventsd_deb" \
  "-rwxr-xr-x usr/bin/eventsd" \
  "-rw-r--r-- lib/systemd/system/eventsd.service" \
  "-rw------- etc/eventsd/eventsd.ini" \
  "-rw-r--r-- usr/share/doc/eventsd/examples/eventsd.ini" \
  "-rw-r--r-- usr/share/man/man1/eventsd.1.gz" \
  "-rw-r--r-- usr/share/doc/eventsd/copyright"
opsdash_files=$(dpkg-deb -c "$opsdash_deb")
eventsd_files=$(dpkg-deb -c "$eventsd_deb")
grep -qE 'usr/bin/eventsd|eventsd\.service' <<<"$opsdash_files" && fail "opsdash.deb carries eventsd's files"
grep -qE 'usr/bin/opsdash|opsdash\.desktop' <<<"$eventsd_files" && fail "eventsd.deb carries opsdash's files"
# Dependencies found by dpkg-shlibdeps (the libraries' packages), plus the ones loaded at run time.
opsdash_depends=$(dpkg-deb -f "$opsdash_deb" Depends)
eventsd_depends=$(dpkg-deb -f "$eventsd_deb" Depends)
for dep in libqt6widgets6 libqt6charts6 libqt6keychain1 libpq5 libqt6sql6-psql; do
  grep -q "$dep" <<<"$opsdash_depends" || fail "opsdash Depends lacks $dep: $opsdash_depends"
done
for dep in libhiredis libsodium libpq5 libsystemd0 libcurl4 libqrencode4; do
  grep -q "$dep" <<<"$eventsd_depends" || fail "eventsd Depends lacks $dep: $eventsd_depends"
done
dpkg-deb -I "$eventsd_deb" conffiles | grep -qx '/etc/eventsd/eventsd.ini' || fail "eventsd.ini is not a conffile"
# The man pages document every option (help2man from --help) and nothing of Qt's own warnings.
for pair in "opsdash:--maintenance-user" "eventsd:--database-url"; do
  package=${pair%%:*} option=${pair#*:}
  page=$(dpkg-deb --fsys-tarfile "$work/${package}_${version}_amd64.deb" | tar -xO "./usr/share/man/man1/$package.1.gz" | zcat |
    sed 's/\\-/-/g')
  grep -q -- "$option" <<<"$page" || fail "$package(1) does not document $option"
  grep -q 'QStandardPaths\|propagateSizeHints' <<<"$page" && fail "$package(1) contains Qt's warnings"
done
echo "check-debs: contents, dependencies and man pages as expected"
echo "  opsdash Depends: $opsdash_depends"

# lintian: no error (warnings and information are printed for the reader).
for deb in "$opsdash_deb" "$eventsd_deb"; do
  lintian --fail-on error --tag-display-limit 0 "$deb" | sed "s|^|  lintian $(basename "$deb"): |" ||
    fail "lintian reports errors for $(basename "$deb")"
done
echo "check-debs: lintian reports no error"

if [[ $(id -u) -ne 0 ]]; then
  echo "check-debs: not root, so the packages were not installed on this machine"
  exit 0
fi
for package in opsdash eventsd; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' &&
    fail "$package is installed already; this test installs and purges its own"
done
installed=true
dpkg -i "$opsdash_deb" "$eventsd_deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
export QT_QPA_PLATFORM=offscreen HOME=$work/home XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
got=$(/usr/bin/opsdash --version)
[[ $got == "opsdash $version" ]] || fail "opsdash --version printed '$got'"
# The German help proves the translations load from /usr/share/opsdash/translations (none lie beside /usr/bin).
# (Whole outputs first: grep -q leaving a pipe early would fail the pipeline under pipefail.)
help=$(LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 /usr/bin/opsdash --help)
grep -q 'Zu öffnendes Verbindungsprofil' <<<"$help" ||
  fail "opsdash --help is not German under LANG=de_DE: the installed translations were not loaded"
help=$(/usr/bin/eventsd --help)
grep -q -- '--database-url' <<<"$help" || fail "eventsd --help lacks --database-url"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify /lib/systemd/system/eventsd.service || fail "systemd-analyze verify eventsd.service"
fi
man -w opsdash >/dev/null 2>&1 || [[ -f /usr/share/man/man1/opsdash.1.gz ]] || fail "opsdash(1) not installed"
echo "check-debs: installed, started from /usr/bin (opsdash $version, German help, eventsd --help), unit verified; purging"
