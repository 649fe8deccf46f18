#!/usr/bin/env bats
# Hostile input: malformed records, hostile dates, invalid UTF-8, control,
# bidi and terminal escape characters, byte-order marks (the BOM rule's
# only tests: input lines, -r, list files, the --seen FILE), huge lines
# under a memory cap, huge keyword lists, bad option values, and I/O
# faults (full disk, closed stdin and stdout, a slow writer, SIGPIPE).
# Every test asserts an exact status, so a sanitizer report (exit 86-88)
# or a valgrind error (exit 99) can never pass.

load test_helper

# The plain build, for tests under a memory cap (ASan cannot run under one).
PLAIN=${PAPERS_PLAIN:-$PWD/papers}

# --- records ---

@test "too few fields: date and title only" {
	run -0 papers -f '[%d|%t|%l|%a|%A|%6]' < <(printf '2024-01-01\tT\n')
	[ "$output" = "[2024-01-01|T||||]" ]
}

@test "many extra fields are kept for -r and reachable as %6..%9" {
	line=$(rec 2024-01-01 T l a au f6 f7 f8 f9 f10 f11 f12 f13 f14 f15 f16 f17 f18 f19 f20)
	run -0 papers -r <<<"$line"
	[ "$output" = "$line" ]
	run -0 papers -f '%6 %7 %8 %9' <<<"$line"
	[ "$output" = "f6 f7 f8 f9" ]
}

@test "a line of only TABs is reported as having no title" {
	run -1 --separate-stderr papers < <(printf '\t\t\t\t\t\t\n')
	[ "$output" = "" ]
	[ "$stderr" = "papers: line 1: no title" ]
}

@test "empty input: no output, exit 1, no message" {
	run -1 --separate-stderr papers </dev/null
	[ "$output" = "" ]
	[ "$stderr" = "" ]
}

@test "NUL bytes inside a field are dropped from formatted output" {
	run -0 papers -f '%t|%l' < <(printf '2024-01-01\ta\0b\tl\0ink\n2024-01-02\tnext\tl\n')
	[ "$output" = $'ab|link\nnext|l' ]
	run -0 bash -c "printf '2024-01-01\ta\0b\tl\n' | papers -r | cmp - <(printf '2024-01-01\ta\0b\tl\n') && echo same"
	[ "$output" = "same" ]
}

# --- dates ---

@test "hostile dates: each is read exactly as shown or reported" {
	# One run over every row: line N of the output, and the report that
	# names line N, are row N's.
	rows=0 want= err=
	: >"$T/in"
	while IFS=';' read -r date w e; do
		rows=$((rows + 1))
		rec "$date" T l >>"$T/in"
		want=$want$w$'\n'
		[ -z "$e" ] || err=$err"papers: line $rows: invalid date '$date'"$'\n'
	done <<'EOF2'
2024-01-01junk;|;x
2024-01-01T10:00:00Zjunk;|;x
2024-13-01;|;x
2023-02-29;|;x
2024-02-29;2024-02-29|;
2024-01-01T24:00:00Z;|;x
2024-12-31T23:59:60Z;2025-01-01|2025-01-01T00:00:00Z;
2024-01-01T00:00:61Z;|;x
-5;|;x
2147483648;2038-01-19|2038-01-19T03:14:08Z;
9223372036854775808;|;x
12345678901234567890;|;x
253402300799;9999-12-31|9999-12-31T23:59:59Z;
253402300800;|;x
0000-01-01;0000-01-01|;
9999-12-31;9999-12-31|;
9999-12-31T23:59:59-01:00;|;x
9999-12-31T23:30-01:00;|;x
0000-01-01T00:30+01:00;|;x
0000-01-01T01:00+01:00;0000-01-01|0000-01-01T00:00:00Z;
9999-12-31T23:59:59+01:00;9999-12-31|9999-12-31T22:59:59Z;
20240305;2024-03-05|;
20240305T1030Z;2024-03-05|2024-03-05T10:30:00Z;
20240305T103015+0200;2024-03-05|2024-03-05T08:30:15Z;
20240305T1030;2024-03-05|2024-03-05T10:30:00Z;
20240230;1970-08-23|1970-08-23T06:17:10Z;
99999999;1973-03-03|1973-03-03T09:46:39Z;
20240305T10;|;x
20240305X103000Z;|;x
2024-01-01T00:00:00+14:00;2023-12-31|2023-12-31T10:00:00Z;
2024-01-01T00:00:00-12:00;2024-01-01|2024-01-01T12:00:00Z;
2024-01-01T00:00:00.123456789012Z;2024-01-01|2024-01-01T00:00:00Z;
2024-01-01T00:00:00+24:00;|;x
EOF2
	run -0 --separate-stderr papers -f '%d|%D' <"$T/in"
	[ "$output" = "${want%$'\n'}" ]
	[ "$stderr" = "${err%$'\n'}" ]
	[ "${#lines[@]}" -eq "$rows" ]
}

