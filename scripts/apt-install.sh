#!/usr/bin/env bash
# Install Debian/Ubuntu packages, waiting for another apt or dpkg (unattended upgrades, a software centre, a second
# terminal) to finish instead of failing at once on its lock. Used by bootstrap.sh: bash scripts/apt-install.sh PKG…
# APT_LOCK_WAIT (seconds, default 300) bounds the wait.
set -euo pipefail
wait_s="${APT_LOCK_WAIT:-300}"
pause_s="${APT_RETRY_PAUSE:-10}"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

apt_busy() {  # another package manager is running (its locks are held)
    pgrep -x 'apt|apt-get|aptitude|dpkg|unattended-upgr' >/dev/null 2>&1
}

run_apt() {
    # DPkg::Lock::Timeout makes apt wait for dpkg's lock; the lists lock (apt-get update) has no such option,
    # so a refusal while another apt runs is retried until the wait is used up.
    local waited=0
    until $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get -o "DPkg::Lock::Timeout=$wait_s" "$@"; do
        if ! apt_busy || [ "$waited" -ge "$wait_s" ]; then
            return 1
        fi
        [ "$waited" -eq 0 ] && echo "Another package manager is running; waiting up to ${wait_s}s for it to finish…" >&2
        sleep "$pause_s"
        waited=$((waited + pause_s))
    done
}

echo "Installing system packages: $*"
run_apt update -qq
run_apt install -y -qq "$@" >/dev/null
