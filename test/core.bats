#!/usr/bin/env bats
# The basic filter, records in and digest lines out: keyword matching
# (-a, -t, -s, -w, -x, -e, --), record parsing (escapes, CRLF, blank,
# short and malformed lines, --strict; the BOM is in hostile.bats), dates
# and --since/--until, -m, -f, -r, -c, -q, -h, -V, usage and write
# errors, and the exit statuses 0, 1 and 2: one table of options and
# their exit status and stdout (option_table), the messages in the tests
# of each option.  README: Records, Selecting records, Output, Exit
# status.

load test_helper

@test "default output: date, title and link of each matching record" {
	run -0 papers diffusion < <(rec 2024-03-05 'Diffusion models' https://a/1 'x' 'A. B.'
		rec 2024-03-06 'Other' https://a/2 'no match' 'C')
	[ "$output" = "2024-03-05  Diffusion models  https://a/1" ]
}

@test "no keywords selects every record" {
	run -0 papers < <(rec 2024-03-05 A l1; rec 2024-03-06 B l2)
	[ "$output" = $'2024-03-05  A  l1\n2024-03-06  B  l2' ]
}

@test "exit 1 and no output when nothing matches" {
	run -1 --separate-stderr papers zebra < <(rec 2024-03-05 A l1 abstract)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
}

@test "any keyword matches by default, -a needs every keyword" {
	input=$(rec 2024-01-01 'graph diffusion' l1; rec 2024-01-02 'graph only' l2)
	run -0 papers -f '%t' graph diffusion <<<"$input"
	[ "$output" = $'graph diffusion\ngraph only' ]
	run -0 papers -f '%t' -a graph diffusion <<<"$input"
	[ "$output" = "graph diffusion" ]
	run -0 papers -f '%t' --all graph diffusion <<<"$input"
	[ "$output" = "graph diffusion" ]
}

@test "keywords are looked for in title and abstract, not link, authors or date" {
	input=$(rec 2024-01-01 T1 https://diffusion/ abs 'Diffusion Person'; rec 2024-01-02 T2 l 'about Diffusion' A)
	run -0 papers -f '%t' diffusion <<<"$input"
	[ "$output" = "T2" ]
	run -1 papers 2024 <<<"$input"
	[ "$output" = "" ]
}

@test "-t looks at the title only" {
	input=$(rec 2024-01-01 'diffusion' l a; rec 2024-01-02 T2 l 'diffusion')
	run -0 papers -t -f '%t' diffusion <<<"$input"
	[ "$output" = "diffusion" ]
	run -0 papers --title -f '%t' diffusion <<<"$input"
	[ "$output" = "diffusion" ]
}

@test "matching is case-insensitive, -s makes it case-sensitive" {
	input=$(rec 2024-01-01 'Large Language Models' l a)
	run -0 papers -f '%t' 'LARGE language' <<<"$input"
	[ "$output" = "Large Language Models" ]
	run -1 papers -s 'large language' <<<"$input"
	[ "$output" = "" ]
	run -0 papers --case-sensitive -f '%t' 'Large Language' <<<"$input"
	[ "$output" = "Large Language Models" ]
}

@test "keywords are literal text, not patterns" {
	input=$(rec 2024-01-01 'a.b [x]* c' l a; rec 2024-01-02 'axb' l a)
	run -0 papers -f '%t' 'a.b' <<<"$input"
	[ "$output" = "a.b [x]* c" ]
	run -0 papers -f '%t' '[x]*' <<<"$input"
	[ "$output" = "a.b [x]* c" ]
}

@test "-w needs a keyword to stand alone, between non-word characters" {
	input=$(rec 2024-01-01 'LLMs are here' l a; rec 2024-01-02 'an LLM, again' l a
		rec 2024-01-03 'LLM_x and xLLM' l a; rec 2024-01-04 'LLM' l a)
	run -0 papers -w -f '%t' llm <<<"$input"
	[ "$output" = $'an LLM, again\nLLM' ]
	run -0 papers --word -f '%t' llm <<<"$input"
	[ "$output" = $'an LLM, again\nLLM' ]
	run -0 papers -f '%t' llm <<<"$input"
	[ "${#lines[@]}" -eq 4 ]
}

@test "-w keeps looking after an occurrence that is part of a word" {
	run -0 papers -w -f '%t' net < <(rec 2024-01-01 'subnet of a net' l a)
	[ "$output" = "subnet of a net" ]
}

@test "a whitespace run in a keyword matches any whitespace run in the text" {
	input=$(rec 2024-01-01 T1 l 'large language\nmodel'
		rec 2024-01-02 T2 l 'language   model'
		rec 2024-01-03 T3 l 'language\tmodel'
		rec 2024-01-04 T4 l 'languagemodel')
	run -0 papers -f '%t' 'language model' <<<"$input"
	[ "$output" = $'T1\nT2\nT3' ]
	run -0 papers -f '%t' 'language    model' <<<"$input"
	[ "$output" = $'T1\nT2\nT3' ]
}

@test "a keyword does not run from the title into the abstract" {
	run -1 papers 'language model' < <(rec 2024-01-01 'about language' l 'model')
	[ "$output" = "" ]
}

@test "-x drops records with any exclude keyword, with the same rules" {
	input=$(rec 2024-01-01 'A survey of diffusion' l a
		rec 2024-01-02 'Diffusion' l 'we SURVEY'
		rec 2024-01-03 'Diffusion' l 'surveys' ; rec 2024-01-04 'Diffusion ok' l a)
	run -0 papers -f '%d' -x survey diffusion <<<"$input"
	[ "$output" = "2024-01-04" ]
	run -0 papers -f '%d' -w --exclude=survey diffusion <<<"$input"
	[ "$output" = $'2024-01-03\n2024-01-04' ]
	run -0 papers -f '%d' -t -x survey diffusion <<<"$input"
	[ "$output" = $'2024-01-02\n2024-01-03\n2024-01-04' ]
	run -0 papers -f '%d' -s -x SURVEY iffusion <<<"$input"
	[ "$output" = $'2024-01-01\n2024-01-03\n2024-01-04' ]
}

@test "-x alone filters every record" {
	run -0 papers -f '%t' -x survey < <(rec 2024-01-01 'A survey' l a; rec 2024-01-02 B l a)
	[ "$output" = "B" ]
}

@test "-e gives a keyword that starts with a dash; -- ends the options" {
	input=$(rec 2024-01-01 'the -v flag' l a; rec 2024-01-02 'other' l a)
	run -0 papers -f '%t' -e -v <<<"$input"
	[ "$output" = "the -v flag" ]
	run -0 papers -f '%t' -- -v <<<"$input"
	[ "$output" = "the -v flag" ]
	run -0 papers -f '%t' --keyword=-v <<<"$input"
	[ "$output" = "the -v flag" ]
}

@test "options may follow keywords" {
	run -0 papers diffusion -f '%t' < <(rec 2024-01-01 Diffusion l a; rec 2024-01-02 x l a)
	[ "$output" = "Diffusion" ]
}

@test "an empty keyword is a usage error" {
	run -2 --separate-stderr papers '' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: keyword: empty keyword" ]
	run -2 --separate-stderr papers -e '' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: -e: empty keyword" ]
	run -2 --separate-stderr papers -x '' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: -x: empty keyword" ]
}

@test "a keyword of combining marks alone is empty under --ignore-accents, wherever it comes from" {
	acute=$(printf '\xcc\x81') arrow=$(printf '\xe2\x83\x97')
	run -2 --separate-stderr papers --ignore-accents "$acute" < <(rec 2024-01-01 Café l)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: keyword: empty keyword once accents are ignored" ]
	# --ignore-accents may come after the entry
	run -2 --separate-stderr papers -x "$arrow" --ignore-accents < <(rec 2024-01-01 Café l)
	[ "${stderr_lines[0]}" = "papers: -x: empty keyword once accents are ignored" ]
	run -2 --separate-stderr papers --ignore-accents -A "$acute$acute" < <(rec 2024-01-01 Café l)
	[ "${stderr_lines[0]}" = "papers: -A: empty keyword once accents are ignored" ]
	printf 'caf\n# c\n\n %s \n' "$acute" >"$T/kw"
	run -2 --separate-stderr papers --ignore-accents --keywords-from "$T/kw" < <(rec 2024-01-01 Café l)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/kw: line 4: empty keyword once accents are ignored" ]
	# White space aside: marks and spaces leave no letter either.
	run -2 --separate-stderr papers --ignore-accents "$acute $acute" < <(rec 2024-01-01 Café l)
	[ "${stderr_lines[0]}" = "papers: keyword: empty keyword once accents are ignored" ]
	# Marks between words leave one space, which matches a run of them.
	run -0 papers --ignore-accents -f '%t' "a $acute b" < <(rec 2024-01-01 'x a  b' l; rec 2024-01-01 'ab' l)
	[ "$output" = "x a b" ]
	# Without --ignore-accents the marks are a keyword like any other.
	run -0 papers -f '%t' "$acute" < <(rec 2024-01-01 "Cafe$acute" l; rec 2024-01-01 Café l)
	[ "$output" = "Cafe$acute" ]
}

@test "escapes are decoded left to right: \\\\nabla stays a backslash and nabla" {
	run -0 papers -f '%t|%a' < <(rec 2024-01-01 'T' l 'grad \\nabla f, a\\\\b, x\ny\tz\rw, \q, end\')
	[ "$output" = 'T|grad \nabla f, a\\b, x y z w, \q, end\' ]
}

@test "escapes in titles: \\t and \\n become spaces in formatted output" {
	run -0 papers -f '[%t]' < <(rec 2024-01-01 '\n  Two\tparts\n\n' l a)
	[ "$output" = '[Two parts]' ]
}

@test "-r prints the line exactly as read" {
	line=$(rec 2024-01-01 'T\\n x' 'l' 'a\\\\b' 'au' 'extra1' 'extra2')
	run -0 papers -r <<<"$line"
	[ "$output" = "$line" ]
}

@test "-r output chains into another papers" {
	run -0 bash -c "printf '%s\n' \"\$1\" | papers -r llm | papers -f '%t' -x survey" _ \
		"$(rec 2024-01-01 'LLM survey' l a; rec 2024-01-02 'LLM tricks' l a; rec 2024-01-03 'other' l a)"
	[ "$output" = "LLM tricks" ]
}

@test "CRLF input: the CR is ignored" {
	run -0 papers -f '[%l]' < <(printf '2024-01-01\tT\tlink\r\n')
	[ "$output" = "[link]" ]
	run -0 papers -f '[%t]' < <(printf '2024-01-01\tT\r\n')
	[ "$output" = "[T]" ]
	# -r gives the line back as read, its CR included.
	printf '2024-01-01\tT\tl\r\n2024-01-02\tU\r\n' >"$T/crlf"
	run -0 bash -c "papers -r < '$T/crlf' | cmp - '$T/crlf' && echo same"
	[ "$output" = "same" ]
}

@test "a missing last newline still gives the last record" {
	run -0 papers -f '%t' < <(printf '2024-01-01\tA\tl\n2024-01-02\tB\tl')
	[ "$output" = $'A\nB' ]
	run -0 bash -c "printf '2024-01-02\tB\tl' | papers -r | od -An -c | tr -s ' '"
	[ "$output" = " 2 0 2 4 - 0 1 - 0 2 \t B \t l \n" ]
}

@test "blank lines are skipped silently; missing trailing fields read as empty" {
	run -0 --separate-stderr papers -f '[%d|%t|%l|%a|%A]' < <(printf '\n\n2024-01-01\tOnly title\n\r\n')
	[ "$output" = "[2024-01-01|Only title|||]" ]
	[ "$stderr" = "" ]
}

@test "a record without a title is reported and skipped, the rest processed" {
	run -0 --separate-stderr papers -f '%t' < <(rec 2024-01-01 A l; rec 2024-01-02 '' l; rec 2024-01-03 C l)
	[ "$output" = $'A\nC' ]
	[ "$stderr" = "papers: line 2: no title" ]
}

@test "--strict makes a malformed record exit 2 after processing" {
	run -2 --separate-stderr papers --strict -f '%t' < <(rec 2024-01-01 A l; rec 2024-13-01 B l; rec 2024-01-03 C l)
	[ "$output" = $'A\nB\nC' ]
	[ "$stderr" = "papers: line 2: invalid date '2024-13-01'" ]
	run -0 papers --strict -f '%t' < <(rec 2024-01-01 A l)
	[ "$output" = "A" ]
}

# Date forms: each record date and the %d it gives (UTC).
@test "date forms: calendar, timestamps with offsets, fractions, epoch" {
	while IFS=';' read -r date want; do
		run -0 --separate-stderr papers -f '%d|%D' < <(rec "$date" T l)
		[ "$output" = "$want" ] || { echo "$date: got '$output' want '$want'"; return 1; }
		[ "$stderr" = "" ]
	done <<'EOF2'
2024-03-05;2024-03-05|
2024-03-05T10:20;2024-03-05|2024-03-05T10:20:00Z
2024-03-05T10:20:30;2024-03-05|2024-03-05T10:20:30Z
2024-03-05T10:20:30Z;2024-03-05|2024-03-05T10:20:30Z
2024-03-05 10:20:30Z;2024-03-05|2024-03-05T10:20:30Z
2026-07-30T00:00:00.000Z;2026-07-30|2026-07-30T00:00:00Z
2024-03-05T23:30:00-02:00;2024-03-06|2024-03-06T01:30:00Z
2024-03-05T01:30:00+0200;2024-03-04|2024-03-04T23:30:00Z
2024-03-05T01:30+02:00;2024-03-04|2024-03-04T23:30:00Z
2024-03-05T10:20:30.123456789012-0130;2024-03-05|2024-03-05T11:50:30Z
1790222400;2026-09-24|2026-09-24T04:00:00Z
0;1970-01-01|1970-01-01T00:00:00Z
2024-02-29;2024-02-29|
2000-02-29;2000-02-29|
EOF2
}

@test "invalid dates are reported, never read as epoch 0" {
	while read -r date; do
		run -0 --separate-stderr papers -f '[%d]' < <(rec "$date" T l)
		[ "$output" = "[]" ] || { echo "$date: got '$output'"; return 1; }
		[ "$stderr" = "papers: line 1: invalid date '$date'" ] || { echo "$date: $stderr"; return 1; }
	done <<'EOF2'
2024-13-01
2024-00-10
2023-02-29
1900-02-29
2024-04-31
2024-03-05T24:00
2024-03-05T10:60
2024-03-05T10:20:61
2024-03-05x
2024-03-05T
2024-3-5
2024-03-05T10:20:30+2
2024-03-05T10:20:30.
yesterday
-1
12ab
EOF2
}

@test "an invalid date is selected without date options, with an empty %d" {
	run -0 --separate-stderr papers -f '[%d] %t' < <(rec bogus T l)
	[ "$output" = "[] T" ]
	[ "$stderr" = "papers: line 1: invalid date 'bogus'" ]
}

@test "--since and --until are inclusive; a calendar DATE is the whole UTC day" {
	input=$(rec 2024-03-04T23:59:59Z a l; rec 2024-03-05 b l; rec 2024-03-05T23:59:59Z c l
		rec 2024-03-06T00:00:00Z d l; rec 2024-03-05T23:30:00-02:00 e l)
	run -0 papers -f '%t' --since 2024-03-05 --until 2024-03-05 <<<"$input"
	[ "$output" = $'b\nc' ]
	run -0 papers -f '%t' --since 2024-03-06 <<<"$input"
	[ "$output" = $'d\ne' ]
	run -0 papers -f '%t' --until=2024-03-04 <<<"$input"
	[ "$output" = "a" ]
}

@test "a timestamp DATE is that instant" {
	input=$(rec 2024-03-05T11:59:59Z a l; rec 2024-03-05T12:00:00Z b l; rec 2024-03-05T12:00:01Z c l)
	run -0 papers -f '%t' --since 2024-03-05T12:00:00Z <<<"$input"
	[ "$output" = $'b\nc' ]
	run -0 papers -f '%t' --until 2024-03-05T14:00+02:00 <<<"$input"
	[ "$output" = $'a\nb' ]
	run -0 papers -f '%t' --since @1709640000 --until 1709640000 <<<"$input"
	[ "$output" = "b" ]
}

@test "today, yesterday and Nd count UTC days back from today" {
	input=$(rec 2026-07-29T23:59:59Z a l; rec 2026-07-30 b l; rec 2026-07-31T12:00:00Z c l)
	run -0 papers -f '%t' --since yesterday <<<"$input"
	[ "$output" = $'b\nc' ]
	run -0 papers -f '%t' --since today <<<"$input"
	[ "$output" = "c" ]
	run -0 papers -f '%t' --since 2d --until yesterday <<<"$input"
	[ "$output" = $'a\nb' ]
	run -0 papers -f '%t' --since 0d <<<"$input"
	[ "$output" = "c" ]
}

@test "records with an empty or invalid date are not selected while a date option is given" {
	run -0 --separate-stderr papers -f '%t' --since 2000-01-01 < <(rec '' a l; rec bad b l; rec 2024-01-01 c l)
	[ "$output" = "c" ]
	[ "$stderr" = "papers: line 2: invalid date 'bad'" ]
}

@test "an invalid --since or --until is a usage error naming the value" {
	for v in 2024-02-30 tomorrow 3x @ @-5 -1d 2024-01-01T25:00 ''; do
		run -2 --separate-stderr papers --since "$v" </dev/null
		[ "$output" = "" ]
		[ "${stderr_lines[0]}" = "papers: --since: invalid date '$v'" ] || { echo "$v: $stderr"; return 1; }
	done
	run -2 --separate-stderr papers --until=nope </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --until: invalid date 'nope'" ]
}

@test "-m stops after N selected records" {
	input=$(rec 2024-01-01 a l; rec 2024-01-02 b l; rec 2024-01-03 c l)
	run -0 papers -f '%t' -m 2 <<<"$input"
	[ "$output" = $'a\nb' ]
	run -0 papers -f '%t' --max-count=1 <<<"$input"
	[ "$output" = "a" ]
	run -1 papers -m 0 <<<"$input"
	[ "$output" = "" ]
}

@test "-f directives: %d %t %l %a %A %% and the escapes \\n \\t \\\\" {
	run -0 papers -f '%d\t%t\n%l %a %A %% 100%% \\ \x' < <(rec 2024-01-01 Title Link Abs 'A, B')
	[ "$output" = $'2024-01-01\tTitle\nLink Abs A, B % 100% \\ \\x' ]
}

@test "-f output: whitespace collapsed, ends trimmed, so a record stays on its line" {
	run -0 papers -f '<%t>' < <(rec 2024-01-01 $'  a \x0b\x0c b  ' l)
	[ "$output" = "<a b>" ]
}

@test "an unknown directive or a lone % is a usage error; FORMAT is not printf's" {
	run -2 --separate-stderr papers -f '%n' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: format: unknown directive %n" ]
	run -2 --separate-stderr papers -f 'x%' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: format: incomplete directive at end" ]
	run -0 papers -f '%%n %%s' < <(rec 2024-01-01 T l)
	[ "$output" = "%n %s" ]
}

@test "control characters and invalid UTF-8 never reach formatted output" {
	run -0 papers -f '%t' < <(printf '2024-01-01\ta\033[2Jb\007c\010d\x7fe\302\233f\377g \342\x80\xaeh\n')
	[ "$output" = $'a[2Jbcdef\xef\xbf\xbdg h' ]
}

# option_table: reads a table of cases, in the style of OpenBSD's
# regress/usr.bin/cut/cut.sh, one row a case:
#
#	STATUS | ARGS | STDIN | STDOUT
#
# and runs papers ARGS on STDIN, which must exit STATUS and print exactly
# STDOUT.  ARGS are split and unquoted as the shell does ('%t' and '' are
# one argument each).  STDIN and STDOUT are printf %b strings: \t a TAB,
# \n a newline (STDOUT's last newline is written too), \\ a backslash,
# \0174 a '|' (in ARGS, $'\174').  The blanks around each '|' are no
# part of a field.  Blank lines and lines starting with '#' are skipped.
# Every row is run; a wrong one is printed, row and all, with what papers
# did instead (its exit status, its stdout, the first line of its
# stderr).
option_table() {
	local row st args in want bars rc n=0 bad=0
	while IFS= read -r row; do
		case $row in '' | '#'*) continue ;; esac
		n=$((n + 1))
		bars=${row//[!|]/}
		if [ "${#bars}" -ne 3 ]; then
			echo "not 4 fields: $row"
			bad=$((bad + 1))
			continue
		fi
		IFS='|' read -r st args in want <<<"$row"
		read -r st <<<"$st"
		read -r args <<<"$args"
		read -r in <<<"$in"
		read -r want <<<"$want"
		eval "set -- $args"
		printf '%b' "$in" >"$T/table-in"
		printf '%b' "$want" >"$T/table-want"
		rc=0
		papers "$@" <"$T/table-in" >"$T/table-out" 2>"$T/table-err" || rc=$?
		if [ "$rc" != "$st" ] || ! cmp -s "$T/table-out" "$T/table-want"; then
			echo "row $n: $row"
			echo "  exit $rc, stdout:"
			od -c "$T/table-out" | sed 's/^/  /'
			sed -n '1s/^/  stderr: /p' "$T/table-err"
			bad=$((bad + 1))
		fi
	done
	echo "$n rows, $bad wrong"
	[ "$bad" -eq 0 ]
}

@test "options and exit statuses, one row a case: status, args, stdin, stdout" {
	option_table <<'EOF2'
# STATUS | ARGS | STDIN | STDOUT
# Selected (0), none selected (1: no match, no input, -m 0), and what -c,
# -q and -r print then.
0 | diffusion                    | 2024-01-01\ta\tl\tdiffusion\n2024-01-02\tb\tl\n | 2024-01-01  a  l\n
1 | zebra                        | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            |
1 |                              |                                                 |
0 | -c                           | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            | 2\n
1 | -c zebra                     | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            | 0\n
1 | -c                           |                                                 | 0\n
0 | -q                           | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            |
1 | --quiet zebra                | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            |
1 | -m 0                         | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            |
1 | -m 0 -c                      | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            | 0\n
0 | -r b                         | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n            | 2024-01-02\tb\tl\n
# -q wins over -c, -c over -r and -f; -q and -c over --json.
0 | -q -c                        | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n |
0 | --count -r                   | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n | 2\n
0 | -c -f '%t'                   | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n | 2\n
0 | --json -c                    | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n | 2\n
0 | --json -q                    | 2024-01-01\ta\tl\n2024-01-02\tb\tl\n |
# Usage errors: exit 2 and nothing on stdout, whatever the input.
# Unknown options, a value on a flag, a missing value.
2 | --bogus                      | 2024-01-01\ta\tl\n |
2 | -k                           | 2024-01-01\ta\tl\n |
2 | --count=3                    | 2024-01-01\ta\tl\n |
2 | -m                           | 2024-01-01\ta\tl\n |
2 | --since                      | 2024-01-01\ta\tl\n |
2 | --wrap                       | 2024-01-01\ta\tl\n |
# Bad numbers.
2 | -m x                         | 2024-01-01\ta\tl\n |
2 | -m -1                        | 2024-01-01\ta\tl\n |
2 | --max-count=ten              | 2024-01-01\ta\tl\n |
2 | --top 0                      | 2024-01-01\ta\tl\n |
2 | --top=0                      | 2024-01-01\ta\tl\n |
2 | --top=-1                     | 2024-01-01\ta\tl\n |
2 | --top=abc                    | 2024-01-01\ta\tl\n |
2 | --top=                       | 2024-01-01\ta\tl\n |
2 | --wrap 0                     | 2024-01-01\ta\tl\n |
2 | --wrap x                     | 2024-01-01\ta\tl\n |
2 | --seen-days -1               | 2024-01-01\ta\tl\n |
2 | --seen-days x                | 2024-01-01\ta\tl\n |
2 | --lock-wait=abc              | 2024-01-01\ta\tl\n |
# Bad words.
2 | --sort best                  | 2024-01-01\ta\tl\n |
2 | --sort=best                  | 2024-01-01\ta\tl\n |
2 | --sort=                      | 2024-01-01\ta\tl\n |
2 | --sort=Date                  | 2024-01-01\ta\tl\n |
2 | --color=sometimes            | 2024-01-01\ta\tl\n |
2 | --color=                     | 2024-01-01\ta\tl\n |
2 | --escape=xml                 | 2024-01-01\ta\tl\n |
2 | --type=bogus                 | 2024-01-01\ta\tl\n |
2 | --type=new,                  | 2024-01-01\ta\tl\n |
2 | --type=,new                  | 2024-01-01\ta\tl\n |
2 | --type=new,,cross            | 2024-01-01\ta\tl\n |
2 | --type=New                   | 2024-01-01\ta\tl\n |
2 | --type=                      | 2024-01-01\ta\tl\n |
# Options that cannot go together.
2 | -r -f '%t'                   | 2024-01-01\ta\tl\n |
2 | --json -r                    | 2024-01-01\ta\tl\n |
2 | --json -f '%t'               | 2024-01-01\ta\tl\n |
2 | --json --wrap=70             | 2024-01-01\ta\tl\n |
2 | -r --wrap=20                 | 2024-01-01\ta\tl\n |
2 | -q --pipe cat                | 2024-01-01\ta\tl\n |
2 | --escape=html -r             | 2024-01-01\ta\tl\n |
2 | --escape=html --json         | 2024-01-01\ta\tl\n |
2 | --escape=csv --wrap=60       | 2024-01-01\ta\tl\n |
2 | --escape=html --color=always | 2024-01-01\ta\tl\n |
# Empty keywords, commands and files; bad dates and formats.
2 | ''                           | 2024-01-01\ta\tl\n |
2 | -e ''                        | 2024-01-01\ta\tl\n |
2 | -x ''                        | 2024-01-01\ta\tl\n |
2 | -A ''                        | 2024-01-01\ta\tl\n |
2 | --pipe=                      | 2024-01-01\ta\tl\n |
2 | --seen=                      | 2024-01-01\ta\tl\n |
2 | --since tomorrow             | 2024-01-01\ta\tl\n |
2 | --since ''                   | 2024-01-01\ta\tl\n |
2 | --until=nope                 | 2024-01-01\ta\tl\n |
2 | -f '%n'                      | 2024-01-01\ta\tl\n |
2 | -f 'x%'                      | 2024-01-01\ta\tl\n |
2 | --header='%t'                | 2024-01-01\ta\tl\n |
EOF2
}

@test "-r with -f or --wrap, and -q with --pipe, are usage errors" {
	run -2 --separate-stderr papers -r -f '%t' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: -r and -f cannot be used together" ]
	[ "${stderr_lines[-1]}" = "Try 'papers --help' for more information." ]
	run -2 --separate-stderr papers -r --wrap=20 < <(rec 2024-01-01 T l)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: -r prints lines as read: not with --wrap" ]
	run -2 --separate-stderr papers -q --pipe "cat > '$T/mail'" < <(rec 2024-01-01 T l)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: -q prints nothing, so --pipe would run CMD on nothing: not together" ]
	[ ! -e "$T/mail" ]
}

@test "-h prints usage on stdout and exits 0; -V prints the version" {
	run -0 --separate-stderr papers -h
	[ "${lines[0]}" = "usage: papers [-achiqrstuVw] [-A name] [-C cat] [-e keyword] [-f format]" ]
	[ "$stderr" = "" ]
	run -0 papers --help
	[ "${lines[0]}" = "usage: papers [-achiqrstuVw] [-A name] [-C cat] [-e keyword] [-f format]" ]
	run -0 papers -V
	[ "$output" = "papers 2.0" ]
	run -0 papers --version
	[ "$output" = "papers 2.0" ]
}

@test "--help describes every option on a line of its own, synopsis first" {
	run -0 --separate-stderr papers --help
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "usage: papers [-achiqrstuVw] [-A name] [-C cat] [-e keyword] [-f format]" ]
	[ "${lines[1]}" = "              [-m num] [-x keyword] [--authors-from file] [--color[=when]]" ]
	# Every long option the parser knows (taken from the usage line and
	# the short ones) has exactly one line.
	for o in all author=NAME count category=CAT type=LIST ignore-case ignore-accents json escape=HOW header=FORMAT footer=FORMAT keywords-from=FILE exclude-from=FILE authors-from=FILE 'color[=WHEN]' keyword=KEYWORD format=FORMAT \
	    help like=FILE lock-wait=SECS max-count=NUM min-like=SCORE pipe=CMD quiet raw require-input case-sensitive \
	    seen=FILE seen-days=NUM since=DATE sort=KEY stats strict title top=NUM unique \
	    until=DATE version word wrap=COLS exclude=KEYWORD; do
		n=$(printf '%s\n' "$output" | grep -cF -- "--$o ")
		[ "$n" = 1 ] || { echo "--$o: $n lines"; false; }
	done
	[ "$(printf '%s\n' "$output" | grep -c '^  -[a-zA-Z], --\|^      --')" = 46 ]
	[ "$(printf '%s\n' "$output" | grep -cF -- '-a, --all                a record must match every keyword, not any')" = 1 ]
}

@test "-h wins whatever else is on the line, a bad option or format included" {
	run -0 papers --help
	want=$output
	run -0 --separate-stderr papers -h -f %s
	[ "$output" = "$want" ]
	[ "$stderr" = "" ]
	run -0 --separate-stderr papers --bogus -h
	[ "$output" = "$want" ]
	[ "$stderr" = "" ]
	run -0 papers -rch -f %t
	[ "$output" = "$want" ]
	# -e h and --keyword -h are keywords, not help.
	run -1 papers -eh </dev/null
	[ "$output" = "" ]
	run -1 papers --keyword -h </dev/null
	[ "$output" = "" ]
	run -1 papers -- -h </dev/null
	[ "$output" = "" ]
}

@test "unknown options are usage errors with a hint, nothing on stdout" {
	run -2 --separate-stderr papers --bogus </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: unknown option '--bogus'" ]
	[ "${stderr_lines[-1]}" = "Try 'papers --help' for more information." ]
	run -2 --separate-stderr papers -k </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: unknown option '-k'" ]
}

@test "write errors are reported and exit 2" {
	run -2 --separate-stderr bash -c "papers < '$FIX/../sample.tsv' > /dev/full"
	[ "$output" = "" ]
	[ "$stderr" = "papers: write error: No space left on device" ]
}

@test "a reader that goes away stops papers quietly" {
	run -0 --separate-stderr bash -c "set -o pipefail; yes \$'2024-01-01\tT\tl' | head -n 200000 | papers | head -n 1; echo \"\${PIPESTATUS[2]}\""
	[ "${lines[0]}" = "2024-01-01  T  l" ]
	[ "${lines[1]}" = "141" ]
	[ "$stderr" = "" ]
}

@test "a multi-megabyte line is read whole" {
	awk 'BEGIN { printf "2024-01-01\tBig\tl\t"; for (i = 0; i < 300000; i++) printf "word%d ", i; printf "needle\n" }' >"$T/big"
	run -0 papers -f '%t' needle <"$T/big"
	[ "$output" = "Big" ]
	run -0 bash -c "papers -r needle < '$T/big' | cmp - '$T/big' && echo same"
	[ "$output" = "same" ]
}

@test "real samples: every record of every saved feed is read" {
	for f in "$FIX"/*.tsv; do
		want=$(grep -c . "$f" || true)
		run --separate-stderr papers -c <"$f"
		[ "$status" -eq "$([ "$want" -gt 0 ] && echo 0 || echo 1)" ] || { echo "$f: status $status"; return 1; }
		[ "$output" = "$want" ] || { echo "$f: $output vs $want"; return 1; }
		[ "$stderr" = "" ]
	done
}

@test "bundled sample: the README's first command" {
	run -0 papers -u 'language model' agent <"$BATS_TEST_DIRNAME/sample.tsv"
	[ "${#lines[@]}" -eq 15 ]
	[ "${lines[0]}" = "2026-07-30  ReToken: One Token to Improve Vision-Language Models for Visual Retrieval  https://arxiv.org/abs/2607.28627v1" ]
}

@test "a keyword is found at every offset of a long abstract, across its middle too" {
	# 1200-byte abstracts take the two-cursor search; each has the keyword
	# at a different offset, and one has it cut by the end.
	awk 'BEGIN {
		pad = ""; for (i = 0; i < 1200; i++) pad = pad "x"
		for (p = 0; p <= 1191; p += 7)
			printf "2024-01-01\t%d\tl\t%sdiffusion%s\n", p, substr(pad, 1, p), substr(pad, 1, 1191 - p)
		printf "2024-01-01\tcut\tl\t%sdiffusio\n", substr(pad, 1, 1191)
	}' >"$T/long"
	run -0 papers -c diffusion <"$T/long"
	[ "$output" = "171" ]
	run -0 papers -c 'xdiffusionx' <"$T/long"
	[ "$output" = "170" ]
	run -1 papers -c -w diffusion <"$T/long"
	[ "$output" = "0" ]
}
