#!/usr/bin/env bats
# A digest in sections: --group (type, category, keyword, a field),
# --group-header, --per-group, with --top, --sort, -u, --seen, --stats,
# --json, -c and -r.  README: Sections.

load test_helper

# ax ID TYPE TITLE ABSTRACT CATEGORIES [SOURCE]: an arXiv RSS-like record
# with a source label in field 8.
ax() {
	rec 1790222400 "$3" "https://arxiv.org/abs/$1" "arXiv:$1v1 Announce Type: $2 \\nAbstract: $4" 'A. Author' "$5" '' "${6-}"
}

input() {
	ax 2609.00001 new N1 'diffusion model' 'cs.LG|cs.AI' rss
	ax 2609.00002 cross C1 'diffusion agent' cs.AI api
	ax 2609.00003 replace R1 'agent' cs.LG rss
	ax 2609.00004 new N2 'agent agent' '' hf
	ax 2609.00005 replace-cross X1 'model' 'math.OC' api
}

@test "--group=type: arXiv's listing order, each section after its header (default '== %g (%n)')" {
	run -0 papers --group=type -f '  %t' < <(input)
	[ "$output" = $'== new (2)\n  N1\n  N2\n== cross (1)\n  C1\n== replace (1)\n  R1\n== replace-cross (1)\n  X1' ]
}

@test "--group=category: the first category; sections by size, then name; none last, as other" {
	run -0 papers --group=category -f '  %t' < <(input)
	[ "$output" = $'== cs.LG (2)\n  N1\n  R1\n== cs.AI (1)\n  C1\n== math.OC (1)\n  X1\n== other (1)\n  N2' ]
}

@test "--group=keyword: the first keyword in the order given that the record matched, one section each" {
	run -0 papers --group=keyword -f '  %t' agent diffusion < <(input)
	[ "$output" = $'== agent (3)\n  C1\n  R1\n  N2\n== diffusion (1)\n  N1' ]
	# Selected by -A alone: no keyword, the last section.
	run -0 papers --group=keyword -A author -f '  %t' < <(input | head -n 2)
	[ "$output" = $'== other (2)\n  N1\n  C1' ]
}

@test "--group=8: a field's text, sections in order of first appearance; --sort ranks within them" {
	run -0 papers --group=8 -f '  %t' < <(input)
	[ "$output" = $'== rss (2)\n  N1\n  R1\n== api (2)\n  C1\n  X1\n== hf (1)\n  N2' ]
	run -0 papers --group=8 --sort=relevance -f '  %t %s' agent diffusion model < <(input)
	[ "$output" = $'== rss (2)\n  N1 1.0\n  R1 0.5\n== api (2)\n  C1 1.0\n  X1 0.5\n== hf (1)\n  N2 0.7' ]
}

@test "--group-header: %g %n %d and escapes; --escape escapes %g only; --header and --footer around" {
	run -0 papers --group=type --group-header='<h2>%g</h2>\t%n on %d' --escape=html --header='<body>' --footer='</body>' -f '%t' < <(input | sed -n '1p;2p')
	[ "$output" = $'<body>\n<h2>new</h2>\t1 on 2026-07-31\nN1\n<h2>cross</h2>\t1 on 2026-07-31\nC1\n</body>' ]
	run -0 papers --group=category --group-header='[%g]' --escape=html -f '%t' < <(ax 2609.00009 new T x 'a<b&c')
	[ "$output" = $'[a&lt;b&amp;c]\nT' ]
	# With %n in --header the output is held; sections still come in place.
	run -0 papers --group=type --header='%n papers' -f '%t' < <(input | sed -n '1p;2p')
	[ "$output" = $'2 papers\n== new (1)\nN1\n== cross (1)\nC1' ]
}

@test "--per-group then --top; what they cut stays unseen and counts as cut" {
	run -0 --separate-stderr papers --group=type --per-group=1 --stats -f '%t' < <(input)
	[ "$output" = $'== new (1)\nN1\n== cross (1)\nC1\n== replace (1)\nR1\n== replace-cross (1)\nX1' ]
	[ "$stderr" = "papers: read 5 malformed 0 outside 0 matched 5 excluded 0 duplicates 0 seen 0 cut 1 printed 4" ]
	run -0 papers --group=type --per-group=1 --top=2 --seen="$T/seen" -f '%t' < <(input)
	[ "$output" = $'== new (1)\nN1\n== cross (1)\nC1' ]
	[ "$(cut -d ' ' -f 1 "$T/seen")" = $'2609.00001\n2609.00002' ]
	run -0 papers --group=type --seen="$T/seen" -f '%t' < <(input)
	[ "$output" = $'== new (1)\nN2\n== replace (1)\nR1\n== replace-cross (1)\nX1' ]
}

@test "-u: a paper once, in the section of its best-ranked record; sections in order of first appearance in the ranking" {
	run -0 papers --group=8 -u --sort=relevance -f '  %t %s' agent < <(input; ax 2609.00003 replace R1-again 'agent agent agent' cs.LG hf)
	[ "$output" = $'== hf (2)\n  R1-again 0.8\n  N2 0.7\n== api (1)\n  C1 0.5' ]
}

