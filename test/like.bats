#!/usr/bin/env bats
# --like=FILE: the similarity of a record to liked papers (THE MODEL in
# test/tools/likelib.py, words only), --sort=like, --min-like, %L %N %W
# and --json's "like"; reading liked files and their errors.

load test_helper
SLICE=$FIX/arxiv-like-slice.tsv
LIKELIB=$BATS_TEST_DIRNAME/tools/likelib.py

# liked: two liked papers; input: records that share all, some, none or
# only function words with them.
liked() {
	rec 2026-07-01 'Quantum annealing for protein folding' \
	    https://example.org/q 'We apply quantum annealing to lattice protein folding and compare with simulated annealing.' 'A. Author'
	rec 2026-07-02 'Graph neural networks for molecules' \
	    https://example.org/g 'Message passing networks predict molecular properties.' 'B. Author'
}

input() {
	rec 2026-07-30 'Quantum annealing for protein folding' l1 'We apply quantum annealing to lattice protein folding and compare with simulated annealing.'
	rec 2026-07-30 'Protein folding by annealing' l2 'A study.'
	rec 2026-07-30 'Galaxy clusters' l3 'Dark matter halos.'
	rec 2026-07-30 'The of we this paper' l4 'In this paper we show that the'
	rec 2026-07-30 'Molecular graph networks' l5 'Message passing.'
}

