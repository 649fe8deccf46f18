#!/usr/bin/env bats
# Weighted interests: ^W in --keywords-from and --authors-from files and,
# with --weights, on -e and -A; authors that add to the relevance score;
# --min-score.  README: Ranking, Weighted interests.

load test_helper

# three: records of equal length, each with one of the words in its title.
three() {
	rec 2026-07-30 diffusion l1 'abc def' 'A. B'
	rec 2026-07-30 transformer l2 'abc def' 'A. B'
	rec 2026-07-30 'x^2 model' l3 'abc def' 'A. B'
}

@test "^W in a keywords file multiplies what the keyword adds; \\^ is a literal caret; a repeat keeps the first weight" {
	printf '%s\n' 'diffusion^2' transformer '# a comment' 'x\^2' 'Diffusion^5' >"$T/kw"
	run -0 papers --keywords-from="$T/kw" --sort=relevance -f '%s %t [%k]' < <(three)
	[ "$output" = $'2.0 diffusion [diffusion]\n1.0 transformer [transformer]\n1.0 x^2 model [x^2]' ]
	# Equal length, the weighted keyword ranks first whatever the order.
	run -0 papers --keywords-from="$T/kw" --sort=relevance -f '%t' < <(three | tac)
	[ "$output" = $'diffusion\nx^2 model\ntransformer' ]
	# Any other caret must be escaped.
	printf 'a^2^3\n' >"$T/bad"
	run -2 --separate-stderr papers --keywords-from="$T/bad" </dev/null
	[ "${stderr_lines[0]}" = "papers: $T/bad: line 1: '^3' is not a weight (0 < W <= 100; \\^ for a '^')" ]
	run -0 papers --json --keywords-from="$T/kw" < <(three | head -n 1)
	[ "$output" = '{"date":"2026-07-30","title":"diffusion","link":"l1","abstract":"abc def","authors":"A. B","categories":[],"popularity":null,"type":"new","score":2.0,"keywords":["diffusion"],"key":"l1","extra":[]}' ]
}

@test "--weights: -e and keywords take ^W; without it a caret is text" {
	run -0 papers --weights -e 'diffusion^3' -f '%s %t' < <(three)
	[ "$output" = "3.0 diffusion" ]
	run -0 papers --weights 'x\^2' -f '%s %t' < <(three)
	[ "$output" = "1.0 x^2 model" ]
	run -1 papers -e 'diffusion^3' -f '%s %t' < <(three)
	[ "$output" = "" ]
	run -0 papers 'x^2' -f '%s %t' < <(three)
	[ "$output" = "1.0 x^2 model" ]
}

@test "authors from --authors-from add their weight (1 by default); -A names select, adding nothing unless --weights gives ^W" {
	input() {
		rec 2026-07-30 t1 l1 model 'J. Smith'
		rec 2026-07-30 t2 l2 model 'J. Doe'
		rec 2026-07-30 t3 l3 model 'K. Other, J. Doe, J. Smith'
	}
	printf '%s\n' 'Smith^2' Doe >"$T/au"
	run -0 papers --authors-from="$T/au" --sort=relevance -f '%s %t' model < <(input)
	[ "$output" = $'3.5 t3\n2.5 t1\n1.5 t2' ]
	run -0 papers -A Doe -f '%s %t' model < <(input)
	[ "$output" = $'0.5 t2\n0.5 t3' ]
	run -0 papers --weights -A 'Doe^4' -f '%s %t' model < <(input)
	[ "$output" = $'4.5 t2\n4.5 t3' ]
	# Authors alone give a score.
	run -0 papers --authors-from="$T/au" -f '[%s] %t' < <(input)
	[ "$output" = $'[2.0] t1\n[1.0] t2\n[3.0] t3' ]
	run -0 papers -A Doe -f '[%s] %t' < <(input)
	[ "$output" = $'[] t2\n[] t3' ]
}

@test "--min-score: streaming, as %s prints; before --top under --sort; what it drops counts as excluded" {
	printf '%s\n' 'diffusion^2' transformer >"$T/kw"
	run -0 --separate-stderr papers --keywords-from="$T/kw" --min-score=1.5 --stats -f '%s %t' < <(three)
	[ "$output" = "2.0 diffusion" ]
	[ "$stderr" = "papers: read 3 malformed 0 outside 0 matched 2 excluded 1 duplicates 0 seen 0 cut 0 printed 1" ]
	run -0 papers --keywords-from="$T/kw" --min-score=1 --sort=relevance --top=1 -f '%t' < <(three)
	[ "$output" = diffusion ]
	run -1 papers --keywords-from="$T/kw" --min-score=2.05 -c < <(three)
	[ "$output" = 0 ]
	run -0 papers --keywords-from="$T/kw" --min-score=0 -c < <(three)
	[ "$output" = 2 ]
}

@test "bad weights and --min-score values are usage errors, naming the file and line" {
	for w in 0 -1 abc '' 101; do
		printf 'ok\na^%s\n' "$w" >"$T/kw"
		run -2 --separate-stderr papers --keywords-from="$T/kw" </dev/null
		[ "${stderr_lines[0]}" = "papers: $T/kw: line 2: '^$w' is not a weight (0 < W <= 100; \\^ for a '^')" ]
	done
	printf '^2\n' >"$T/au"
	run -2 --separate-stderr papers --authors-from="$T/au" </dev/null
	[ "${stderr_lines[0]}" = "papers: $T/au: line 1: empty keyword" ]
	run -2 --separate-stderr papers --weights -A 'x^0' </dev/null
	[ "${stderr_lines[0]}" = "papers: -A: '^0' is not a weight (0 < W <= 100; \\^ for a '^')" ]
	run -2 --separate-stderr papers --weights '^2' </dev/null
	[ "${stderr_lines[0]}" = "papers: keyword: empty keyword" ]
	run -2 --separate-stderr papers --weights --ignore-accents $'\xcc\x81^2' </dev/null
	[ "${stderr_lines[0]}" = "papers: keyword: empty keyword once accents are ignored" ]
	run -2 --separate-stderr papers --min-score=1 </dev/null
	[ "${stderr_lines[0]}" = "papers: --min-score needs keywords, or authors with a weight" ]
	run -2 --separate-stderr papers --min-score=-1 x </dev/null
	[ "${stderr_lines[0]}" = "papers: --min-score: '-1' is below 0" ]
	run -2 --separate-stderr papers --min-score=abc x </dev/null
	[ "${stderr_lines[0]}" = "papers: --min-score: 'abc' is not a number" ]
	# Excludes take no weights: a caret is text there.
	printf 'a^2\n' >"$T/x"
	run -0 papers --exclude-from="$T/x" -c < <(three)
	[ "$output" = 3 ]
}
