#!/usr/bin/env bash
# Install the kiosk from this offline bundle, with no network.
#
#   sudo bash install.sh              the app in /opt/kiosk, and the kiosk session at boot
#   bash install.sh --app-only --prefix DIR    only the app and its Python environment in DIR
#   bash install.sh --prefix DIR --write-unit FILE    write the systemd unit for DIR to FILE, nothing else
#   bash install.sh --prefix DIR --pin-only DATA      only the staff PIN step, for the data folder DATA
#   bash install.sh --print-settings CONF    only the print service's privacy settings, in cupsd.conf CONF
#
# The staff PIN: a PIN already set is always kept. Otherwise it comes from KIOSK_STAFF_PIN in the
# environment, or is asked for (twice, not shown) when the installer runs on a terminal; without
# either the kiosk has no PIN until someone runs 'kiosk set-pin'.
#
# Every step can be run again: a second run repairs or upgrades. See docs/deployment.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix=/opt/kiosk
app_only=0
python=""

say() { printf 'kiosk install: %s\n' "$*"; }
die() { printf 'kiosk install: %s\n' "$*" >&2; exit 1; }

keep_no_print_jobs() {  # CONF: the print service keeps no patient's page, nor a list of jobs, once printed
    local conf="$1" setting name
    [ -f "$conf" ] || return 0
    # A file without a last newline would glue the new line to its last one.
    [ -z "$(tail -c 1 "$conf")" ] || printf '\n' >> "$conf"
    for setting in "PreserveJobFiles No" "PreserveJobHistory No"; do
        name="${setting%% *}"
        if grep -qiE "^[[:space:]]*$name[[:space:]]" "$conf"; then
            sed -i --follow-symlinks -E "s/^[[:space:]]*$name[[:space:]].*/$setting/I" "$conf"
        else
            printf '%s\n' "$setting" >> "$conf"
        fi
    done
}

write_unit() {  # PREFIX FILE: the unit with its paths pointing at PREFIX
    sed "s|/opt/kiosk|$1|g" "$here/app/deploy/kiosk.service" > "$2"
}

first_pin() {  # KIOSK DATA [COMMAND...]: the staff PIN of a new kiosk, set through COMMAND (runuser ...)
    local kiosk="$1" data="$2" state=0
    shift 2
    local later="${*:+$* }$kiosk set-pin --data-dir $data"
    "$@" "$kiosk" set-pin --data-dir "$data" --check >/dev/null 2>&1 || state=$?
    if [ "$state" = 0 ]; then
        say "the staff PIN already set is kept"
        return
    fi
    if [ "$state" != 1 ]; then
        say "warning: the staff PIN file cannot be read; set a new PIN with: $later"
        return
    fi
    if [ -n "${KIOSK_STAFF_PIN:-}" ]; then
        # Through a pipe from the shell itself: the PIN is never on a command line others can see.
        printf '%s\n' "$KIOSK_STAFF_PIN" | "$@" "$kiosk" set-pin --data-dir "$data" --stdin >/dev/null \
            || die "KIOSK_STAFF_PIN must be 4 to 8 digits; no staff PIN was set"
        say "the staff PIN from KIOSK_STAFF_PIN is set"
    elif [ -t 0 ]; then
        say "choose the staff PIN (4 to 8 digits): it is asked twice and not shown"
        "$@" "$kiosk" set-pin --data-dir "$data" || say "no staff PIN was set; set it later with: $later"
    else
        say "no staff PIN yet: set it with '$later', or run install.sh again with KIOSK_STAFF_PIN set"
    fi
}

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --app-only) app_only=1; shift ;;
        --python) python="${2:?--python needs a program}"; shift 2 ;;
        --write-unit) write_unit "$prefix" "${2:?--write-unit needs a file}"; exit 0 ;;
        --print-settings) keep_no_print_jobs "${2:?--print-settings needs a cupsd.conf}"; exit 0 ;;
        --pin-only) first_pin "$prefix/current/venv/bin/kiosk" "${2:?--pin-only needs a data folder}"; exit 0 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) die "unknown option '$1' (try --help)" ;;
    esac
done

check_bundle() {
    [ -f "$here/SHA256SUMS" ] || die "SHA256SUMS is missing: copy the whole bundle folder again"
    (cd "$here" && sha256sum --check --quiet --strict SHA256SUMS) \
        || die "some files of the bundle are damaged (see above): copy the bundle folder again"
}

install_debian_packages() {
    # Packages the kiosk PC needs (cage, python3-venv, Qt's libraries) from the bundle's own
    # Debian repository in debs/, if the bundle has one (deploy/fetch-debs.sh makes it).
    local wanted
    wanted="$(grep -v '^#' "$here/app/deploy/debian-packages.txt" | xargs)"
    if [ ! -f "$here/debs/Packages" ]; then
        command -v cage >/dev/null || die "cage is not installed and the bundle has no debs/ folder (see docs/deployment.md)"
        return
    fi
    say "installing Debian packages from the bundle: $wanted"
    local sources
    sources="$(mktemp)"
    echo "deb [trusted=yes] file:$here/debs ./" > "$sources"
    local apt_options=(-o "Dir::Etc::SourceList=$sources" -o Dir::Etc::SourceParts=/nonexistent
                       -o APT::Get::List-Cleanup=0)
    apt-get "${apt_options[@]}" update -qq
    # shellcheck disable=SC2086  # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y -qq --no-install-recommends $wanted
    rm -f "$sources"
}

