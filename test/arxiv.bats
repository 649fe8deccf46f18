#!/usr/bin/env bats
# arXiv as its readers see it: the announce prefix of RSS abstracts is
# metadata, not text; --type and %y; -C and %c on sfeed's category field.

load test_helper

rss() {
	cut -f1-4,7,9 "$FIX/arxiv-rss-2026-09-24-cs.LG_cs.AI_cs.CL_stat.ML.tsv" \
		"$FIX/arxiv-rss-2026-04-27-cs.CL.tsv"
}

# ax ID TYPE TITLE ABSTRACT CATEGORIES: an arXiv RSS record as sfeed and
# the recipe's cut give it.
ax() {
	rec 1790222400 "$3" "https://arxiv.org/abs/$1" "arXiv:$1v1 Announce Type: $2 \\nAbstract: $4" 'A. Author' "$5"
}

# arxiv_reference WORD [-w]: the independent reference for the announce
# prefix: titles of records whose title or abstract (prefix removed with a
# regular expression) contains WORD, any case; with -w as a word.
arxiv_reference() {
	local word=$1 w=${2:-}
	awk -F '\t' -v kw="$word" -v w="$w" '
	{
		a = $4
		sub(/^arXiv:[0-9.]+v[0-9]+ Announce Type: (new|cross|replace|replace-cross|absonly)( |\\n)+Abstract:( |\\n)*/, "", a)
		t = tolower($2 " \n " a)
		gsub(/\\n/, " ", t)
		re = w ? "(^|[^a-z0-9_])" kw "([^a-z0-9_]|$)" : kw
		if (t ~ re) print $2
	}'
}

@test "the announce prefix is not abstract: each of its words selects only real text" {
	rss >"$T/rss"
	for kw in type new cross replace announce abstract; do
		for w in '' -w; do
			want=$(arxiv_reference "$kw" "$w" <"$T/rss")
			st=1; [ -z "$want" ] || st=0
			run -$st papers $w -f '%t' "$kw" <"$T/rss"
			[ "$output" = "$want" ] || { echo "keyword $kw $w: got [$output] want [$want]"; false; }
			want=$(cut -f2 "$T/rss" | grep -vxF -f <(printf '%s\n' "$want" | grep .) || true)
			[ -n "$(printf '%s' "$want")" ] || want=$(cut -f2 "$T/rss")
			run -0 papers $w -f '%t' -x "$kw" <"$T/rss"
			[ "$output" = "$want" ] || { echo "exclude $kw $w: got [$output] want [$want]"; false; }
		done
	done
	# The reference is not vacuous: 'cross' occurs in real text (across),
	# while the prefix words alone would select every record.
	[ "$(rss | arxiv_reference cross | wc -l)" -eq 5 ]
	[ "$(rss | arxiv_reference announce | wc -l)" -eq 0 ]
	[ "$(rss | papers -c announce)" = 0 ]
}

@test "%a, the score and --wrap see the abstract without its prefix" {
	run -0 papers -f '%a|%s' abstract < <(ax 2609.00001 new 'T' 'Abstract methods.' cs.LG)
	[ "$output" = "Abstract methods.|0.5" ]
	run -1 papers -f '%a' announce < <(ax 2609.00001 new 'T' 'Plain text.' cs.LG)
	[ "$output" = "" ]
	run -0 papers --wrap=20 -f '%a' < <(ax 2609.00001 replace-cross 'T' 'one two three four five six' cs.LG)
	[ "$output" = $'one two three four\nfive six' ]
}

@test "%y prints the announce type; records without a prefix are new" {
	run -0 papers -f '%y %t|%a' < <(ax 2609.00001 new N x cs.LG; ax 2609.00002 cross C x cs.LG; ax 2609.00003 replace R x cs.LG; ax 2609.00004 replace-cross RC x cs.LG; ax 2609.00005 absonly AO 'New abstract.' cs.LG; rec 2026-07-30 api l 'An API abstract.')
	[ "$output" = $'new N|x\ncross C|x\nreplace R|x\nreplace-cross RC|x\nabsonly AO|New abstract.\nnew api|An API abstract.' ]
	run -0 papers -f '%y' < <(rss)
	[ "$output" = $'new\nnew\ncross\nreplace\nnew\nnew\nnew' ]
}

