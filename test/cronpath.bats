#!/usr/bin/env bats
# The --seen FILE's path and contents, and --pipe, under cron's conditions:
# FILE as a symbolic link, FILE that is not a regular file, empty --pipe
# and --seen values, keys that are one word (%XX escapes, '#' hashes of
# long keys), a read-only directory, the fixed FILE.tmp (reused, never
# FILE.XXXXXX), expiry counted from the last sighting, --color and --pipe,
# --lock-wait, --strict/--require-input before --pipe, the links that name
# one arXiv paper, and three simulated weeks of daily runs.
#
# Devices are made with mknod in the test's directory instead of using
# /dev/null itself: a build that renames over FILE (papers 1.0 does) would
# replace the system's /dev/null with a regular file.

load test_helper

teardown() {
	if [ -n "${RO:-}" ]; then
		rm -rf "$RO"
	fi
}

# The entries of directory $1, sorted, one line each (dot files too),
# but for the files bats keeps for run --separate-stderr.
entries() {
	(cd "$1" && LC_ALL=C ls -A) | grep -v '^separate-stderr-' || true
}

one() {
	rec 2026-07-30 'Diffusion one' https://arxiv.org/abs/2607.00001v1 a
}

# --- 1. FILE as a symbolic link; FILE that is not a regular file ---

@test "--seen through a dangling relative link: the target gets the keys, the link stays" {
	mkdir "$T/sync"
	ln -s sync/seen "$T/seen"
	run -0 --separate-stderr papers --seen "$T/seen" --pipe "ls -A '$T/sync' > '$T/during'; cat > '$T/mail'" -f '%t' < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/mail")" = "Diffusion one" ]
	# FILE.lock and FILE.tmp are next to the target while CMD runs.
	[ "$(cat "$T/during")" = $'seen.lock\nseen.tmp' ]
	[ -L "$T/seen" ]
	[ "$(readlink "$T/seen")" = sync/seen ]
	[ "$(cat "$T/sync/seen")" = "2607.00001 2026-07-31" ]
	[ "$(entries "$T/sync")" = $'seen\nseen.lock' ]
	[ "$(entries "$T")" = $'during\nmail\nseen\nsync' ]
	# A second run reads the target through the link.
	run -1 --separate-stderr papers --seen "$T/seen" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ -L "$T/seen" ]
	[ "$(cat "$T/sync/seen")" = "2607.00001 2026-07-31" ]
}

@test "--seen through an absolute link, a chain of links, ../ links and a bare name" {
	mkdir "$T/sync" "$T/sub" "$T/other"
	printf '2607.00009 2026-07-01\n' >"$T/sync/abs"
	ln -s "$T/sync/abs" "$T/abs"
	run -0 papers --seen "$T/abs" -c < <(one)
	[ "$output" = "1" ]
	[ -L "$T/abs" ]
	[ "$(cat "$T/sync/abs")" = $'2607.00009 2026-07-01\n2607.00001 2026-07-31' ]
	# link -> link -> file, the second link relative to its own directory
	ln -s ../sync/chain "$T/sub/mid"
	ln -s sub/mid "$T/chain"
	run -0 papers --seen "$T/chain" -c < <(one)
	[ -L "$T/chain" ]
	[ -L "$T/sub/mid" ]
	[ "$(cat "$T/sync/chain")" = "2607.00001 2026-07-31" ]
	[ "$(entries "$T/sub")" = "mid" ]
	run -1 papers --seen "$T/chain" -c < <(one)
	[ "$output" = "0" ]
	# a bare relative name, from FILE's own directory
	cd "$T/other"
	ln -s ../sync/bare seen
	run -0 papers --seen seen -c < <(one)
	[ -L seen ]
	[ "$(entries .)" = "seen" ]
	[ "$(cat "$T/sync/bare")" = "2607.00001 2026-07-31" ]
	[ "$(LC_ALL=C ls "$T/sync")" = $'abs\nabs.lock\nbare\nbare.lock\nchain\nchain.lock' ]
}

