#!/usr/bin/env bash
# Installs the servers the alerts tests run against: Debian's prometheus
# (prometheus, promtool) and prometheus-alertmanager. The tests start their
# own instances on loopback ports with temporary directories, so the
# packages' own services must not be left running on the default ports
# (9090, 9093, 9094, 9100).
set -euo pipefail

need=()
command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus-alertmanager >/dev/null 2>&1 || need+=(prometheus-alertmanager)

if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  export DEBIAN_FRONTEND=noninteractive
  # Keep the packages' postinst from starting their services (on machines
  # where an init system would honour it).
  policy=/usr/sbin/policy-rc.d
  created_policy=""
  if [ ! -e "$policy" ] && [ -w "$(dirname "$policy")" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  if [ -n "$created_policy" ]; then rm -f "$policy"; fi
fi

# Stop the packages' services if anything started them.
for svc in prometheus prometheus-alertmanager prometheus-node-exporter; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$svc" 2>/dev/null; then
    systemctl stop "$svc" || true
    systemctl disable "$svc" >/dev/null 2>&1 || true
  fi
  if command -v service >/dev/null 2>&1; then
    service "$svc" stop >/dev/null 2>&1 || true
  fi
done
# Without an init system, stop daemons the packages' scripts may have
# launched (matched by their exact binary path, started by the packages).
for bin in /usr/bin/prometheus /usr/bin/prometheus-alertmanager /usr/bin/prometheus-node-exporter; do
  for pid in $(pgrep -x -f "$bin( .*)?" 2>/dev/null || true); do
    # Only daemons running as the packages' user, not test instances.
    if [ "$(ps -o user= -p "$pid" 2>/dev/null | tr -d ' ')" = "prometheus" ]; then
      kill "$pid" 2>/dev/null || true
    fi
  done
done

prometheus --version 2>&1 | head -1
prometheus-alertmanager --version 2>&1 | head -1
promtool --version 2>&1 | head -1