@test "--type keeps the listed announce types; unknown names are usage errors" {
	input() { ax 2609.00001 new N x cs.LG; ax 2609.00002 cross C x cs.AI; ax 2609.00003 replace R x cs.LG; ax 2609.00004 replace-cross RC x math.AP; ax 2609.00005 absonly AO x cs.LG; rec 2026-07-30 api l 'An API abstract.'; }
	run -0 papers --type=new -f '%t' < <(input)
	[ "$output" = $'N\napi' ]
	# absonly is a type of its own: replace does not include it.
	run -0 papers --type=replace -f '%t' < <(input)
	[ "$output" = "R" ]
	run -0 papers --type=absonly -f '%t' < <(input)
	[ "$output" = "AO" ]
	run -0 papers --type=replace,absonly --json < <(input)
	[ "$(printf '%s\n' "$output" | jq -r '.type + " " + .abstract')" = $'replace x\nabsonly x' ]
	run -0 papers --type=cross,replace-cross -f '%t' < <(input)
	[ "$output" = $'C\nRC' ]
	run -0 papers --type replace --type new -f '%t' < <(input)
	[ "$output" = $'N\nR\napi' ]
	# Exit 2 and nothing on stdout for each unknown name (bogus, 'new,',
	# ',new', 'new,,cross', New, ''): core.bats' option table.
	run -2 --separate-stderr papers --type=new,bogus
	[ "${stderr_lines[0]}" = "papers: --type: 'bogus' is not new, cross, replace, replace-cross or absonly" ]
	run -0 papers --type=new,cross -f '%t' < <(rss)
	[ "${#lines[@]}" -eq 6 ]
}

@test "-C: a category exactly, case folded; an archive without a dot; never a prefix" {
	input() { ax 2609.00001 new LG x 'cs.LG|cs.AI'; ax 2609.00002 new AP x 'math.AP'; ax 2609.00003 new APX x 'math.APX'; ax 2609.00004 new none x ''; ax 2609.00005 new csx x 'csx.AB'; }
	run -0 papers -C cs.LG -f '%t' < <(input)
	[ "$output" = "LG" ]
	run -0 papers -C CS.lg -f '%t' < <(input)
	[ "$output" = "LG" ]
	run -0 papers --category=cs -f '%t' < <(input)
	[ "$output" = "LG" ]
	run -0 papers -C math.AP -f '%t' < <(input)
	[ "$output" = "AP" ]
	run -0 papers -C math -C cs.AI -f '%t' < <(input)
	[ "$output" = $'LG\nAP\nAPX' ]
	run -1 papers -C cs.L < <(input)
	[ "$output" = "" ]
	run -2 --separate-stderr papers -C ''
	[ "${stderr_lines[0]}" = "papers: -C: '' is not a category such as cs.LG, cs or 'animal behavior and cognition'" ]
	run -2 --separate-stderr papers -C 'cs|LG'
	[ "${stderr_lines[0]}" = "papers: -C: 'cs|LG' is not a category such as cs.LG, cs or 'animal behavior and cognition'" ]
	run -2 --separate-stderr papers -C ' genomics'
	[ "${stderr_lines[0]}" = "papers: -C: ' genomics' is not a category such as cs.LG, cs or 'animal behavior and cognition'" ]
	run -2 --separate-stderr papers -C $'gen\tomics'
	[ "${stderr_lines[0]}" = "papers: -C: 'gen	omics' is not a category such as cs.LG, cs or 'animal behavior and cognition'" ]
	run -2 --separate-stderr papers -C $'cs\xc2\x85LG'
	[ "${stderr_lines[0]}" = $'papers: -C: \'cs\xc2\x85LG\' is not a category such as cs.LG, cs or \'animal behavior and cognition\'' ]
	run -2 --separate-stderr papers -C $'cs\xff'
	[ "${stderr_lines[0]}" = $'papers: -C: \'cs\xff\' is not a category such as cs.LG, cs or \'animal behavior and cognition\'' ]
	run -0 papers -C stat -f '%t' < <(rss)
	[ "$output" = $'Outlier Detection for Multi-Network Data\nRandom Polytope Descriptors' ]
}