@test "--seen refuses a directory, a FIFO or a link to one: exit 2, FILE untouched" {
	mkdir "$T/dir" "$T/sub"
	run -2 --separate-stderr papers --seen "$T/dir" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/dir: not a regular file" ]
	[ -d "$T/dir" ]
	[ "$(entries "$T/dir")" = "" ]
	mkfifo "$T/fifo"
	run -2 --separate-stderr timeout 5 papers --seen "$T/fifo" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/fifo: not a regular file" ]
	[ -p "$T/fifo" ]
	ln -s ../dir "$T/sub/todir"
	run -2 --separate-stderr papers --seen "$T/sub/todir" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/sub/../dir: not a regular file" ]
	[ -L "$T/sub/todir" ]
	[ "$(entries "$T/sub")" = "todir" ]
	[ "$(entries "$T")" = $'dir\nfifo\nsub' ]
}

@test "--seen refuses a device (like /dev/null) or a link to one: exit 2, untouched" {
	mknod "$T/null" c 1 3 || skip "mknod cannot make a character device here"
	run -2 --separate-stderr papers --seen "$T/null" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/null: not a regular file" ]
	[ -c "$T/null" ]
	ln -s "$T/null" "$T/link"
	run -2 --separate-stderr papers --seen "$T/link" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/null: not a regular file" ]
	[ -L "$T/link" ]
	[ -c "$T/null" ]
	[ "$(entries "$T")" = $'link\nnull' ]
}

# --- 2. empty --pipe and --seen ---

@test "--pipe= and --seen= (or --seen '') are usage errors; no .lock is made" {
	cd "$T"
	run -2 --separate-stderr papers --pipe= < <(one)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --pipe: empty command" ]
	run -2 --separate-stderr papers --pipe '' < <(one)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --pipe: empty command" ]
	run -2 --separate-stderr papers --seen= < <(one)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --seen: empty file name" ]
	run -2 --separate-stderr papers --seen '' < <(one)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --seen: empty file name" ]
	run -2 --separate-stderr papers --seen "" --pipe "cat > '$T/mail'" < <(one)
	[ "${stderr_lines[0]}" = "papers: --seen: empty file name" ]
	[ "$(entries "$T")" = "" ]
}

# --- 3. keys are one word ---

@test "--seen: a title that is one NUL byte is keyed %00 and read back" {
	run -0 --separate-stderr papers --seen "$T/seen" -c < <(printf '2026-07-30\t\0\t\tabs\n')
	[ "$output" = "1" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = "%00 2026-07-31" ]
	run -1 --separate-stderr papers --seen "$T/seen" < <(printf '2026-07-30\t\0\t\tabs\n')
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = "%00 2026-07-31" ]
}

@test "--seen: spaces and % in folded title keys are %20 and %25, and read back" {
	input=$(rec 2026-07-30 'A  Title' '' a; rec 2026-07-30 '100% Sure' '' a)
	run -0 --separate-stderr papers --seen "$T/seen" -f '%t' <<<"$input"
	[ "$output" = $'A Title\n100% Sure' ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = $'a%20title 2026-07-31\n100%25%20sure 2026-07-31' ]
	run -1 --separate-stderr papers --seen "$T/seen" -f '%t' <<<"$input"
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = $'a%20title 2026-07-31\n100%25%20sure 2026-07-31' ]
}

