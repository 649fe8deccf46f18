# Loaded by every test file.  The binary under test is $PAPERS (default
# ./papers, relative to where bats is started), run through $PAPERS_WRAP
# (e.g. valgrind) when that is set.
bats_require_minimum_version 1.5.0

: "${PAPERS:=./papers}"
case $PAPERS in
/*) PAPERS_ABS=$PAPERS ;;
*) PAPERS_ABS=$PWD/$PAPERS ;;
esac
export PAPERS_ABS PAPERS_WRAP
FIX=$BATS_TEST_DIRNAME/fixtures

setup() {
	mkdir -p "$BATS_TEST_TMPDIR/bin"
	# A `papers` on PATH, so pipelines in `bash -c` use the build under test.
	printf '#!/bin/sh\nexec $PAPERS_WRAP "$PAPERS_ABS" "$@"\n' \
		>"$BATS_TEST_TMPDIR/bin/papers"
	chmod +x "$BATS_TEST_TMPDIR/bin/papers"
	PATH=$BATS_TEST_TMPDIR/bin:$PATH
	T=$BATS_TEST_TMPDIR
	export PAPERS_TODAY=2026-07-31
	unset NO_COLOR
}

# rec DATE TITLE LINK ABSTRACT AUTHORS...: one record, TAB-separated.
rec() {
	local IFS=$'\t'
	printf '%s\n' "$*"
}
