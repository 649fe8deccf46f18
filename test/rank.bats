#!/usr/bin/env bats
# Ranking: --sort=relevance|popularity|date, --top=N, the relevance score
# (%s) and its properties, and how ranking combines with -u, --seen,
# --pipe, -m and --stats.

load test_helper
HF=$FIX/hf-daily-papers-2026-07-31.tsv

# pop POPULARITY TITLE [ABSTRACT]: a record with field 7 set.
pop() {
	rec 2026-07-30 "$2" "https://example.org/$2" "${3:-x}" au '' "$1"
}

@test "score: more distinct keywords score higher, all else equal" {
	run -0 papers -f '%s %t' alpha beta < <(rec 2026-07-30 'alpha beta' l x; rec 2026-07-30 'alpha gamma' l x)
	[ "$output" = $'2.0 alpha beta\n1.0 alpha gamma' ]
}

@test "score: a keyword in the title counts more than in the abstract only" {
	run -0 papers -f '%s %t' alpha < <(rec 2026-07-30 'alpha' l x; rec 2026-07-30 'other' l 'alpha')
	[ "$output" = $'1.0 alpha\n0.5 other' ]
}

@test "score: repeats count with diminishing returns; ten never beat two keywords" {
	ten="alpha alpha alpha alpha alpha alpha alpha alpha alpha alpha"
	run -0 papers -f '%s %a' alpha beta < <(rec 2026-07-30 t l "$ten"; rec 2026-07-30 t l 'alpha beta'; rec 2026-07-30 t l 'alpha alpha'; rec 2026-07-30 t l 'alpha')
	[ "$output" = $'0.9 '"$ten"$'\n1.0 alpha beta\n0.7 alpha alpha\n0.5 alpha' ]
	run -0 papers --sort=relevance -f '%a' alpha beta < <(rec 2026-07-30 t l "$ten"; rec 2026-07-30 t l 'alpha beta')
	[ "$output" = $'alpha beta\n'"$ten" ]
}

@test "score: the matching rules of selection: folding, -w, whitespace, -t; excludes never count" {
	run -0 papers -f '%s' 'language model' < <(rec 2026-07-30 'LANGUAGE   Model' l 'language\nmodel')
	[ "$output" = "1.5" ]
	run -0 papers -w -f '%s' model < <(rec 2026-07-30 'models model' l 'remodel')
	[ "$output" = "1.0" ]
	run -0 papers -t -f '%s' alpha < <(rec 2026-07-30 'alpha' l 'alpha alpha')
	[ "$output" = "1.0" ]
	run -0 papers -x beta -f '%s' alpha < <(rec 2026-07-30 'alpha' l 'gamma')
	[ "$output" = "1.0" ]
	# No keyword: no score.
	run -0 papers -f '[%s]' < <(rec 2026-07-30 'alpha' l x)
	[ "$output" = "[]" ]
}

@test "score: depends only on the record, never on the rest of the input" {
	one=$(rec 2026-07-30 'diffusion models for diffusion' l 'a diffusion')
	run -0 papers -f '%s' diffusion <<<"$one"
	alone=$output
	run -0 bash -c "{ cat '$HF'; echo '$one'; } | papers -f '%s %t' diffusion | tail -n 1"
	[ "$output" = "$alone diffusion models for diffusion" ]
	[ "$alone" = "1.8" ]
}

@test "--sort=popularity: highest first, ties in input order, no value last" {
	run -0 papers --sort=popularity -f '%t' < <(pop 5 a; pop '' b; pop 12 c; pop 5 d; pop 12abc e; pop 3.5 f; pop 1e999 g; pop -5 h; pop nan i; pop 100 j)
	[ "$output" = $'j\nc\na\nd\nf\nb\ne\ng\nh\ni' ]
}

@test "--sort=date: newest first, offsets honoured, undated and invalid last" {
	run -0 --separate-stderr papers --sort=date -f '%t' < <(rec 2024-01-01 old l; rec '' none l; rec 2024-03-05T23:30:00-02:00 late l; rec 2024-03-06 cal l; rec bad inv l; rec 1790222400 epoch l)
	[ "$output" = $'epoch\nlate\ncal\nold\nnone\ninv' ]
	[ "$stderr" = "papers: line 5: invalid date 'bad'" ]
}

@test "--sort=relevance: best first; --top cuts; ties keep input order" {
	run -0 papers --sort=relevance --top=2 -f '%s %t' alpha beta < <(rec 2026-07-30 'one' l 'alpha'; rec 2026-07-30 'two alpha' l beta; rec 2026-07-30 'three' l 'beta'; rec 2026-07-30 'four alpha beta' l x)
	[ "$output" = $'2.0 four alpha beta\n1.5 two alpha' ]
	run -0 papers --sort=relevance -f '%t' < <(rec 2026-07-30 b l x; rec 2026-07-30 a l x)
	[ "$output" = $'b\na' ]
}

