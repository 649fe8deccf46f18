#!/usr/bin/env bats
# Interest profiles: keyword, exclude and author lists read from files,
# accent-blind matching (--ignore-accents), -i, and large keyword sets
# checked against a plain reference implementation.

load test_helper

# The reference, apart from papers' code: awk decodes the escapes of
# title and abstract and writes each as "NR TAB text" (a newline in the text
# as a space), once; then GNU grep -i -F over the list, in the C locale
# (ASCII case folded), gives the numbers of the matching records.
fields() {
	awk -F '\t' '
	function dec(s) {
		gsub(/\\\\/, "\001", s); gsub(/\\n/, " ", s)
		gsub(/\\t/, " ", s); gsub(/\\r/, " ", s); gsub(/\001/, "\\", s)
		return s
	}
	{ print NR "\t" dec($2); print NR "\t" dec($4) }' "$1"
}

reference() {
	{ LC_ALL=C grep -i -F -f "$1" "$2" || true; } | cut -f1 | uniq
}

@test "--keywords-from: one entry a line, trimmed, comments and blank lines skipped, CRLF" {
	printf '# my topics\n\n  diffusion  \r\n\tlanguage   model\r\n   # indented comment\nagent\n' >"$T/kw"
	input() { rec 2026-07-30 'Diffusion' l x; rec 2026-07-30 'Language model' l x; rec 2026-07-30 'An agent' l x; rec 2026-07-30 'Other' l 'a comment'; rec 2026-07-30 '# my topics' l x; }
	run -0 papers --keywords-from="$T/kw" -f '%t' < <(input)
	[ "$output" = $'Diffusion\nLanguage model\nAn agent' ]
	run -0 papers --keywords-from "$T/kw" -f '%t' other < <(input)
	[ "$output" = $'Diffusion\nLanguage model\nAn agent\nOther' ]
}

@test "%k lists matched keywords in the order given, files in place of their option" {
	printf 'beta\nalpha\n' >"$T/kw"
	run -0 papers -e gamma --keywords-from="$T/kw" -e delta -f '%k' < <(rec 2026-07-30 'delta alpha gamma beta' l x)
	[ "$output" = "gamma, beta, alpha, delta" ]
}

@test "--exclude-from and --authors-from, combined with -x and -A" {
	printf 'survey\n' >"$T/ex"
	printf 'Müller\n# nobody\nSmith\n' >"$T/au"
	input() { rec 2026-07-30 'A survey' l x 'J. Smith'; rec 2026-07-30 'Review' l x 'K. Müller'; rec 2026-07-30 'Other' l x 'L. Jones'; rec 2026-07-30 'Note' l x 'A. Smith'; }
	run -0 papers --exclude-from="$T/ex" --authors-from="$T/au" -f '%t' < <(input)
	[ "$output" = $'Review\nNote' ]
	run -0 papers --exclude-from="$T/ex" -x note --authors-from="$T/au" -A jones -f '%t' < <(input)
	[ "$output" = $'Review\nOther' ]
}

@test "list rules are the command line's: -w, -t, -s and whitespace runs" {
	printf 'model\nLANGUAGE MODEL\n' >"$T/kw"
	run -0 papers -w --keywords-from="$T/kw" -f '%t' < <(rec 2026-07-30 'models' l x; rec 2026-07-30 'a model' l x; rec 2026-07-30 'Language\tModel' l x)
	[ "$output" = $'a model\nLanguage Model' ]
	run -1 papers -t --keywords-from="$T/kw" < <(rec 2026-07-30 'x' l 'model')
	[ "$output" = "" ]
	run -0 papers -s --keywords-from="$T/kw" -f '%t' < <(rec 2026-07-30 'Model' l x; rec 2026-07-30 'LANGUAGE MODEL' l x)
	[ "$output" = "LANGUAGE MODEL" ]
}