@test "--json has a group key (null: none); -c counts every section; -r prints them without headers" {
	run -0 papers --group=category --json < <(input | sed -n '3p;4p')
	[ "$(printf '%s\n' "$output" | sed 's/.*"group":\([^,]*\).*/\1/')" = $'"cs.LG"\nnull' ]
	run -0 papers --group=category -c < <(input)
	[ "$output" = 5 ]
	run -0 papers --group=category --per-group=1 -c < <(input)
	[ "$output" = 4 ]
	run -0 papers --group=category -r < <(input)
	[ "$output" = "$(input >"$T/in"; for n in 1 3 2 5 4; do sed -n "${n}p" "$T/in"; done)" ]
}

@test "bad --group, --per-group and --group-header are usage errors" {
	run -2 --separate-stderr papers --group=zzz </dev/null
	[ "${stderr_lines[0]}" = "papers: --group: 'zzz' is not type, category, keyword or a field number 1 to 9" ]
	run -2 --separate-stderr papers --group=0 </dev/null
	[ "${stderr_lines[0]}" = "papers: --group: '0' is not type, category, keyword or a field number 1 to 9" ]
	run -2 --separate-stderr papers --group=type --per-group=0 </dev/null
	[ "${stderr_lines[0]}" = "papers: --per-group: '0' is out of range (1 to 9223372036854775807)" ]
	run -2 --separate-stderr papers --per-group=2 </dev/null
	[ "${stderr_lines[0]}" = "papers: --per-group needs --group" ]
	run -2 --separate-stderr papers --group-header=x </dev/null
	[ "${stderr_lines[0]}" = "papers: --group-header needs --group" ]
	run -2 --separate-stderr papers --group=type --group-header='%t' </dev/null
	[ "${stderr_lines[0]}" = "papers: --group-header: unknown directive %t" ]
}

@test "README: the arXiv-style mail, on the saved RSS feed" {
	run -0 bash -c "cut -f1-4,7,9 '$FIX/arxiv-rss-2026-09-24-cs.LG_cs.AI_cs.CL_stat.ML.tsv' | papers --seen '$T/seen' --group=type --group-header='\n%g (%n)' --sort=relevance --per-group=10 --pipe 'cat > $T/mail' learning model data"
	[ "$(cat "$T/mail")" = "
new (2)
2026-09-24  The Drift Contract: Spectral Updates for Depth-Robust Local Learning  https://arxiv.org/abs/2609.26811
2026-09-24  Signal2Symbol: Neuro-Symbolic Temporal Reasoning for Explainable Physiological Time-Series Anomaly Detection  https://arxiv.org/abs/2609.26820

cross (1)
2026-09-24  Outlier Detection for Multi-Network Data  https://arxiv.org/abs/2205.06398

replace (1)
2026-09-24  Random Polytope Descriptors  https://arxiv.org/abs/2009.13987" ]
	[ "$(grep -v '^title:' "$T/seen" | cut -d ' ' -f 1)" = $'2609.26811\n2609.26820\n2205.06398\n2009.13987' ]
}

@test "README: one section per interest, the best five of each" {
	printf '%s\n' agent 'language model' diffusion >"$T/interests"
	run -0 papers --group=keyword --sort=relevance --per-group=5 --keywords-from "$T/interests" -f '%s %t' <"$FIX/../sample.tsv"
	# diffusion is no record's first keyword: no section.
	[ "$output" = '== agent (5)
3.3 ORCA-bench: How Ready Are Language Model Agents for Oncall?
2.7 MANTA: Multi-Agent Network Topology Adaptation for Self-Evolving Multi-Agent Systems
1.8 Change2Task: From Repository Changes to Executable Coding Agent Tasks and Environments
1.8 Rethinking Inference-Time Scaling in Local Computer-Use Agents: Failure Modes and Compute Tradeoffs
1.3 OSReward: Instituting Standardized Evaluation for Cross-Platform Computer-Use Reward Models
== language model (5)
1.5 ReToken: One Token to Improve Vision-Language Models for Visual Retrieval
1.5 Inducing language models to assert their own consciousness restores human beliefs and values
1.0 AISPA: User-Centric System Prompt Auditing for Large Language Model Applications
0.7 ScaFE: Data-Efficient Scar Classification with LLM-Generated Clinical Feature Programs
0.5 $β$-OPSD: Deriving with Policy Optimization, Training with Self-Distillation' ]
}

@test "-m counts papers under --group with -u or --seen; a first record with no section is fine" {
	run -0 --separate-stderr papers -u -m 2 --group=type --stats -f '%t' < <(ax 2609.00001 new A x c; ax 2609.00001 cross A2 x c; ax 2609.00002 new B x c)
	[ "$output" = $'== new (2)\nA\nB' ]
	[ "$stderr" = "papers: read 3 malformed 0 outside 0 matched 3 excluded 0 duplicates 1 seen 0 cut 0 printed 2" ]
	run -0 papers --group=8 --sort=relevance -f '%t' x < <(ax 2609.00001 new A x c ''; ax 2609.00002 new B x c ''; ax 2609.00003 new C x c src)
	[ "$output" = $'== src (1)\nC\n== other (2)\nA\nB' ]
}
