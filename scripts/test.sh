#!/usr/bin/env bash
# Runs fundwatch's whole test suite on a fresh machine: installs the
# servers the tests need (Debian's prometheus and prometheus-alertmanager;
# the tests start their own instances on loopback ports), checks gofmt and
# go vet, runs every test, then each fuzz target briefly as regression.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x scripts/ci-services.sh ]; then
  scripts/ci-services.sh
fi

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
go test -count=1 -timeout 30m ./...

echo "== fuzz regression (a few seconds each)"
# A count, not a duration: with -fuzztime=5s, Go 1.26's fuzz coordinator
# can fail a target with a bare "context deadline exceeded" and no
# failing input when the deadline meets a busy worker (go.dev/issue/75804,
# fixed in Go 1.27). 5000 inputs take 1-3 s per target on 2 cores.
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "-- $pkg $target"
    go test -run='^$' -fuzz="^${target}\$" -fuzztime=5000x "$pkg"
  done
done
echo "all checks passed"