@test "-C: categories with spaces and punctuation (bioRxiv, medRxiv), folded, kept whole by %c and --json" {
	input() { ax 2609.00001 new A x 'animal behavior and cognition'; ax 2609.00002 new B x 'Infectious Diseases (except HIV/AIDS)|epidemiology'; ax 2609.00003 new C x 'animal behavior'; }
	run -0 papers -C 'Animal Behavior and Cognition' -f '%t [%c]' < <(input)
	[ "$output" = "A [animal behavior and cognition]" ]
	run -0 papers -C 'infectious diseases (except hiv/aids)' -f '%t [%c]' < <(input)
	[ "$output" = "B [Infectious Diseases (except HIV/AIDS), epidemiology]" ]
	run -0 papers -C 'animal behavior' -f '%t' < <(input)
	[ "$output" = "C" ]
	run -0 papers -C epidemiology --json < <(input)
	[ "$output" = '{"date":"2026-09-24T04:00:00Z","title":"B","link":"https://arxiv.org/abs/2609.00002","abstract":"x","authors":"A. Author","categories":["Infectious Diseases (except HIV/AIDS)","epidemiology"],"popularity":null,"type":"new","keywords":[],"key":"2609.00002","extra":[]}' ]
}

@test "%c prints the categories comma-separated, empty items dropped" {
	run -0 papers -f '[%c]' < <(ax 2609.00001 new T x 'cs.LG||cs.AI|'; ax 2609.00002 new U x ''; ax 2609.00003 new V x '|')
	[ "$output" = $'[cs.LG, cs.AI]\n[]\n[]' ]
	run -0 papers -C cs.AI -f '%c' < <(ax 2609.00001 new T x 'cs.LG||cs.AI|')
	[ "$output" = "cs.LG, cs.AI" ]
}

@test "--type and -C combined with keywords, -a, -x, --since, -u, --seen and ranking" {
	input() {
		ax 2609.00001 new 'diffusion models' 'a diffusion survey' 'cs.LG'
		ax 2609.00002 cross 'diffusion agents' 'agents' 'cs.AI|cs.LG'
		ax 2609.00003 replace 'old diffusion' 'diffusion diffusion' 'cs.LG'
		ax 2609.00004 new 'agents' 'diffusion agent' 'math.AP'
		ax 2609.00002 replace 'diffusion agents v2' 'agents' 'cs.AI'
	}
	run -0 papers --type=new -C cs -f '%t' diffusion < <(input)
	[ "$output" = "diffusion models" ]
	run -0 papers --type=new,cross -a -f '%t' diffusion agent < <(input)
	[ "$output" = $'diffusion agents\nagents' ]
	run -0 papers -C cs.LG -x survey -f '%t' diffusion < <(input)
	[ "$output" = $'diffusion agents\nold diffusion' ]
	run -1 papers --type=new --since 2026-09-25 < <(input)
	[ "$output" = "" ]
	run -0 papers -u --type=cross,replace -f '%t' < <(input)
	[ "$output" = $'diffusion agents\nold diffusion' ]
	run -0 papers --type=new,replace --sort=relevance --top=2 -f '%s %y %t' diffusion < <(input)
	[ "$output" = $'1.7 replace old diffusion\n1.5 new diffusion models' ]
	run -0 papers --seen "$T/seen" -C cs.AI -f '%t' < <(input)
	[ "$output" = "diffusion agents" ]
	[ "$(cat "$T/seen")" = "2609.00002 2026-07-31" ]
}