# --- encodings ---

@test "truncated UTF-8 at the end of input becomes U+FFFD" {
	run -0 papers -f '%t' < <(printf '2024-01-01\tab\346\235')
	[ "$output" = $'ab\xef\xbf\xbd' ]
}

@test "overlong encodings, surrogates and 0xff become U+FFFD, one per maximal subpart" {
	run -0 papers -f '%t' < <(printf '2024-01-01\ta\300\200b\340\200\257c\355\240\200d\377e\364\220\200\200f\n')
	r=$'\xef\xbf\xbd'
	[ "$output" = "a$r${r}b$r$r${r}c$r$r${r}d${r}e$r$r$r${r}f" ]
}

@test "C1 controls encoded as UTF-8 and bidi overrides are dropped" {
	run -0 papers -f '%t' < <(printf '2024-01-01\ta\302\233b\302\205c \342\200\256evil\342\200\254 \342\201\246x\342\201\251\n')
	[ "$output" = "ab c evil x" ]
}

@test "a BOM is skipped at the start of any line (concatenated inputs), data elsewhere" {
	run -0 --separate-stderr papers -f '[%d] %t' < <(printf '\357\273\2772024-01-01\tA\tl\n\357\273\2772024-01-02\tB\tl\n2024-01-03\tC\357\273\277D\tl\n')
	[ "$output" = $'[2024-01-01] A\n[2024-01-02] B\n[2024-01-03] C\xef\xbb\xbfD' ]
	[ "$stderr" = "" ]
	# -r passes each line as read, less the mark.
	run -0 bash -c "{ printf '\357\273\2772024-01-01\tA\tl\n'; printf '\357\273\2772024-01-02\tB\tl\n'; } | papers -r | cmp - <(printf '2024-01-01\tA\tl\n2024-01-02\tB\tl\n') && echo same"
	[ "$output" = "same" ]
}