@test "bad list files: missing, a directory, invalid UTF-8, a NUL byte; exit 2, nothing on stdout" {
	run -2 --separate-stderr papers --keywords-from="$T/none" < <(rec 2026-07-30 t l x)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/none: No such file or directory" ]
	mkdir "$T/dir"
	run -2 --separate-stderr papers --exclude-from="$T/dir" < <(rec 2026-07-30 t l x)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/dir: Is a directory" ]
	printf 'good\nbad \xff byte\n' >"$T/utf"
	run -2 --separate-stderr papers --authors-from="$T/utf" < <(rec 2026-07-30 t l x)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/utf: line 2: invalid UTF-8" ]
	printf 'one\ntwo\nthree\0four\n' >"$T/nul"
	run -2 --separate-stderr papers --keywords-from="$T/nul" < <(rec 2026-07-30 t l x)
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: $T/nul: line 3: NUL byte" ]
}

@test "a list with no entries matches nothing and says so; an empty exclude list drops nothing" {
	printf '# nothing yet\n\n' >"$T/kw"
	run -1 --separate-stderr papers --keywords-from="$T/kw" < <(rec 2026-07-30 t l x)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/kw: no entries" ]
	run -1 --separate-stderr papers --authors-from=/dev/null < <(rec 2026-07-30 t l x au)
	[ "$output" = "" ]
	[ "$stderr" = "papers: /dev/null: no entries" ]
	run -0 --separate-stderr papers --exclude-from=/dev/null -f '%t' < <(rec 2026-07-30 t l x)
	[ "$output" = "t" ]
	[ "$stderr" = "papers: /dev/null: no entries" ]
	# With other keywords, the empty file adds none.
	run -0 --separate-stderr papers --keywords-from="$T/kw" -f '%t' t < <(rec 2026-07-30 t l x)
	[ "$output" = "t" ]
}

