#!/usr/bin/env bats
# Formatted output: -f directives (%k, %1-%9, %D), widths and precisions in
# display columns, %a's cut and arXiv prefix, every rule of --color (what
# it highlights, auto and NO_COLOR, WHEN as a word, a bad WHEN, visible
# columns), and the README's recipes for -f (those for --header, --escape
# and --json are in output.bats, for ranking in rank.bats).  --wrap's
# rules are in text.bats.  README: Output, Recipes.

load test_helper

HF=$FIX/hf-daily-papers-2026-07-31.tsv
RSS=$FIX/arxiv-rss-2026-09-24-cs.LG_cs.AI_cs.CL_stat.ML.tsv
R=$'\xef\xbf\xbd'

t1() { rec 2024-01-01 "$1" l; }

@test "%k: the keywords that matched, in command-line order" {
	input=$(rec 2024-01-01 'Retrieval for diffusion' l 'a language   model'; rec 2024-01-02 'none' l a)
	run -0 papers -f '%k' diffusion retrieval 'language model' zebra <<<"$input"
	[ "$output" = "diffusion, retrieval, language model" ]
	run -0 papers -f '[%k]' <<<"$input"
	[ "$output" = $'[]\n[]' ]
	run -0 papers -t -f '%k' 'language model' diffusion <<<"$input"
	[ "$output" = "diffusion" ]
}

@test "%k with -e and -a; excludes and authors are not listed" {
	run -0 papers -a -f '%k' -e -x -A Ann retrieval -x zebra < <(rec 2024-01-01 'retrieval -x' l a 'Ann')
	[ "$output" = "-x, retrieval" ]
}

@test "%1 ... %9: fields by number, decoded like the others" {
	run -0 papers -f '%1|%2|%3|%4|%5|%6|%7|%8|%9' < <(rec 2024-01-01 T L 'a\nb' Au 'six\t6' seven eight nine ten)
	[ "$output" = "2024-01-01|T|L|a b|Au|six 6|seven|eight|nine" ]
}

@test "%D: the full UTC timestamp, empty for a calendar date" {
	run -0 papers -f '[%D]' < <(rec 2024-03-05T23:30:00-02:00 a l; rec 2024-03-05 b l; rec '' c l)
	[ "$output" = $'[2024-03-06T01:30:00Z]\n[]\n[]' ]
}

@test "width pads in display columns: left, right; wide and combining characters" {
	run -0 papers -f '[%-8t][%8t]' < <(t1 'ab'; t1 '李明'; t1 $'e\xcc\x81t\xc3\xa9')
	[ "$output" = $'[ab      ][      ab]\n[李明    ][    李明]\n[e\xcc\x81t\xc3\xa9     ][     e\xcc\x81t\xc3\xa9]' ]
}

@test "precision cuts to columns with an ellipsis; a character is never split" {
	run -0 papers -f '[%.5t]' < <(t1 '李明的论文'; t1 'abcdef'; t1 'abcde'; t1 '🎉🎉🎉'; t1 $'e\xcc\x81e\xcc\x81e\xcc\x81e\xcc\x81e\xcc\x81e\xcc\x81')
	[ "$output" = $'[李明…]\n[abcd…]\n[abcde]\n[🎉🎉…]\n[e\xcc\x81e\xcc\x81e\xcc\x81e\xcc\x81…]' ]
	run -0 papers -f '[%.6t]' < <(t1 '李明的论文')
	[ "$output" = "[李明…]" ]
}

@test "a title exactly the width is not cut; one column longer is" {
	run -0 papers -f '[%-10.10t]' < <(t1 'exactly 10'; t1 'exactly 11!'; t1 'short')
	[ "$output" = $'[exactly 10]\n[exactly 1…]\n[short     ]' ]
}

@test "invalid UTF-8 next to a cut counts as one column each" {
	run -0 papers -f '[%.4t]' < <(t1 $'ab\xffcd'; t1 $'abc\xff'; t1 $'\xff\xff\xff\xff\xff')
	[ "$output" = "[ab$R…]"$'\n'"[abc$R]"$'\n'"[$R$R$R…]" ]
}

@test "precision 0 and width with no precision" {
	run -0 papers -f '[%.0t][%.t][%3t]' < <(t1 'abcdef')
	[ "$output" = "[][][abcdef]" ]
}

@test "%a cut by a precision ends at a word in the last fifth of the width" {
	run -0 papers -f '%.30a' < <(rec 2024-01-01 T l 'Diffusion models generate text by denoising.'
		rec 2024-01-01 T l 'Supercalifragilisticexpialidocious words never end')
	[ "$output" = $'Diffusion models generate…\nSupercalifragilisticexpialido…' ]
	# %t has no word rule
	run -0 papers -f '%.30t' < <(t1 'Diffusion models generate text by denoising.')
	[ "$output" = "Diffusion models generate tex…" ]
}

@test "%a drops the arXiv RSS announce prefix, and only that" {
	run -0 bash -c "cut -f1-4,7,9 '$RSS' | papers -m 1 -f '%.40a'"
	[ "$output" = "Local learning trains each layer with…" ]
	run -0 papers -f '%a' < <(rec 2024-01-01 T l 'arXiv:2401.00001v2 Announce Type: replace-cross \nAbstract: Real text. Abstract: stays'
		rec 2024-01-01 T l 'We cite arXiv:2401.00001 here')
	[ "$output" = $'Real text. Abstract: stays\nWe cite arXiv:2401.00001 here' ]
}

