#!/usr/bin/env bats
# The cron features: --seen (what is kept and when, atomic rewrite,
# locking, --seen-days, bad FILEs), --pipe, --stats, empty input and
# --require-input, and the README's cron line on the saved Hugging Face
# sample.  README: The cron line; Cron: --seen, --pipe, --stats.

load test_helper

HF=$FIX/hf-daily-papers-2026-07-31.tsv

feed() {
	rec 2026-07-30 'Diffusion one' https://arxiv.org/abs/2607.00001v1 a
	rec 2026-07-30 'Diffusion two' https://arxiv.org/abs/2607.00002v1 a
	rec 2026-07-30 'Other' https://arxiv.org/abs/2607.00003v1 a
}

@test "--seen: the first run prints and records, the second prints nothing" {
	run -0 papers --seen "$T/seen" -f '%t' diffusion < <(feed)
	[ "$output" = $'Diffusion one\nDiffusion two' ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31' ]
	run -1 --separate-stderr papers --seen "$T/seen" -f '%t' diffusion < <(feed)
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31' ]
}

@test "--seen: new papers are added, only printed ones; a seen one gets today's date" {
	printf '2607.00001 2026-07-01\n2607.09999 2026-07-01\n' >"$T/seen"
	run -0 papers --seen="$T/seen" -f '%t' diffusion < <(feed)
	[ "$output" = "Diffusion two" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.09999 2026-07-01\n2607.00002 2026-07-31' ]
}

@test "--seen: a v2 of a seen paper, or its Hugging Face page, is not printed" {
	printf '2607.28582 2026-07-30\n' >"$T/seen"
	run -1 papers --seen "$T/seen" < <(rec 2026-07-31 'v2' https://arxiv.org/abs/2607.28582v2 a; rec 2026-07-31 hf https://huggingface.co/papers/2607.28582 a)
	[ "$output" = "" ]
}

@test "an arXiv:ID link keys the paper as its Hugging Face page and arXiv's own links do" {
	input() { rec 2026-07-31 hf https://huggingface.co/papers/2607.28582 a; rec 2026-07-31 bare arXiv:2607.28582 a; rec 2026-07-31 v3 ARXIV:2607.28582v3 a; rec 2026-07-31 old arXiv:math.GT/0309136 a; }
	run -0 papers -u -f '%t' < <(input)
	[ "$output" = $'hf\nold' ]
	run -0 papers --seen "$T/seen" -f '%t' < <(input)
	[ "$output" = $'hf\nold' ]
	[ "$(cat "$T/seen")" = $'2607.28582 2026-07-31\nmath/0309136 2026-07-31' ]
	run -0 papers --json < <(rec 2026-07-31 bare arXiv:2607.28582v2 a)
	[ "$(printf '%s' "$output" | jq -r .key)" = "2607.28582" ]
}

@test "a DOI link keys the paper as its DOI, lower case; a bioRxiv or medRxiv version is the same paper" {
	input() {
		rec 2026-07-31 v2 https://doi.org/10.1101/2024.01.01.000001v2 a
		rec 2026-07-31 v1 HTTP://DX.DOI.ORG/10.1101/2024.01.01.000001V1 a
		rec 2026-07-31 new-prefix doi.org/10.64898/2026.02.03.123456v3?utm=x a
		rec 2026-07-31 nature https://doi.org/10.1038/S41586-020-2649-2 a
		rec 2026-07-31 nature-again https://doi.org/10.1038/s41586-020-2649-2 a
		rec 2026-07-31 arxiv https://doi.org/10.48550/arXiv.2401.00001 a
		rec 2026-07-31 not-a-version https://doi.org/10.5555/abcv2 a
	}
	run -0 papers -u -f '%t' < <(input)
	[ "$output" = $'v2\nnew-prefix\nnature\narxiv\nnot-a-version' ]
	run -0 papers --seen "$T/seen" -f '%t' < <(input)
	[ "$(cat "$T/seen")" = $'10.1101/2024.01.01.000001 2026-07-31\n10.64898/2026.02.03.123456 2026-07-31\n10.1038/s41586-020-2649-2 2026-07-31\n2401.00001 2026-07-31\n10.5555/abcv2 2026-07-31' ]
	run -0 papers --json < <(rec 2026-07-31 t https://doi.org/10.1101/2024.01.01.000001v9 a)
	[ "$(printf '%s' "$output" | jq -r .key)" = "10.1101/2024.01.01.000001" ]
	# Only a link to doi.org is a DOI, and only one with a prefix and a
	# suffix; the link is cleaned first, as any key is.
	rm "$T/seen"
	run -0 papers --seen "$T/seen" -c < <(
		rec 2026-07-31 a https://notdoi.org/10.1234/abc a
		rec 2026-07-31 b 'https://example.com/?ref=doi.org/10.5555/X' a
		rec 2026-07-31 c https://doi.org/10. a
		rec 2026-07-31 d https://doi.org/10.1101/v2 a
		rec 2026-07-31 e https://doi.org/10.1101/2024.01.01.000002v2/ a
		rec 2026-07-31 f $'https://doi.org/10.1/a\xc2\x9b\xe2\x80\xaeb\xff ' a)
	[ "$output" = 6 ]
	[ "$(cat "$T/seen")" = $'https://notdoi.org/10.1234/abc 2026-07-31\nhttps://example.com/?ref=doi.org/10.5555/X 2026-07-31\nhttps://doi.org/10. 2026-07-31\nhttps://doi.org/10.1101/v2 2026-07-31\n10.1101/2024.01.01.000002 2026-07-31\n10.1/ab\xef\xbf\xbd 2026-07-31' ]
}

@test "-u and --seen: one title, folded, from two sources is one paper; under four words never" {
	input() {
		rec 2026-07-30 'Deep Learning for Protein Folding' https://arxiv.org/abs/2607.00001 a
		rec 2026-07-31 'Deep learning for protein-folding.' https://doi.org/10.1101/2026.07.30.000001v1 b
		rec 2026-07-31 $'De\u0301ep Léarning  for PROTEIN Folding!' https://example.org/x c
		rec 2026-07-31 'Deep learning for protein unfolding' https://example.org/y d
		rec 2026-07-31 'Network Alignment' https://a.org/1 e
		rec 2026-07-31 'Network alignment' https://b.org/2 f
	}
	run -0 papers -u -f '%t | %l' < <(input)
	[ "$output" = $'Deep Learning for Protein Folding | https://arxiv.org/abs/2607.00001\nDeep learning for protein unfolding | https://example.org/y\nNetwork Alignment | https://a.org/1\nNetwork alignment | https://b.org/2' ]
	run -0 --separate-stderr papers --seen "$T/seen" --stats -c < <(input)
	[ "$output" = 4 ]
	[ "$stderr" = "papers: read 6 malformed 0 outside 0 matched 6 excluded 0 duplicates 2 seen 0 cut 0 printed 4" ]
	# A paper found by one key keeps the other too.
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\ntitle:deep-learning-for-protein-folding 2026-07-31\n10.1101/2026.07.30.000001 2026-07-31\nhttps://example.org/x 2026-07-31\nhttps://example.org/y 2026-07-31\ntitle:deep-learning-for-protein-unfolding 2026-07-31\nhttps://a.org/1 2026-07-31\nhttps://b.org/2 2026-07-31' ]
	# The next day, the bioRxiv record alone is seen by its title.
	run -1 --separate-stderr papers --seen "$T/seen" --stats -c < <(input | sed -n 2p)
	[ "$stderr" = "papers: read 1 malformed 0 outside 0 matched 1 excluded 0 duplicates 0 seen 1 cut 0 printed 0" ]
}

@test "--seen: a file of papers 1.0 or 2.0 reads back; its papers stay seen and gain their title keys" {
	printf '%s\n' '2607.00001 2026-07-01' 'https://example.org/b 2026-07-01' 'a%20title 2026-07-01' 'a 1.0 title key 2026-07-01' >"$T/seen"
	input() {
		rec 2026-07-30 'Deep Learning for Protein Folding' https://arxiv.org/abs/2607.00001v2 a
		rec 2026-07-30 'The second paper of the day' https://example.org/b a
		rec 2026-07-30 'A  TITLE' '' a
	}
	run -1 --separate-stderr papers --seen "$T/seen" --stats < <(input)
	[ "$output" = "" ]
	[ "$stderr" = "papers: read 3 malformed 0 outside 0 matched 3 excluded 0 duplicates 0 seen 3 cut 0 printed 0" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\nhttps://example.org/b 2026-07-31\na%20title 2026-07-31\na 1.0 title key 2026-07-01\ntitle:deep-learning-for-protein-folding 2026-07-31\ntitle:the-second-paper-of-the-day 2026-07-31' ]
	# So the same paper from another source is seen the day after.
	run -1 --separate-stderr env PAPERS_TODAY=2026-08-01 "$PAPERS_ABS" --seen "$T/seen" --stats < <(rec 2026-08-01 'Deep learning for protein folding' https://doi.org/10.1101/2026.07.30.000001v1 b)
	[ "$stderr" = "papers: read 1 malformed 0 outside 0 matched 1 excluded 0 duplicates 0 seen 1 cut 0 printed 0" ]
}

@test "-u and --seen: merging by either key carries through a run, -m counts papers, --seen-days renews both keys" {
	input() {
		rec 2026-07-30 'Deep Learning for Protein Folding' https://arxiv.org/abs/2607.00001 a
		rec 2026-07-31 'Deep learning for protein folding' https://doi.org/10.1101/2026.07.30.000001v1 b
		rec 2026-07-31 'Deep learning for protein folding at scale' https://doi.org/10.1101/2026.07.30.000001v2 c
		rec 2026-07-31 'Paper number four about deep learning' https://example.org/4 d
		rec 2026-07-31 'Paper number five about deep learning' https://example.org/5 e
	}
	# v1 is A by its title, v2 is v1 by its DOI: one paper.
	run -0 papers -u -f '%l' < <(input)
	[ "$output" = $'https://arxiv.org/abs/2607.00001\nhttps://example.org/4\nhttps://example.org/5' ]
	# -m 2: A (with v1 and v2) and paper four; newest first, v1 for A.
	run -0 papers -u -m 2 --sort=date -f '%l' < <(input)
	[ "$output" = $'https://doi.org/10.1101/2026.07.30.000001v1\nhttps://example.org/4' ]
	# Listed every day by its arXiv id alone, the paper keeps its title key.
	run -0 env PAPERS_TODAY=2026-01-01 "$PAPERS_ABS" --seen "$T/seen" -c < <(input | head -n 1)
	for day in 2026-02-01 2026-03-01 2026-04-01; do
		run -1 env PAPERS_TODAY=$day "$PAPERS_ABS" --seen "$T/seen" -c < <(input | head -n 1)
	done
	[ "$(cat "$T/seen")" = $'2607.00001 2026-04-01\ntitle:deep-learning-for-protein-folding 2026-04-01' ]
	run -1 env PAPERS_TODAY=2026-04-05 "$PAPERS_ABS" --seen "$T/seen" -c < <(input | sed -n 2p)
}

@test "--seen: keys without an arXiv id are links or folded titles, one per line" {
	run -0 papers --seen "$T/seen" -f '%t' < <(rec 2026-07-30 'A  Title' '' a; rec 2026-07-30 'B' https://example.org/b a)
	[ "$output" = $'A Title\nB' ]
	[ "$(cat "$T/seen")" = $'a%20title 2026-07-31\nhttps://example.org/b 2026-07-31' ]
	run -1 papers --seen "$T/seen" < <(rec 2026-07-30 'a TITLE' '' a)
	[ "$output" = "" ]
}

@test "--seen: a missing FILE is created by the first run that succeeds, with the usual mode" {
	run -0 bash -c "umask 022; papers --seen '$T/new' -c < <(printf '2026-07-30\tT\tl\n'); stat -c %a '$T/new'"
	[ "$output" = $'1\n644' ]
	run -2 bash -c "papers --seen '$T/never' < <(printf '2026-07-30\tT\tl\n') > /dev/full"
	[ "$output" = "papers: write error: No space left on device" ]
	[ ! -e "$T/never" ]
}

@test "--seen: /dev/full leaves FILE unchanged, exit 2" {
	printf '2607.00009 2026-07-01\n' >"$T/seen"
	cp "$T/seen" "$T/before"
	run -2 --separate-stderr bash -c "papers --seen '$T/seen' diffusion < <(printf '2026-07-30\tDiffusion\thttps://arxiv.org/abs/2607.00001\n') > /dev/full"
	[ "$output" = "" ]
	[ "$stderr" = "papers: write error: No space left on device" ]
	cmp "$T/seen" "$T/before"
}

@test "--seen: killed by SIGPIPE, FILE is unchanged" {
	printf '2607.00009 2026-07-01\n' >"$T/seen"
	cp "$T/seen" "$T/before"
	run -0 bash -c "yes \$'2026-07-30\tT\tl' | head -n 300000 | awk '{ print \$0 NR }' | papers --seen '$T/seen' | head -n 1; echo \"\${PIPESTATUS[3]}\""
	[ "$output" = $'2026-07-30  T  l1\n141' ]
	cmp "$T/seen" "$T/before"
}

@test "--seen: kill -9 mid-run leaves FILE readable and old" {
	printf '2607.00009 2026-07-01\n' >"$T/seen"
	cp "$T/seen" "$T/before"
	mkfifo "$T/fifo"
	papers --seen "$T/seen" -f '%t' <"$T/fifo" >"$T/out" 2>&1 &
	pid=$!
	exec 5>"$T/fifo"
	printf '2026-07-30\tFirst\thttps://arxiv.org/abs/2607.00001\n' >&5
	sleep 0.3
	kill -9 "$pid"
	exec 5>&-
	st=0
	wait "$pid" || st=$?
	[ "$st" -eq 137 ]
	cmp "$T/seen" "$T/before"
	run -0 papers --seen "$T/seen" -c < <(printf '2026-07-30\tFirst\thttps://arxiv.org/abs/2607.00001\n')
	[ "$output" = "1" ]
}

@test "--seen: two runs at once on one FILE end with the union of their keys" {
	for i in 1 2; do
		awk -v r=$i 'BEGIN { for (n = 0; n < 2000; n++) printf "2026-07-30\tPaper %d-%d\thttps://arxiv.org/abs/26%02d.%05d\n", r, n, r, n }' >"$T/in$i"
	done
	papers --seen "$T/seen" -c <"$T/in1" >"$T/c1" &
	papers --seen "$T/seen" -c <"$T/in2" >"$T/c2" &
	wait
	[ "$(cat "$T/c1") $(cat "$T/c2")" = "2000 2000" ]
	[ "$(wc -l <"$T/seen")" -eq 4000 ]
	[ "$(sort -u "$T/seen" | wc -l)" -eq 4000 ]
}

@test "--seen-days: older keys are dropped on rewrite (default 90)" {
	printf 'old 2026-04-01\nedge 2026-05-02\nnew 2026-07-30\n' >"$T/seen"
	run -1 papers --seen "$T/seen" </dev/null
	[ "$output" = "" ]
	[ "$(cat "$T/seen")" = $'edge 2026-05-02\nnew 2026-07-30' ]
	run -1 papers --seen "$T/seen" --seen-days=1 </dev/null
	[ "$output" = "" ]
	[ "$(cat "$T/seen")" = "new 2026-07-30" ]
	run -0 env PAPERS_TODAY=2026-08-05 papers --seen "$T/seen" --seen-days 3 -c < <(rec 2026-07-30 again new a)
	[ "$output" = "1" ]
	[ "$(cat "$T/seen")" = "new 2026-08-05" ]
}

@test "--seen-days needs a whole number" {
	run -2 --separate-stderr papers --seen-days=-1 </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --seen-days: '-1' is out of range (0 to 1000000)" ]
}

@test "--seen: an unreadable or malformed FILE is an error, FILE untouched" {
	printf 'good 2026-07-01\nbad-line\n' >"$T/seen"
	cp "$T/seen" "$T/before"
	run -2 --separate-stderr papers --seen "$T/seen" < <(feed)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/seen: line 2: not 'KEY YYYY-MM-DD'" ]
	cmp "$T/seen" "$T/before"
	printf 'key 2026-02-30\n' >"$T/seen"
	run -2 --separate-stderr papers --seen "$T/seen" < <(feed)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/seen: line 1: not 'KEY YYYY-MM-DD'" ]
	mkdir "$T/dir"
	run -2 --separate-stderr papers --seen "$T/dir" < <(feed)
	[ "$output" = "" ]
	[ "$stderr" = "papers: $T/dir: not a regular file" ]
}

@test "--seen: the date is the last word, any run of blanks before it, blanks at the ends ignored" {
	printf ' 2607.00001  2026-07-30\n\t2607.00002\t2026-07-30 \r\n   \n' >"$T/seen"
	run -0 papers -f '%t' --seen "$T/seen" < <(feed)
	[ "$output" = "Other" ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31\n2607.00003 2026-07-31' ]
	# A title key of papers 1.0, spaces and all, still reads and stays.
	printf 'a 1.0 title key 2026-07-30\n' >"$T/seen"
	run -0 papers -f '%t' --seen "$T/seen" < <(feed)
	[ "$output" = $'Diffusion one\nDiffusion two\nOther' ]
	[ "$(head -n 1 "$T/seen")" = "a 1.0 title key 2026-07-30" ]
	for bad in '2607.00001' '2026-07-30' '2607.00001 2026-07-30 x' '2607.00001 2026-07-30T10:00'; do
		printf '2607.00001 2026-07-30\n%s\n' "$bad" >"$T/seen"
		cp "$T/seen" "$T/before"
		run -2 --separate-stderr papers --seen "$T/seen" < <(feed)
		[ "$output" = "" ]
		[ "$stderr" = "papers: $T/seen: line 2: not 'KEY YYYY-MM-DD'" ]
		cmp "$T/seen" "$T/before"
	done
}

@test "--seen also drops repeats within one run" {
	run -0 --separate-stderr papers --seen "$T/seen" --stats -f '%t' < <(rec 2026-07-30 a https://arxiv.org/abs/2607.00001v1 x; rec 2026-07-30 b https://arxiv.org/abs/2607.00001v2 x)
	[ "$output" = "a" ]
	[ "$stderr" = "papers: read 2 malformed 0 outside 0 matched 2 excluded 0 duplicates 1 seen 0 cut 0 printed 1" ]
}

# --- --pipe ---

@test "--pipe: a failing command leaves FILE unchanged, exit 2" {
	printf 'x 2026-07-01\n' >"$T/seen"
	run -2 --separate-stderr papers --seen "$T/seen" --pipe "cat > '$T/mail'; exit 3" -f '%t' diffusion < <(feed)
	[ "$output" = "" ]
	[ "$stderr" = "papers: --pipe: command failed with exit status 3; nothing marked seen" ]
	[ "$(cat "$T/mail")" = $'Diffusion one\nDiffusion two' ]
	[ "$(cat "$T/seen")" = "x 2026-07-01" ]
}

@test "--pipe: a succeeding command gets the digest, then FILE is updated" {
	run -0 papers --seen "$T/seen" --pipe "cat > '$T/mail'" -f '%t' diffusion < <(feed)
	[ "$output" = "" ]
	[ "$(cat "$T/mail")" = $'Diffusion one\nDiffusion two' ]
	[ "$(cat "$T/seen")" = $'2607.00001 2026-07-31\n2607.00002 2026-07-31' ]
}

@test "--pipe: no command is run when nothing is selected" {
	run -1 papers --pipe "touch '$T/ran'" zebra < <(feed)
	[ "$output" = "" ]
	[ ! -e "$T/ran" ]
	run -1 papers --seen "$T/seen" --pipe "touch '$T/ran'" < /dev/null
	[ "$output" = "" ]
	[ ! -e "$T/ran" ]
}

@test "--pipe: a command killed by a signal is a failure" {
	run -2 --separate-stderr papers --pipe 'kill -9 $$' < <(feed)
	[ "$output" = "" ]
	[ "$stderr" = "papers: --pipe: command killed by signal 9" ]
}

@test "--pipe: CMD runs in a UTF-8 locale; one that names UTF-8 is left alone" {
	# What CMD sees: LC_ALL LC_CTYPE LANG and the character set they give.
	cmd='echo "${LC_ALL-unset} ${LC_CTYPE-unset} ${LANG-unset} $(locale charmap 2>/dev/null)"'
	# env -i, but the sanitizers' options: a report must not pass as exit 0.
	see() {
		env -i PATH="$PATH" ASAN_OPTIONS="$ASAN_OPTIONS" UBSAN_OPTIONS="$UBSAN_OPTIONS" \
		    LSAN_OPTIONS="$LSAN_OPTIONS" "$@" "$PAPERS_ABS" --pipe "$cmd" < <(rec 2026-07-30 T l) ||
		    echo "exit $?"
	}
	[ "$(see)" = "unset C.UTF-8 unset UTF-8" ]
	[ "$(see LANG=C.UTF-8)" = "unset unset C.UTF-8 UTF-8" ]
	[ "$(see LC_ALL=C.utf8)" = "C.utf8 unset unset UTF-8" ]
	[ "$(see LANG=de_DE.ISO-8859-1)" = "unset C.UTF-8 de_DE.ISO-8859-1 UTF-8" ]
	[ "$(see LC_CTYPE=POSIX LANG=C.UTF-8)" = "unset C.UTF-8 C.UTF-8 UTF-8" ]
	[ "$(see LC_ALL=C)" = "C.UTF-8 unset unset UTF-8" ]
	[ "$(see LC_ALL= LC_CTYPE=C)" = " C.UTF-8 unset UTF-8" ]
	# A UTF-8 locale that is not installed gives ASCII, so it is replaced.
	[ "$(see LANG=xx_YY.UTF-8)" = "unset C.UTF-8 xx_YY.UTF-8 UTF-8" ]
}

# --- --stats and empty input ---


@test "--stats: one line on stderr with every stage's count" {
	input=$( feed; rec bad 'Diffusion survey' https://arxiv.org/abs/2607.00004 a
		rec 2026-01-01 'Diffusion old' https://arxiv.org/abs/2601.00001 a
		rec 2026-07-30 '' l a
		rec 2026-07-30 'Diffusion one again' https://arxiv.org/abs/2607.00001v2 a
		rec 2026-07-30 'Diffusion survey' https://arxiv.org/abs/2607.00005 a)
	run -0 --separate-stderr papers --stats -u --since 2026-07-01 -x survey -f '%t' diffusion <<<"$input"
	[ "$output" = $'Diffusion one\nDiffusion two' ]
	[ "${stderr_lines[-1]}" = "papers: read 8 malformed 2 outside 2 matched 4 excluded 1 duplicates 1 seen 0 cut 0 printed 2" ]
}

@test "empty input exits 1; --stats says read 0; --require-input makes it 2" {
	run -1 --separate-stderr papers --stats </dev/null
	[ "$output" = "" ]
	[ "$stderr" = "papers: read 0 malformed 0 outside 0 matched 0 excluded 0 duplicates 0 seen 0 cut 0 printed 0" ]
	run -2 --separate-stderr papers --require-input </dev/null
	[ "$output" = "" ]
	[ "$stderr" = "papers: no input records" ]
	run -2 --separate-stderr papers --require-input < <(printf '\n\n')
	[ "$output" = "" ]
	[ "$stderr" = "papers: no input records" ]
	run -1 papers --require-input zebra < <(feed)
	[ "$output" = "" ]
}

@test "--require-input with --seen: nothing fetched leaves FILE unchanged" {
	printf 'x 2026-01-01\n' >"$T/seen"
	run -2 papers --seen "$T/seen" --require-input </dev/null
	[ "$output" = "papers: no input records" ]
	[ "$(cat "$T/seen")" = "x 2026-01-01" ]
}

@test "the README's cron line, on the saved Hugging Face sample" {
	run -0 bash -c "papers --seen '$T/seen' --pipe 'cat > $T/mail' 'language model' < '$HF'; papers --seen '$T/seen' --pipe 'cat >> $T/mail' 'language model' < '$HF'; echo \$?"
	[ "$output" = "1" ]
	[ "$(wc -l <"$T/mail")" -eq "$(awk -F'\t' 'tolower($2 " " $4) ~ /language[ ]+model/' "$HF" | wc -l)" ]
}