@test "--seen: a paper mailed as new is not mailed again as its replacement" {
	day1() { ax 2609.00001 new 'Paper one' x cs.LG; ax 2609.00002 new 'Paper two' x cs.LG; }
	day2() { ax 2609.00001 replace 'Paper one' x cs.LG; ax 2609.00003 new 'Paper three' x cs.LG; ax 2609.00002 replace-cross 'Paper two' x cs.AI; }
	run -0 papers --seen "$T/seen" --pipe "cat > '$T/mail1'" -f '%y %t' < <(day1)
	[ "$(cat "$T/mail1")" = $'new Paper one\nnew Paper two' ]
	run -0 env PAPERS_TODAY=2026-08-01 papers --seen "$T/seen" --pipe "cat > '$T/mail2'" -f '%y %t' < <(day2)
	[ "$(cat "$T/mail2")" = "new Paper three" ]
	[ "$(cat "$T/seen")" = $'2609.00001 2026-08-01\n2609.00002 2026-08-01\n2609.00003 2026-08-01' ]
}

@test "hostile prefixes: no Abstract:, mid-abstract, unknown type, bad id stay text" {
	input() {
		rec 2026-07-30 noabs l 'arXiv:2609.00001v1 Announce Type: new and then text'
		rec 2026-07-30 mid l 'Text first. arXiv:2609.00002v1 Announce Type: new \nAbstract: more'
		rec 2026-07-30 unknown l 'arXiv:2609.00003v1 Announce Type: withdrawn \nAbstract: gone'
		rec 2026-07-30 badid l 'arXiv:12 Announce Type: new \nAbstract: x'
		rec 2026-07-30 nospace l 'arXiv:2609.00004v1 Announce Type: newAbstract: x'
		rec 2026-07-30 escaped l 'arXiv:2609.00005v1 Announce Type: new \\nAbstract: kept'
		rec 2026-07-30 real l 'arXiv:2609.00006 Announce Type: replace-cross\tAbstract:'
	}
	run -0 papers -f '%y|%a' < <(input)
	[ "${lines[0]}" = "new|arXiv:2609.00001v1 Announce Type: new and then text" ]
	[ "${lines[1]}" = "new|Text first. arXiv:2609.00002v1 Announce Type: new Abstract: more" ]
	[ "${lines[2]}" = "new|arXiv:2609.00003v1 Announce Type: withdrawn Abstract: gone" ]
	[ "${lines[3]}" = "new|arXiv:12 Announce Type: new Abstract: x" ]
	[ "${lines[4]}" = "new|arXiv:2609.00004v1 Announce Type: newAbstract: x" ]
	[ "${lines[5]}" = 'new|arXiv:2609.00005v1 Announce Type: new \nAbstract: kept' ]
	[ "${lines[6]}" = "replace-cross|" ]
	[ "${#lines[@]}" -eq 7 ]
	run -0 papers -f '%t' withdrawn < <(input)
	[ "$output" = "unknown" ]
}

@test "hostile categories: 1,000 of them, a 100 KiB field, empty items" {
	many=$(seq 1 1000 | sed 's/^/cs.X/' | paste -sd'|')
	run -0 papers -C cs.X1000 -f '%t' < <(ax 2609.00001 new many x "$many")
	[ "$output" = "many" ]
	run -0 papers -C cs -f '%.40c' < <(ax 2609.00001 new many x "$many")
	[ "$output" = "cs.X1, cs.X2, cs.X3, cs.X4, cs.X5, cs.X…" ]
	big=$(head -c 102400 /dev/zero | tr '\0' 'a')
	run -1 papers -C cs < <(ax 2609.00001 new big x "$big")
	[ "$output" = "" ]
	run -0 papers -C "${big:0:100}" -c < <(ax 2609.00001 new big x "${big:0:100}|||")
	[ "$output" = "1" ]
	run -1 papers -C cs.LG < <(ax 2609.00001 new e x '||||')
	[ "$output" = "" ]
}