@test "--color=always highlights matched keywords in %t and %a, like grep" {
	run -0 papers --color=always -f '%t|%a|%l' diffusion < <(rec 2024-01-01 'Diffusion models' diffusion-link 'about diffusion')
	[ "$output" = $'\e[1;31mDiffusion\e[m models|about \e[1;31mdiffusion\e[m|diffusion-link' ]
}

@test "--color: padding and cutting count only visible columns" {
	run -0 papers --color=always -f '[%-12t][%.6t]' diffusion < <(t1 'a diffusion')
	[ "$output" = $'[a \e[1;31mdiffusion\e[m ][a \e[1;31mdif\e[m…]' ]
}

@test "--color with --wrap counts only visible columns" {
	run -0 papers --color=always --wrap=22 -f '%t' diffusion < <(t1 'A rather long title about diffusion models')
	[ "$output" = $'A rather long title\nabout \e[1;31mdiffusion\e[m models' ]
}

@test "--color=never, NO_COLOR, and auto off a terminal give plain text" {
	input=$(t1 'about diffusion')
	run -0 papers --color=never -f '%t' diffusion <<<"$input"
	[ "$output" = "about diffusion" ]
	run -0 papers --color -f '%t' diffusion <<<"$input"
	[ "$output" = "about diffusion" ]
	run -0 papers -f '%t' diffusion <<<"$input"
	[ "$output" = "about diffusion" ]
}

@test "--color=auto, the default, highlights on a terminal unless NO_COLOR is set" {
	command -v script >/dev/null || skip "script(1) is not installed"
	t1 'about diffusion' >"$T/in"
	run -0 script -qec "papers -f '%t' diffusion < '$T/in'" /dev/null
	[ "$output" = $'about \e[1;31mdiffusion\e[m\r' ]
	run -0 env NO_COLOR=1 script -qec "papers --color=auto -f '%t' diffusion < '$T/in'" /dev/null
	[ "$output" = $'about diffusion\r' ]
}

@test "--color WHEN as a separate word is the option's value, not a keyword" {
	run -0 papers --color always -f '%t' a < <(rec 2024-01-01 'a b' l)
	[ "$output" = $'\e[1;31ma\e[m b' ]
	run -0 papers --color never -f '%t' < <(rec 2024-01-01 'never mind' l; rec 2024-01-01 'other' l)
	[ "$output" = $'never mind\nother' ]
	# A keyword that is not a WHEN stays a keyword.
	run -0 papers --color -f '%t' mind < <(rec 2024-01-01 'never mind' l; rec 2024-01-01 'other' l)
	[ "$output" = "never mind" ]
	run -0 papers -f '%t' -- never < <(rec 2024-01-01 'never mind' l; rec 2024-01-01 'other' l)
	[ "$output" = "never mind" ]
}

@test "--color leaves %k alone, wherever it stands in the format" {
	run -0 papers --color=always -f '%t [%k] %a' diffusion survey < <(rec 2024-01-01 'about diffusion' l 'a survey')
	[ "$output" = $'about \e[1;31mdiffusion\e[m [diffusion, survey] a \e[1;31msurvey\e[m' ]
}

@test "--color: a WHEN other than auto, always or never is a usage error" {
	run -2 --separate-stderr papers --color=sometimes </dev/null
	[ "${stderr_lines[0]}" = "papers: --color: 'sometimes' is not auto, always or never" ]
}

# --- the README's recipes ---

@test "recipe: a plain-text daily mail" {
	run -0 bash -c "cut -f1-4,7,9 '$RSS' | papers --wrap=72 -f '%t\n  %l\n  %.180a\n' -m 2"
	[ "$output" = "The Drift Contract: Spectral Updates for Depth-Robust Local Learning
  https://arxiv.org/abs/2609.26811
  Local learning trains each layer with its own auxiliary loss and no
  global backward pass, which makes layer updates structurally parallel.
  Two problems have kept it marginal:…

Signal2Symbol: Neuro-Symbolic Temporal Reasoning for Explainable
Physiological Time-Series Anomaly Detection
  https://arxiv.org/abs/2609.26820
  Physiological time series such as electrocardiograms (ECG) and
  electroencephalograms (EEG) exhibit complex temporal structure,
  substantial acquisition variability, and a strong…" ]
}

@test "recipe: an aligned terminal view" {
	run -0 bash -c "papers -f '%d  %-40.40t  %l' -m 3 < '$HF'"
	[ "$output" = "2026-07-28  OmniScope: Modality-Decoupled Token Com…  https://huggingface.co/papers/2607.23193
2026-07-30  β-OPSD: Deriving with Policy Optimizati…  https://huggingface.co/papers/2607.28582
2026-07-30  Beyond Geometric Complementarity: Coher…  https://huggingface.co/papers/2607.28308" ]
}

@test "recipe: a Markdown list" {
	run -0 bash -c "papers -f '- [%t](%l) (%d)' -m 2 < '$HF'"
	[ "$output" = "- [OmniScope: Modality-Decoupled Token Compression for Omnimodal Large Language Models](https://huggingface.co/papers/2607.23193) (2026-07-28)
- [β-OPSD: Deriving with Policy Optimization, Training with Self-Distillation](https://huggingface.co/papers/2607.28582) (2026-07-30)" ]
}

@test "recipe: Hugging Face trending, sorted by upvotes" {
	run -0 papers --sort=popularity --top=3 -f '%7  %t' <"$HF"
	[ "$output" = "292  AskChem: Claim-Centered Infrastructure for Chemistry Literature Synthesis
283  Qwen-UI-Agent Technical Report: Toward Next-Generation Real-World Centric Foundation GUI Agents
168  Frontis-MA1: Training an AI4AI Model towards Recursive Self-Improvement in Machine Learning Engineering" ]
}