@test "--top without --sort: the first N selected" {
	run -0 --separate-stderr papers --top=2 --stats -f '%t' < <(pop 1 a; pop 2 b; pop 3 c)
	[ "$output" = $'a\nb' ]
	[ "$stderr" = "papers: read 3 malformed 0 outside 0 matched 3 excluded 0 duplicates 0 seen 0 cut 1 printed 2" ]
}

@test "--top and --sort: a bad value is a usage error that names it" {
	# Exit 2 and nothing on stdout for each bad value (--top=0, -1, abc
	# and empty; --sort=best, empty and Date): core.bats' option table.
	run -2 --separate-stderr papers --top=0
	[ "${stderr_lines[0]}" = "papers: --top: '0' is out of range (1 to 9223372036854775807)" ]
	run -2 --separate-stderr papers --sort best
	[ "${stderr_lines[0]}" = "papers: --sort: 'best' is not relevance, popularity, date or like" ]
}

@test "--stats: matched = excluded + duplicates + seen + cut + printed under ranking" {
	printf 'https://example.org/s 2026-07-30\n' >"$T/seen"
	run -0 --separate-stderr papers --seen "$T/seen" --sort=popularity --top=2 -x nope --stats -f '%t' < <(pop 1 a; pop 9 s; pop 5 b; pop 7 c; pop 3 nope; pop 8 a)
	[ "$output" = $'a\nc' ]
	[ "$stderr" = "papers: read 6 malformed 0 outside 0 matched 6 excluded 1 duplicates 1 seen 1 cut 1 printed 2" ]
}

@test "--seen with --top: only printed records are marked; the cut ones come later" {
	run -0 papers --seen "$T/seen" --sort=popularity --top=2 -f '%t' < <(pop 1 a; pop 3 b; pop 2 c)
	[ "$output" = $'b\nc' ]
	[ "$(cat "$T/seen")" = $'https://example.org/b 2026-07-31\nhttps://example.org/c 2026-07-31' ]
	run -0 papers --seen "$T/seen" --sort=popularity --top=2 -f '%t' < <(pop 1 a; pop 3 b; pop 2 c)
	[ "$output" = "a" ]
}