@test "--seen and --stats work with lists" {
	printf 'alpha\n' >"$T/kw"
	run -0 --separate-stderr papers --keywords-from="$T/kw" --seen "$T/seen" --stats -f '%t' < <(rec 2026-07-30 alpha https://arxiv.org/abs/2607.00001 x; rec 2026-07-30 beta l x)
	[ "$output" = "alpha" ]
	[ "$stderr" = "papers: read 2 malformed 0 outside 0 matched 1 excluded 0 duplicates 0 seen 0 cut 0 printed 1" ]
	[ "$(cat "$T/seen")" = "2607.00001 2026-07-31" ]
}

@test "-i is accepted and changes nothing" {
	run -0 papers -i -f '%t' DIFFUSION < <(rec 2026-07-30 'diffusion' l x; rec 2026-07-30 'other' l x)
	[ "$output" = "diffusion" ]
	run -0 papers -f '%t' DIFFUSION < <(rec 2026-07-30 'diffusion' l x; rec 2026-07-30 'other' l x)
	[ "$output" = "diffusion" ]
}

@test "--ignore-accents: names as people type them" {
	input() { rec 2026-07-30 T1 l x 'J. Ramírez'; rec 2026-07-30 T2 l x 'K. Müller'; rec 2026-07-30 T3 l x 'A. Dvořák'; rec 2026-07-30 T4 l x 'Åsa Løvgren, Paweł Đokić'; }
	run -0 papers --ignore-accents -A ramirez -A muller -A dvorak -f '%t' < <(input)
	[ "$output" = $'T1\nT2\nT3' ]
	run -0 papers --ignore-accents -A 'asa lovgren' -f '%A' < <(input)
	[ "$output" = "Åsa Løvgren, Paweł Đokić" ]
	run -0 papers --ignore-accents -A pawel -A dokic -f '%t' < <(input)
	[ "$output" = "T4" ]
	# Without the option nothing changes.
	run -1 papers -A ramirez < <(input)
	[ "$output" = "" ]
	run -0 papers -A ramírez -f '%t' < <(input)
	[ "$output" = "T1" ]
}

@test "--ignore-accents: ß ss, æ ae, œ oe, ı i, ñ n, ą a, Greek tonos, both directions" {
	input() { rec 2026-07-30 'Straße' l x; rec 2026-07-30 'Æther Œuvre' l x; rec 2026-07-30 'Işık' l x; rec 2026-07-30 'Señor Łąka' l x; rec 2026-07-30 'ΆΛΦΑ' l x; rec 2026-07-30 'strasse' l x; }
	run -0 papers --ignore-accents -f '%t' strasse < <(input)
	[ "$output" = $'Straße\nstrasse' ]
	run -0 papers --ignore-accents -f '%t' straße < <(input)
	[ "$output" = $'Straße\nstrasse' ]
	run -0 papers --ignore-accents -f '%t' 'aether oeuvre' < <(input)
	[ "$output" = "Æther Œuvre" ]
	run -0 papers --ignore-accents -f '%t' isik < <(input)
	[ "$output" = "Işık" ]
	run -0 papers --ignore-accents -f '%t' 'senor laka' < <(input)
	[ "$output" = "Señor Łąka" ]
	run -0 papers --ignore-accents -f '%t' αλφα < <(input)
	[ "$output" = "ΆΛΦΑ" ]
	run -0 papers --ignore-accents -f '%t' άλφα < <(input)
	[ "$output" = "ΆΛΦΑ" ]
}

@test "--ignore-accents: decomposed and precomposed match each other" {
	dec=$(printf 'Rami\xcc\x81rez')      # i + U+0301
	run -0 papers --ignore-accents -A ramírez -f '%A' < <(rec 2026-07-30 t l x "$dec")
	[ "$output" = "$dec" ]
	run -0 papers --ignore-accents -A "$dec" -f '%A' < <(rec 2026-07-30 t l x 'Ramírez')
	[ "$output" = "Ramírez" ]
	run -0 papers --ignore-accents -A ramirez -f '%A' < <(rec 2026-07-30 t l x "$dec")
	[ "$output" = "$dec" ]
}

@test "--ignore-accents: output keeps the original text; --color marks the right characters" {
	run -0 papers --ignore-accents --color=always -f '%t|%a' ramirez < <(rec 2026-07-30 'Ramírez and ß' l 'by RAMÍREZ, Straße')
	[ "$output" = $'\e[1;31mRamírez\e[m and ß|by \e[1;31mRAMÍREZ\e[m, Straße' ]
	run -0 papers --ignore-accents --color=always -f '%t' strasse < <(rec 2026-07-30 'Große Straße' l x)
	[ "$output" = $'Große \e[1;31mStraße\e[m' ]
	dec=$(printf 'Rami\xcc\x81rez y')
	run -0 papers --ignore-accents --color=always -f '%t' ramirez < <(rec 2026-07-30 "$dec" l x)
	[ "$output" = $'\e[1;31m'"$(printf 'Rami\xcc\x81rez')"$'\e[m y' ]
}

@test "a large keyword list selects exactly what a plain loop over it selects" {
	"$BATS_TEST_DIRNAME/tools/gen-corpus" 3000 >"$T/corpus"
	# The corpus vocabulary: lower-case ASCII words of 4 letters or more.
	cut -f2,4 "$T/corpus" | tr -cs 'a-zA-Z' '\n' | tr 'A-Z' 'a-z' |
		awk 'length >= 4' | sort -u >"$T/vocab"
	[ "$(wc -l <"$T/vocab")" -gt 1000 ]
	fields "$T/corpus" >"$T/fields"
	for seed in 1 2 3; do
		sizes="1 7 30 300 2000"
		for size in $sizes; do
			awk -v s="$seed$size" -v n="$size" 'BEGIN { srand(s) } { w[NR] = $0 }
			    END { for (i = 0; i < n; i++) print w[1 + int(rand() * NR)] }' \
			    "$T/vocab" >"$T/list"
			# For even seeds, words the corpus lacks, so that few or no
			# records match (of 2,000 words, one in 50 stays real).
			if [ $((seed % 2)) = 0 ]; then
				awk -v n="$size" '{ print (n > 300 && NR % 50 == 0) ? $0 : $0 "zq" }' \
				    "$T/list" >"$T/list2"
				mv "$T/list2" "$T/list"
			fi
			reference "$T/list" "$T/fields" >"$T/want"
			got=$(papers -c --keywords-from="$T/list" <"$T/corpus" || true)
			[ "$got" = "$(wc -l <"$T/want")" ] || { echo "seed $seed size $size: papers $got, reference $(wc -l <"$T/want")"; false; }
			{ papers -r --keywords-from="$T/list" <"$T/corpus" || true; } | awk 'NR == FNR { l[$0] = FNR; next } ($0 in l) { print l[$0] }' "$T/corpus" - >"$T/got"
			cmp "$T/want" "$T/got" || { echo "seed $seed size $size: lines differ"; false; }
		done
	done
	# Not vacuous: some lists match many records, some none.
	[ "$(papers -c --keywords-from="$T/vocab" <"$T/corpus")" -eq 3000 ]
}

# Keywords that share their first bytes ("learning ...") share one group
# of the automaton, which is searched by the patterns' bytes instead of
# walked; a list of fewer than 8 (AC_SIFT) sharing them is walked instead,
# so the two lists below check one path against the other.
@test "a large list sharing a prefix finds what a small list of its matches finds" {
	input() {
		rec 2026-07-30 'Learning ZQ17 and learning  zq3' l 'we study learning\tzq170 and learning rate'
		rec 2026-07-29 'learning zq1x' l 'nothing here'
		rec 2026-07-28 'other' l 'machine learning'
		rec 2026-07-27 'learning zq' l 'learning zq9, learning zq9.'
	}
	{ for i in $(seq 40); do echo "learning zq$i"; done
	  printf '%s\n' 'learning zq170' 'learning rate' 'learning zq17'; } >"$T/big"
	printf '%s\n' 'learning zq1' 'learning zq3' 'learning zq9' 'learning zq17' \
	    'learning zq170' 'learning rate' 'learning zq17' >"$T/small"
	run -0 papers -f '%t|%k|%s' --keywords-from="$T/big" < <(input)
	[ "$output" = 'Learning ZQ17 and learning zq3|learning zq1, learning zq3, learning zq17, learning zq170, learning rate|5.0
learning zq1x|learning zq1|1.0
learning zq|learning zq9|0.7' ]
	run -0 papers -w -f '%t|%k' --keywords-from="$T/big" < <(input)
	[ "$output" = $'Learning ZQ17 and learning zq3|learning zq3, learning zq17, learning zq170, learning rate\nlearning zq|learning zq9' ]
	for opts in -c '-f %t|%k|%s' '-w -f %t|%k|%s' '-a -c' '--sort=relevance -f %s|%t' \
	    '--color=always -f %t|%a' '-w --color=always -f %t|%a' '--json'; do
		big=$(papers $opts --keywords-from="$T/big" < <(input) || true)
		small=$(papers $opts --keywords-from="$T/small" < <(input) || true)
		[ "$big" = "$small" ] || { echo "$opts: big list $big, small list $small"; false; }
	done
	[ "$(papers --color=always -f '%a' --keywords-from="$T/big" < <(input) | tail -n 1)" = \
	    $'\e[1;31mlearning zq9\e[m, \e[1;31mlearning zq9\e[m.' ]
}

@test "-a with a large list sharing a prefix: every entry must occur, a repeated one too" {
	{ for i in $(seq 30); do echo "learning zq$i"; done; echo 'learning zq7'; } >"$T/kw"
	input() {
		rec 2026-07-30 "$(for i in $(seq 30 -1 1); do printf 'learning zq%s, ' "$i"; done)end" l x
		rec 2026-07-29 "$(for i in $(seq 29); do printf 'Learning  ZQ%s; ' "$i"; done)" l x
	}
	run -0 papers -a -f '%d' --keywords-from="$T/kw" < <(input)
	[ "$output" = 2026-07-30 ]
	run -0 papers -a -w -f '%d' --keywords-from="$T/kw" < <(input)
	[ "$output" = 2026-07-30 ]
	run -0 papers -f '%d %s' --keywords-from="$T/kw" < <(input)
	[ "$output" = $'2026-07-30 32.0\n2026-07-29 30.7' ]
	run -1 papers -a -c --keywords-from="$T/kw" < <(input | tail -n 1)
	[ "$output" = 0 ]
}

@test "non-ASCII keywords sharing a prefix: case variants, -s, --ignore-accents, --color" {
	input() {
		rec 2026-07-30 'MÜLLER ZQ5 and Müller-Lyer' l 'müller  zq12 by Mueller zq3'
		rec 2026-07-29 'Muller zq7' l 'MULLER ZQ8'
	}
	{ for i in $(seq 30); do echo "Müller zq$i"; done; printf '%s\n' 'müller-lyer' 'MÜLLER ZQ5'; } >"$T/big"
	printf '%s\n' 'Müller zq1' 'Müller zq5' 'Müller zq7' 'Müller zq8' 'Müller zq12' \
	    'müller-lyer' 'MÜLLER ZQ5' >"$T/small"
	run -0 papers -f '%d|%k' --keywords-from="$T/big" < <(input)
	[ "$output" = '2026-07-30|Müller zq1, Müller zq5, Müller zq12, müller-lyer' ]
	run -0 papers -s -f '%d|%k' --keywords-from="$T/big" < <(input)
	[ "$output" = '2026-07-30|MÜLLER ZQ5' ]
	run -0 papers --ignore-accents -f '%d|%k' --keywords-from="$T/big" < <(input)
	[ "$output" = $'2026-07-30|Müller zq1, Müller zq5, Müller zq12, müller-lyer\n2026-07-29|Müller zq7, Müller zq8' ]
	for opts in '-f %d|%k|%s' '-s -f %d|%k|%s' '-w -f %d|%k' '--ignore-accents -f %d|%k|%s' \
	    '--color=always -f %t|%a' '--ignore-accents --color=always -f %t|%a'; do
		big=$(papers $opts --keywords-from="$T/big" < <(input) || true)
		small=$(papers $opts --keywords-from="$T/small" < <(input) || true)
		[ "$big" = "$small" ] || { echo "$opts: big list $big, small list $small"; false; }
	done
}

@test "lists whose entries share a long prefix select exactly what grep selects" {
	"$BATS_TEST_DIRNAME/tools/gen-corpus" 2000 >"$T/corpus"
	cut -f2,4 "$T/corpus" | tr -cs 'a-zA-Z' '\n' | tr 'A-Z' 'a-z' |
		awk 'length >= 2' | sort -u >"$T/vocab"
	fields "$T/corpus" >"$T/fields"
	for prefix in 'large language models' 'reinforcement learning' 'learning' 'graph neural'; do
		# Every entry the prefix and a corpus word: most do not occur,
		# those after it in the corpus do.
		{ awk -v p="$prefix" 'NR % 7 == 1 { print p " " $0 }' "$T/vocab"
		  grep -o -i "$prefix [a-z][a-z]*" "$T/fields" | sort -u | head -n 20; } >"$T/list"
		[ "$(wc -l <"$T/list")" -gt 100 ]
		reference "$T/list" "$T/fields" >"$T/want"
		[ "$(wc -l <"$T/want")" -gt 0 ]
		got=$(papers -c --keywords-from="$T/list" <"$T/corpus")
		[ "$got" = "$(wc -l <"$T/want")" ] || { echo "$prefix: papers $got, reference $(wc -l <"$T/want")"; false; }
		papers -r --keywords-from="$T/list" <"$T/corpus" | awk 'NR == FNR { l[$0] = FNR; next } ($0 in l) { print l[$0] }' "$T/corpus" - >"$T/got"
		cmp "$T/want" "$T/got" || { echo "$prefix: lines differ"; false; }
	done
}
