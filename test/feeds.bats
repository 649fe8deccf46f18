#!/usr/bin/env bats
# Case folding beyond ASCII (Latin, Greek, Cyrillic), -A authors, -u (one
# key per paper), and the real feeds saved in fixtures/: arXiv RSS and API
# through sfeed, Hugging Face through jq, and those converters run on the
# raw responses where installed.  README: Selecting records, Real feeds.

load test_helper

RSS=$FIX/arxiv-rss-2026-09-24-cs.LG_cs.AI_cs.CL_stat.ML
RSSCL=$FIX/arxiv-rss-2026-04-27-cs.CL
WEEKEND=$FIX/arxiv-rss-2026-03-29-cs-weekend-empty
OLDAPI=$FIX/arxiv-api-2016-10-09-au_del_maestro
API=$FIX/arxiv-api-2026-08-02-cat_cs.AI_cs.LG_cs.CL-m25
TESTING=$FIX/arxiv-api-2026-04-12-all_testing-m100
HF=$FIX/hf-daily-papers-2026-07-31
HF_JQ='.[] | [.paper.publishedAt, .paper.title, "https://huggingface.co/papers/\(.paper.id)", .paper.summary, ([.paper.authors[].name] | join(", ")), "", .paper.upvotes] | @tsv'
BIORXIV=$FIX/biorxiv-details-2024-01-01_2024-12-31-first20
MEDRXIV=$FIX/medrxiv-details-2024-01-01_2024-12-31-first40
# The README's bioRxiv and medRxiv recipe, and its two Hugging Face ones:
# trending in Hugging Face's order, and by the GitHub stars of the code.
RXIV_JQ='.collection[] | [.date, .title, "https://doi.org/" + .doi, .abstract, .authors, .category, ""] | @tsv'
STARS_JQ='.[] | [.paper.publishedAt, .paper.title, "https://huggingface.co/papers/\(.paper.id)", .paper.summary, ([.paper.authors[].name] | join(", ")), "", .paper.githubStars] | @tsv'

# --- case folding beyond ASCII ---

folding_input() {
	rec 2024-01-01 'RAMÍREZ and Σ-Mem' l1 a
	rec 2024-01-02 'u-μP scaling' l2 a
	rec 2024-01-03 'Ramírez' l3 a
	rec 2024-01-04 'ramirez' l4 a
	rec 2024-01-05 'ΟΔΥΣΣΕΥΣ' l5 'ДМИТРИЙ ОРЛОВ'
	rec 2024-01-06 'ŁUKASZ and ǅ and Ÿ' l6 a
}

@test "folding: Latin, Greek and Cyrillic, the same in the C and a UTF-8 locale" {
	for loc in C C.UTF-8; do
		run -0 env LC_ALL=$loc papers -f '%l' 'ramírez' <<<"$(folding_input)"
		[ "$output" = $'l1\nl3' ]
		run -0 env LC_ALL=$loc papers -f '%l' 'σ-mem' <<<"$(folding_input)"
		[ "$output" = "l1" ]
		run -0 env LC_ALL=$loc papers -f '%l' 'μp' <<<"$(folding_input)"
		[ "$output" = "l2" ]
		run -0 env LC_ALL=$loc papers -f '%l' 'дмитрий' <<<"$(folding_input)"
		[ "$output" = "l5" ]
		run -0 env LC_ALL=$loc papers -f '%l' 'łukasz and ǆ and ÿ' <<<"$(folding_input)"
		[ "$output" = "l6" ]
	done
}

@test "folding: final sigma and sigma are one letter" {
	run -0 papers -f '%l' 'οδυσσευς' <<<"$(folding_input)"
	[ "$output" = "l5" ]
	run -0 papers -f '%l' 'ΟΔΥΣΣΕΥς' <<<"$(folding_input)"
	[ "$output" = "l5" ]
}

@test "folding: only case is folded, accents still count" {
	run -0 papers -f '%l' ramirez <<<"$(folding_input)"
	[ "$output" = "l4" ]
	run -1 papers 'ramirez' < <(rec 2024-01-01 'Ramírez' l a)
	[ "$output" = "" ]
}

@test "folding: -s turns it off beyond ASCII too" {
	run -1 papers -s 'σ-mem' <<<"$(folding_input)"
	[ "$output" = "" ]
	run -0 papers -s -f '%l' 'Σ-Mem' <<<"$(folding_input)"
	[ "$output" = "l1" ]
}

@test "folding: -w knows non-ASCII letters are part of words" {
	run -1 papers -w 'ramír' <<<"$(folding_input)"
	[ "$output" = "" ]
	run -0 papers -w -f '%l' 'mem' <<<"$(folding_input)"
	[ "$output" = "l1" ]
}