@test "--seen: a key longer than 256 bytes becomes # and 32 hex digits, and is seen again" {
	long=https://example.org/$(printf 'x%.0s' {1..280})
	run -0 --separate-stderr papers --seen "$T/seen" -f '%t' < <(rec 2026-07-30 Long "$long" a)
	[ "$output" = "Long" ]
	[ "$stderr" = "" ]
	[ "$(wc -l <"$T/seen")" -eq 1 ]
	[[ $(cat "$T/seen") =~ ^#[0-9a-f]{32}\ 2026-07-31$ ]]
	cp "$T/seen" "$T/first"
	run -1 --separate-stderr papers --seen "$T/seen" -f '%t' < <(rec 2026-07-30 Long "$long" a)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	cmp "$T/seen" "$T/first"
	# One byte more is another paper, with another hash.
	run -0 papers --seen "$T/seen" -f '%t' < <(rec 2026-07-30 Longer "${long}y" a)
	[ "$output" = "Longer" ]
	[ "$(wc -l <"$T/seen")" -eq 2 ]
	[ "$(sort -u "$T/seen" | wc -l)" -eq 2 ]
}

# --- 4. a read-only directory ---

@test "--seen in a read-only directory: exit 2 before CMD runs, FILE unchanged" {
	if command -v setpriv >/dev/null &&
		setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
		# FILE writable by nobody, its directory not.
		RO=$(mktemp -d /tmp/papers-cronpath.XXXXXX)
		chmod 755 "$RO"
		mkdir -m 755 "$RO/d" "$RO/out"
		chown nobody "$RO/out"
		printf '2607.00009 2026-07-01\n' >"$RO/d/seen"
		chown nobody "$RO/d/seen"
		cp "$RO/d/seen" "$T/before"
		setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$PAPERS_ABS" ||
			skip "user nobody cannot run $PAPERS_ABS"
		as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
		why="Permission denied"
		D=$RO/d MAIL=$RO/out/mail
		lock() { touch "$D/seen.lock" && chown nobody "$D/seen.lock"; }
	elif unshare -m true 2>/dev/null; then
		# A read-only bind mount; root can write nothing there.
		mkdir "$T/d"
		printf '2607.00009 2026-07-01\n' >"$T/d/seen"
		cp "$T/d/seen" "$T/before"
		as=(unshare -m sh -c 'mount --bind -o ro "$0" "$0" && exec "$@"' "$T/d")
		why="Read-only file system"
		D=$T/d MAIL=$T/mail
		lock() { touch "$D/seen.lock"; }
	else
		skip "running as root without setpriv or unshare -m: no way to make a directory read-only"
	fi
	# With FILE.lock left by earlier runs, FILE.tmp is what fails.
	lock
	run -2 --separate-stderr "${as[@]}" $PAPERS_WRAP "$PAPERS_ABS" --seen "$D/seen" --pipe "cat >> '$MAIL'" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $D/seen: cannot create temporary file $D/seen.tmp: $why" ]
	[ ! -e "$MAIL" ]
	cmp "$D/seen" "$T/before"
	[ "$(entries "$D")" = $'seen\nseen.lock' ]
	# Without it, the lock fails first: the same exit 2, and no mail.
	rm "$D/seen.lock"
	run -2 --separate-stderr "${as[@]}" $PAPERS_WRAP "$PAPERS_ABS" --seen "$D/seen" --pipe "cat >> '$MAIL'" < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $D/seen.lock: $why" ]
	[ ! -e "$MAIL" ]
	cmp "$D/seen" "$T/before"
	[ "$(entries "$D")" = "seen" ]
}

# --- 5. FILE.tmp ---

@test "--seen: a leftover FILE.tmp is reused and gone after the run" {
	mkdir "$T/d"
	printf '2607.00009 2026-07-30\n' >"$T/d/seen"
	head -c 1048576 /dev/urandom >"$T/d/seen.tmp"
	run -0 --separate-stderr papers --seen "$T/d/seen" -f '%t' < <(one)
	[ "$output" = "Diffusion one" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/d/seen")" = $'2607.00009 2026-07-30\n2607.00001 2026-07-31' ]
	[ "$(entries "$T/d")" = $'seen\nseen.lock' ]
	# Also when nothing is selected.
	head -c 1048576 /dev/urandom >"$T/d/seen.tmp"
	run -1 --separate-stderr papers --seen "$T/d/seen" -f '%t' < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/d/seen")" = $'2607.00009 2026-07-30\n2607.00001 2026-07-31' ]
	[ "$(entries "$T/d")" = $'seen\nseen.lock' ]
}

@test "--seen: killed after CMD delivered, FILE is old, FILE.tmp is left and then reused" {
	mkdir "$T/d"
	printf '2607.00009 2026-07-30\n' >"$T/d/seen"
	cp "$T/d/seen" "$T/before"
	run -137 --separate-stderr papers --seen "$T/d/seen" --pipe "cat >> '$T/mail'; kill -9 \$PPID" -f '%t' < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/mail")" = "Diffusion one" ]
	cmp "$T/d/seen" "$T/before"
	# FILE.tmp was made before CMD ran; nothing else was.
	[ "$(entries "$T/d")" = $'seen\nseen.lock\nseen.tmp' ]
	# The next run mails it again (twice rather than never) and cleans up.
	run -0 --separate-stderr papers --seen "$T/d/seen" --pipe "cat >> '$T/mail'" -f '%t' < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/mail")" = $'Diffusion one\nDiffusion one' ]
	[ "$(cat "$T/d/seen")" = $'2607.00009 2026-07-30\n2607.00001 2026-07-31' ]
	[ "$(entries "$T/d")" = $'seen\nseen.lock' ]
}