find_python() {
    local candidate
    for candidate in ${python:-python3.14 python3.13 python3.12 python3}; do
        if command -v "$candidate" >/dev/null \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            python="$candidate"
            return
        fi
    done
    die "Python 3.12 or newer is needed (Debian 13 has it: apt-get install python3 python3-venv)"
}

install_app() {
    local version release
    version="$(cat "$here/VERSION")"
    release="$prefix/releases/$version"
    say "installing kiosk $version in $release with $("$python" --version)"
    rm -rf "$release"
    mkdir -p "$release"
    cp -R "$here/app" "$release/app"
    "$python" -m venv "$release/venv" \
        || die "$python cannot create a virtual environment: install python3-venv (it is in the bundle's debs/)"
    # Only this bundle's wheels: no index, no configuration that could point at a network.
    env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null \
        PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
        "$release/venv/bin/python" -m pip install --quiet --no-index --find-links "$here/wheels" \
        --constraint "$release/app/constraints.txt" --editable "$release/app" \
        || die "the Python packages did not install (see above); nothing was changed in $prefix/current"
    # Compiled now, as the installing user: the kiosk's own user cannot write next to the code, so
    # it would otherwise compile the whole app again at every start.
    "$release/venv/bin/python" -m compileall -q "$release/app/kiosk" >/dev/null \
        || die "the kiosk's code did not compile (see above); nothing was changed in $prefix/current"
    "$release/venv/bin/kiosk" validate --quiet "$release/app/content/rfa-facet" >/dev/null \
        || die "the installed kiosk does not start its checks (see above)"
    ln -sfn "releases/$version" "$prefix/current.new"
    mv -T "$prefix/current.new" "$prefix/current"
    say "installed: $prefix/current/venv/bin/kiosk"
}

setup_system() {
    say "setting up the kiosk session at boot"
    id kiosk >/dev/null 2>&1 \
        || useradd --create-home --shell /usr/sbin/nologin --comment "Patient-education kiosk" kiosk
    usermod --append --groups video,input,render kiosk 2>/dev/null || usermod --append --groups video,input kiosk
    usermod --append --groups audio kiosk  # the sound card, for PulseAudio (kiosk-session starts it)
    # Its data folder (the unit's StateDirectory=) exists before the first boot, so staff can set the PIN.
    install -d -o kiosk -g kiosk -m 755 /var/lib/kiosk
    first_pin "$prefix/current/venv/bin/kiosk" /var/lib/kiosk runuser -u kiosk --
    write_unit "$prefix" /etc/systemd/system/kiosk.service
    install -D -m 644 "$prefix/current/app/deploy/logind-kiosk.conf" /etc/systemd/logind.conf.d/kiosk.conf
    # USB sticks are mounted under /media for staff mode's "Import from USB" and "Export CSV to USB".
    install -D -m 644 "$prefix/current/app/deploy/kiosk-usb.rules" /etc/udev/rules.d/90-kiosk-usb.rules
    # Touchscreens turn with the picture when staff turn the screen (the rule names their output).
    sed "s|/opt/kiosk/|$prefix/|g" "$prefix/current/app/deploy/kiosk-touch.rules" > /etc/udev/rules.d/90-kiosk-touch.rules
    udevadm control --reload 2>/dev/null || true
    # Printing (when the clinic sets up a printer): the spooler deletes each page once it is printed.
    if [ -f /etc/cups/cupsd.conf ]; then
        keep_no_print_jobs /etc/cups/cupsd.conf
        [ -d /run/systemd/system ] && systemctl try-restart --quiet cups.service 2>/dev/null || true
    fi
    # A kiosk never sleeps: no suspend or hibernate, whatever a key or an idle timer asks.
    systemctl mask --quiet sleep.target suspend.target hibernate.target hybrid-sleep.target
    if [ -f /etc/default/grub ] && ! grep -q 'consoleblank=0' /etc/default/grub; then
        # The text console (shown while the kiosk restarts) must not blank either.
        sed -i 's/^GRUB_CMDLINE_LINUX_DEFAULT="/&consoleblank=0 /' /etc/default/grub
        command -v update-grub >/dev/null && update-grub 2>/dev/null || true
    fi
    if systemctl is-enabled --quiet display-manager.service 2>/dev/null; then
        say "warning: a desktop login screen is enabled; disable it: systemctl disable display-manager"
    fi
    systemctl enable --quiet kiosk.service
    if [ ! -d /run/systemd/system ]; then
        # Not a booted system (a disk image being prepared, a chroot): the files are in place and
        # systemd reads them at the first boot.
        say "done: systemd is not running here; the kiosk starts at the first boot"
        return
    fi
    systemctl daemon-reload
    if systemctl is-active --quiet kiosk.service; then
        systemctl restart kiosk.service
        say "the kiosk was restarted with the new version"
    else
        say "done: the kiosk starts at the next boot (or now: systemctl start kiosk)"
    fi
}

check_bundle
if [ "$app_only" = 0 ]; then
    [ "$(id -u)" = 0 ] || die "run it as root (sudo bash install.sh), or use --app-only --prefix DIR"
    install_debian_packages
fi
find_python
install_app
[ "$app_only" = 1 ] || setup_system
