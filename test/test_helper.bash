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
# A sanitizer report exits 1 by default, papers' "nothing selected": make
# it 86-88 (as .ci/run does), unless the caller set these itself.
: "${ASAN_OPTIONS=exitcode=86:detect_leaks=1:abort_on_error=0}"
: "${UBSAN_OPTIONS=exitcode=87:halt_on_error=1:print_stacktrace=1}"
: "${LSAN_OPTIONS=exitcode=88}"
export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
FIX=$BATS_TEST_DIRNAME/fixtures

setup() {
	# A `papers` on PATH, so pipelines in `bash -c` use the build under
	# test; made once a file ([ is a builtin: no process per test).
	PAPERS_BIN=$BATS_FILE_TMPDIR/bin
	if [ ! -x "$PAPERS_BIN/papers" ]; then
		mkdir -p "$PAPERS_BIN"
		printf '#!/bin/sh\nexec $PAPERS_WRAP "$PAPERS_ABS" "$@"\n' \
			>"$PAPERS_BIN/papers"
		chmod +x "$PAPERS_BIN/papers"
	fi
	PATH=$PAPERS_BIN:$PATH
	T=$BATS_TEST_TMPDIR
	export PAPERS_TODAY=2026-07-31
	unset NO_COLOR
}

# rec DATE TITLE LINK ABSTRACT AUTHORS...: one record, TAB-separated.
rec() {
	local IFS=$'\t'
	printf '%s\n' "$*"
}