@test "folding on real data: an accented author name in the API sample" {
	run -0 bash -c "cut -f1-4,7,9 '$TESTING.tsv' | papers -A 'CLÉMENT' -f '%A|%t'"
	[ "$output" = "Clément L. Canonne|The Price of Tolerance in Distribution Testing" ]
}

# --- authors ---

authors_input() {
	rec 2024-01-01 'Diffusion A' l1 a 'Yann LeCun, Ada Lovelace'
	rec 2024-01-02 'Transformers' l2 a 'Yoshua Bengio'
	rec 2024-01-03 'Diffusion B' l3 a 'Łukasz Kaiser'
	rec 2024-01-04 'Diffusion C' l4 'by Bengio' 'Someone Else'
	rec 2024-01-05 'Other' l5 a 'Kaiserin Maria'
}

@test "-A selects by author; several -A mean any of them" {
	run -0 papers -f '%l' -A 'Yann LeCun' -A Bengio <<<"$(authors_input)"
	[ "$output" = $'l1\nl2' ]
	run -0 papers -f '%l' --author='yann   lecun' <<<"$(authors_input)"
	[ "$output" = "l1" ]
}

@test "-A combines with keywords by AND" {
	run -0 papers -f '%l' -A Kaiser diffusion <<<"$(authors_input)"
	[ "$output" = "l3" ]
	run -1 papers -A Bengio diffusion <<<"$(authors_input)"
	[ "$output" = "" ]
}

@test "-A follows -w, -s and the folding rules" {
	run -0 papers -f '%l' -A kaiser <<<"$(authors_input)"
	[ "$output" = $'l3\nl5' ]
	run -0 papers -f '%l' -w -A kaiser <<<"$(authors_input)"
	[ "$output" = "l3" ]
	run -0 papers -f '%l' -A 'łukasz' <<<"$(authors_input)"
	[ "$output" = "l3" ]
	run -1 papers -s -A 'yann lecun' <<<"$(authors_input)"
	[ "$output" = "" ]
}

@test "-A with an empty name is a usage error" {
	run -2 --separate-stderr papers -A '' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: -A: empty keyword" ]
}

@test "-A on the Hugging Face sample" {
	run -0 papers -A 'Tom Goldstein' -f '%t' <"$HF.tsv"
	[ "$output" = "$(awk -F'\t' 'index($5, "Tom Goldstein") { print $2 }' "$HF.tsv")" ]
	[ "${#lines[@]}" -eq 1 ]
}

# --- -u: one paper once ---