@test "a BOM starts no entry of a list file and no key of the --seen FILE" {
	bom=$'\xef\xbb\xbf'
	input() { rec 2026-07-30 'Alpha beta' https://arxiv.org/abs/2607.00001; rec 2026-07-30 'Gamma' https://arxiv.org/abs/2607.00002; }
	printf '%s# a comment\n%salpha\n' "$bom" "$bom" >"$T/kw"
	run -0 --separate-stderr papers -a -f '%t|%k' --keywords-from "$T/kw" < <(input)
	[ "$output" = "Alpha beta|alpha" ]
	[ "$stderr" = "" ]
	printf '%salpha\n' "$bom" >"$T/ex"
	run -0 papers -f '%t' --exclude-from "$T/ex" < <(input)
	[ "$output" = "Gamma" ]
	printf '%sGamma\n' "$bom" >"$T/au"
	run -0 papers -f '%t' --authors-from "$T/au" < <(rec 2026-07-30 X l a 'Gamma'; rec 2026-07-30 Y l a 'Delta')
	[ "$output" = "X" ]
	printf '%s2607.00001 2026-07-30\n' "$bom" >"$T/seen"
	run -0 papers -f '%t' --seen "$T/seen" < <(input)
	[ "$output" = "Gamma" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31' ]
	# Blanks and marks before a key, in any order; a key that would start
	# with a mark is written with it escaped, so that it reads back (found
	# by the fuzz target).
	printf ' %s\t%s 2607.00001 2026-07-30\n' "$bom" "$bom" >"$T/seen"
	run -0 papers -f '%t' --seen "$T/seen" < <(input; rec 2026-07-30 Delta "${bom}x")
	[ "$output" = $'Gamma\nDelta' ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31\n%ef%bb%bfx 2026-07-31' ]
	run -1 papers -f '%t' --seen "$T/seen" < <(input; rec 2026-07-30 Delta "${bom}x")
	[ "$output" = "" ]
}

@test "a keyword that starts with a stray continuation byte starts no match, inside a character or not" {
	run -1 papers "$(printf '\x8e title')" < <(rec 2024-01-01 "$(printf '\xe6\x9d\x8e title')" l)
	[ "$output" = "" ]
	run -1 papers -c "$(printf '\x8e title')" < <(rec 2024-01-01 "$(printf 'x\x8e title')" l)
	[ "$output" = "0" ]
	run -0 papers -c "$(printf 'x\x8e title')" < <(rec 2024-01-01 "$(printf 'x\x8e title')" l)
	[ "$output" = "1" ]
}

# --- terminal injection ---

@test "terminal escape sequences never reach formatted output" {
	printf '2024-01-01\tA\033]0;pwned\007B \033[2J\033[31mC\033]8;;http://evil/\033\\D\033]8;;\033\\ E\010F\rG\tl\tx\033[1mz\n' >"$T/evil"
	run -0 papers -f '%t|%a' <"$T/evil"
	[ "$output" = 'A]0;pwnedB [2J[31mC]8;;http://evil/\D]8;;\ EF G|x[1mz' ]
	run -1 bash -c "papers -f '%t %a' < '$T/evil' | tr -d '\n' | LC_ALL=C grep -c '[[:cntrl:]]'"
	[ "$output" = "0" ]
}

@test "--raw passes the bytes through unchanged, by design" {
	printf '2024-01-01\tA\033]0;x\007B\033[2J\010\rC\tl\n' >"$T/evil"
	run -0 bash -c "papers -r < '$T/evil' | cmp - '$T/evil' && echo same"
	[ "$output" = "same" ]
}

# --- sizes ---

@test "a 64 MiB single line under a 512 MiB address-space cap (plain build)" {
	{ printf '2024-01-01\tHuge\tl\t'; head -c 67108864 /dev/zero | tr '\0' a; printf ' needle\n2024-01-02\tAfter\tl\n'; } >"$T/huge"
	run -0 prlimit --as=536870912 "$PLAIN" -f '%t' needle <"$T/huge"
	[ "$output" = "Huge" ]
	run -0 prlimit --as=536870912 "$PLAIN" -c <"$T/huge"
	[ "$output" = "2" ]
}

@test "the same 64 MiB line through the build under test" {
	{ printf '2024-01-01\tHuge\tl\t'; head -c 67108864 /dev/zero | tr '\0' a; printf ' needle\n'; } >"$T/huge"
	run -0 papers -c needle <"$T/huge"
	[ "$output" = "1" ]
}

@test "out of memory: a line over the cap is an error, exit 2, never exit 0" {
	{ printf '2024-01-01\tSmall\tl\n2024-01-02\tHuge\tl\t'; head -c 134217728 /dev/zero | tr '\0' a; printf '\n2024-01-03\tLast\tl\n'; } >"$T/huge"
	run -2 --separate-stderr prlimit --as=67108864 "$PLAIN" -f '%t' <"$T/huge"
	[ "$output" = "Small" ]
	[ "$stderr" = "papers: out of memory" ]
}

@test "a million short records" {
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "2024-01-%02d\tpaper %d\tl\n", i % 28 + 1, i }' >"$T/million"
	run -0 papers -c <"$T/million"
	[ "$output" = "1000000" ]
	run -0 papers -c --since 2024-01-28 'paper 99' <"$T/million"
	[ "$output" = "$(awk -F'\t' '$1 >= "2024-01-28" && index($2, "paper 99")' "$T/million" | wc -l)" ]
}

@test "a thousand keywords" {
	args=()
	for i in $(seq 1000); do args+=(-e "kw$i"); done
	run -0 papers -f '%t: %k' "${args[@]}" < <(rec 2024-01-01 'has kw777 and kw1000' l; rec 2024-01-02 'kw0' l)
	[ "$output" = "has kw777 and kw1000: kw1, kw7, kw10, kw77, kw100, kw777, kw1000" ]
	run -0 papers -w -f '%t: %k' "${args[@]}" < <(rec 2024-01-01 'has kw777 and kw1000' l; rec 2024-01-02 'kw0' l)
	[ "$output" = "has kw777 and kw1000: kw777, kw1000" ]
}

# Linux caps one argument at 128 KiB (MAX_ARG_STRLEN), so a 1 MiB keyword
# cannot reach any program through argv; this is the largest that can.
@test "the largest keyword the kernel passes (128 KiB - 1)" {
	kw=$(head -c 131071 /dev/zero | tr '\0' k)
	printf '2024-01-01\tT\tl\tx%sx\n2024-01-02\tU\tl\tkkk\n' "$kw" >"$T/in"
	run -0 papers -f '%t' -e "$kw" <"$T/in"
	[ "$output" = "T" ]
}

# --- options ---

@test "every option that takes a value, given without one, is a usage error" {
	for o in -A -e -f -m -x --author --exclude --format --keyword --max-count --pipe --seen --seen-days --since --until --wrap; do
		run -2 --separate-stderr papers "$o" </dev/null
		[ "$output" = "" ]
		[ "${stderr_lines[0]}" = "papers: option '$o' needs a value" ] || { echo "$o: $stderr"; return 1; }
	done
}

@test "unknown options and values on flags are usage errors" {
	run -2 --separate-stderr papers --count=3 </dev/null
	[ "${stderr_lines[0]}" = "papers: option '--count' takes no value" ]
	run -2 --separate-stderr papers -Z </dev/null
	[ "${stderr_lines[0]}" = "papers: unknown option '-Z'" ]
	run -2 --separate-stderr papers --colr </dev/null
	[ "${stderr_lines[0]}" = "papers: unknown option '--colr'" ]
}

@test "-m: negative, huge and non-numeric values are usage errors" {
	run -2 --separate-stderr papers -m -1 </dev/null
	[ "${stderr_lines[0]}" = "papers: -m: '-1' is out of range (0 to 9223372036854775807)" ]
	run -2 --separate-stderr papers -m 99999999999999999999 </dev/null
	[ "${stderr_lines[0]}" = "papers: -m: '99999999999999999999' is out of range (0 to 9223372036854775807)" ]
	run -2 --separate-stderr papers --max-count=ten </dev/null
	[ "${stderr_lines[0]}" = "papers: --max-count: 'ten' is not a number" ]
	run -2 --separate-stderr papers -m 5x </dev/null
	[ "${stderr_lines[0]}" = "papers: -m: '5x' is not a number" ]
	run -2 --separate-stderr papers -m '' </dev/null
	[ "${stderr_lines[0]}" = "papers: -m: '' is not a number" ]
	run -0 papers -m 9223372036854775807 -c < <(rec 2024-01-01 T l)
	[ "$output" = "1" ]
}

@test "format strings ending in a lone % or \\, and %%n" {
	run -2 --separate-stderr papers -f '%t %' </dev/null
	[ "${stderr_lines[0]}" = "papers: format: incomplete directive at end" ]
	run -2 --separate-stderr papers -f '%-5.' </dev/null
	[ "${stderr_lines[0]}" = "papers: format: incomplete directive at end" ]
	run -0 papers -f '%t \' < <(rec 2024-01-01 T l)
	[ "$output" = 'T \' ]
	run -0 papers -f '%%n' < <(rec 2024-01-01 T l)
	[ "$output" = '%n' ]
}

# --- I/O faults ---

@test "/dev/full with small and large output: error, exit 2" {
	run -2 --separate-stderr bash -c "papers <<<\$'2024-01-01\tT\tl' > /dev/full"
	[ "$output" = "" ]
	[ "$stderr" = "papers: write error: No space left on device" ]
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "2024-01-01\tpaper %d\tl\n", i }' >"$T/many"
	run -2 --separate-stderr bash -c "papers < '$T/many' > /dev/full"
	[ "$stderr" = "papers: write error: No space left on device" ]
	run -2 --separate-stderr bash -c "papers -c < '$T/many' > /dev/full"
	[ "$stderr" = "papers: write error: No space left on device" ]
}

@test "closed stdout is a write error" {
	run -2 --separate-stderr bash -c "papers <<<\$'2024-01-01\tT\tl' >&-"
	[ "$stderr" = "papers: write error: Bad file descriptor" ]
}

@test "closed stdin or a directory on stdin is a read error" {
	run -2 --separate-stderr bash -c "papers <&-"
	[ "$output" = "" ]
	[ "$stderr" = "papers: read error: Bad file descriptor" ]
	run -2 --separate-stderr bash -c "papers < ."
	[ "$stderr" = "papers: read error: Is a directory" ]
}

@test "a slow writer: half a record, a pause, then the rest" {
	run -0 bash -c "{ printf '2024-01-01\tHalf'; sleep 0.3; printf ' and half\tl\n2024-01-02\tNext\tl\n'; } | papers -f '%t'"
	[ "$output" = $'Half and half\nNext' ]
}

@test "SIGPIPE at its default: papers dies quietly of it" {
	run -0 --separate-stderr bash -c "yes \$'2024-01-01\tT\tl' | head -n 300000 | papers | head -n 1; echo \"\${PIPESTATUS[2]}\""
	[ "$output" = $'2024-01-01  T  l\n141' ]
	[ "$stderr" = "" ]
}

@test "SIGPIPE ignored: one write error message, exit 2" {
	run -0 --separate-stderr bash -c "trap '' PIPE; yes \$'2024-01-01\tT\tl' 2>/dev/null | head -n 300000 2>/dev/null | papers | head -n 1 2>/dev/null; echo \"\${PIPESTATUS[2]}\""
	[ "$output" = $'2024-01-01  T  l\n2' ]
	[ "$stderr" = "papers: write error: Broken pipe" ]
}

@test "memory: a 4 MiB line within 8 times the line plus 2 MiB, for every option that touches text (plain build)" {
	# The line: two million one-letter words, every one a match of 'a'.
	{ printf '2024-01-01\t'; yes a | head -n 2097152 | tr '\n' ' '; printf '\tl\tx a\n'; } >"$T/big"
	# 8 x 4 MiB + 2 MiB, and 16 MiB for the process itself (libc, stack).
	cap=$(( (8 * 4 + 2 + 16) * 1048576 ))
	while IFS= read -r args; do
		# The output goes to /dev/null: kept in a shell variable, 8 MiB
		# would cost more time than papers does.
		st=0
		prlimit --as=$cap "$PLAIN" $args <"$T/big" >/dev/null 2>"$T/err" || st=$?
		[ "$st" -eq 0 ] || { echo "$args: exit $st: $(head -c 200 "$T/err")"; false; }
	done <<'EOF2'
--color=always -f %t a
--color=always --wrap=80 -f %t|%a a
--wrap=80 -f %t
-u -f %t
-f %k|%t a
--sort=relevance --top=1 -f %s|%t a
--sort=relevance -f %t a
--json a
--escape=html -f %t
EOF2
}