@test "-u with --sort: of one paper's records, the best ranked is kept (ties: the first)" {
	run -0 papers -u --sort=popularity -f '%7 %t' < <(rec 2026-07-30 low https://arxiv.org/abs/2607.00001v1 x a '' 3; rec 2026-07-30 high https://arxiv.org/abs/2607.00001v2 x a '' 9; rec 2026-07-30 other https://arxiv.org/abs/2607.00002 x a '' 5; rec 2026-07-30 tie https://arxiv.org/abs/2607.00002v3 x a '' 5)
	[ "$output" = $'9 high\n5 other' ]
}

@test "--pipe, -c, -q and -r see the ranked, cut output" {
	run -0 papers --sort=popularity --top=2 --pipe "cat > '$T/mail'" -f '%t' < <(pop 1 a; pop 3 b; pop 2 c)
	[ "$output" = "" ]
	[ "$(cat "$T/mail")" = $'b\nc' ]
	run -0 papers --sort=popularity --top=2 -c < <(pop 1 a; pop 3 b; pop 2 c)
	[ "$output" = "2" ]
	run -0 papers --sort=popularity --top=2 -q < <(pop 1 a; pop 3 b; pop 2 c)
	[ "$output" = "" ]
	run -0 papers --sort=popularity --top=1 -r < <(pop 1 a; pop 3 b; pop 2 c)
	[ "$output" = "$(pop 3 b)" ]
	run -0 papers --sort=popularity --color=always -f '%t' b < <(pop 1 ab; pop 3 bb)
	[ "$output" = $'\e[1;31mbb\e[m\na\e[1;31mb\e[m' ]
}

@test "-m with --sort stops reading after N selected, then ranks those" {
	run -0 papers -m 2 --sort=popularity -f '%t' < <(pop 1 a; pop 3 b; pop 9 c)
	[ "$output" = $'b\na' ]
}

@test "-m counts papers with -u and --seen, under --sort as without it" {
	input() {
		rec 2026-07-30 A1 https://arxiv.org/abs/2607.00001 a au c 1
		rec 2026-07-30 A2 https://arxiv.org/abs/2607.00001v2 a au c 5
		rec 2026-07-30 B https://arxiv.org/abs/2607.00002 a au c 3
		rec 2026-07-30 C https://arxiv.org/abs/2607.00003 a au c 9
	}
	run -0 papers -u -m 2 -f '%t' < <(input)
	[ "$output" = $'A1\nB' ]
	run -0 papers -u -m 2 --sort=popularity -f '%t' < <(input)
	[ "$output" = $'A2\nB' ]
	run -0 papers -u -m 2 --sort=popularity --top=1 -f '%t' < <(input)
	[ "$output" = "A2" ]
	run -0 papers --seen "$T/seen" -m 2 --sort=popularity -f '%t' < <(input)
	[ "$output" = $'A2\nB' ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31' ]
}

@test "the score depends on the counts alone: not on where each keyword was found; 2.75 prints as 2.8" {
	run -0 papers -f '%s' abcdefghij bc zz < <(rec 2024-01-01 'zz zz' l1 'abcdefghij abcdefghij bc')
	[ "$output" = "2.8" ]
	run -0 papers -f '%s' bc zz abcdefghij < <(rec 2024-01-01 'zz zz' l1 'bc abcdefghij abcdefghij')
	[ "$output" = "2.8" ]
	# Equal counts, other orders: equal scores, so input order decides.
	run -0 papers --sort=relevance -f '%t %s' aa bb cc < <(rec 2024-01-01 A l 'aa aa bb bb bb cc'; rec 2024-01-01 B l 'cc bb bb bb aa aa'; rec 2024-01-01 C l 'bb cc aa bb aa bb')
	[ "$output" = $'A 1.9\nB 1.9\nC 1.9' ]
	run -0 papers --sort=relevance -f '%t' cc aa bb < <(rec 2024-01-01 C l 'bb cc aa bb aa bb'; rec 2024-01-01 B l 'cc bb bb bb aa aa'; rec 2024-01-01 A l 'aa aa bb bb bb cc')
	[ "$output" = $'C\nB\nA' ]
}

@test "recipe: the trending mail, on Hugging Face daily papers" {
	# In the order Hugging Face gives.
	run -0 papers --top=10 --seen "$T/trending" --pipe "cat > '$T/mail'" <"$HF"
	[ "$(wc -l <"$T/mail")" -eq 10 ]
	[ "$(cut -f 2 "$HF" | head -n 10)" = "$(sed 's/^[0-9-]*  //; s/  https:.*//' "$T/mail")" ]
	# The most up-voted instead.
	run -0 papers --sort=popularity --top=10 --seen "$T/seen" --pipe "cat > '$T/mail'" <"$HF"
	[ "$(wc -l <"$T/mail")" -eq 10 ]
	[ "$(head -n 1 "$T/mail")" = "2026-07-30  AskChem: Claim-Centered Infrastructure for Chemistry Literature Synthesis  https://huggingface.co/papers/2607.28618" ]
	# Each paper by its arXiv id and, its title four words or more, by its
	# title key.
	[ "$(grep -vc '^title:' "$T/seen")" -eq 10 ]
	[ "$(grep -c '^title:' "$T/seen")" -eq 10 ]
	# The next day, the next ten.
	run -0 papers --sort=popularity --top=10 --seen "$T/seen" --pipe "cat > '$T/mail2'" <"$HF"
	[ "$(wc -l <"$T/mail2")" -eq 10 ]
	[ "$(sort "$T/mail" "$T/mail2" | uniq -d)" = "" ]
	run -0 papers --sort=popularity --top=3 -f '%7 %t' agent <"$HF"
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[1]}" = "283 Qwen-UI-Agent Technical Report: Toward Next-Generation Real-World Centric Foundation GUI Agents" ]
}

@test "recipe: your interests, best first, on an arXiv feed" {
	run -0 papers --sort=relevance --top=3 -f '%s  %t' 'language model' agent diffusion <"$FIX/arxiv-api-2026-04-12-all_testing-m100.tsv"
	[ "${#lines[@]}" -eq 3 ]
	# Each line's score is at least the next one's.
	s0=${lines[0]%%  *} s1=${lines[1]%%  *} s2=${lines[2]%%  *}
	awk -v a="$s0" -v b="$s1" -v c="$s2" 'BEGIN { exit !(a >= b && b >= c && c > 0) }'
	run -0 bash -c "papers -f '%s  %t' 'language model' agent diffusion <'$FIX/arxiv-api-2026-04-12-all_testing-m100.tsv' | sort -s -t ' ' -k1,1nr | head -n 3"
	want=$output
	run -0 papers --sort=relevance --top=3 -f '%s  %t' 'language model' agent diffusion <"$FIX/arxiv-api-2026-04-12-all_testing-m100.tsv"
	[ "$output" = "$want" ]
}

@test "recipe: newest first across merged feeds, each paper once" {
	run -0 bash -c "cat '$HF' '$FIX/arxiv-api-2026-08-02-cat_cs.AI_cs.LG_cs.CL-m25.tsv' | papers -u --sort=date -f '%D'"
	[ "$output" = "$(printf '%s\n' "$output" | sort -r)" ]
	n=$(cat "$HF" "$FIX/arxiv-api-2026-08-02-cat_cs.AI_cs.LG_cs.CL-m25.tsv" | papers -u -c)
	[ "${#lines[@]}" -eq "$n" ]
}