@test "%L %N %W: the score, the liked paper that counted most, the words that weighed most" {
	liked >"$T/liked"
	run -0 papers --like="$T/liked" -f '%L|%N|%W|%l' < <(input)
	[ "$output" = "100.0|Quantum annealing for protein folding|annealing, folding, protein|l1
68.1|Quantum annealing for protein folding|annealing, folding, protein|l2
0.0|||l3
0.0|||l4
15.2|Graph neural networks for molecules|passing, message, graph|l5" ]
}

@test "--json: a like member with score, paper and words" {
	liked >"$T/liked"
	run -0 papers --like "$T/liked" --json < <(input | sed -n '2p;3p')
	[ "${lines[0]}" = '{"date":"2026-07-30","title":"Protein folding by annealing","link":"l2","abstract":"A study.","authors":"","categories":[],"popularity":null,"type":"new","like":{"score":68.1,"paper":"Quantum annealing for protein folding","words":["annealing","folding","protein"]},"keywords":[],"key":"l2","extra":[]}' ]
	[ "${lines[1]}" = '{"date":"2026-07-30","title":"Galaxy clusters","link":"l3","abstract":"Dark matter halos.","authors":"","categories":[],"popularity":null,"type":"new","like":{"score":0.0,"paper":null,"words":[]},"keywords":[],"key":"l3","extra":[]}' ]
	# Without --like, no member.
	run -0 papers --json < <(input | sed -n 3p)
	[ "$output" = '{"date":"2026-07-30","title":"Galaxy clusters","link":"l3","abstract":"Dark matter halos.","authors":"","categories":[],"popularity":null,"type":"new","keywords":[],"key":"l3","extra":[]}' ]
}

@test "--sort=like: best first, ties in input order, with --top" {
	liked >"$T/liked"
	run -0 papers --like="$T/liked" --sort=like -f '%L %l' < <(input)
	[ "$output" = $'100.0 l1\n68.1 l2\n15.2 l5\n0.0 l3\n0.0 l4' ]
	run -0 --separate-stderr papers --like="$T/liked" --sort=like --top=2 --stats -f '%l' < <(input)
	[ "$output" = $'l1\nl2' ]
	[ "$stderr" = "papers: read 5 malformed 0 outside 0 matched 5 excluded 0 duplicates 0 seen 0 cut 3 printed 2" ]
}

@test "--sort=like with -u and --seen: the best record of a paper, only printed ones marked" {
	liked >"$T/liked"
	# l2 twice: its better version (all of a liked paper's words) ranks.
	{ input; rec 2026-07-30 'Protein folding for quantum annealing' l2 'We apply quantum annealing to lattice protein folding and compare with simulated annealing.'; } >"$T/in"
	run -0 papers --like="$T/liked" --sort=like -u -f '%L %l' <"$T/in"
	[ "$output" = $'100.0 l1\n100.0 l2\n15.2 l5\n0.0 l3\n0.0 l4' ]
	run -0 papers --like="$T/liked" --sort=like --seen="$T/seen" --top=2 -f '%l' <"$T/in"
	[ "$output" = $'l1\nl2' ]
	run -0 papers --like="$T/liked" --sort=like --seen="$T/seen" --top=2 -f '%l' <"$T/in"
	[ "$output" = $'l5\nl3' ]
}

@test "the score is the same in every locale" {
	rec 2026-07-01 'Équations de Schrödinger' l 'Über Ökonomie' >"$T/liked"
	rec 2026-07-30 'ÉQUATIONS' l 'über' >"$T/in"
	run -0 env LC_ALL=C papers --like="$T/liked" -f '%L %W' <"$T/in"
	[ "$output" = "$(LC_ALL=C.UTF-8 papers --like="$T/liked" -f '%L %W' <"$T/in")" ]
	[ "$output" = "$(LC_ALL=POSIX LANG=tr_TR.UTF-8 papers --like="$T/liked" -f '%L %W' <"$T/in")" ]
	[ "${output%% *}" != "0.0" ]
}

@test "--min-like: keeps records at or above SCORE as %L prints it, streaming" {
	liked >"$T/liked"
	run -0 papers --like="$T/liked" --min-like=15.2 -f '%L %l' < <(input)
	[ "$output" = $'100.0 l1\n68.1 l2\n15.2 l5' ]
	run -0 papers --like="$T/liked" --min-like=15.25 -f '%l' < <(input)
	[ "$output" = $'l1\nl2' ]
	run -0 papers --like="$T/liked" --min-like=0 -c < <(input)
	[ "$output" = 5 ]
	run -1 papers --like="$T/liked" --min-like=100.0 -f '%l' < <(input | sed 1d)
	[ "$output" = "" ]
	# What it drops counts as excluded.
	run -0 --separate-stderr papers --like="$T/liked" --min-like=15.2 --stats -c < <(input)
	[ "$stderr" = "papers: read 5 malformed 0 outside 0 matched 5 excluded 2 duplicates 0 seen 0 cut 0 printed 3" ]
}

@test "keywords, -x and dates still select; the score ranks what they selected" {
	liked >"$T/liked"
	run -0 papers --like="$T/liked" --sort=like -f '%L %l' folding message galaxy < <(input)
	[ "$output" = $'100.0 l1\n68.1 l2\n15.2 l5\n0.0 l3' ]
	run -0 papers --like="$T/liked" --sort=like -x study -f '%l' < <(input)
	[ "$output" = $'l1\nl5\nl3\nl4' ]
	run -1 papers --like="$T/liked" --since=2026-07-31 -f '%l' < <(input)
}

@test "a record equal to a liked paper scores 100.0, whatever the other liked papers" {
	head -n 20 "$SLICE" >"$T/liked"
	run -0 papers --like="$T/liked" -f '%L' < <(sed -n '3p;11p;20p' "$SLICE")
	[ "$output" = $'100.0\n100.0\n100.0' ]
}

@test "no shared word, or only function words, scores 0.0" {
	liked >"$T/liked"
	run -0 papers --like="$T/liked" -f '%L' < <(rec 2026-07-30 'Galaxy clusters' l 'Dark matter halos.'; rec 2026-07-30 'We show that this paper is about the' l 'In this paper we show that, for the first time, the results of this work are')
	[ "$output" = $'0.0\n0.0' ]
}

@test "adding a liked word to a record never lowers its score" {
	liked >"$T/liked"
	words="galaxy annealing the protein networks passing quantum folding molecular lattice simulated annealing of graph"
	text=""
	for w in $words; do
		text="$text $w"
		rec 2026-07-30 "Study" l "$text"
	done >"$T/in"
	run -0 papers --like="$T/liked" -f '%L' <"$T/in"
	[ "${#lines[@]}" = 14 ]
	run -0 awk 'NR > 1 && $1 + 0 < prev { print "fell at " NR; exit 1 } { prev = $1 + 0 } END { print "ok" }' <<<"$output"
	[ "$output" = ok ]
	# and more of them score higher than fewer, at equal length
	run -0 papers --like="$T/liked" -f '%L' < <(rec 2026-07-30 'Study' l 'quantum annealing galaxy cluster'; rec 2026-07-30 'Study' l 'quantum annealing protein folding')
	run -0 awk 'NR == 1 { a = $1 } NR == 2 { print ($1 > a ? "higher" : "not higher") }' <<<"$output"
	[ "$output" = higher ]
}

@test "the score depends only on the record: shuffled input, same scores" {
	head -n 20 "$SLICE" >"$T/liked"
	run -0 bash -c "papers --like='$T/liked' -f '%L %l' <'$SLICE' | sort -k2 >'$T/a'"
	run -0 bash -c "awk 'BEGIN { srand(7) } { print rand() \"\t\" \$0 }' '$SLICE' | sort -n | cut -f2- | papers --like='$T/liked' -f '%L %l' | sort -k2 >'$T/b'"
	run -0 cmp "$T/a" "$T/b"
	run -0 bash -c "sed -n 500p '$SLICE' | papers --like='$T/liked' -f '%L %l'"
	[ "$output" = "$(grep -F " $(sed -n 500p "$SLICE" | cut -f3)" "$T/a")" ]
}

@test "--ignore-accents: liked papers and records are compared without accents" {
	rec 2026-07-01 'Schrödinger équation' l 'Résolution numérique' >"$T/liked"
	run -0 papers --like="$T/liked" -f '%L' < <(rec 2026-07-30 'Schrodinger equation' l 'Resolution numerique')
	[ "$output" = "0.0" ]
	run -0 papers --ignore-accents --like="$T/liked" -f '%L %W|%N' < <(rec 2026-07-30 'Schrodinger equation' l 'Resolution numerique')
	[ "$output" = "100.0 schrodinger, numerique, resolution|Schrödinger équation" ]
}

@test "case folded as keywords are; plural s stemmed" {
	rec 2026-07-01 'Transformers' l 'ATTENTION' >"$T/liked"
	run -0 papers --like="$T/liked" -f '%L %W' < <(rec 2026-07-30 'transformer' l 'attention')
	[ "$output" = "100.0 transformer, attention" ]
}

@test "scores equal likelib.py's exact scorer on the arxiv slice, 20 liked papers" {
	command -v python3 || skip "no python3"
	awk 'NR % 100 == 7' "$SLICE" >"$T/liked"
	awk -F '\t' '$6 ~ /^cs\.CL/' "$SLICE" | head -n 20 >"$T/liked2"
	[ "$(wc -l <"$T/liked")" = 20 ]
	[ "$(wc -l <"$T/liked2")" = 20 ]
	for l in liked liked2; do
		papers --like="$T/$l" -f '%L	%l' <"$SLICE" >"$T/c"
		python3 "$LIKELIB" score --table="$BATS_TEST_DIRNAME/../papers.c" "$T/$l" <"$SLICE" >"$T/py"
		[ "$(wc -l <"$T/c")" = 2000 ]
		run -0 cmp "$T/c" "$T/py"
	done
}

@test "liked files: papers' TSV, BOM, CRLF, blank and # comment lines, escapes, several files" {
	{ printf '\xef\xbb\xbf# my papers\n\n'; printf '%s\r\n' "$(liked | head -n 1)"; } >"$T/a"
	liked | sed -n 2p >"$T/b"
	run -0 --separate-stderr papers --like="$T/a" --like="$T/b" -f '%L|%N' < <(input | sed -n '1p;5p')
	[ "$output" = $'100.0|Quantum annealing for protein folding\n15.2|Graph neural networks for molecules' ]
	[ "$stderr" = "" ]
	rec 2026-07-01 'Tab\tseparated\nwords' l 'x' >"$T/c"
	run -0 papers --like="$T/c" -f '%L|%N' < <(rec 2026-07-30 'tab separated words' l x)
	[ "$output" = "100.0|Tab separated words" ]
}

@test "an empty liked file warns 'no entries' and every record scores 0" {
	printf '# nothing yet\n\n' >"$T/liked"
	run -0 --separate-stderr papers --like="$T/liked" -f '%L %l' < <(input | head -n 2)
	[ "$output" = $'0.0 l1\n0.0 l2' ]
	[ "$stderr" = "papers: $T/liked: no entries" ]
}

@test "a liked line without title and abstract warns with its line number" {
	{ liked | head -n 1; rec 2026-07-01 '' l '' au; } >"$T/liked"
	run -0 --separate-stderr papers --like="$T/liked" -f '%L' < <(input | head -n 1)
	[ "$output" = "100.0" ]
	[ "$stderr" = "papers: $T/liked: line 2: no title or abstract" ]
}

@test "a missing, unreadable or directory liked file: exit 2, nothing printed" {
	run -2 --separate-stderr papers --like="$T/none" < <(input)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/none: No such file or directory" ]
	run -2 --separate-stderr papers --like="$T" < <(input)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T: Is a directory" ]
	# Unreadable: root reads any file, so as nobody when root.
	as=()
	D=$T
	if [ "$(id -u)" = 0 ]; then
		as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
		D=$(mktemp -d /tmp/papers-like.XXXXXX)
		chmod 755 "$D"
		"${as[@]}" test -x "$PAPERS_ABS" || skip "user nobody cannot run $PAPERS_ABS"
	fi
	liked >"$D/liked"
	chmod 000 "$D/liked"
	run -2 --separate-stderr "${as[@]}" "$PAPERS_ABS" --like="$D/liked" < <(input)
	[ "$D" = "$T" ] || rm -rf "$D"
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $D/liked: Permission denied" ]
}

@test "invalid UTF-8 or a NUL in a liked file: exit 2, naming file and line" {
	{ liked; printf '2026-07-01\tbad \xff title\tl\tx\n'; } >"$T/liked"
	run -2 --separate-stderr papers --like="$T/liked" < <(input)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/liked: line 3: invalid UTF-8" ]
	{ liked | head -n 1; printf '2026-07-01\tnul\0 title\tl\tx\n'; } >"$T/liked"
	run -2 --separate-stderr papers --like="$T/liked" < <(input)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/liked: line 2: NUL byte" ]
}

@test "usage errors: %L %N %W, --sort=like and --min-like need --like" {
	for f in L N W; do
		run -2 --separate-stderr papers -f "%t %$f" < <(input)
		[ "${stderr_lines[0]}" = "papers: %$f needs --like" ]
	done
	run -2 --separate-stderr papers --sort=like < <(input)
	[ "${stderr_lines[0]}" = "papers: --sort=like needs --like" ]
	run -2 --separate-stderr papers --min-like=5 < <(input)
	[ "${stderr_lines[0]}" = "papers: --min-like needs --like" ]
	run -2 --separate-stderr papers --like= < <(input)
	[ "${stderr_lines[0]}" = "papers: --like: empty file name" ]
}

@test "--min-like: outside 0 to 100 or not a number is a usage error" {
	liked >"$T/liked"
	for v in 100.1 101 -1; do
		run -2 --separate-stderr papers --like="$T/liked" --min-like="$v" < <(input)
		[ "${stderr_lines[0]}" = "papers: --min-like: '$v' is out of range (0 to 100)" ]
	done
	for v in abc '' 5. .5 1e2 5x; do
		run -2 --separate-stderr papers --like="$T/liked" --min-like="$v" < <(input)
		[ "${stderr_lines[0]}" = "papers: --min-like: '$v' is not a number" ]
	done
	run -0 papers --like="$T/liked" --min-like=100 -f '%l' < <(input)
	[ "$output" = l1 ]
}

@test "--help lists --like and --min-like" {
	run -0 papers --help
	[ "$(grep -c -- '--like=FILE \|--min-like=SCORE ' <<<"$output")" = 2 ]
}

@test "papers.c's word table is what test/tools/gen-idf makes from the corpus" {
	corpus=${LIKE_CORPUS:-$BATS_TEST_DIRNAME/../../shared/data/corpus/arxiv-23k.tsv}
	[ -r "$corpus" ] || skip "no arXiv corpus at $corpus (set LIKE_CORPUS)"
	run -0 python3 "$BATS_TEST_DIRNAME/tools/gen-idf" \
	    --check="$BATS_TEST_DIRNAME/../papers.c" "$corpus"
}

@test "README's --like example: the score and title, then why" {
	liked >"$T/liked"
	run -0 papers --like="$T/liked" --sort=like --top=2 \
	    -f '%L  %t\n      like: %N (%W)' < <(input)
	[ "$output" = "100.0  Quantum annealing for protein folding
      like: Quantum annealing for protein folding (annealing, folding, protein)
68.1  Protein folding by annealing
      like: Quantum annealing for protein folding (annealing, folding, protein)" ]
}
