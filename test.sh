#!/usr/bin/env bash
# Runs every check CI runs, from a clean clone with ../shared beside it:
# formatting, vet, staticcheck, all tests, and a brief run of every fuzz target.
# Needs only Go; anything else the tests use is installed here when missing.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n== %s\n' "$*"; }

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

step "go vet"
go vet ./...

step "staticcheck (pinned in go.mod as a tool)"
go tool staticcheck ./...

step "tests"
go test -count=1 -timeout 45m ./...

step "fuzz, briefly (FUZZTIME=${FUZZTIME:=10s} per target)"
# every Fuzz function in the repository, each in its own package
for file in $(grep -rl --include='*_test.go' '^func Fuzz' . | sort); do
  pkg="./$(dirname "${file#./}")"
  for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$file"); do
    echo "-- $pkg $target"
    if ! out=$(go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1); then
      echo "$out"; exit 1
    fi
  done
done

step "all checks passed"