@test "-u: links and ids of one paper in every form are one key" {
	run -0 papers -u -f '%t' < <(
		rec 2026-07-30 first https://arxiv.org/abs/2607.28582v1 a
		rec 2026-07-30 pdf http://arxiv.org/pdf/2607.28582v2 a
		rec 2026-07-30 hf https://huggingface.co/papers/2607.28582 a
		rec 2026-07-30 rss other-link 'arXiv:2607.28582v3 Announce Type: replace \nAbstract: x'
		rec 2026-07-30 other https://arxiv.org/abs/2607.28583 a
		rec 2004-12-19 old http://arxiv.org/abs/cond-mat/0412498v1 a
		rec 2004-12-19 old2 https://arxiv.org/pdf/cond-mat/0412498v2 a
		rec 2003-09-09 math http://arxiv.org/abs/math.GT/0309136v1 a
		rec 2003-09-09 math2 http://arxiv.org/abs/math.GT/0309136 a)
	[ "$output" = $'first\nother\nold\nmath' ]
}

@test "-u: without an arXiv id the key is the link, then the folded title" {
	run -0 papers -u -f '%t|%l' < <(
		rec 2024-01-01 'A Paper' https://example.org/1 a
		rec 2024-01-01 'B Paper' https://example.org/1 a
		rec 2024-01-01 'Another  Title' '' a
		rec 2024-01-01 'another title' '' a
		rec 2024-01-01 'ANOTHER TITLE!' '' a)
	[ "$output" = $'A Paper|https://example.org/1\nAnother Title|\nANOTHER TITLE!|' ]
}

@test "-u keeps the first selected record; unselected ones do not count" {
	run -0 papers -u -f '%t' diffusion < <(
		rec 2024-01-01 'v1 without keyword' https://arxiv.org/abs/2401.00001v1 a
		rec 2024-01-02 'v2 diffusion' https://arxiv.org/abs/2401.00001v2 a
		rec 2024-01-03 'v3 diffusion' https://arxiv.org/abs/2401.00001v3 a)
	[ "$output" = "v2 diffusion" ]
}

# --- the real pipelines, on the saved conversions ---

@test "arXiv RSS: sfeed | cut -f1-4,7,9 | papers" {
	run -0 bash -c "cut -f1-4,7,9 '$RSS.tsv' | papers -f '%d|%t|%l|%.80a|%A'"
	[ "${lines[0]}" = "2026-09-24|The Drift Contract: Spectral Updates for Depth-Robust Local Learning|https://arxiv.org/abs/2609.26811|Local learning trains each layer with its own auxiliary loss and no global…|Fabien Polly" ]
	[ "${lines[1]}" = "2026-09-24|Signal2Symbol: Neuro-Symbolic Temporal Reasoning for Explainable Physiological Time-Series Anomaly Detection|https://arxiv.org/abs/2609.26820|Physiological time series such as electrocardiograms (ECG) and electroencephalo…|Naser Mansour, Sidahmed Benabderrahmane, Ameer Rahwan" ]
	[ "${lines[2]}" = "2026-09-24|Outlier Detection for Multi-Network Data|https://arxiv.org/abs/2205.06398|It has become routine in neuroscience studies to measure brain networks for…|Pritam Dey, Zhengwu Zhang, David B. Dunson" ]
	[ "${lines[3]}" = "2026-09-24|Random Polytope Descriptors|https://arxiv.org/abs/2009.13987|We introduce a class of random polytopes which simultaneously generalizes…|Michael Joswig, Marek Kaluba, Lukas Ruff" ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "arXiv RSS: -t finds keywords in titles only" {
	run -0 bash -c "cut -f1-4,7,9 '$RSSCL.tsv' | papers -f '%t' -t 'LLMs'"
	[ "$output" = $'When Cow Urine Cures Constipation on YouTube: Limits of LLMs in Detecting Culture-specific Health Misinformation\nShared Lexical Task Representations Explain Behavioral Variability In LLMs' ]
}

@test "arXiv RSS: the empty weekend feed gives exit 1, no output, no warning" {
	run -1 --separate-stderr bash -c "cut -f1-4,7,9 '$WEEKEND.tsv' | papers diffusion"
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	run -1 --separate-stderr bash -c "cut -f1-4,7,9 '$WEEKEND.tsv' | papers"
	[ "$output" = "" ]
	[ "$stderr" = "" ]
}

@test "arXiv API Atom: hard-wrapped titles and abstracts match and print on one line" {
	run -0 bash -c "cut -f1-4,7,9 '$OLDAPI.tsv' | papers -f '%d %t' 'quantum criticality' supersolid"
	[ "$output" = $'2012-01-23 A Luttinger Liquid Core Inside Helium-4 Filled Nanopores\n2006-07-19 A striped supersolid phase and the search for deconfined quantum criticality in hard-core bosons on the triangular lattice' ]
	run -0 bash -c "cut -f1-4,7,9 '$OLDAPI.tsv' | papers -t -f '%t' 'presence of quenched'"
	[ "$output" = "From stripe to checkerboard order on the square lattice in the presence of quenched disorder" ]
}

@test "Hugging Face: jq @tsv escapes, millisecond timestamps and upvotes" {
	run -0 papers -f '%D|%7|%t|%.70a' '97.67' <"$HF.tsv"
	[ "$output" = "2026-07-28T00:00:00Z|$(awk -F'\t' '/97\.67/ { print $7 }' "$HF.tsv")|INTACT: Isomorphic Intent-to-Action Learning for Search-Free World Models|Forward latent world models predict how actions change a scene, but…" ]
	run -0 bash -c "papers -f '%a' '97.67' < '$HF.tsv' | grep -o '85.78.%, 100.00.%, 97.67.%'"
	[ "$output" = '85.78\%, 100.00\%, 97.67\%' ]
}

@test "all three sources through -u: the papers in both API and HF print once" {
	run -0 bash -c "{ cut -f1-4,7,9 '$RSS.tsv'; cut -f1-4,7,9 '$API.tsv'; cat '$HF.tsv'; } | papers -c"
	[ "$output" = "59" ]
	run -0 bash -c "{ cut -f1-4,7,9 '$RSS.tsv'; cut -f1-4,7,9 '$API.tsv'; cat '$HF.tsv'; } | papers -u -c"
	[ "$output" = "56" ]
	run -0 bash -c "{ cut -f1-4,7,9 '$API.tsv'; cat '$HF.tsv'; } | papers -u -f '%l' | grep -E '2607\.(28568|28582|28618)'"
	[ "$output" = $'https://arxiv.org/abs/2607.28618v1\nhttps://arxiv.org/abs/2607.28582v1\nhttps://arxiv.org/abs/2607.28568v1' ]
	run -0 bash -c "{ cat '$HF.tsv'; cut -f1-4,7,9 '$API.tsv'; } | papers -u -f '%l' | grep -E '2607\.(28568|28582|28618)'"
	[ "$output" = $'https://huggingface.co/papers/2607.28582\nhttps://huggingface.co/papers/2607.28618\nhttps://huggingface.co/papers/2607.28568' ]
}

# --- the same from the raw responses, where the converters are installed ---

@test "sfeed converts the raw RSS sample to the saved TSV" {
	command -v sfeed >/dev/null || skip "sfeed is not installed"
	run -0 bash -c "sfeed < '$RSS.xml' | cut -f1-4,7,9 | papers -f '%d|%t|%l' > '$T/a'; cut -f1-4,7,9 '$RSS.tsv' | papers -f '%d|%t|%l' > '$T/b'; cmp '$T/a' '$T/b' && wc -l < '$T/a'"
	[ "$output" = "4" ]
}

@test "sfeed converts the raw API sample to the saved TSV" {
	command -v sfeed >/dev/null || skip "sfeed is not installed"
	run -0 bash -c "sfeed < '$OLDAPI.xml' | cut -f1-4,7,9 | papers -r > '$T/a'; cut -f1-4,7,9 '$OLDAPI.tsv' | papers -r > '$T/b'; cmp '$T/a' '$T/b' && wc -l < '$T/a'"
	[ "$output" = "10" ]
}

@test "jq converts the raw Hugging Face sample to the saved TSV" {
	command -v jq >/dev/null || skip "jq is not installed"
	run -0 bash -c "jq -r '$HF_JQ' '$HF.json' | papers -r > '$T/a'; papers -r < '$HF.tsv' > '$T/b'; cmp '$T/a' '$T/b' && wc -l < '$T/a'"
	[ "$output" = "30" ]
}

@test "jq converts the raw bioRxiv and medRxiv samples to the saved TSV" {
	command -v jq >/dev/null || skip "jq is not installed"
	run -0 bash -c "jq -r '$RXIV_JQ' '$BIORXIV.json' | cmp - '$BIORXIV.tsv' && jq -r '$RXIV_JQ' '$MEDRXIV.json' | cmp - '$MEDRXIV.tsv' && cat '$BIORXIV.tsv' '$MEDRXIV.tsv' | papers -c"
	[ "$output" = 60 ]
}

@test "bioRxiv and medRxiv: DOI links, word categories for -C and %c, versions of one paper once" {
	run -0 papers -C 'infectious diseases' -f '%d|%l|%c|%.24A' <"$MEDRXIV.tsv"
	[ "$output" = "2024-01-01|https://doi.org/10.1101/2023.10.21.23297352|infectious diseases|Watson, O. J.; Tran, T.…
2024-01-02|https://doi.org/10.1101/2023.12.27.23300577|infectious diseases|Bhardwaj, I.; Nyarko, P…
2024-01-03|https://doi.org/10.1101/2024.01.02.24300729|infectious diseases|Heilmann, E.; Tembo, T.…" ]
	# v1 and v2 of 10.1101/2024.01.02.24300691: one paper, its key the DOI.
	run -0 papers -c <"$MEDRXIV.tsv"
	[ "$output" = 40 ]
	run -0 bash -c "papers -u --json < '$MEDRXIV.tsv' | grep -c '\"key\":\"10.1101/2024.01.02.24300691\"'"
	[ "$output" = 1 ]
	run -0 papers -u -c <"$MEDRXIV.tsv"
	[ "$output" = 39 ]
	run -0 papers -C 'Evolutionary Biology' -C 'plant biology' -f '%c' <"$BIORXIV.tsv"
	[ "$output" = $'evolutionary biology\nplant biology\nplant biology' ]
}

@test "Hugging Face trending: --top without --sort keeps the order Hugging Face gives" {
	run -0 papers --top=3 -f '%t' <"$HF.tsv"
	[ "$output" = "$(head -n 3 "$HF.tsv" | cut -f 2)" ]
}

@test "Hugging Face by GitHub stars: papers with code people use, best first" {
	command -v jq >/dev/null || skip "jq is not installed"
	run -0 bash -c "jq -r '$STARS_JQ' '$HF.json' | papers --sort=popularity --top=3 -f '%7 %t'"
	[ "$output" = "$(jq -r '.[].paper | select(.githubStars) | "\(.githubStars) \(.title)"' "$HF.json" | sort -s -k1,1nr | head -n 3)" ]
	[ "${#lines[@]}" = 3 ]
}
