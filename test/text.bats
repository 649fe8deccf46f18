#!/usr/bin/env bats
# Text details: every rule of --wrap (breaks at spaces and between wide
# characters, indents, TAB stops, padding cut at the edge, a highlight
# closed at a break, its promise over many widths, a positive N), dates at
# the edges of the calendar and in ISO 8601's basic form, PAPERS_TODAY,
# titles of white space, %k once per keyword, -m 0 with --require-input,
# grapheme widths.  README: Output (--wrap).

load test_helper

# Columns of each line of stdin, a TAB counted to the next multiple of 8.
widths() {
	python3 -c '
import sys, unicodedata
for line in sys.stdin.read().split("\n")[:-1]:
    col = 0
    for ch in line:
        if ch == "\t": col = (col // 8 + 1) * 8
        elif unicodedata.combining(ch): pass
        elif unicodedata.east_asian_width(ch) in "WF": col += 2
        else: col += 1
    print(col)'
}

# t1 TITLE: a record with that title.
t1() { rec 2024-01-01 "$1" l; }

@test "--wrap=N: no line exceeds N unless one word alone does (the issue's example)" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	run -0 bash -c "$(declare -f widths); printf '2024-01-01\tShort\thttp://l\tone two three four five six seven eight nine ten eleven twelve\n' | papers --wrap=40 -f '%-36t %a' | widths | sort -n | tail -n 1"
	[ "$output" -le 40 ]
	run -0 papers --wrap=40 -f '%-36t %a' < <(printf '2024-01-01\tShort\thttp://l\tone two three four five six seven eight nine ten eleven twelve\n')
	[ "$output" = "Short                                one
                           two three
                           four five six
                           seven eight
                           nine ten
                           eleven twelve" ]
}

@test "--wrap=N: the promise over many widths, formats and texts" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	"$BATS_TEST_DIRNAME/tools/gen-corpus" 120 >"$T/c"
	k=0
	for n in 12 20 33 40 57 72 100; do
		for f in '%t' '%-30t %a' '%d  %-60.60t  %.200a' '\t%t\t%l' '%40t|%-20A %k' '%-80t' '%90.40a'; do
			k=$((k + 1))
			papers --wrap=$n -f "$f" --color=always --header='Papers on diffusion and models, %n of them, %d' --footer='%n papers; the end of the digest' diffusion model <"$T/c" >"$T/out$k" || true
			echo "$n $T/out$k" >>"$T/list"
		done
	done
	# Every line wider than n (TAB to the next multiple of 8) is one word,
	# itself wider than n, after its indent (spaces, or a TAB the format
	# starts with); padding never makes a line wider, headers and footers
	# included; no line leaves a highlight open.  One python3 for all 49
	# outputs.
	run -0 python3 -c '
import re, sys, unicodedata
def width(line):
    col = 0
    for ch in line:
        if ch == "\t": col = (col // 8 + 1) * 8
        elif unicodedata.combining(ch): pass
        elif unicodedata.east_asian_width(ch) in "WF": col += 2
        else: col += 1
    return col
bad = lines = colored = 0
for entry in open(sys.argv[1]):
    n, path = entry.split()
    for raw in open(path, encoding="utf-8").read().split("\n")[:-1]:
        lines += 1
        sgr = re.findall("\x1b\\[(1;31)?m", raw)
        colored += len(sgr) > 0
        line = re.sub("\x1b\\[(1;31)?m", "", raw)
        rest = line.lstrip(" \t")
        if width(line) > int(n) and (" " in rest or "\t" in rest or width(rest) <= int(n)) or (sgr and sgr[-1] == "1;31"):
            bad += 1
            print(n, repr(raw[:80]))
print(lines, colored, bad)' "$T/list"
	[ "${lines[-1]##* }" = 0 ]
	[ "${lines[-1]%% *}" -gt 2000 ]
	# and the colour was there to be checked
	c=${lines[-1]#* }
	[ "${c% *}" -gt 100 ]
}

@test "--wrap: padding is cut at the edge, not carried; header and footer wrap; colour closes at a break" {
	r() { rec 2024-01-01 'Short title' l 'one two three four five'; }
	run -0 papers --wrap=20 -f '%40t' < <(r)
	[ "$output" = "               Short
              title" ]
	run -0 papers --wrap=20 -f '%-40t|' < <(r)
	[ "$output" = $'Short title\n|' ]
	run -0 bash -c "$(declare -f rec r); r | papers --wrap=20 -f '%-40t' | od -c | head -n 2"
	[ "$output" = "$(printf 'Short title         \n' | od -c | head -n 2)" ]
	run -0 papers --wrap=20 -f '%t' --header='A very long header line that needs wrapping, %n' --footer='a footer that is long too' < <(r)
	[ "$output" = $'A very long header\nline that needs\nwrapping, 1\nShort title\na footer that is\nlong too' ]
	run -0 papers --wrap=12 --color=always -f '%a' 'three four five' < <(r)
	[ "$output" = $'one two\n\e[1;31mthree four\e[m\n\e[1;31mfive\e[m' ]
	# A word wider than N keeps the format's indent; one that fits loses
	# what would push it past the edge.
	run -0 papers --wrap=20 -f '%t\n    %l' < <(rec 2024-01-01 T https://example.org/a/long/link; rec 2024-01-01 U https://e.org/12345)
	[ "$output" = $'T\n    https://example.org/a/long/link\nU\n https://e.org/12345' ]
}

@test "--wrap: a TAB in the format counts to the next multiple of 8" {
	run -0 papers --wrap=12 -f '\t%t' < <(rec 2024-01-01 'ab cd ef gh')
	[ "$output" = $'\tab\n        cd\n        ef\n        gh' ]
	run -0 papers --wrap=20 -f 'x\t%t' < <(rec 2024-01-01 'aaaa bbbb ccc')
	[ "$output" = $'x\taaaa bbbb\n        ccc' ]
}

@test "--wrap: CJK text breaks between two wide characters" {
	run -0 papers --wrap=20 -f '%t' < <(rec 2024-01-01 '機械学習による大規模言語モデルの推論能力の評価')
	[ "$output" = $'機械学習による大規模\n言語モデルの推論能力\nの評価' ]
	run -0 papers --wrap=12 -f '%t' < <(rec 2024-01-01 'abc 李李李李李李')
	[ "$output" = $'abc 李李李李\n李李' ]
}

@test "--wrap breaks long lines at spaces, indenting to where the field began" {
	run -0 papers --wrap=40 -f '%d  %t\n    %l\n    %.200a' < <(rec 2024-01-01 'A rather long title about diffusion models for language generation' https://arxiv.org/abs/2401.00001 'We present a new family of models that generate text by iterative denoising, and we show that they match autoregressive baselines on many tasks while being faster to sample from.')
	[ "$output" = "2024-01-01  A rather long title about
            diffusion models for
            language generation
    https://arxiv.org/abs/2401.00001
    We present a new family of models
    that generate text by iterative
    denoising, and we show that they
    match autoregressive baselines on
    many tasks while being faster to
    sample from." ]
}

@test "--wrap never breaks a URL or a word, and keeps words in order" {
	url=https://example.org/a/very/long/url/that/does/not/fit/in/thirty/columns
	run -0 papers --wrap=30 -f '%d %t %l' < <(rec 2024-01-01 Short "$url")
	[ "$output" = "2024-01-01 Short"$'\n'"           $url" ]
	run -0 bash -c "papers --wrap=12 -f '%a' < <(printf '2024-01-01\tT\tl\tone two three four five six seven eight nine ten\n') | tr -s ' \n' '  '"
	[ "$output" = "one two three four five six seven eight nine ten " ]
}

@test "--wrap: a line exactly N columns stays whole, N+1 breaks" {
	run -0 papers --wrap=10 -f '%t' < <(t1 'aaaa bbbbb'; t1 'aaaa bbbbbb')
	[ "$output" = $'aaaa bbbbb\naaaa\nbbbbbb' ]
	run -0 papers --wrap=11 -f '%t' < <(t1 '李李李 李李')
	[ "$output" = "李李李 李李" ]
	run -0 papers --wrap=10 -f '%t' < <(t1 '李李李 李李')
	[ "$output" = $'李李李 李\n李' ]
}

@test "--wrap needs a positive number" {
	run -2 --separate-stderr papers --wrap=0 </dev/null
	[ "${stderr_lines[0]}" = "papers: --wrap: '0' is out of range (1 to 10000)" ]
	run -2 --separate-stderr papers --wrap x </dev/null
	[ "${stderr_lines[0]}" = "papers: --wrap: 'x' is not a number" ]
}

@test "dates: an offset across year 0 or 9999 is an invalid date, reported" {
	run -0 --separate-stderr papers -f '[%d]' < <(rec 0000-01-01T00:30+01:00 a l; rec 9999-12-31T23:30-01:00 b l; rec 0000-01-01T01:00+01:00 c l)
	[ "$output" = $'[]\n[]\n[0000-01-01]' ]
	[ "$stderr" = "papers: line 1: invalid date '0000-01-01T00:30+01:00'
papers: line 2: invalid date '9999-12-31T23:30-01:00'" ]
}

@test "dates: ISO 8601 basic YYYYMMDD is a date, not epoch seconds; --since takes it too" {
	run -0 papers -f '%d %D' < <(rec 20240305 a l; rec 20240305T103015Z b l; rec 99999999 c l)
	[ "$output" = $'2024-03-05 \n2024-03-05 2024-03-05T10:30:15Z\n1973-03-03 1973-03-03T09:46:39Z' ]
	run -0 papers --since 20240305 -f '%t' < <(rec 2024-03-04 a l; rec 2024-03-05 b l)
	[ "$output" = "b" ]
}

@test "an invalid PAPERS_TODAY is an error, exit 2, nothing on stdout" {
	for bad in 2024-13-01 tomorrow 2024-02-30 '2024-01-01 junk'; do
		run -2 --separate-stderr env PAPERS_TODAY="$bad" "$PAPERS_ABS" -f %t < <(rec 2024-01-01 a l)
		[ "$output" = "" ] || { echo "$bad"; false; }
		[ "$stderr" = "papers: PAPERS_TODAY: invalid date '$bad'" ]
	done
	run -0 env PAPERS_TODAY=20240305 "$PAPERS_ABS" --since today -f %t < <(rec 2024-03-05 a l)
	[ "$output" = "a" ]
	run -0 env PAPERS_TODAY= "$PAPERS_ABS" -f %t < <(rec 2024-01-01 a l)
	[ "$output" = "a" ]
}

@test "an invalid date is quoted as it is: blanks kept, controls and bad bytes as \\xHH" {
	run -0 --separate-stderr papers -f '%t' < <(printf ' 2024-03-05\tA\n2024-03-05 \tB\n2024-03-05\033[31m\tC\n\377\tD\n')
	[ "$output" = $'A\nB\nC\nD' ]
	[ "$stderr" = "papers: line 1: invalid date ' 2024-03-05'
papers: line 2: invalid date '2024-03-05 '
papers: line 3: invalid date '2024-03-05\\x1b[31m'
papers: line 4: invalid date '\\xff'" ]
	run -2 --separate-stderr env PAPERS_TODAY=$' 2024-01-01\001' "$PAPERS_ABS" </dev/null
	[ "$stderr" = "papers: PAPERS_TODAY: invalid date ' 2024-01-01\\x01'" ]
	# The quote's 64-byte cut leaves out a character it would split.
	run -0 --separate-stderr papers -f '%t' < <(rec "$(printf 'a%.0s' $(seq 62))李" T)
	[ "$stderr" = "papers: line 1: invalid date '$(printf 'a%.0s' $(seq 62))...'" ]
}

@test "titles: white space only is no title (reported); a line of spaces is blank (skipped)" {
	run -0 --separate-stderr papers -f '[%t]' < <(printf '2024-01-01\t \\n \\t\tl\n     \n\n2024-01-01\tok\tl\n2024-01-01\t  \t\n2024-01-01\t\\r\n')
	[ "$output" = "[ok]" ]
	[ "$stderr" = "papers: line 1: no title
papers: line 5: no title
papers: line 6: no title" ]
	run -1 --separate-stderr papers --stats < <(printf '   \n  \r\n')
	[ "$output" = "" ]
	[ "$stderr" = "papers: read 0 malformed 0 outside 0 matched 0 excluded 0 duplicates 0 seen 0 cut 0 printed 0" ]
}

@test "%k and --json list a keyword once, however often it was given" {
	run -0 papers -f '%k' -e alpha -e beta -e alpha -e ALPHA < <(rec 2024-01-01 'alpha beta' l)
	[ "$output" = "alpha, beta" ]
	run -0 papers --json -e beta -e beta < <(rec 2024-01-01 'beta' l)
	[ "$output" = '{"date":"2024-01-01","title":"beta","link":"l","abstract":"","authors":"","categories":[],"popularity":null,"type":"new","score":1.0,"keywords":["beta"],"key":"l","extra":[]}' ]
}

@test "-m 0 reads nothing, so --require-input cannot fail" {
	run -1 --separate-stderr papers -m 0 --require-input < <(rec 2024-01-01 a l)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	run -2 --separate-stderr papers -m 1 --require-input </dev/null
	[ "$stderr" = "papers: no input records" ]
}

@test "widths: a ZWJ sequence, an emoji with VS16 and a flag are 2 columns, never cut" {
	fam=$(printf '\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb')        # 👩‍💻
	heart=$(printf '\xe2\x9d\xa4\xef\xb8\x8f')                         # ❤️
	flag=$(printf '\xf0\x9f\x87\xab\xf0\x9f\x87\xb7')                   # 🇫🇷
	run -0 papers -f '[%-4t]' < <(rec 2024-01-01 "$fam" l; rec 2024-01-01 "$heart" l; rec 2024-01-01 "$flag" l)
	[ "$output" = "[$fam  ]
[$heart  ]
[$flag  ]" ]
	# %.5t: "ab" (2) + the family (2) fits 4 columns before the ellipsis;
	# one more column of text would cut inside nothing.
	run -0 papers -f '[%.5t]' < <(rec 2024-01-01 "ab${fam}cd" l; rec 2024-01-01 "abc${fam}d" l; rec 2024-01-01 "abc${flag}${flag}" l)
	[ "$output" = "[ab$fam…]
[abc…]
[abc…]" ]
}

@test "widths: combining marks beyond U+0300-U+036F take no column" {
	for m in e0a58d d6b4 e28390 efb8a0 e0b8b1; do
		mark=$(printf "$(echo "$m" | sed 's/\(..\)/\\x\1/g')")
		run -0 papers -f '[%-3t]' < <(rec 2024-01-01 "a$mark" l)
		[ "$output" = "[a$mark  ]" ] || { echo "mark $m: $output"; false; }
	done
}