@test "--seen: kill -9 while FILE is rewritten leaves no FILE.XXXXXX, the next run cleans up" {
	mkdir "$T/d"
	printf '2607.00009 2026-07-30\n' >"$T/d/seen"
	awk 'BEGIN { for (n = 0; n < 300000; n++) printf "2026-07-30\tPaper %d\thttps://example.org/p/%d\n", n, n }' >"$T/big"
	papers --seen "$T/d/seen" -c <"$T/big" >"$T/out" 2>"$T/err" &
	pid=$!
	# Kill it as soon as anything beside FILE and FILE.lock appears.
	killed=0
	while kill -0 "$pid" 2>/dev/null; do
		set -- "$T"/d/*
		if [ $# -gt 2 ]; then
			kill -9 "$pid"
			killed=1
			break
		fi
	done
	st=0
	wait "$pid" || st=$?
	if [ "$killed" = 1 ]; then
		[ "$st" -eq 137 ]
	else
		echo "# the run ended before the poll saw a temporary file" >&3
	fi
	run -0 entries "$T/d"
	[[ $output = $'seen\nseen.lock' || $output = $'seen\nseen.lock\nseen.tmp' ]]
	# FILE is the old one or the new one, whole.
	n=$(wc -l <"$T/d/seen")
	[ "$n" -eq 1 ] || [ "$n" -eq 300001 ]
	run -1 --separate-stderr papers --seen "$T/d/seen" </dev/null
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(entries "$T/d")" = $'seen\nseen.lock' ]
	[ "$(wc -l <"$T/d/seen")" -eq "$n" ]
}

# --- 6. expiry from the last sighting ---

@test "--seen-days counts from the last sighting in a feed" {
	# 2026-05-02 is 90 days before 2026-07-31: the last day it still counts.
	printf '2607.00001 2026-05-02\n2607.00002 2026-05-02\n' >"$T/seen"
	run -1 --separate-stderr papers --seen "$T/seen" -f '%t' < <(one)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-05-02' ]
	# 76 days later: still seen, and renewed; the other one has expired.
	both=$(one; rec 2026-10-14 'Diffusion two' https://arxiv.org/abs/2607.00002v3 a)
	run -0 --separate-stderr env PAPERS_TODAY=2026-10-15 papers --seen "$T/seen" -f '%t' <<<"$both"
	[ "$output" = "Diffusion two" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-10-15\n2607.00002 2026-10-15' ]
	# Absent from the feeds, a key still expires after --seen-days.
	run -1 env PAPERS_TODAY=2027-01-13 papers --seen "$T/seen" </dev/null
	[ "$(cat "$T/seen")" = $'2607.00001 2026-10-15\n2607.00002 2026-10-15' ]
	run -0 env PAPERS_TODAY=2027-01-14 papers --seen "$T/seen" -f '%t' < <(one)
	[ "$output" = "Diffusion one" ]
	[ "$(cat "$T/seen")" = "2607.00001 2027-01-14" ]
}

# --- 7. --color and --pipe ---

@test "--color=auto never colours the digest given to --pipe, even on a tty; always does" {
	command -v script >/dev/null || skip "script(1) from util-linux is not installed"
	one >"$T/in"
	papers --color=never diffusion <"$T/in" >"$T/plain"
	run -0 papers --color=always diffusion <"$T/in"
	[[ $output == *$'\e['* ]]
	# On a tty, auto colours standard output...
	run -0 script -qec "papers diffusion < '$T/in'" /dev/null
	[[ $output == *$'\e['* ]]
	# ...but not the digest, by default, with --color and with --color=auto.
	for c in "" --color --color=auto; do
		rm -f "$T/mail"
		run -0 script -qec "papers $c --pipe 'cat > $T/mail' diffusion < '$T/in'" /dev/null
		[ "$output" = "" ]
		cmp "$T/mail" "$T/plain"
	done
	# Not on a tty either.
	run -0 papers --color --pipe "cat > '$T/mail'" diffusion <"$T/in"
	cmp "$T/mail" "$T/plain"
	# An explicit --color=always wins.
	run -0 papers --color=always --pipe "cat > '$T/mail'" diffusion <"$T/in"
	[ "$(grep -c $'\e\\[' "$T/mail")" -eq 1 ]
	run ! cmp -s "$T/mail" "$T/plain"
}

# --- 8. --lock-wait ---

@test "--lock-wait: a second run gives up after SECS, exit 2, FILE untouched" {
	one >"$T/in"
	printf '2607.00009 2026-07-30\n' >"$T/seen"
	cp "$T/seen" "$T/before"
	# The first run holds the lock until the test releases it (at most
	# 30 s, so a failing test cannot hang).
	papers --seen "$T/seen" --pipe "touch '$T/started'; i=0; while [ ! -e '$T/release' ] && [ \$i -lt 300 ]; do sleep 0.1; i=\$((i + 1)); done; cat >/dev/null" <"$T/in" >"$T/out1" 2>"$T/err1" &
	pid=$!
	for _ in {1..100}; do
		[ ! -e "$T/started" ] || break
		sleep 0.05
	done
	[ -e "$T/started" ]
	t0=$(date +%s%N)
	run -2 --separate-stderr papers --seen "$T/seen" --lock-wait=1 <"$T/in"
	t1=$(date +%s%N)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/seen is locked by another run" ]
	ms1=$(((t1 - t0) / 1000000))
	echo "# --lock-wait=1 took $ms1 ms" >&3
	# It waited its second, and gave up while the first run still held
	# the lock (no wall-clock limit: valgrind starts slowly).
	[ "$ms1" -ge 900 ]
	kill -0 "$pid"
	cmp "$T/seen" "$T/before"
	t0=$(date +%s%N)
	run -2 --separate-stderr papers --seen "$T/seen" --lock-wait=0 -f '%t' <"$T/in"
	t1=$(date +%s%N)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/seen is locked by another run" ]
	ms0=$(((t1 - t0) / 1000000))
	# Once, without waiting: quicker than the run that waited a second.
	[ "$ms0" -lt "$ms1" ]
	kill -0 "$pid"
	cmp "$T/seen" "$T/before"
	[ "$(entries "$T")" = $'before\nerr1\nin\nout1\nseen\nseen.lock\nseen.tmp\nstarted' ]
	touch "$T/release"
	st=0
	wait "$pid" || st=$?
	[ "$st" -eq 0 ]
	[ "$(cat "$T/err1")" = "" ]
	[ "$(cat "$T/seen")" = $'2607.00009 2026-07-30\n2607.00001 2026-07-31' ]
}

@test "--lock-wait needs a whole number from 0 to 1000000" {
	run -2 --separate-stderr papers --lock-wait=-1 </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --lock-wait: '-1' is out of range (0 to 1000000)" ]
	run -2 --separate-stderr papers --lock-wait=abc </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --lock-wait: 'abc' is not a number" ]
	run -2 --separate-stderr papers --lock-wait 1000001 </dev/null
	[ "${stderr_lines[0]}" = "papers: --lock-wait: '1000001' is out of range (0 to 1000000)" ]
	run -1 papers --lock-wait=1000000 --seen "$T/seen" </dev/null
}

# --- 9. --strict and --require-input before --pipe ---

@test "--strict or --require-input failing: CMD is not run, FILE unchanged" {
	printf '2607.00009 2026-07-30\n' >"$T/seen"
	cp "$T/seen" "$T/before"
	run -2 --separate-stderr papers --seen "$T/seen" --strict --pipe "cat > '$T/mail'" < <(one; printf 'bad\tx\n')
	[ "$output" = "" ]
	[ "$stderr" = "papers: line 2: invalid date 'bad'" ]
	[ ! -e "$T/mail" ]
	cmp "$T/seen" "$T/before"
	[ "$(entries "$T")" = $'before\nseen\nseen.lock' ]
	run -2 --separate-stderr papers --seen "$T/seen" --require-input --pipe "cat > '$T/mail'" < <(printf '\n')
	[ "$output" = "" ]
	[ "$stderr" = "papers: no input records" ]
	[ ! -e "$T/mail" ]
	cmp "$T/seen" "$T/before"
	[ "$(entries "$T")" = $'before\nseen\nseen.lock' ]
	# Without --strict the same input is mailed (the bad date as undated).
	run -0 --separate-stderr papers --seen "$T/seen" --pipe "cat > '$T/mail'" -f '%t' < <(one; printf 'bad\tx\n')
	[ "$stderr" = "papers: line 2: invalid date 'bad'" ]
	[ "$(cat "$T/mail")" = $'Diffusion one\nx' ]
}

# --- 10. one paper, many links ---

@test "--seen: arXiv links in other forms are the same paper" {
	for l in https://arXiv.org/abs/2607.12345v2 HTTPS://ARXIV.ORG/abs/2607.12345 \
		https://arxiv.org/html/2607.12345v1 http://export.arxiv.org/abs/2607.12345 \
		https://doi.org/10.48550/arXiv.2607.12345 https://arxiv.org/pdf/2607.12345v3; do
		printf '2607.12345 2026-07-30\n' >"$T/seen"
		run -1 --separate-stderr papers --seen "$T/seen" < <(rec 2026-07-30 T "$l" a)
		[ "$output" = "" ]
		[ "$stderr" = "" ]
		[ "$(cat "$T/seen")" = "2607.12345 2026-07-31" ]
		rm "$T/seen"
		run -0 papers --seen "$T/seen" -c < <(rec 2026-07-30 T "$l" a)
		[ "$(cat "$T/seen")" = "2607.12345 2026-07-31" ]
	done
}

@test "--seen: an old identifier's subject class is not part of the key" {
	printf 'math/0309136 2026-07-30\n' >"$T/seen"
	run -1 --separate-stderr papers --seen "$T/seen" < <(rec 2026-07-30 T https://arxiv.org/abs/math.GT/0309136v2 a)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = "math/0309136 2026-07-31" ]
	rm "$T/seen"
	run -0 papers --seen "$T/seen" -f '%t' < <(rec 2026-07-30 T https://arxiv.org/abs/math.GT/0309136v2 a)
	[ "$output" = "T" ]
	[ "$(cat "$T/seen")" = "math/0309136 2026-07-31" ]
	run -1 papers --seen "$T/seen" < <(rec 2026-07-30 T https://arxiv.org/pdf/math/0309136v1 a)
}

# --- 11. three weeks of cron ---

K=6          # papers announced each weekday
START=2026-08-03 # a Monday: days 5, 6, 12, 13, 19, 20 are weekends
FAIL=" 1 8 " # the mail command fails
KILL=15      # papers is killed after the mail went out
BOTH=16      # two jobs at once, different feeds

sim_id() { printf '2608.%05d' $(($1 * 100 + $2)); }

# sim_feed DAY: the papers announced that day, and some of the previous
# three days' under other links; nothing at weekends.
sim_feed() {
	local d=$1 a k id date
	[ $((d % 7)) -lt 5 ] || return 0
	for a in $((d - 3)) $((d - 2)) $((d - 1)) "$d"; do
		[ "$a" -ge 0 ] && [ $((a % 7)) -lt 5 ] || continue
		date=$(date -u -d "$START $a days" +%F)
		for ((k = 0; k < K; k++)); do
			id=$(sim_id "$a" "$k")
			case $((d - a)) in
			0) rec "$date" "p$a-$k" "https://arxiv.org/abs/${id}v1" a ;;
			1) [ $((k % 2)) -eq 0 ] && rec "$date" "p$a-$k" "https://arxiv.org/html/${id}v2" a ;;
			2) [ $((k % 3)) -eq 0 ] && rec "$date" "p$a-$k" "https://doi.org/10.48550/arXiv.$id" a ;;
			3) rec "$date" "p$a-$k" "HTTPS://ARXIV.ORG/pdf/${id}v2" a ;;
			esac
		done
	done
	return 0
}

@test "three weeks of daily runs: every paper mailed, twice only after the kill" {
	mkdir "$T/sync" "$T/mail"
	ln -s sync/seen "$T/seen"
	: >"$T/model"
	for ((d = 0; d < 21; d++)); do
		export PAPERS_TODAY=$(date -u -d "$START $d days" +%F)
		sim_feed "$d" >"$T/feed"
		# The model: what the feed has that no finished run marked.
		cut -f2 "$T/feed" | LC_ALL=C sort -u | LC_ALL=C comm -23 - "$T/model" >"$T/offer"
		mail=$T/mail/$d
		if [ "$d" = "$BOTH" ]; then
			# Both feeds have today's new papers; the rest is split.
			awk -F'\t' -v p="p$d-" 'index($2, p) == 1 || NR % 2' "$T/feed" >"$T/feedA"
			awk -F'\t' -v p="p$d-" 'index($2, p) == 1 || NR % 2 == 0' "$T/feed" >"$T/feedB"
			papers --seen "$T/seen" --pipe "cat >> '$mail'" -f '%t' <"$T/feedA" >"$T/outA" 2>&1 &
			pa=$!
			papers --seen "$T/seen" --pipe "cat >> '$mail'" -f '%t' <"$T/feedB" >"$T/outB" 2>&1 &
			pb=$!
			sa=0 sb=0
			wait "$pa" || sa=$?
			wait "$pb" || sb=$?
			[ "$sa" -le 1 ]
			[ "$sb" -le 1 ]
			[ $((sa + sb)) -le 1 ]
			[ "$(cat "$T/outA" "$T/outB")" = "" ]
		elif [[ $FAIL == *" $d "* ]]; then
			run -2 --separate-stderr papers --seen "$T/seen" --pipe "cat > '$T/mail/failed-$d'; exit 1" -f '%t' <"$T/feed"
			[ "$stderr" = "papers: --pipe: command failed with exit status 1; nothing marked seen" ]
			[ "$(LC_ALL=C sort "$T/mail/failed-$d")" = "$(cat "$T/offer")" ]
		elif [ "$d" = "$KILL" ]; then
			run -137 --separate-stderr papers --seen "$T/seen" --pipe "cat >> '$mail'; kill -9 \$PPID" -f '%t' <"$T/feed"
			[ "$stderr" = "" ]
		elif [ -s "$T/offer" ]; then
			run -0 --separate-stderr papers --seen "$T/seen" --pipe "cat >> '$mail'" -f '%t' <"$T/feed"
			[ "$stderr" = "" ]
		else
			run -1 --separate-stderr papers --seen "$T/seen" --pipe "cat >> '$mail'" -f '%t' <"$T/feed"
			[ "$stderr" = "" ]
		fi
		[ "$output" = "" ]
		[ -L "$T/seen" ]
		# Exactly the model's set was mailed today, each paper once.
		if [[ $FAIL == *" $d "* ]] || [ ! -s "$T/offer" ]; then
			[ ! -e "$mail" ]
		else
			[ "$(LC_ALL=C sort "$mail")" = "$(cat "$T/offer")" ]
		fi
		# Runs that ended well marked what they mailed.
		if [[ $FAIL != *" $d "* ]] && [ "$d" != "$KILL" ]; then
			LC_ALL=C sort -u "$T/model" "$T/offer" -o "$T/model"
		fi
		[ "$(entries "$T/sync")" = $'seen\nseen.lock' ] || [ "$d" = "$KILL" ]
	done
	# Every paper announced was mailed at least once.
	for ((d = 0; d < 21; d++)); do
		[ $((d % 7)) -lt 5 ] || continue
		for ((k = 0; k < K; k++)); do echo "p$d-$k"; done
	done | LC_ALL=C sort >"$T/all"
	[ "$(wc -l <"$T/all")" -eq $((15 * K)) ]
	cat "$T"/mail/[0-9]* | LC_ALL=C sort -u | cmp - "$T/all"
	# Twice only those first mailed on the killed day, and they all were.
	for ((d = 0; d < 21; d++)); do
		[ ! -e "$T/mail/$d" ] || sed "s/^/$d /" "$T/mail/$d"
	done | awk -v kill="$KILL" '
		{ n[$2]++; if (!($2 in first)) first[$2] = $1 }
		END { for (p in n) if (n[p] > 2 || (n[p] == 2) != (first[p] == kill)) print "wrong: " p, n[p], first[p] }' >"$T/wrong"
	[ "$(cat "$T/wrong")" = "" ]
	[ "$(cat "$T/mail/$KILL" | wc -l)" -gt 0 ]
	# The papers of the failed days went out later.
	for f in $FAIL; do
		while read -r p; do
			grep -qxF "$p" "$T"/mail/[0-9]*
		done <"$T/mail/failed-$f"
	done
	# FILE holds every paper, under its bare identifier.
	[ "$(wc -l <"$T/sync/seen")" -eq $((15 * K)) ]
	[ "$(grep -cE '^2608\.[0-9]{5} 2026-(08|09)-[0-9]{2}$' "$T/sync/seen")" -eq $((15 * K)) ]
}

@test "--seen: a FILE.tmp planted as a link is replaced, never written through" {
	echo 'precious data' >"$T/other"
	ln -s other "$T/seen.tmp"
	ln "$T/other" "$T/hard"
	run -0 papers --seen "$T/seen" -c < <(rec 2026-07-30 T https://arxiv.org/abs/2607.00001 x)
	[ "$output" = "1" ]
	[ "$(cat "$T/other")" = "precious data" ]
	[ ! -L "$T/seen" ]
	[ "$(cat "$T/seen")" = "2607.00001 2026-07-31" ]
	[ ! -e "$T/seen.tmp" ]
	ln -f "$T/other" "$T/seen.tmp"
	run -0 papers --seen "$T/seen" -c < <(rec 2026-07-30 U https://arxiv.org/abs/2607.00002 x)
	[ "$(cat "$T/other")" = "precious data" ]
	[ "$(cat "$T/hard")" = "precious data" ]
}
